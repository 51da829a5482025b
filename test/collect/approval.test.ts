import { describe, expect, it } from '@jest/globals'
import { verifyApproval } from '../../src/collect/approval.js'
import type { GitHubClient } from '../../src/github/client.js'
import { DEFAULT_CONFIG } from '../../src/config/defaults.js'
import type { GateConfig } from '../../src/config/types.js'
import type { CommitInfo, PullRequestInfo } from '../../src/model.js'
import {
  checkSuite,
  collaboratorPermission,
  labelEvent,
  stateEvent
} from '../fixtures/github/issue-event.js'
import type { CheckSuite, IssueEvent } from '../fixtures/github/issue-event.js'
import { HEAD_SHA } from '../fixtures/github/pull-request.js'
import { NOT_FOUND } from '../fixtures/github/serve.js'
import type { FakeGitHub } from '../support/fake-github.js'
import type { Reply } from '../support/fake-github.js'
import { useFakeGitHub } from '../support/github-fixture.js'

const REPO = '/repos/octo-org/octo-repo'
const EVENTS = `${REPO}/issues/7/events`
const GENERAL = 'agent-pr-gate/approved'
const SECRETS = 'agent-pr-gate/approve:secrets'
/** When the head commit's first check suite was created: the head "arrived". */
const PUSHED = '2026-03-02T10:00:00Z'
const BEFORE_PUSH = '2026-03-02T09:30:00Z'
const AFTER_PUSH = '2026-03-02T10:30:00Z'

function pr(overrides: Partial<PullRequestInfo> = {}): PullRequestInfo {
  return {
    owner: 'octo-org',
    repo: 'octo-repo',
    number: 7,
    title: 'Fix pagination',
    body: '',
    author: { login: 'claude[bot]', type: 'Bot' },
    appSlug: null,
    headRef: 'claude/fix-pagination',
    baseRef: 'main',
    headSha: HEAD_SHA,
    baseSha: 'b'.repeat(40),
    labels: [GENERAL],
    draft: false,
    url: 'https://github.com/octo-org/octo-repo/pull/7',
    changedFiles: 1,
    additions: 1,
    deletions: 0,
    ...overrides
  }
}

let fake: FakeGitHub
let client: GitHubClient

useFakeGitHub((api) => {
  ;({ fake, client } = api)
})

interface Scenario {
  events: IssueEvent[]
  suites?: CheckSuite[]
  roles?: Record<string, string>
}

function serve({ events, suites = [checkSuite(PUSHED)], roles = {} }: Scenario): void {
  fake.on('GET', EVENTS, { body: events })
  fake.on('GET', `${REPO}/commits/:ref/check-suites`, {
    body: { total_count: suites.length, check_suites: suites }
  })
  fake.on('GET', `${REPO}/collaborators/:user/permission`, (_req, { user }): Reply => {
    const role = roles[user!]
    return role === undefined ? NOT_FOUND : { body: collaboratorPermission(user!, role) }
  })
}

function verify(
  target: { pr?: PullRequestInfo; commits?: CommitInfo[] } = {},
  config: GateConfig = DEFAULT_CONFIG
) {
  return verifyApproval(
    client,
    { owner: 'octo-org', repo: 'octo-repo', pr: target.pr ?? pr(), commits: target.commits ?? [] },
    config
  )
}

