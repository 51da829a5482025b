/**
 * Reruns until green, end to end: the built action (dist/index.js, or GATE_DIST/index.js) reads
 * the head commit's CI history from a local GitHub REST stand-in and reports what went green on
 * a rerun, with the test-attempt timeline in the job summary.
 */
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { components } from '@octokit/openapi-types'
import type { GateReport } from '../../src/model.js'
import { checkRun } from '../fixtures/github/checks.js'
import type { CheckRun } from '../fixtures/github/checks.js'
import { diffEntry, hunkPatch } from '../fixtures/github/diff-entry.js'
import { pullRequestEvent } from '../fixtures/github/event.js'
import { HEAD_SHA, pullRequest } from '../fixtures/github/pull-request.js'
import { repository, simpleUser } from '../fixtures/github/repository.js'
import { NOT_FOUND, servePublishing, servePullRequest } from '../fixtures/github/serve.js'
import { FakeGitHub } from '../support/fake-github.js'
import { runAction } from '../support/run-action.js'
import type { ActionRun } from '../support/run-action.js'

type WorkflowRun = components['schemas']['workflow-run']

const REPO = '/repos/octo-org/octo-repo'
const CHECK_RUNS = `${REPO}/commits/${HEAD_SHA}/check-runs`

let fake: FakeGitHub

beforeEach(async () => {
  fake = new FakeGitHub()
  await fake.start()
})

afterEach(async () => {
  await fake.stop()
})

/** A workflow run on the head commit, in the shape `actions.listWorkflowRunsForRepo` returns. */
function workflowRun(id: number, attempt: number, conclusion: string): WorkflowRun {
  const repo = { ...repository('octo-org', 'octo-repo'), license: null }
  const url = `https://api.github.com${REPO}/actions/runs/${id}`
  return {
    id,
    name: 'CI',
    node_id: `WFR_${id}`,
    check_suite_id: 7000 + id,
    head_branch: 'claude/fix-pagination',
    head_sha: HEAD_SHA,
    path: '.github/workflows/ci.yml',
    run_number: id,
    run_attempt: attempt,
    event: 'pull_request',
    status: 'completed',
    conclusion,
    workflow_id: 100,
    url,
    html_url: `https://github.com/octo-org/octo-repo/actions/runs/${id}`,
    pull_requests: [],
    created_at: '2026-03-02T10:00:00Z',
    updated_at: '2026-03-02T10:09:00Z',
    actor: simpleUser('claude[bot]'),
    run_started_at: '2026-03-02T10:00:00Z',
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `https://api.github.com${REPO}/check-suites/${7000 + id}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: attempt > 1 ? `${url}/attempts/${attempt - 1}` : null,
    workflow_url: `https://api.github.com${REPO}/actions/workflows/100`,
    head_commit: null,
    repository: repo,
    head_repository: repo,
    display_title: 'Fix the off-by-one in pagination'
  }
}

interface GateRun extends ActionRun {
  report: GateReport
}

/** Gates a one-line fix in src/pagination/page.ts with this CI history on the head commit. */
async function gate(checks: CheckRun[], runs: WorkflowRun[]): Promise<GateRun> {
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
  servePullRequest(fake, { pr, files })
  servePublishing(fake, pr)
  fake.on('GET', CHECK_RUNS, { body: { total_count: checks.length, check_runs: checks } })
  fake.on('GET', `${REPO}/actions/runs`, {
    body: { total_count: runs.length, workflow_runs: runs }
  })
  const run = await runAction({
    apiUrl: fake.url,
    event: pullRequestEvent(pr),
    inputs: { 'github-token': 'ghs_testtoken' }
  })
  if (!run.outputs.report) {
    throw new Error(`the action wrote no report (exit ${run.code}):\n${run.stdout}\n${run.stderr}`)
  }
  return { ...run, report: JSON.parse(readFileSync(run.outputs.report, 'utf8')) as GateReport }
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
    fake.on('GET', `${REPO}/actions/runs/31/attempts/1`, { body: workflowRun(31, 1, 'failure') })
    const run = await gate([], [workflowRun(31, 2, 'success')])
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
    const run = await gate([checkRun({ id: 11, name: 'test' })], [workflowRun(31, 1, 'success')])
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
      [workflowRun(31, 2, 'success')]
    )
    expect(run.code).toBe(1)
    expect(reruns(run).map((f) => f.evidence?.tests)).toEqual([['check run "test"']])
    expect(run.report.notes).toContainEqual(
      expect.stringContaining('Could not read the attempt 1 of workflow run 31 ("CI") (HTTP 404')
    )
  })
})
