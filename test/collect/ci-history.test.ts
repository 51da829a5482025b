import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { collectCiHistory } from '../../src/collect/ci-history.js'
import type { GitHubClient } from '../../src/github/client.js'
import { GitHubApiError } from '../../src/github/errors.js'
import { readJUnitReports } from '../../src/collect/junit-files.js'
import { ciFlips } from '../../src/analyze/verifier/flips.js'
import { checkRun, workflowRun } from '../fixtures/github/checks.js'
import type { CheckRun, WorkflowRun } from '../fixtures/github/checks.js'
import { NOT_FOUND } from '../fixtures/github/serve.js'
import type { FakeGitHub } from '../support/fake-github.js'
import type { Reply } from '../support/fake-github.js'
import { useFakeGitHub } from '../support/github-fixture.js'

const REPO = '/repos/octo-org/octo-repo'
const HEAD = 'c0ffee0000000000000000000000000000000001'
const TARGET = { owner: 'octo-org', repo: 'octo-repo', headSha: HEAD }

let fake: FakeGitHub
let client: GitHubClient

useFakeGitHub((api) => {
  ;({ fake, client } = api)
})

function serve(checks: CheckRun[], runs: WorkflowRun[]): void {
  fake.on('GET', `${REPO}/commits/${HEAD}/check-runs`, {
    body: { total_count: checks.length, check_runs: checks }
  })
  fake.on('GET', `${REPO}/actions/runs`, {
    body: { total_count: runs.length, workflow_runs: runs }
  })
}

