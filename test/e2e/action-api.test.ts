/**
 * The built action (dist/index.js, or GATE_DIST/index.js) run as a subprocess with a runner's
 * environment against a local GitHub REST stand-in: what a workflow sees is what is asserted.
 */
import { describe, expect, it } from '@jest/globals'
import {
  addedPatch,
  binaryEntry,
  diffEntry,
  hunkPatch,
  manyEntries,
  unifiedDiff
} from '../fixtures/github/diff-entry.js'
import type { DiffEntry } from '../fixtures/github/diff-entry.js'
import { BASE_SHA, HEAD_SHA, pullRequest } from '../fixtures/github/pull-request.js'
import type { PullRequest, PullRequestSpec } from '../fixtures/github/pull-request.js'
import { DIFF_TOO_LARGE } from '../fixtures/github/serve.js'
import type { PullRequestScenario } from '../fixtures/github/serve.js'
import type { FakeGitHub } from '../support/fake-github.js'
import {
  runGate as runGateOn,
  serveGate,
  useFakeGitHub,
  type GateRun
} from '../support/github-fixture.js'

const REPO = '/repos/octo-org/octo-repo'
const CONFIG_PATH = '.github/agent-pr-gate.yml'

let fake: FakeGitHub

useFakeGitHub((api) => {
  fake = api.fake
})

/** A PR body carrying the agent's run manifest, scoped to `paths`. */
function bodyWithManifest(paths: string[]): string {
  const manifest = {
    schema: 'agent-run/v1',
    agent: { name: 'claude', model: 'claude-sonnet', run_id: 'run-42' },
    task: {
      id: 'ISSUE-12',
      request: 'Fix the off-by-one in pagination',
      scope: { paths }
    }
  }
  return [
    'Fixes #12: the last page was dropped.',
    '',
    '```agent-run',
    JSON.stringify(manifest, null, 2),
    '```'
  ].join('\n')
}

const IN_SCOPE = ['src/**', 'test/**', 'docs/**', 'package-lock.json']

async function gate(
  files: DiffEntry[],
  spec: PullRequestSpec = {},
  extra: Partial<PullRequestScenario> = {},
  inputs: Record<string, string> = {}
): Promise<GateRun> {
  const pr = pullRequest({ files, body: bodyWithManifest(IN_SCOPE), ...spec })
  serveGate(fake, { pr, files, ...extra })
  return runGate(pr, inputs)
}

function runGate(pr: PullRequest, inputs: Record<string, string> = {}): Promise<GateRun> {
  // core.getInput('github-token') reads INPUT_GITHUB-TOKEN: the hyphen stays.
  return runGateOn(fake, { pr, inputs: { 'github-token': 'ghs_testtoken', ...inputs } })
}

function pullsGets(accept: 'json' | 'diff'): number {
  return fake
    .calls('GET', `${REPO}/pulls/7`)
    .filter((r) => String(r.headers.accept ?? '').includes('.diff') === (accept === 'diff')).length
}

const smallFiles = (): DiffEntry[] => [
  diffEntry('src/pagination/page.ts', {
    patch: hunkPatch({
      start: 12,
      removed: ['  return items.slice(0, -1)'],
      added: ['  return items']
    })
  }),
  diffEntry('test/pagination/page.test.ts', {
    status: 'added',
    patch: addedPatch([
      "it('keeps the last page', () => {",
      '  expect(page([1, 2, 3], 3)).toEqual([1, 2, 3])',
      '})'
    ])
  }),
  binaryEntry('docs/pagination.png')
]

