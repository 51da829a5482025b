/**
 * Reruns until green, end to end: the built action (dist/index.js, or GATE_DIST/index.js) reads
 * the head commit's CI history from a local GitHub REST stand-in and reports what went green on
 * a rerun, with the test-attempt timeline in the job summary.
 */
import { describe, expect, it } from '@jest/globals'
import { checkRun, workflowRun } from '../fixtures/github/checks.js'
import type { CheckRun, WorkflowRun } from '../fixtures/github/checks.js'
import { diffEntry, hunkPatch } from '../fixtures/github/diff-entry.js'
import { HEAD_SHA, pullRequest } from '../fixtures/github/pull-request.js'
import { NOT_FOUND } from '../fixtures/github/serve.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { runGate, serveGate, useFakeGitHub, type GateRun } from '../support/github-fixture.js'

const REPO = '/repos/octo-org/octo-repo'
const CHECK_RUNS = `${REPO}/commits/${HEAD_SHA}/check-runs`

let fake: FakeGitHub

useFakeGitHub((api) => {
  fake = api.fake
})

/** Gates a one-line fix in src/pagination/page.ts with this CI history on the head commit. */
async function gate(
  checks: CheckRun[],
  runs: WorkflowRun[],
  env: Record<string, string> = {}
): Promise<GateRun> {
  const files = [
    diffEntry('src/pagination/page.ts', {
      patch: hunkPatch({
        start: 8,
        removed: ['  const totalPages = Math.floor(items.length / pageSize)'],
        added: ['  const totalPages = Math.ceil(items.length / pageSize)']
      })
    })
  ]
  const pr = pullRequest({
    files,
    body: 'Fixes #12: the last partial page was dropped because the count used floor.'
  })
  serveGate(fake, { pr, files, checkRuns: false })
  fake.on('GET', CHECK_RUNS, { body: { total_count: checks.length, check_runs: checks } })
  fake.on('GET', `${REPO}/actions/runs`, {
    body: { total_count: runs.length, workflow_runs: runs }
  })
  return runGate(fake, { pr, inputs: { 'github-token': 'ghs_testtoken' }, env })
}

const reruns = (run: GateRun) => run.report.findings.filter((f) => f.rule === 'rerun-to-green')

describe('reruns until green in the head commit’s CI history', () => {
  it('blocks check runs that failed and then passed on the head SHA, and shows the timeline', async () => {
    const run = await gate(
      [
        checkRun({
          id: 11,
          name: 'test',
          conclusion: 'failure',
          startedAt: '2026-03-02T10:00:00Z'
        }),
        checkRun({
          id: 12,
          name: 'test',
          conclusion: 'success',
          startedAt: '2026-03-02T10:06:00Z'
        }),
        checkRun({ id: 13, name: 'lint', conclusion: 'success' })
      ],
      []
    )
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    const [found] = reruns(run)
    expect(found).toMatchObject({ severity: 'block' })
    expect(found!.evidence).toMatchObject({
      source: 'ci',
      tests: ['check run "test"'],
      touchesChange: true
    })
    expect(run.report.testTimeline).toEqual([
      { attempt: 1, tree: null, status: 'failure', flipped: [], source: 'check run "test"' },
      { attempt: 2, tree: null, status: 'success', flipped: ['test'], source: 'check run "test"' }
    ])
    expect(run.summary).toContain('Test attempts')
    expect(fake.calls('GET', CHECK_RUNS)[0]!.query.get('filter')).toBe('all')
  })

  it('blocks a workflow run on attempt 2 whose attempt 1 failed', async () => {
    fake.on('GET', `${REPO}/actions/runs/31/attempts/1`, {
      body: workflowRun({ id: 31, run_attempt: 1, conclusion: 'failure' })
    })
    const run = await gate([], [workflowRun({ id: 31, run_attempt: 2, conclusion: 'success' })])
    expect(run.code).toBe(1)
    const [found] = reruns(run)
    expect(found!.evidence).toMatchObject({
      source: 'ci',
      tests: ['workflow "CI"'],
      attempts: [{ test: 'workflow "CI"', failed: 1, passed: 2 }]
    })
    expect(fake.calls('GET', /\/actions\/runs\/31\/attempts\//)).toHaveLength(1)
  })

  it('finds nothing in a clean history, with one request for check runs and one for workflow runs', async () => {
    const run = await gate(
      [checkRun({ id: 11, name: 'test' })],
      [workflowRun({ id: 31, run_attempt: 1, conclusion: 'success' })]
    )
    expect(run.code).toBe(0)
    expect(reruns(run)).toEqual([])
    expect(run.report.testTimeline).toBeNull()
    expect(fake.calls('GET', CHECK_RUNS)).toHaveLength(1)
    expect(fake.calls('GET', `${REPO}/actions/runs`)).toHaveLength(1)
    expect(fake.calls('GET', /\/attempts\//)).toEqual([])
  })

  it('degrades to the other sources with a note when the attempts API answers 404 for an old run', async () => {
    fake.on('GET', `${REPO}/actions/runs/31/attempts/1`, NOT_FOUND)
    const run = await gate(
      [
        checkRun({
          id: 11,
          name: 'test',
          conclusion: 'failure',
          startedAt: '2026-03-02T10:00:00Z'
        }),
        checkRun({ id: 12, name: 'test', conclusion: 'success', startedAt: '2026-03-02T10:06:00Z' })
      ],
      [workflowRun({ id: 31, run_attempt: 2, conclusion: 'success' })]
    )
    expect(run.code).toBe(1)
    expect(reruns(run).map((f) => f.evidence?.tests)).toEqual([['check run "test"']])
    expect(run.report.notes).toContainEqual(
      expect.stringContaining('Could not read the attempt 1 of workflow run 31 ("CI") (HTTP 404')
    )
  })

  it("leaves out the gate's own workflow, blocked in one run and passed in the next, but not CI's", async () => {
    // The runner names the gate's workflow and run; runs 50 and 51 are its earlier verdicts.
    const own = (id: number, conclusion: string | null) =>
      workflowRun({
        id,
        name: 'agent-pr-gate',
        workflow_id: 900,
        check_suite_id: 8000 + id,
        conclusion
      })
    fake.on('GET', `${REPO}/actions/runs/31/attempts/1`, {
      body: workflowRun({ id: 31, run_attempt: 1, conclusion: 'failure' })
    })
    const run = await gate(
      [
        checkRun({
          id: 21,
          name: 'gate',
          checkSuiteId: 8050,
          conclusion: 'failure',
          startedAt: '2026-03-02T10:01:00Z'
        }),
        checkRun({
          id: 22,
          name: 'gate',
          checkSuiteId: 8051,
          conclusion: 'success',
          startedAt: '2026-03-02T10:04:00Z'
        }),
        checkRun({ id: 23, name: 'gate', checkSuiteId: 8052, status: 'in_progress' })
      ],
      [
        own(50, 'failure'),
        own(51, 'success'),
        own(52, null),
        workflowRun({ id: 31, run_attempt: 2 })
      ],
      { GITHUB_WORKFLOW: 'agent-pr-gate', GITHUB_RUN_ID: '52' }
    )
    expect(reruns(run).map((f) => f.evidence?.tests)).toEqual([['workflow "CI"']])
    expect(run.report.notes).toContainEqual(
      "Left out 3 check runs and 3 workflow runs on aaaaaaaaaaaa as the gate's own: its earlier verdicts are not CI."
    )
    expect(fake.calls('GET', /\/actions\/runs\/\d+$/)).toEqual([])
  })
})
