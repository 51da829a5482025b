/**
 * `agent-pr-gate record` on real repositories in temp dirs: it runs the command, passes its exit
 * code through, appends an attempt with the working tree's hash, and the gate then tells a
 * rerun on the same tree (rerun-to-green, with record evidence) from a fix in between.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { main, type CliIo } from '../../src/cli/main.js'
import { commandLine, runRecord } from '../../src/cli/record.js'
import { parseManifest } from '../../src/manifest/loader.js'
import type { RunManifest } from '../../src/model.js'
import { makeRepo, type TestRepo } from '../support/git-repo.js'

const repos: TestRepo[] = []
const dirs: string[] = []

afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()))
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gate-record-'))
  dirs.push(dir)
  return dir
}

function io(cwd: string) {
  const out = { stdout: '', stderr: '' }
  const value: CliIo = {
    stdin: (async function* () {})(),
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    env: { PATH: process.env.PATH },
    cwd
  }
  return { io: value, out }
}

/** A repository on a feature branch with one behaviour change, and a flaky test script. */
async function agentRepo(): Promise<TestRepo> {
  const repo = await makeRepo()
  repos.push(repo)
  await repo.write('src/sum.js', 'export const sum = (a, b) => a + b\n')
  await repo.commit('base')
  await repo.git('checkout', '--quiet', '-b', 'agent/fix')
  await repo.write('src/sum.js', 'export const sum = (a, b) => Number(a) + Number(b)\n')
  await repo.commit('fix sum')
  return repo
}

/** A test command that fails on its first run and passes after, counting runs outside the repo. */
async function flakyTest(): Promise<string[]> {
  const counter = join(await scratch(), 'runs')
  const script = [
    "const fs = require('node:fs')",
    `const file = ${JSON.stringify(counter)}`,
    "const runs = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : 0",
    'fs.writeFileSync(file, String(runs + 1))',
    'process.exit(runs === 0 ? 1 : 0)'
  ].join('; ')
  return [process.execPath, '-e', script]
}

async function readManifest(path: string): Promise<RunManifest> {
  const state = parseManifest(await readFile(path, 'utf8'), path)
  if (state.status !== 'present') throw new Error(`manifest not valid: ${JSON.stringify(state)}`)
  return state.manifest
}

async function gate(repo: TestRepo, manifest: string) {
  const { io: cli, out } = io(repo.dir)
  const code = await main(['--base', 'main', '--manifest', manifest, '--format', 'json'], cli)
  return {
    code,
    report: JSON.parse(out.stdout) as {
      findings: {
        rule: string
        message: string
        severity: string
        evidence?: Record<string, unknown>
      }[]
    }
  }
}

