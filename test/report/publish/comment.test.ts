import { describe, expect, it } from '@jest/globals'
import type { GitHubClient } from '../../../src/github/client.js'
import { publishStickyComment } from '../../../src/report/publish/comment.js'
import { STICKY_MARKER } from '../../../src/report/render/comment.js'
import { issueComment as comment } from '../../fixtures/github/issue-comment.js'
import type { FakeGitHub } from '../../support/fake-github.js'
import type { FakeApi } from '../../support/api-client.js'
import { useFakeGitHub } from '../../support/github-fixture.js'

const COMMENTS = '/repos/octo-org/octo-repo/issues/7/comments'
const BODY = `${STICKY_MARKER}\n### agent-pr-gate: ❌ Blocked\n`
const SELF = { identity: 'github-actions[bot]' }

let fake: FakeGitHub
let client: GitHubClient
let logged: FakeApi['logged']
let log: FakeApi['log']
const target = { owner: 'octo-org', repo: 'octo-repo', number: 7 }

useFakeGitHub((api) => {
  ;({ fake, client, logged, log } = api)
  fake.on('POST', COMMENTS, { status: 201, body: comment(900, BODY) })
  fake.on('PATCH', '/repos/octo-org/octo-repo/issues/comments/:id', (_req, { id }) => ({
    body: comment(Number(id), BODY)
  }))
})

function writes() {
  return {
    created: fake.calls('POST', COMMENTS).map((r) => (r.body as { body: string }).body),
    updated: fake.calls('PATCH', /\/issues\/comments\//).map((r) => r.path.split('/').pop())
  }
}

describe('publishStickyComment', () => {
  it('creates the comment when the PR has none', async () => {
    fake.on('GET', COMMENTS, { body: [comment(1, 'Looks good to me', 'alice')] })
    await publishStickyComment(client, target, BODY, log, SELF)
    expect(writes()).toEqual({ created: [BODY], updated: [] })
  })

  it('updates its own comment in place instead of posting a second one', async () => {
    fake.on('GET', COMMENTS, {
      body: [comment(1, 'first!', 'alice'), comment(55, `${STICKY_MARKER}\nold verdict`)]
    })
    await publishStickyComment(client, target, BODY, log, SELF)
    expect(writes()).toEqual({ created: [], updated: ['55'] })
  })

  it('sends nothing when the comment already says the same', async () => {
    fake.on('GET', COMMENTS, { body: [comment(55, BODY)] })
    await publishStickyComment(client, target, BODY, log, SELF)
    expect(writes()).toEqual({ created: [], updated: [] })
  })

  it("ignores a person's comment that quotes the marker, and adopts only its own", async () => {
    fake.on('GET', COMMENTS, {
      body: [
        comment(10, `> ${STICKY_MARKER}\n> old verdict\nwhy is this blocked?`, 'alice'),
        comment(11, `${STICKY_MARKER}\ncopied by hand`, 'mallory'),
        comment(12, `${STICKY_MARKER}\nold verdict`)
      ]
    })
    await publishStickyComment(client, target, BODY, log, SELF)
    expect(writes()).toEqual({ created: [], updated: ['12'] })
  })

  it("never adopts a marked comment another account posted first, a bot's included", async () => {
    fake.on('GET', COMMENTS, {
      body: [
        comment(20, `${STICKY_MARKER}\n### agent-pr-gate: ✅ Passed`, 'copilot-swe-agent[bot]'),
        comment(21, `${STICKY_MARKER}\n### agent-pr-gate: ✅ Passed`, 'octo-agent')
      ]
    })
    await publishStickyComment(client, target, BODY, log, SELF)
    expect(writes()).toEqual({ created: [BODY], updated: [] })
  })

  it("adopts the comment of a user token's own login, whatever its case", async () => {
    fake.on('GET', COMMENTS, { body: [comment(30, `${STICKY_MARKER}\nold`, 'Gate-Bot')] })
    await publishStickyComment(client, target, BODY, log, { identity: 'gate-bot' })
    expect(writes()).toEqual({ created: [], updated: ['30'] })
  })

  it("writes nothing, and says why, when the token's account is unknown", async () => {
    fake.on('GET', COMMENTS, { body: [comment(12, `${STICKY_MARKER}\nold verdict`)] })
    await publishStickyComment(client, target, BODY, log, { identity: null })
    expect(writes()).toEqual({ created: [], updated: [] })
    expect(fake.calls('GET', COMMENTS)).toHaveLength(0)
    expect(logged.warning[0]).toMatch(/could not be told.*checks: write/)
  })

  it('stops on a Link header that loops, writes nothing and warns', async () => {
    fake.on('GET', COMMENTS, {
      body: [comment(1, 'hello', 'alice')],
      headers: { link: `<${fake.url}${COMMENTS}?per_page=100&page=2>; rel="next"` }
    })
    await publishStickyComment(client, target, BODY, log, SELF)
    expect(fake.calls('GET', COMMENTS)).toHaveLength(2)
    expect(writes()).toEqual({ created: [], updated: [] })
    expect(logged.warning[0]).toMatch(/comments of #7 stopped after 2 pages.*Link/)
  })

  it('finds its comment on a later page', async () => {
    const filler = Array.from({ length: 100 }, (_, i) => comment(100 + i, `comment ${i}`, 'alice'))
    fake.on('GET', COMMENTS, (req) =>
      req.query.get('page') === '2'
        ? { body: [comment(77, `${STICKY_MARKER}\nold`)] }
        : {
            body: filler,
            headers: { link: `<${fake.url}${COMMENTS}?per_page=100&page=2>; rel="next"` }
          }
    )
    await publishStickyComment(client, target, BODY, log, SELF)
    expect(writes()).toEqual({ created: [], updated: ['77'] })
  })

  it('can leave a PR without a gate comment alone, yet still update an existing one', async () => {
    fake.on('GET', COMMENTS, { body: [] })
    await publishStickyComment(client, target, BODY, log, { ...SELF, create: false })
    expect(writes()).toEqual({ created: [], updated: [] })
    fake.on('GET', COMMENTS, { body: [comment(55, `${STICKY_MARKER}\nold verdict`)] })
    await publishStickyComment(client, target, BODY, log, { ...SELF, create: false })
    expect(writes()).toEqual({ created: [], updated: ['55'] })
  })

  it('only warns when the token cannot comment (a fork PR)', async () => {
    fake.on('GET', COMMENTS, { body: [] })
    fake.on('POST', COMMENTS, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    await expect(publishStickyComment(client, target, BODY, log, SELF)).resolves.toBeUndefined()
    expect(logged.warning).toHaveLength(1)
    expect(logged.warning[0]).toMatch(
      /^Writing the gate's comment on #7 failed: the token lacks a permission \(403/
    )
  })

  it('only warns when the comments cannot be read', async () => {
    fake.on('GET', COMMENTS, { status: 404, body: { message: 'Not Found' } })
    await publishStickyComment(client, target, BODY, log, SELF)
    expect(logged.warning[0]).toMatch(/^Looking for the gate's comment on #7 failed/)
    expect(writes()).toEqual({ created: [], updated: [] })
  })
})