describe('collectCiHistory', () => {
  it('reads every check-run attempt and the workflow runs on the head SHA: two requests', async () => {
    serve(
      [
        checkRun({ id: 1, name: 'test', conclusion: 'failure', startedAt: '2026-03-02T10:00:00Z' }),
        checkRun({ id: 2, name: 'test', conclusion: 'success', startedAt: '2026-03-02T10:05:00Z' })
      ],
      [workflowRun({ id: 31 })]
    )
    const history = await collectCiHistory(client, TARGET)
    expect(history.checkRuns.map((c) => [c.id, c.name, c.conclusion])).toEqual([
      [1, 'test', 'failure'],
      [2, 'test', 'success']
    ])
    expect(history.checkRuns[0]).toEqual({
      id: 1,
      name: 'test',
      status: 'completed',
      conclusion: 'failure',
      startedAt: '2026-03-02T10:00:00Z',
      completedAt: '2026-03-02T10:03:00Z',
      appSlug: 'github-actions'
    })
    expect(history.workflowRuns).toEqual([
      {
        id: 31,
        name: 'CI',
        runAttempt: 1,
        conclusion: 'success',
        attempts: [{ attempt: 1, conclusion: 'success', startedAt: '2026-03-02T10:00:00Z' }]
      }
    ])
    expect(history.notes).toEqual([])
    expect(fake.requests).toHaveLength(2)
    const [checks] = fake.calls('GET', `${REPO}/commits/${HEAD}/check-runs`)
    expect(checks!.query.get('filter')).toBe('all')
    expect(fake.calls('GET', `${REPO}/actions/runs`)[0]!.query.get('head_sha')).toBe(HEAD)
  })

  it('reads the earlier attempts of a re-run workflow run', async () => {
    serve([], [workflowRun({ id: 31, run_attempt: 2, conclusion: 'success' })])
    fake.on('GET', `${REPO}/actions/runs/31/attempts/1`, {
      body: workflowRun({ id: 31, run_attempt: 1, conclusion: 'failure' })
    })
    const history = await collectCiHistory(client, TARGET)
    expect(history.workflowRuns[0]!.attempts.map((a) => [a.attempt, a.conclusion])).toEqual([
      [1, 'failure'],
      [2, 'success']
    ])
    expect(fake.requests).toHaveLength(3)
  })

  it('keeps the other sources, with a note, when an old attempt is gone (404)', async () => {
    serve([checkRun({ id: 1, name: 'test' })], [workflowRun({ id: 31, run_attempt: 3 })])
    fake.on('GET', `${REPO}/actions/runs/31/attempts/2`, {
      body: workflowRun({ id: 31, run_attempt: 2, conclusion: 'failure' })
    })
    fake.on('GET', `${REPO}/actions/runs/31/attempts/1`, NOT_FOUND)
    const history = await collectCiHistory(client, TARGET)
    expect(history.checkRuns).toHaveLength(1)
    expect(history.workflowRuns[0]!.attempts.map((a) => a.attempt)).toEqual([2, 3])
    expect(history.notes).toEqual([
      'Could not read the attempt 1 of workflow run 31 ("CI") (HTTP 404: not found or not visible to the token; old runs expire); reruns there were not checked.'
    ])
  })

  it('degrades to notes when a fork token cannot read checks or actions (403)', async () => {
    const forbidden: Reply = {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    }
    fake.on('GET', `${REPO}/commits/${HEAD}/check-runs`, forbidden)
    fake.on('GET', `${REPO}/actions/runs`, {
      body: { total_count: 1, workflow_runs: [workflowRun({ id: 31 })] }
    })
    const history = await collectCiHistory(client, TARGET)
    expect(history.checkRuns).toEqual([])
    expect(history.workflowRuns).toHaveLength(1)
    expect(history.notes).toHaveLength(1)
    expect(history.notes[0]).toMatch(/^Could not read the check runs on c0ffee000000 \(HTTP 403/)
  })

  it('fails with a classified error when GitHub keeps failing', async () => {
    fake.on('GET', `${REPO}/commits/${HEAD}/check-runs`, {
      status: 502,
      body: { message: 'Bad Gateway' }
    })
    fake.on('GET', `${REPO}/actions/runs`, { body: { total_count: 0, workflow_runs: [] } })
    const error = await collectCiHistory(client, TARGET).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).status).toBe(502)
  })

  it("leaves out the gate's own check run and its own workflow's runs", async () => {
    serve(
      [
        checkRun({ id: 1, name: 'agent-pr-gate', conclusion: 'failure' }),
        { ...checkRun({ id: 2, name: 'gate', conclusion: 'failure' }), check_suite: { id: 8040 } },
        {
          ...checkRun({ id: 3, name: 'gate', conclusion: null, status: 'in_progress' }),
          check_suite: { id: 8041 }
        },
        checkRun({ id: 4, name: 'test' })
      ],
      [
        workflowRun({ id: 40, workflow_id: 900, check_suite_id: 8040, conclusion: 'failure' }),
        workflowRun({
          id: 41,
          workflow_id: 900,
          check_suite_id: 8041,
          run_attempt: 2,
          conclusion: null
        }),
        workflowRun({ id: 31 })
      ]
    )
    const history = await collectCiHistory(client, { ...TARGET, excludeWorkflowRunId: 41 })
    expect(history.checkRuns.map((c) => c.name)).toEqual(['test'])
    expect(history.workflowRuns.map((r) => r.id)).toEqual([31])
    expect(fake.calls('GET', /\/attempts\//)).toEqual([])
    expect(history.notes).toEqual([
      "Left out 3 check runs and 2 workflow runs on c0ffee000000 as the gate's own: its earlier verdicts are not CI."
    ])
  })

  describe("when the gate's own workflow blocked in run 50 and passed in run 51 after a label", () => {
    // Run 52 is the gate running now; workflow 100 ("CI") failed, then passed on attempt 2.
    const gate = (id: number, conclusion: string | null) =>
      workflowRun({
        id,
        name: 'agent-pr-gate',
        path: '.github/workflows/agent-pr-gate.yml',
        workflow_id: 900,
        check_suite_id: 8000 + id,
        conclusion
      })
    const gateJob = (id: number, suite: number, conclusion: CheckRun['conclusion']) =>
      checkRun({
        id,
        name: 'gate',
        checkSuiteId: suite,
        conclusion,
        status: conclusion === null ? 'in_progress' : 'completed',
        startedAt: `2026-03-02T10:0${id - 20}:00Z`
      })

    beforeEach(() => {
      serve(
        [
          gateJob(21, 8050, 'failure'),
          checkRun({ id: 22, name: 'agent-pr-gate', conclusion: 'failure' }),
          gateJob(23, 8051, 'success'),
          checkRun({ id: 24, name: 'agent-pr-gate', conclusion: 'success' }),
          gateJob(25, 8052, null),
          checkRun({
            id: 26,
            name: 'test',
            checkSuiteId: 7031,
            conclusion: 'failure',
            startedAt: '2026-03-02T10:00:00Z'
          }),
          checkRun({ id: 27, name: 'test', checkSuiteId: 7031, startedAt: '2026-03-02T10:07:00Z' })
        ],
        [
          gate(50, 'failure'),
          gate(51, 'success'),
          gate(52, null),
          workflowRun({ id: 31, run_attempt: 2, check_suite_id: 7031 })
        ]
      )
      fake.on('GET', `${REPO}/actions/runs/31/attempts/1`, {
        body: workflowRun({ id: 31, run_attempt: 1, conclusion: 'failure' })
      })
    })

    it.each([
      [
        'the current run id and the workflow name',
        { excludeWorkflowRunId: 52, excludeWorkflowName: 'agent-pr-gate' }
      ],
      ['the workflow name alone', { excludeWorkflowName: 'agent-pr-gate' }],
      ['the current run id alone', { excludeWorkflowRunId: 52 }]
    ])('leaves the gate out, found by %s, and keeps the other workflow', async (_, own) => {
      const history = await collectCiHistory(client, { ...TARGET, ...own })
      expect(history.checkRuns.map((c) => c.id)).toEqual([26, 27])
      expect(history.workflowRuns.map((r) => r.id)).toEqual([31])
      expect(ciFlips(history).flips.map((f) => f.test)).toEqual([
        'check run "test"',
        'workflow "CI"'
      ])
      expect(history.notes).toEqual([
        "Left out 5 check runs and 3 workflow runs on c0ffee000000 as the gate's own: its earlier verdicts are not CI."
      ])
      // The suites are in both listings: one attempt read, no request per run or suite.
      expect(fake.requests).toHaveLength(3)
    })

    it("would see the gate's own job go green on a rerun without them", async () => {
      const history = await collectCiHistory(client, TARGET)
      expect(ciFlips(history).flips.map((f) => f.test)).toEqual([
        'check run "test"',
        'check run "gate"',
        'workflow "CI"'
      ])
    })
  })

  it('does not take a workflow that only shares the name for the running one', async () => {
    serve(
      [
        checkRun({ id: 1, name: 'gate', checkSuiteId: 8052 }),
        checkRun({ id: 2, name: 'test', checkSuiteId: 8060, conclusion: 'failure' })
      ],
      [
        workflowRun({ id: 52, name: 'agent-pr-gate', workflow_id: 900, check_suite_id: 8052 }),
        workflowRun({ id: 60, name: 'agent-pr-gate', workflow_id: 901, check_suite_id: 8060 })
      ]
    )
    const history = await collectCiHistory(client, {
      ...TARGET,
      excludeWorkflowRunId: 52,
      excludeWorkflowName: 'agent-pr-gate'
    })
    expect(history.checkRuns.map((c) => c.id)).toEqual([2])
    expect(history.workflowRuns.map((r) => r.id)).toEqual([60])
  })

  it('pages through long lists only when GitHub has more', async () => {
    const checks = Array.from({ length: 130 }, (_, i) => checkRun({ id: i + 1, name: `job ${i}` }))
    fake.on('GET', `${REPO}/commits/${HEAD}/check-runs`, (req) => {
      const page = Number(req.query.get('page') ?? 1)
      return {
        body: { total_count: checks.length, check_runs: checks.slice((page - 1) * 100, page * 100) }
      }
    })
    fake.on('GET', `${REPO}/actions/runs`, { body: { total_count: 0, workflow_runs: [] } })
    const history = await collectCiHistory(client, TARGET)
    expect(history.checkRuns).toHaveLength(130)
    expect(fake.calls('GET', `${REPO}/commits/${HEAD}/check-runs`)).toHaveLength(2)
  })
})

describe('readJUnitReports', () => {
  const REPORT =
    '<?xml version="1.0"?>\n<testsuite name="a"><testcase name="x" classname="A"/></testsuite>'

  function workspace(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'gate-junit-'))
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    return dir
  }

  it('reads the reports the globs match, sorted, with repository-relative paths', async () => {
    const dir = workspace({
      'reports/b/junit.xml': REPORT,
      'reports/a/junit.xml': `\uFEFF${REPORT}`,
      'reports/readme.txt': 'not a report',
      'node_modules/x/junit.xml': REPORT
    })
    const { reports, notes } = await readJUnitReports(['reports/**/*.xml', '**/junit.xml'], dir)
    expect(reports.map((r) => r.path)).toEqual(['reports/a/junit.xml', 'reports/b/junit.xml'])
    expect(reports[0]!.xml).toBe(REPORT)
    expect(notes).toEqual([])
  })

  it('skips what is not well-formed XML, and says so', async () => {
    const dir = workspace({ 'junit.xml': '<testsuite><testcase name="x">' })
    const { reports, notes } = await readJUnitReports(['junit.xml'], dir)
    expect(reports).toEqual([])
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatch(/^JUnit report junit\.xml is skipped: not well-formed XML/)
  })

  it('refuses globs that leave the directory, and does not follow symlinks', async () => {
    const outside = workspace({ 'secret.xml': REPORT })
    const dir = workspace({ 'reports/ok.xml': REPORT })
    symlinkSync(join(outside, 'secret.xml'), join(dir, 'reports/link.xml'))
    const { reports, notes } = await readJUnitReports(
      ['../**/*.xml', '/etc/*.xml', 'reports/*.xml'],
      dir
    )
    expect(reports.map((r) => r.path)).toEqual(['reports/ok.xml'])
    expect(notes).toEqual([
      'JUnit glob "../**/*.xml" is skipped: it must be relative and stay inside the workspace.',
      'JUnit glob "/etc/*.xml" is skipped: it must be relative and stay inside the workspace.'
    ])
  })

  it('says when no report matched', async () => {
    const { reports, notes } = await readJUnitReports(['reports/*.xml'], workspace({}))
    expect(reports).toEqual([])
    expect(notes).toEqual([
      'No JUnit report matched "reports/*.xml"; reruns were checked without them.'
    ])
  })

  it('reads at most 200 reports', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 205 }, (_, i) => [`r/${String(i).padStart(3, '0')}.xml`, REPORT])
    )
    const { reports, notes } = await readJUnitReports(['r/*.xml'], workspace(files))
    expect(reports).toHaveLength(200)
    expect(notes).toEqual(['205 JUnit reports matched; only the first 200 were read.'])
  })
})
