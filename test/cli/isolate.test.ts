import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  gateInWorker,
  isolates,
  ISOLATE_FROM_BYTES,
  WORKER_FROM_NODE,
  type WorkerJob
} from '../../src/cli/isolate.js'
import type { CliIo, CliOptions } from '../../src/cli/options.js'

const WORKERS = new URL('../fixtures/workers/', import.meta.url)

function options(overrides: Partial<CliOptions> = {}): CliOptions {
  return {
    diff: 'change.diff',
    repo: '.',
    base: undefined,
    head: undefined,
    manifest: null,
    config: null,
    format: 'json',
    output: null,
    mode: null,
    applyTo: 'all',
    failLevel: 'block',
    maxFindings: undefined,
    ...overrides
  }
}

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdin: (async function* () {})(),
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    env: {},
    cwd: '.'
  }
  return { io, out, err }
}

const job: WorkerJob = { options: options(), cwd: '.', isTTY: true }

describe('isolates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gate-isolate-'))
  const big = join(dir, 'big.diff')
  const small = join(dir, 'small.diff')
  writeFileSync(big, 'x'.repeat(ISOLATE_FROM_BYTES))
  writeFileSync(small, 'x'.repeat(ISOLATE_FROM_BYTES - 1))
  mkdirSync(join(dir, 'folder.diff'))

  const node = WORKER_FROM_NODE

  it('sends a diff file of ISOLATE_FROM_BYTES or more to the worker', async () => {
    await expect(isolates(options({ diff: 'big.diff' }), dir, node)).resolves.toBe(true)
    await expect(isolates(options({ diff: big }), '/', node)).resolves.toBe(true)
    await expect(isolates(options({ diff: 'big.diff' }), dir, node + 1)).resolves.toBe(true)
  })

  it('keeps small diffs, stdin, git runs and unreadable paths in the CLI thread', async () => {
    await expect(isolates(options({ diff: 'small.diff' }), dir, node)).resolves.toBe(false)
    await expect(isolates(options({ diff: '-' }), dir, node)).resolves.toBe(false)
    await expect(isolates(options({ diff: null }), dir, node)).resolves.toBe(false)
    await expect(isolates(options({ diff: 'big.diff', manifest: '-' }), dir, node)).resolves.toBe(
      false
    )
    await expect(isolates(options({ diff: 'missing.diff' }), dir, node)).resolves.toBe(false)
    await expect(isolates(options({ diff: 'folder.diff' }), dir, node)).resolves.toBe(false)
  })

  it('keeps every run in the CLI thread on a Node before WORKER_FROM_NODE', async () => {
    await expect(isolates(options({ diff: 'big.diff' }), dir, node - 2)).resolves.toBe(false)
    await expect(isolates(options({ diff: big }), '/', node - 1)).resolves.toBe(false)
  })
})

describe('gateInWorker', () => {
  it("relays the worker's output in order and returns its exit code", async () => {
    const { io, out, err } = capture()
    const code = await gateInWorker(new URL('says.mjs', WORKERS), job, io)
    expect(code).toBe(1)
    expect(out).toEqual(['gating change.diff\n', 'tty: true\n'])
    expect(err).toEqual(['a warning\n'])
  })

  it('turns a worker that throws into exit 2 with an internal-error line', async () => {
    const { io, out, err } = capture()
    const code = await gateInWorker(new URL('throws.mjs', WORKERS), job, io)
    expect(code).toBe(2)
    expect(out).toEqual([])
    expect(err).toHaveLength(1)
    expect(err[0]).toMatch(/^agent-pr-gate: internal error .*reading "hunks".*report it at/)
  })

  it('turns a worker that ends without a verdict into exit 2', async () => {
    const { io, err } = capture()
    const code = await gateInWorker(new URL('silent.mjs', WORKERS), job, io)
    expect(code).toBe(2)
    expect(err.join('')).toContain('the gate worker ended without a verdict')
  })

  it('names running out of memory and how to go on', async () => {
    const { io, err } = capture()
    const code = await gateInWorker(new URL('hungry.mjs', WORKERS), job, io, {
      maxOldGenerationSizeMb: 32,
      maxYoungGenerationSizeMb: 4
    })
    expect(code).toBe(2)
    expect(err.join('')).toMatch(/the gate ran out of memory \(.*memory limit.*\)/)
    expect(err.join('')).toContain('agent-pr-gate split')
  }, 30_000)
})
