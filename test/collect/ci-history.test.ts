import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { components } from '@octokit/openapi-types'
import { collectCiHistory } from '../../src/collect/ci-history.js'
import { createGitHubClient } from '../../src/collect/github-client.js'
import type { GitHubClient } from '../../src/collect/github-client.js'
import { GitHubApiError } from '../../src/collect/github-errors.js'
import { readJUnitReports } from '../../src/collect/junit-files.js'
import { checkRun } from '../fixtures/github/checks.js'
import type { CheckRun } from '../fixtures/github/checks.js'
import { repository, simpleUser } from '../fixtures/github/repository.js'
import { NOT_FOUND } from '../fixtures/github/serve.js'
import { FakeGitHub } from '../support/fake-github.js'
import type { Reply } from '../support/fake-github.js'

type WorkflowRun = components['schemas']['workflow-run']

const REPO = '/repos/octo-org/octo-repo'
const HEAD = 'c0ffee0000000000000000000000000000000001'
const TARGET = { owner: 'octo-org', repo: 'octo-repo', headSha: HEAD }

function workflowRun(spec: {
  id: number
  name?: string
  attempt?: number
  conclusion?: string | null
  workflowId?: number
  checkSuiteId?: number
}): WorkflowRun {
  const repo = { ...repository('octo-org', 'octo-repo'), license: null }
  const url = `https://api.github.com${REPO}/actions/runs/${spec.id}`
  return {
    id: spec.id,
    name: spec.name ?? 'CI',
    node_id: `WFR_${spec.id}`,
    check_suite_id: spec.checkSuiteId ?? 7000 + spec.id,
    head_branch: 'codex/fix-pagination',
    head_sha: HEAD,
    path: '.github/workflows/ci.yml',
    run_number: spec.id,
    run_attempt: spec.attempt ?? 1,
    event: 'pull_request',
    status: spec.conclusion === null ? 'in_progress' : 'completed',
    conclusion: spec.conclusion === undefined ? 'success' : spec.conclusion,
    workflow_id: spec.workflowId ?? 100,
    url,
    html_url: `https://github.com/octo-org/octo-repo/actions/runs/${spec.id}`,
    pull_requests: [],
    created_at: '2026-03-02T10:00:00Z',
    updated_at: '2026-03-02T10:09:00Z',
    actor: simpleUser('codex[bot]'),
    run_started_at: '2026-03-02T10:00:00Z',
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `https://api.github.com${REPO}/check-suites/${7000 + spec.id}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url:
      (spec.attempt ?? 1) > 1 ? `${url}/attempts/${(spec.attempt ?? 1) - 1}` : null,
    workflow_url: `https://api.github.com${REPO}/actions/workflows/${spec.workflowId ?? 100}`,
    head_commit: null,
    repository: repo,
    head_repository: repo,
    display_title: 'Fix pagination'
  }
}

let fake: FakeGitHub
let client: GitHubClient

beforeEach(async () => {
  fake = new FakeGitHub()
  await fake.start()
  client = createGitHubClient({
    token: 'ghs_testtoken',
    baseUrl: fake.url,
    retryBaseMs: 1,
    log: { info: () => undefined, warning: () => undefined }
  })
})

afterEach(async () => {
  await fake.stop()
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
    serve([], [workflowRun({ id: 31, attempt: 2, conclusion: 'success' })])
    fake.on('GET', `${REPO}/actions/runs/31/attempts/1`, {
      body: workflowRun({ id: 31, attempt: 1, conclusion: 'failure' })
    })
    const history = await collectCiHistory(client, TARGET)
    expect(history.workflowRuns[0]!.attempts.map((a) => [a.attempt, a.conclusion])).toEqual([
      [1, 'failure'],
      [2, 'success']
    ])
    expect(fake.requests).toHaveLength(3)
  })

  it('keeps the other sources, with a note, when an old attempt is gone (404)', async () => {
    serve([checkRun({ id: 1, name: 'test' })], [workflowRun({ id: 31, attempt: 3 })])
    fake.on('GET', `${REPO}/actions/runs/31/attempts/2`, {
      body: workflowRun({ id: 31, attempt: 2, conclusion: 'failure' })
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
        workflowRun({ id: 40, workflowId: 900, checkSuiteId: 8040, conclusion: 'failure' }),
        workflowRun({ id: 41, workflowId: 900, checkSuiteId: 8041, attempt: 2, conclusion: null }),
        workflowRun({ id: 31 })
      ]
    )
    const history = await collectCiHistory(client, { ...TARGET, excludeWorkflowRunId: 41 })
    expect(history.checkRuns.map((c) => c.name)).toEqual(['test'])
    expect(history.workflowRuns.map((r) => r.id)).toEqual([31])
    expect(fake.calls('GET', /\/attempts\//)).toEqual([])
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