describe('agent-pr-gate record', () => {
  it('creates a valid manifest, passes the exit code through and records the attempt', async () => {
    const repo = await agentRepo()
    const manifest = join(await scratch(), 'run.json')
    const { io: cli, out } = io(repo.dir)
    const code = await runRecord(
      ['--manifest', manifest, '--agent', 'codex', '--', process.execPath, '-e', 'process.exit(3)'],
      cli
    )
    expect(code).toBe(3)
    expect(out.stderr).toBe('')
    const written = await readManifest(manifest)
    expect(written.agent.name).toBe('codex')
    const tree = (await repo.git('rev-parse', 'HEAD^{tree}')).trim()
    expect(written.tests).toEqual([
      expect.objectContaining({
        attempt: 1,
        status: 'failed',
        exit_code: 3,
        tree,
        commit: await repo.sha(),
        recorded_by: 'agent-pr-gate record'
      })
    ])
    expect(written.tests?.[0]?.command).toBe(
      commandLine([process.execPath, '-e', 'process.exit(3)'])
    )
    expect(typeof written.tests?.[0]?.duration_ms).toBe('number')
  })

  it('hashes untracked files too, and leaves the user index as it was', async () => {
    const repo = await agentRepo()
    await repo.write('src/staged.js', 'export const staged = 1\n')
    await repo.git('add', 'src/staged.js')
    await repo.write('src/untracked.js', 'export const untracked = 1\n')
    const indexBefore = await repo.git('diff', '--cached', '--name-status')
    const manifest = join(await scratch(), 'run.json')
    await runRecord(['--manifest', manifest, '--', process.execPath, '-e', ''], io(repo.dir).io)
    expect(await repo.git('diff', '--cached', '--name-status')).toBe(indexBefore)
    expect(await repo.git('status', '--porcelain')).toContain('?? src/untracked.js')
    const tree = (await readManifest(manifest)).tests?.[0]?.tree ?? ''
    const listed = await repo.git('ls-tree', '-r', '--name-only', tree)
    expect(listed.split('\n')).toEqual(
      expect.arrayContaining(['src/staged.js', 'src/untracked.js', 'src/sum.js'])
    )
  })

  it('a command that fails and then passes on the same tree is a rerun to green, with record evidence', async () => {
    const repo = await agentRepo()
    const manifest = join(await scratch(), 'run.json')
    const flaky = await flakyTest()
    expect(await runRecord(['--manifest', manifest, '--', ...flaky], io(repo.dir).io)).toBe(1)
    expect(await runRecord(['--manifest', manifest, '--', ...flaky], io(repo.dir).io)).toBe(0)
    const tests = (await readManifest(manifest)).tests ?? []
    expect(tests.map((t) => [t.attempt, t.status])).toEqual([
      [1, 'failed'],
      [2, 'passed']
    ])
    expect(tests[0]?.tree).toBe(tests[1]?.tree)
    const { code, report } = await gate(repo, manifest)
    const rerun = report.findings.find((f) => f.rule === 'rerun-to-green')
    expect(rerun).toBeDefined()
    expect(rerun?.severity).toBe('block')
    expect(rerun?.message).toContain('Recorded by `agent-pr-gate record`')
    expect(rerun?.message).toContain("on the head commit's exact tree")
    expect(rerun?.evidence?.attempts).toEqual([
      expect.objectContaining({ failed: 1, passed: 2, recorded: true, onHeadTree: true })
    ])
    expect(code).toBe(1)
  })

  it('a fix between the failing and the passing attempt is not a rerun to green', async () => {
    const repo = await agentRepo()
    const manifest = join(await scratch(), 'run.json')
    const flaky = await flakyTest()
    expect(await runRecord(['--manifest', manifest, '--', ...flaky], io(repo.dir).io)).toBe(1)
    await repo.write('src/sum.js', 'export const sum = (a, b) => Number(a) + Number(b) // fixed\n')
    await repo.commit('really fix sum')
    expect(await runRecord(['--manifest', manifest, '--', ...flaky], io(repo.dir).io)).toBe(0)
    const tests = (await readManifest(manifest)).tests ?? []
    expect(tests[0]?.tree).not.toBe(tests[1]?.tree)
    const { report } = await gate(repo, manifest)
    expect(report.findings.filter((f) => f.rule === 'rerun-to-green')).toEqual([])
  })

  it('names the failed tests from a JUnit report', async () => {
    const repo = await agentRepo()
    const dir = await scratch()
    const junit = join(dir, 'junit.xml')
    await writeFile(
      junit,
      '<testsuites><testsuite name="sum"><testcase classname="sum" name="adds strings"><failure/></testcase>' +
        '<testcase classname="sum" name="adds numbers"/></testsuite></testsuites>'
    )
    const manifest = join(dir, 'run.json')
    const code = await runRecord(
      ['--manifest', manifest, '--junit', junit, '--', process.execPath, '-e', 'process.exit(1)'],
      io(repo.dir).io
    )
    expect(code).toBe(1)
    expect((await readManifest(manifest)).tests?.[0]?.failed).toEqual(['sum > adds strings'])
  })

  it('refuses an invalid manifest before running anything, with one line and exit 2', async () => {
    const repo = await agentRepo()
    const dir = await scratch()
    const manifest = join(dir, 'run.json')
    await writeFile(manifest, '{"schema": "agent-run/v1", "agent": {}}')
    const marker = join(dir, 'ran')
    const { io: cli, out } = io(repo.dir)
    const code = await runRecord(
      [
        '--manifest',
        manifest,
        '--',
        process.execPath,
        '-e',
        `require('fs').writeFileSync(${JSON.stringify(marker)}, '')`
      ],
      cli
    )
    expect(code).toBe(2)
    expect(out.stderr.trim().split('\n')).toHaveLength(1)
    expect(out.stderr).toMatch(/not a valid agent-run\/v1 manifest/)
    await expect(readFile(marker)).rejects.toThrow()
  })

  it('a command that cannot start is an error attempt with exit 127', async () => {
    const repo = await agentRepo()
    const manifest = join(await scratch(), 'run.json')
    const { io: cli, out } = io(repo.dir)
    expect(await runRecord(['--manifest', manifest, '--', 'no-such-command-xyz'], cli)).toBe(127)
    expect(out.stderr).toMatch(/could not be started/)
    expect((await readManifest(manifest)).tests?.[0]).toEqual(
      expect.objectContaining({ status: 'error', exit_code: 127 })
    )
  })

  it('bad usage exits 2: no --manifest, no command after --', async () => {
    const { io: cli, out } = io(tmpdir())
    expect(await runRecord(['--', 'true'], cli)).toBe(2)
    expect(out.stderr).toMatch(/needs --manifest FILE/)
    expect(await runRecord(['--manifest', 'x.json'], cli)).toBe(2)
    expect(out.stderr).toMatch(/needs the command after "--"/)
  })
})
