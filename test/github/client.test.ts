import { describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/github/client.js'
import type { GitHubClient } from '../../src/github/client.js'
import { beforeDeadline, startDeadline } from '../../src/github/deadline.js'
import { DeadlineExceededError, GitHubApiError, toGitHubApiError } from '../../src/github/errors.js'
import { pullRequest } from '../fixtures/github/pull-request.js'
import { NOT_FOUND } from '../fixtures/github/serve.js'
import type { FakeApi } from '../support/api-client.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { useFakeGitHub } from '../support/github-fixture.js'

const PR_PATH = '/repos/octo-org/octo-repo/pulls/7'
const SECONDARY_LIMIT = {
  status: 403,
  headers: { 'retry-after': '1' },
  body: {
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
  }
}
const SERVER_ERROR = { status: 500, body: { message: 'Server Error' } }

let fake: FakeGitHub
let logged: FakeApi['logged']
let client: GitHubClient

useFakeGitHub((api) => {
  ;({ fake, logged, client } = api)
})

async function getPull(): Promise<unknown> {
  try {
    const { data } = await client.octokit.rest.pulls.get({
      owner: 'octo-org',
      repo: 'octo-repo',
      pull_number: 7
    })
    return data
  } catch (error) {
    return toGitHubApiError(error, 'reading pull request octo-org/octo-repo#7')
  }
}

describe('createGitHubClient', () => {
  it('spaces writes a second apart within a write queue, not across queues', async () => {
    const path = '/repos/octo-org/octo-repo/issues/7/labels'
    fake.on('POST', path, { body: [] })
    // Queues are keyed by name across clients: fresh names keep earlier tests' writes out.
    const creations = client.writeQueue('spacing-creations')
    const updates = client.writeQueue('spacing-updates')
    const label = (on: GitHubClient, name: string) =>
      on.octokit.rest.issues.addLabels({
        owner: 'octo-org',
        repo: 'octo-repo',
        issue_number: 7,
        labels: [name]
      })
    await label(creations, 'first')
    await Promise.all([label(updates, 'other-queue'), label(creations, 'same-queue')])
    const at = (name: string) =>
      fake.requests.find((r) => (r.body as { labels: string[] }).labels[0] === name)!.at
    // The plugin spaces the sends; arrivals here carry the process's scheduling jitter too.
    expect(at('other-queue') - at('first')).toBeLessThan(500)
    expect(at('same-queue') - at('first')).toBeGreaterThanOrEqual(800)
    expect(client.apiCalls()).toBe(3)
  })

  it('talks to the given API URL with the token and the gate as user agent', async () => {
    fake.on('GET', PR_PATH, { body: pullRequest() })
    await getPull()
    const [request] = fake.requests
    expect(request?.headers['user-agent']).toMatch(/^agent-pr-gate /)
    expect(request?.headers.authorization).toBe('token ghs_testtoken')
    expect(client.apiCalls()).toBe(1)
  })

  it('retries a 5xx, counts every attempt and logs what GitHub answered', async () => {
    fake.on('GET', PR_PATH, [SERVER_ERROR, { body: pullRequest() }])
    const data = await getPull()
    expect(data).toMatchObject({ number: 7 })
    expect(client.apiCalls()).toBe(2)
    expect(logged.info.join('\n')).toContain('GitHub answered 500')
  })

  it('gives up after 3 retries of a 5xx with an error that says GitHub is failing', async () => {
    fake.on('GET', PR_PATH, { status: 502, body: { message: 'Bad Gateway' } })
    const error = await getPull()
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error).toMatchObject({ status: 502, method: 'GET' })
    expect((error as GitHubApiError).message).toMatch(/GitHub is failing .*after 3 retries/)
    expect(client.apiCalls()).toBe(4)
  })

  it('waits out a secondary rate limit as retry-after asks, and says so', async () => {
    fake.on('GET', PR_PATH, [SECONDARY_LIMIT, { body: pullRequest() }])
    const data = await getPull()
    expect(data).toMatchObject({ number: 7 })
    expect(client.apiCalls()).toBe(2)
    expect(logged.warning).toEqual([expect.stringMatching(/secondary rate limit .*waiting 1s/)])
  })

  it('stops after 2 rate-limit retries and says the quota is exhausted', async () => {
    fake.on('GET', PR_PATH, SECONDARY_LIMIT)
    const error = await getPull()
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).message).toMatch(/rate limit is exhausted .*wait 1s/)
    expect(client.apiCalls()).toBe(3)
  })

  it('retries a primary rate limit once the quota resets', async () => {
    const reset = String(Math.floor(Date.now() / 1000))
    const limited = {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded for installation ID 1.' }
    }
    fake.on('GET', PR_PATH, [limited, { body: pullRequest() }])
    expect(await getPull()).toMatchObject({ number: 7 })
    expect(client.apiCalls()).toBe(2)
    expect(logged.warning.join('\n')).toMatch(/rate limit hit on GET/)
  })

  it.each([
    [401, { message: 'Bad credentials' }],
    [404, NOT_FOUND.body],
    [406, { message: 'Sorry, the diff exceeded the maximum number of files (300).' }],
    [422, { message: 'Validation Failed' }]
  ])('does not retry a %i: a retry cannot fix it', async (status, body) => {
    fake.on('GET', PR_PATH, { status, body })
    const error = await getPull()
    expect(error).toMatchObject({ status })
    expect(client.apiCalls()).toBe(1)
  })
})

