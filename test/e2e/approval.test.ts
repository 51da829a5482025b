/**
 * The labeled approval, end to end: the built action as a subprocess against the local GitHub
 * API, once per way a label can fail to count, and once for the approval that does.
 */
import { describe, expect, it } from '@jest/globals'
import type { GateReport } from '../../src/model.js'
import { addedPatch, diffEntry, hunkPatch } from '../fixtures/github/diff-entry.js'
import { pullRequestEvent } from '../fixtures/github/event.js'
import { checkSuite, collaboratorPermission, labelEvent } from '../fixtures/github/issue-event.js'
import type { LabelIssueEvent } from '../fixtures/github/issue-event.js'
import { HEAD_SHA, pullRequest } from '../fixtures/github/pull-request.js'
import type { PullRequest } from '../fixtures/github/pull-request.js'
import { simpleUser } from '../fixtures/github/repository.js'
import { NOT_FOUND } from '../fixtures/github/serve.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { runGate, serveGate, useFakeGitHub } from '../support/github-fixture.js'
import type { Reply } from '../support/fake-github.js'
import type { ActionRun } from '../support/run-action.js'

const REPO = '/repos/octo-org/octo-repo'
const GENERAL = 'agent-pr-gate/approved'
/** The first check suite on the head commit: when the last push arrived, by GitHub's clock. */
const PUSHED = '2026-03-02T10:00:00Z'
const BEFORE_PUSH = '2026-03-02T09:30:00Z'
const AFTER_PUSH = '2026-03-02T10:30:00Z'

const MANIFEST = {
  schema: 'agent-run/v1',
  agent: { name: 'claude' },
  task: {
    request: 'Fix the off-by-one on the last page',
    scope: { paths: ['src/pagination/**', 'test/pagination/**'] }
  }
}

/** An agent PR with two things only a human may wave through: an out-of-scope edit and a secret file. */
function agentPullRequest(labels: string[]): {
  pr: PullRequest
  files: ReturnType<typeof diffEntry>[]
} {
  const files = [
    diffEntry('src/pagination/page.ts', {
      patch: hunkPatch({
        start: 12,
        removed: ['  return items.slice(start, end - 1)'],
        added: ['  return items.slice(start, end)']
      })
    }),
    diffEntry('src/billing-report/export.ts', {
      patch: hunkPatch({ start: 3, removed: ['const LIMIT = 10'], added: ['const LIMIT = 20'] })
    }),
    diffEntry('.env.production', { status: 'added', patch: addedPatch(['LOG_LEVEL=info']) })
  ]
  const body =
    'Fixes #12: the last page dropped its final item.\n\n```agent-run\n' +
    JSON.stringify(MANIFEST, null, 2) +
    '\n```\n'
  return { pr: pullRequest({ body, labels, files, headRef: 'claude/fix-pagination' }), files }
}

const ROLES: Record<string, string> = { maria: 'maintain', tina: 'triage', root: 'admin' }

let fake: FakeGitHub

useFakeGitHub((api) => {
  fake = api.fake
})

interface Scenario {
  /** Labels `pulls.get` reports now. */
  labels: string[]
  events: LabelIssueEvent[]
  /** Labels the event payload claims; by default the live ones. */
  payloadLabels?: string[]
}

async function gate(scenario: Scenario): Promise<{ run: ActionRun; report: GateReport }> {
  const { pr, files } = agentPullRequest(scenario.labels)
  serveGate(fake, { pr, files, checkRuns: false })
  fake.on('GET', `${REPO}/issues/${pr.number}/events`, { body: scenario.events })
  fake.on('GET', `${REPO}/commits/:ref/check-suites`, {
    body: { total_count: 1, check_suites: [checkSuite(PUSHED)] }
  })
  fake.on('GET', `${REPO}/collaborators/:user/permission`, (_req, { user }): Reply => {
    const role = ROLES[user!]
    return role === undefined ? NOT_FOUND : { body: collaboratorPermission(user!, role) }
  })
  const payload = agentPullRequest(scenario.payloadLabels ?? scenario.labels).pr
  const { report, ...run } = await runGate(fake, { event: pullRequestEvent(payload) })
  expect(run.outputs.report).toBeDefined()
  return { run, report }
}

function expectBlocked(run: ActionRun, report: GateReport, reason: RegExp): void {
  expect(run.code).toBe(1)
  expect(run.outputs.verdict).toBe('fail')
  expect(run.outputs.overridden).toBe('false')
  expect(report.approval).toBeNull()
  expect(run.summary).toMatch(reason)
}