describe('the built action against the GitHub API', () => {
  it('gates a small PR read through the diff media type', async () => {
    const run = await gate(smallFiles())
    expect(run.code).toBe(0)
    expect(['pass', 'warn']).toContain(run.outputs.verdict)
    expect(run.report.verdict).toBe(run.outputs.verdict)
    expect(run.outputs.overridden).toBe('false')
    expect(Number(run.outputs.score)).toBe(run.report.score.value)
    expect(run.report.score.value).toBeGreaterThanOrEqual(0)
    expect(run.report.score.value).toBeLessThanOrEqual(100)
    expect(run.report.complete).toBe(true)
    expect(run.report.stats).toEqual({ files: 3, additions: 4, deletions: 1 })
    expect(run.report.findings.filter((f) => f.severity === 'block')).toEqual([])
    expect(run.summary.length).toBeGreaterThan(0)
    expect(run.summary.toLowerCase()).toContain(run.outputs.verdict)
    expect(pullsGets('diff')).toBe(1)
    expect(fake.calls('GET', `${REPO}/pulls/7/files`)).toHaveLength(0)
    expect(run.report.apiCalls).toBe(fake.requests.length)
  })

  it('stays within the request budget on a 100-file PR', async () => {
    const run = await gate(manyEntries(100, 'src/pagination/part-'))
    expect(run.code).toBe(0)
    expect(run.report.complete).toBe(true)
    expect(run.report.apiCalls).toBe(fake.requests.length)
    expect(run.report.apiCalls).toBeLessThanOrEqual(12)
  })

  it('reads a 400-file PR page by page without asking for a diff GitHub would refuse', async () => {
    const run = await gate(manyEntries(400), {}, { diff: DIFF_TOO_LARGE })
    expect(run.code).toBe(0)
    expect(pullsGets('diff')).toBe(0)
    const pages = fake.calls('GET', `${REPO}/pulls/7/files`).map((r) => r.query.get('page'))
    expect(pages.sort()).toEqual(['1', '2', '3', '4'])
    expect(run.report.complete).toBe(true)
    expect(run.report.stats.files).toBe(400)
  })

  it('falls back to listFiles when GitHub answers 406 to the diff media type', async () => {
    const run = await gate(manyEntries(250), {}, { diff: DIFF_TOO_LARGE })
    expect(run.code).toBe(0)
    expect(pullsGets('diff')).toBe(1)
    expect(fake.calls('GET', `${REPO}/pulls/7/files`)).toHaveLength(3)
    expect(run.report.complete).toBe(true)
    expect(run.report.stats.files).toBe(250)
  })

  it('blocks a PR whose listFiles omits the patch of a text file, and says why', async () => {
    const files = [
      ...manyEntries(350),
      diffEntry('package-lock.json', { patch: undefined, additions: 4200, deletions: 3100 })
    ]
    const run = await gate(files)
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(run.report.complete).toBe(false)
    expect(run.report.incompleteReason).toContain('omitted the patch of 1 file (package-lock.json)')
    expect(run.report.findings).toContainEqual(
      expect.objectContaining({ rule: 'incomplete-diff', severity: 'block' })
    )
    expect(run.summary).toContain('omitted the patch of 1 file')
    expect(run.summary).toContain('package-lock.json')
  })

  it('retries a 500 from GitHub and still decides', async () => {
    const files = smallFiles()
    const pr = pullRequest({ files, body: bodyWithManifest(IN_SCOPE) })
    serveGate(fake, { pr, files })
    let failed = false
    fake.on('GET', `${REPO}/pulls/7`, (req) => {
      if (String(req.headers.accept ?? '').includes('.diff')) {
        return {
          body: unifiedDiff(files),
          headers: { 'content-type': 'text/plain; charset=utf-8' }
        }
      }
      if (failed) return { body: pr }
      failed = true
      return { status: 500, body: { message: 'Server Error' } }
    })
    const run = await runGate(pr)
    expect(run.code).toBe(0)
    expect(['pass', 'warn']).toContain(run.outputs.verdict)
    expect(pullsGets('json')).toBe(2)
    expect(run.report.complete).toBe(true)
    expect(run.report.apiCalls).toBe(fake.requests.length)
  })

  it('takes the config from the base commit, not from the PR head that changes it', async () => {
    // Neither the defaults (out-of-scope blocks) nor the head's file (off) would make it warn.
    const baseConfig = 'version: 1\nmode: enforce\nrules:\n  out-of-scope: warn\n'
    const headConfig = 'version: 1\nmode: observe\nrules:\n  out-of-scope: "off"\n'
    const files = [
      ...smallFiles(),
      diffEntry('src/unrelated/cache.ts', {
        patch: hunkPatch({ start: 4, removed: ['const ttl = 60'], added: ['const ttl = 600'] })
      }),
      diffEntry(CONFIG_PATH, {
        patch: hunkPatch({
          start: 2,
          removed: ['mode: enforce', 'rules:', '  out-of-scope: warn'],
          added: ['mode: observe', 'rules:', '  out-of-scope: "off"']
        })
      })
    ]
    const contents = {
      [BASE_SHA]: { [CONFIG_PATH]: baseConfig },
      [HEAD_SHA]: { [CONFIG_PATH]: headConfig },
      'claude/fix-pagination': { [CONFIG_PATH]: headConfig }
    }
    const run = await gate(
      files,
      { body: bodyWithManifest(['src/pagination/**', 'test/**', 'docs/**']) },
      { contents }
    )
    expect(run.report.mode).toBe('enforce')
    expect(run.report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'out-of-scope',
        severity: 'warn',
        path: 'src/unrelated/cache.ts'
      })
    )
    // Changing the gate's own config blocks in every mode, so the verdict fails either way.
    expect(run.report.findings).toContainEqual(
      expect.objectContaining({ rule: 'gate-config-change', severity: 'block' })
    )
    expect(run.outputs.verdict).toBe('fail')
    expect(run.code).toBe(1)
    const configReads = fake
      .calls('GET', /\/contents\//)
      .filter((r) => decodeURIComponent(r.path).endsWith(CONFIG_PATH))
    expect(configReads.length).toBeGreaterThan(0)
    expect(configReads.map((r) => r.query.get('ref'))).toEqual(configReads.map(() => BASE_SHA))
  })
})