describe('toGitHubApiError', () => {
  it('says the token is invalid on a 401 and how to pass another', async () => {
    fake.on('GET', PR_PATH, {
      status: 401,
      headers: { 'x-github-request-id': 'C0DE:1234' },
      body: { message: 'Bad credentials' }
    })
    const error = (await getPull()) as GitHubApiError
    expect(error.message).toMatch(/^Reading pull request octo-org\/octo-repo#7 failed: /)
    expect(error.message).toContain('rejected the token')
    expect(error.message).toContain('github-token')
    expect(error.requestId).toBe('C0DE:1234')
    expect(error.url).toBe(`${fake.url}${PR_PATH}`)
    expect(error.cause).toMatchObject({ status: 401 })
  })

  it('names the permission GitHub says is missing on a 403', async () => {
    fake.on('GET', PR_PATH, {
      status: 403,
      headers: { 'x-accepted-github-permissions': 'pull_requests=read' },
      body: { message: 'Resource not accessible by integration' }
    })
    const error = (await getPull()) as GitHubApiError
    expect(error.status).toBe(403)
    expect(error.message).toContain('`pull-requests: read`')
    expect(error.message).toContain('permissions:')
  })

  it('infers the permission from the endpoint when GitHub does not name it', async () => {
    fake.on('GET', PR_PATH, { status: 403, body: { message: 'Resource not accessible' } })
    const error = (await getPull()) as GitHubApiError
    expect(error.message).toContain('`pull-requests: read`')
  })

  it('offers the alternatives GitHub lists for a 403', async () => {
    fake.on('GET', PR_PATH, {
      status: 403,
      headers: {
        'x-accepted-github-permissions': 'contents=read,pull_requests=read; issues=write'
      },
      body: { message: 'Resource not accessible by integration' }
    })
    const error = (await getPull()) as GitHubApiError
    expect(error.message).toContain('`contents: read` and `pull-requests: read` or `issues: write`')
  })

  it('says on a 404 that the PR or repository is missing or invisible to the token', async () => {
    fake.on('GET', PR_PATH, NOT_FOUND)
    const error = (await getPull()) as GitHubApiError
    expect(error.status).toBe(404)
    expect(error.message).toContain('does not exist, or the token cannot see it')
  })

  it('leaves errors that are not HTTP failures as they are', () => {
    const plain = new TypeError('boom')
    expect(toGitHubApiError(plain, 'anything')).toBe(plain)
  })

  it('says GitHub could not be reached when nothing answered', async () => {
    const url = fake.url
    await fake.stop()
    const offline = createGitHubClient({
      token: 't',
      baseUrl: url,
      retryBaseMs: 1,
      log: { info: () => undefined, warning: () => undefined }
    })
    const error = await offline.octokit.rest.pulls
      .get({ owner: 'octo-org', repo: 'octo-repo', pull_number: 7 })
      .catch((e: unknown) => toGitHubApiError(e, 'reading pull request octo-org/octo-repo#7'))
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).message).toContain('could not be reached')
    expect(offline.apiCalls()).toBe(4)
  })
})