describe('labeled approval (dist/index.js against the local GitHub API)', () => {
  it('blocks the agent PR without a label, naming what needs a human', async () => {
    const { run, report } = await gate({ labels: [], events: [] })
    expectBlocked(run, report, /out-of-scope/)
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'sensitive-path', category: 'secrets', severity: 'block' })
    )
    expect(fake.calls('GET', /\/issues\/7\/events$/)).toHaveLength(0)
  })

  it('passes with a maintainer label applied after the last push, naming the approver', async () => {
    const { run, report } = await gate({
      labels: [GENERAL],
      events: [labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH)]
    })
    expect(run.code).toBe(0)
    expect(run.outputs.overridden).toBe('true')
    expect(run.outputs.verdict).toBe('pass')
    expect(report.approval).toMatchObject({
      label: GENERAL,
      by: 'maria',
      role: 'maintain',
      at: AFTER_PUSH,
      headSha: HEAD_SHA
    })
    expect(report.approval!.covers).toEqual(expect.arrayContaining(['secrets', 'out-of-scope']))
    expect(run.summary).toContain('maria')
    const completed = fake.calls('PATCH', /\/check-runs\/\d+$/).at(-1)?.body as {
      conclusion: string
    }
    expect(completed.conclusion).toBe('success')
  })

  it.each<[string, Scenario, RegExp]>([
    [
      'the agent that opened the PR',
      {
        labels: [GENERAL],
        events: [labelEvent('labeled', GENERAL, 'claude[bot]', AFTER_PUSH)]
      },
      /bots cannot approve/
    ],
    [
      'a bot',
      {
        labels: [GENERAL],
        events: [labelEvent('labeled', GENERAL, 'github-actions[bot]', AFTER_PUSH)]
      },
      /bots cannot approve/
    ],
    [
      'an app acting for a maintainer',
      {
        labels: [GENERAL],
        events: [labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH, { viaApp: 'label-sync' })]
      },
      /the app label-sync acting for/
    ],
    [
      'a triage user',
      { labels: [GENERAL], events: [labelEvent('labeled', GENERAL, 'tina', AFTER_PUSH)] },
      /\(triage\); needs maintain or higher/
    ],
    [
      'a maintainer before the latest push',
      { labels: [GENERAL], events: [labelEvent('labeled', GENERAL, 'maria', BEFORE_PUSH)] },
      /before head aaaaaaa arrived at 2026-03-02T10:00:00Z/
    ],
    [
      'a maintainer, then removed',
      {
        labels: [GENERAL],
        events: [
          labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH),
          labelEvent('unlabeled', GENERAL, 'claude[bot]', '2026-03-02T10:40:00Z')
        ]
      },
      /was removed by/
    ],
    [
      'nobody, though the event payload carries it',
      { labels: [GENERAL], events: [], payloadLabels: [GENERAL] },
      /show no one applying it/
    ]
  ])('stays blocked when the label was applied by %s', async (_case, scenario, reason) => {
    const { run, report } = await gate(scenario)
    expectBlocked(run, report, reason)
    expect(report.approvalNotes).toHaveLength(1)
  })

  it('stays blocked when the PR author applies the label, even as an admin', async () => {
    const { pr, files } = agentPullRequest([GENERAL])
    const human = { ...pr, user: simpleUser('root') }
    serveGate(fake, { pr: human, files, checkRuns: false })
    fake.on('GET', `${REPO}/issues/7/events`, {
      body: [labelEvent('labeled', GENERAL, 'root', AFTER_PUSH)]
    })
    fake.on('GET', `${REPO}/commits/:ref/check-suites`, {
      body: { total_count: 1, check_suites: [checkSuite(PUSHED)] }
    })
    fake.on('GET', `${REPO}/collaborators/:user/permission`, {
      body: collaboratorPermission('root', 'admin')
    })
    const { report, ...run } = await runGate(fake, { pr: human })
    expectBlocked(run, report, /the PR's author, who cannot approve their own PR/)
  })

  it('stays blocked by findings outside the category a category label approves', async () => {
    const billing = 'agent-pr-gate/approve:billing'
    const { run, report } = await gate({
      labels: [billing],
      events: [labelEvent('labeled', billing, 'maria', AFTER_PUSH)]
    })
    expectBlocked(run, report, /agent-pr-gate\/approve:secrets/)
    expect(report.findings.filter((f) => f.severity === 'block').map((f) => f.category)).toContain(
      'secrets'
    )
    expect(report.notes).toContain(
      `The label ${billing} by maria approves only billing findings; no blocking finding is in that category.`
    )
    expect(run.summary).toContain('approves only billing findings')
  })
})