describe('verifyApproval', () => {
  it('makes no API call when the PR carries no approval label', async () => {
    const approval = await verify({ pr: pr({ labels: ['bug', 'agent-pr-gate'] }) })
    expect(approval).toEqual({ grants: [], rejections: [] })
    expect(fake.requests).toHaveLength(0)
  })

  it('grants the general label applied by a maintainer after the head arrived', async () => {
    serve({
      events: [labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH)],
      roles: { maria: 'maintain' }
    })
    const approval = await verify()
    expect(approval).toEqual({
      grants: [
        {
          label: GENERAL,
          by: 'maria',
          role: 'maintain',
          at: AFTER_PUSH,
          headSha: HEAD_SHA,
          covers: 'all'
        }
      ],
      rejections: []
    })
  })

  it('grants a category label for that category only', async () => {
    serve({
      events: [labelEvent('labeled', SECRETS, 'root', AFTER_PUSH)],
      roles: { root: 'admin' }
    })
    const approval = await verify({ pr: pr({ labels: [SECRETS] }) })
    expect(approval.grants).toEqual([
      expect.objectContaining({ label: SECRETS, role: 'admin', covers: { category: 'secrets' } })
    ])
  })

  it('rejects a category label naming no configured category, without calling GitHub', async () => {
    const approval = await verify({ pr: pr({ labels: ['agent-pr-gate/approve:everything'] }) })
    expect(approval.grants).toEqual([])
    expect(approval.rejections[0]).toMatch(
      /^label "agent-pr-gate\/approve:everything" names no sensitive category of the config/
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('does not trust a label that no labeled event backs (a replayed payload)', async () => {
    serve({ events: [] })
    const approval = await verify()
    expect(approval.grants).toEqual([])
    expect(approval.rejections).toEqual([
      `label "${GENERAL}" is on the PR but GitHub's events show no one applying it, so it does ` +
        'not count: ask a maintainer to remove and re-apply it'
    ])
  })

  it('does not count a label that was removed after it was applied', async () => {
    serve({
      events: [
        labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH),
        labelEvent('unlabeled', GENERAL, 'claude[bot]', '2026-03-02T10:40:00Z')
      ],
      roles: { maria: 'maintain' }
    })
    const approval = await verify()
    expect(approval.grants).toEqual([])
    expect(approval.rejections[0]).toMatch(/was removed by @claude\[bot\] at 2026-03-02T10:40:00Z/)
  })

  it('counts the latest application when a label was removed and applied again', async () => {
    serve({
      events: [
        labelEvent('labeled', GENERAL, 'tom', BEFORE_PUSH),
        labelEvent('unlabeled', GENERAL, 'tom', BEFORE_PUSH),
        labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH)
      ],
      roles: { maria: 'maintain' }
    })
    const approval = await verify()
    expect(approval.grants.map((g) => g.by)).toEqual(['maria'])
  })

  it.each([
    [
      'an app acting for a user',
      labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH, { viaApp: 'auto-labeler' }),
      /applied by the app auto-labeler acting for @maria; only a person applying it counts/
    ],
    [
      'a bot',
      labelEvent('labeled', GENERAL, 'helper[bot]', AFTER_PUSH),
      /applied by the bot @helper\[bot\]; bots cannot approve/
    ],
    [
      'a bot account typed as a user',
      labelEvent('labeled', GENERAL, 'sneaky[bot]', AFTER_PUSH, { type: 'User' }),
      /applied by the bot @sneaky\[bot\]/
    ]
  ])('rejects a label applied by %s, before asking for any role', async (_who, event, reason) => {
    serve({ events: [event], roles: { maria: 'admin' } })
    const approval = await verify()
    expect(approval.grants).toEqual([])
    expect(approval.rejections).toHaveLength(1)
    expect(approval.rejections[0]).toMatch(reason)
    expect(fake.calls('GET', /\/permission$/)).toHaveLength(0)
  })

  it("rejects the PR author's own label unless allow_author is set", async () => {
    const author = { login: 'alice', type: 'User' }
    serve({
      events: [labelEvent('labeled', GENERAL, 'Alice', AFTER_PUSH)],
      roles: { Alice: 'admin' }
    })
    const denied = await verify({ pr: pr({ author }) })
    expect(denied.rejections[0]).toMatch(
      /applied by @Alice, the PR's author, who cannot approve their own PR/
    )
    const allowed = await verify(
      { pr: pr({ author }) },
      { ...DEFAULT_CONFIG, override: { ...DEFAULT_CONFIG.override, allow_author: true } }
    )
    expect(allowed.grants.map((g) => g.by)).toEqual(['Alice'])
  })

  it('rejects a co-author of a head commit, matched by noreply email or name', async () => {
    serve({
      events: [labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH)],
      roles: { maria: 'admin' }
    })
    const byEmail: CommitInfo = {
      sha: 'f'.repeat(40),
      message: 'Fix\n\nCo-authored-by: M <123+Maria@users.noreply.github.com>',
      authorLogin: 'claude[bot]',
      authorEmail: null
    }
    const byName = { ...byEmail, message: 'Fix\n\nCo-authored-by: maria <m@example.com>' }
    for (const commit of [byEmail, byName]) {
      const approval = await verify({ commits: [commit] })
      expect(approval.rejections[0]).toMatch(/applied by @maria, a co-author of commit fffffff/)
    }
    const allowed = await verify(
      { commits: [byEmail] },
      { ...DEFAULT_CONFIG, override: { ...DEFAULT_CONFIG.override, allow_coauthors: true } }
    )
    expect(allowed.grants).toHaveLength(1)
  })

  it('rejects a role below the minimum, naming the role and what to do', async () => {
    serve({
      events: [labelEvent('labeled', GENERAL, 'tina', AFTER_PUSH)],
      roles: { tina: 'triage' }
    })
    const approval = await verify()
    expect(approval.rejections).toEqual([
      `label "${GENERAL}" was applied by @tina (triage); needs maintain or higher: ask a ` +
        'maintainer (maintain or higher) to remove and re-apply it'
    ])
  })

  it('honours a lower configured minimum role', async () => {
    serve({ events: [labelEvent('labeled', GENERAL, 'wes', AFTER_PUSH)], roles: { wes: 'write' } })
    const config = {
      ...DEFAULT_CONFIG,
      override: { ...DEFAULT_CONFIG.override, min_role: 'write' as const }
    }
    expect((await verify({}, config)).grants.map((g) => g.role)).toEqual(['write'])
  })

  it('treats a custom role as below the minimum, and says so', async () => {
    serve({
      events: [labelEvent('labeled', GENERAL, 'sam', AFTER_PUSH)],
      roles: { sam: 'security-lead' }
    })
    const approval = await verify()
    expect(approval.rejections[0]).toMatch(
      /whose role "security-lead" is not a built-in role and is treated as below maintain/
    )
  })

  it('rejects a label applied before the head commit arrived, by the server-side suite time', async () => {
    serve({
      events: [labelEvent('labeled', GENERAL, 'maria', BEFORE_PUSH)],
      roles: { maria: 'maintain' }
    })
    const approval = await verify()
    expect(approval.rejections).toEqual([
      `label "${GENERAL}" was applied by @maria at ${BEFORE_PUSH}, before head aaaaaaa arrived ` +
        `at ${PUSHED}: ask a maintainer to remove and re-apply it to approve the current head`
    ])
  })

  it('dates the head by its earliest check suite on this branch, ignoring other branches', async () => {
    serve({
      events: [labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH)],
      // The commit was staged on another branch before the label, then pushed here after it.
      suites: [checkSuite('2026-03-02T09:00:00Z', 'scratch'), checkSuite('2026-03-02T11:00:00Z')],
      roles: { maria: 'maintain' }
    })
    const approval = await verify()
    expect(approval.grants).toEqual([])
    expect(approval.rejections[0]).toMatch(/before head aaaaaaa arrived at 2026-03-02T11:00:00Z/)
  })

  it('dates a head that came back after a force push by the suites since that push', async () => {
    serve({
      events: [
        stateEvent('head_ref_force_pushed', 'claude[bot]', '2026-03-02T10:10:00Z'),
        labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH)
      ],
      // The head SHA was first seen before the force push; it arrived again at 10:45.
      suites: [checkSuite(PUSHED), checkSuite('2026-03-02T10:45:00Z')],
      roles: { maria: 'maintain' }
    })
    const approval = await verify()
    expect(approval.rejections[0]).toMatch(/arrived at 2026-03-02T10:45:00Z/)
  })

  it('fails closed when GitHub has no check suite to date the head by', async () => {
    serve({
      events: [labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH)],
      suites: [],
      roles: { maria: 'maintain' }
    })
    const approval = await verify()
    expect(approval.grants).toEqual([])
    expect(approval.rejections[0]).toMatch(
      /could not be verified.*no check suite on head aaaaaaa since its last push/
    )
  })

  it('fails closed with a line per label when the events cannot be read', async () => {
    fake.on('GET', EVENTS, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const approval = await verify({ pr: pr({ labels: [GENERAL, SECRETS] }) })
    expect(approval.grants).toEqual([])
    expect(approval.rejections).toHaveLength(2)
    expect(approval.rejections[0]).toMatch(
      /could not be verified and does not count on this run: the token could not read the pull request's label events \(HTTP 403\)/
    )
  })

  it('rejects a person who is not a collaborator (GitHub answers 404)', async () => {
    serve({ events: [labelEvent('labeled', GENERAL, 'stranger', AFTER_PUSH)], roles: {} })
    expect((await verify()).rejections[0]).toMatch(
      /applied by @stranger, who has no role on this repository/
    )
  })

  it('fails closed when the role cannot be read, and asks for the role once per person', async () => {
    serve({
      events: [
        labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH),
        labelEvent('labeled', SECRETS, 'maria', AFTER_PUSH)
      ]
    })
    fake.on('GET', `${REPO}/collaborators/:user/permission`, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const approval = await verify({ pr: pr({ labels: [GENERAL, SECRETS] }) })
    expect(approval.grants).toEqual([])
    expect(approval.rejections).toHaveLength(2)
    expect(approval.rejections[0]).toMatch(/read the repository role of @maria \(HTTP 403\)/)
    expect(fake.calls('GET', /\/permission$/)).toHaveLength(1)
    expect(fake.calls('GET', /\/check-suites$/)).toHaveLength(1)
  })

  it('reads every page of events', async () => {
    const filler = Array.from({ length: 100 }, (_, i) =>
      stateEvent('renamed', 'claude[bot]', `2026-03-02T09:${String(i % 60).padStart(2, '0')}:00Z`)
    )
    fake.on('GET', EVENTS, (req) =>
      req.query.get('page') === '2'
        ? { body: [labelEvent('labeled', GENERAL, 'maria', AFTER_PUSH)] }
        : {
            body: filler,
            headers: { link: `<${fake.url}${EVENTS}?per_page=100&page=2>; rel="next"` }
          }
    )
    fake.on('GET', `${REPO}/commits/:ref/check-suites`, {
      body: { total_count: 1, check_suites: [checkSuite(PUSHED)] }
    })
    fake.on('GET', `${REPO}/collaborators/:user/permission`, {
      body: collaboratorPermission('maria', 'maintain')
    })
    expect((await verify()).grants).toHaveLength(1)
    expect(fake.calls('GET', EVENTS)).toHaveLength(2)
  })
})