describe('bounds on every request', () => {
  const quiet = { info: () => undefined, warning: () => undefined }

  it('gives up on a request that never answers after the per-request timeout, unretried', async () => {
    fake.on('GET', PR_PATH, { hang: true })
    const bounded = createGitHubClient({
      token: 't',
      baseUrl: fake.url,
      retryBaseMs: 1,
      requestTimeoutMs: 200,
      log: quiet
    })
    const began = Date.now()
    const error = await bounded.octokit.rest.pulls
      .get({ owner: 'octo-org', repo: 'octo-repo', pull_number: 7 })
      .catch((e: unknown) => toGitHubApiError(e, 'reading pull request octo-org/octo-repo#7'))
    expect(Date.now() - began).toBeLessThan(2000)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).message).toMatch(
      /^Reading pull request octo-org\/octo-repo#7 failed: GitHub did not answer GET \/repos\/octo-org\/octo-repo\/pulls\/7 within 0.2 s/
    )
    expect(bounded.apiCalls()).toBe(1)
  })

  it('ends a request in flight when the deadline runs out, and names it as pending', async () => {
    fake.on('GET', PR_PATH, { hang: true })
    const deadline = startDeadline(300, { pending: () => bounded.pending(), failures: () => [] })
    const bounded = createGitHubClient({ token: 't', baseUrl: fake.url, log: quiet }).within(
      deadline
    )
    const request = bounded.octokit.rest.pulls.get({
      owner: 'octo-org',
      repo: 'octo-repo',
      pull_number: 7
    })
    const reason = await beforeDeadline(request, deadline).catch((e: unknown) => e)
    expect(reason).toBeInstanceOf(DeadlineExceededError)
    expect((reason as Error).message).toMatch(
      /within its 0.3 s deadline: GitHub had not answered GET \/repos\/octo-org\/octo-repo\/pulls\/7/
    )
    const inFlight = await request.catch((e: unknown) => toGitHubApiError(e, 'reading the PR'))
    expect((inFlight as Error).message).toMatch(/0.3 s read deadline ran out/)
    expect(bounded.pending()).toEqual([])
  })

  it('names a 200 whose JSON does not parse, instead of handing a string on', async () => {
    fake.on('GET', PR_PATH, {
      body: '{"number": 7, "user": {"login": "octo',
      headers: { 'content-type': 'application/json; charset=utf-8' }
    })
    const error = await getPull()
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).message).toMatch(
      /failed: GitHub answered 200 on GET \/repos\/octo-org\/octo-repo\/pulls\/7, but its body \(37 characters\) is not valid JSON/
    )
    expect(client.apiCalls()).toBe(1)
  })

  it('does not wait out a retry-after longer than the deadline leaves', async () => {
    fake.on('GET', PR_PATH, { ...SECONDARY_LIMIT, headers: { 'retry-after': '60' } })
    const deadline = startDeadline(5000, { pending: () => [], failures: () => [] })
    const bounded = createGitHubClient({
      token: 't',
      baseUrl: fake.url,
      log: { info: () => undefined, warning: (m) => logged.warning.push(m) }
    }).within(deadline)
    const began = Date.now()
    const error = await bounded.octokit.rest.pulls
      .get({ owner: 'octo-org', repo: 'octo-repo', pull_number: 7 })
      .catch((e: unknown) => toGitHubApiError(e, 'reading the PR'))
    deadline.clear()
    expect(Date.now() - began).toBeLessThan(2000)
    expect((error as GitHubApiError).message).toMatch(/rate limit is exhausted/)
    expect(logged.warning.join('\n')).toMatch(/not waiting 60s/)
  })
})
