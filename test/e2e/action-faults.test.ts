/**
 * The fault matrix: the built action (dist/index.js) as a subprocess against the local GitHub
 * API double, one injected fault per case, each on a head that already carries a passing
 * `agent-pr-gate` check from an earlier run. Every case must end within the documented bound
 * (the `deadline-seconds` input, then at most PUBLISH_WINDOW_MS of publishing) with a failing
 * verdict, exit 1, a job summary naming what could not be read, and no success left standing.
 */
import { describe, expect, it } from '@jest/globals'
import { PUBLISH_WINDOW_MS } from '../../src/action.js'
import { addedPatch, diffEntry, hunkPatch, manyEntries } from '../fixtures/github/diff-entry.js'
import type { DiffEntry } from '../fixtures/github/diff-entry.js'
import { pullRequestEvent } from '../fixtures/github/event.js'
import { labelEvent } from '../fixtures/github/issue-event.js'
import { HEAD_SHA, pullRequest } from '../fixtures/github/pull-request.js'
import type { PullRequest } from '../fixtures/github/pull-request.js'
import { CheckRunStore } from '../support/check-run-store.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { serveGate, useFakeGitHub } from '../support/github-fixture.js'
import type { Reply } from '../support/fake-github.js'
import { runAction } from '../support/run-action.js'

const REPO = '/repos/octo-org/octo-repo'
const PULL = `${REPO}/pulls/7`
/** Short, so that hangs end quickly; the default is 120 s (docs/action.md). */
const DEADLINE_SECONDS = 5
/** Process start and the bundle's load, on a loaded machine. */
const STARTUP_SLACK_MS = 8000
const BOUND_MS = DEADLINE_SECONDS * 1000 + PUBLISH_WINDOW_MS + STARTUP_SLACK_MS

const FIX = diffEntry('src/pagination/page.ts', {
  patch: hunkPatch({
    start: 12,
    removed: ['  return items.slice(start, end - 1)'],
    added: ['  return items.slice(start, end)']
  })
})
/** Out of scope and a production env file: blocks unless approved. */
const BLOCKED = [
  FIX,
  diffEntry('src/billing-report/export.ts'),
  diffEntry('.env.production', { status: 'added', patch: addedPatch(['LOG_LEVEL=info']) })
]
/** Past the diff media type's 300 files: read through listFiles pages. */
const LISTED = manyEntries(350, 'src/pagination/part-')

function agentPullRequest(files: readonly DiffEntry[], labels: string[] = []): PullRequest {
  const manifest = {
    schema: 'agent-run/v1',
    agent: { name: 'claude' },
    task: {
      request: 'Fix the off-by-one on the last page',
      scope: { paths: ['src/pagination/**'] }
    }
  }
  const body =
    'Fixes #12: the last page dropped its final item.\n\n```agent-run\n' +
    JSON.stringify(manifest, null, 2) +
    '\n```\n'
  return pullRequest({ body, files, labels, headRef: 'claude/fix-pagination' })
}

/** Page `n` (1-based) of LISTED, 100 a page. */
function listedPage(n: number): Reply {
  return { body: LISTED.slice((n - 1) * 100, n * 100) }
}

const HTML_502: Reply = {
  status: 502,
  headers: { 'content-type': 'text/html' },
  body: '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>'
}
const SERVER_ERROR: Reply = { status: 500, body: { message: 'Server Error' } }
const MALFORMED: Reply = {
  body: '{"url": "https://api.github.com/repos/octo-org/octo-repo/pulls/7", "number": 7, "user": {"lo',
  headers: { 'content-type': 'application/json; charset=utf-8' }
}

interface FaultCase {
  name: string
  files: readonly DiffEntry[]
  labels?: string[]
  inject(fake: FakeGitHub): void
  /** What the job summary must name. */
  names: RegExp
}

const CASES: FaultCase[] = [
  {
    name: 'pulls.get answers 502 with an HTML page, every time',
    files: [FIX],
    inject: (fake) => fake.on('GET', PULL, HTML_502),
    names: /502 on GET \/repos\/octo-org\/octo-repo\/pulls\/7/
  },
  {
    name: 'creating the check run answers 500, every time',
    files: BLOCKED,
    inject: (fake) => fake.on('POST', `${REPO}/check-runs`, SERVER_ERROR),
    names: /blocking finding|Blocked/
  },
  {
    name: 'reading .gitattributes answers 500, every time',
    files: [FIX],
    inject: (fake) => fake.on('GET', `${REPO}/contents/.gitattributes`, SERVER_ERROR),
    names: /500 on GET \/repos\/octo-org\/octo-repo\/contents\/\.gitattributes/
  },
  {
    name: 'reading the config answers 500, every time',
    files: [FIX],
    // Octokit sends the path's slash encoded, as GitHub accepts it.
    inject: (fake) => fake.on('GET', `${REPO}/contents/.github%2Fagent-pr-gate.yml`, SERVER_ERROR),
    names: /500 on GET \/repos\/octo-org\/octo-repo\/contents\/\.github%2Fagent-pr-gate\.yml/
  },
  {
    name: 'pulls.get answers 403',
    files: [FIX],
    inject: (fake) =>
      fake.on('GET', PULL, {
        status: 403,
        body: { message: 'Resource not accessible by integration' }
      }),
    names: /token lacks a permission \(403 on GET \/repos\/octo-org\/octo-repo\/pulls\/7/
  },
  {
    name: 'listFiles answers 404',
    files: LISTED,
    inject: (fake) =>
      fake.on('GET', `${PULL}/files`, { status: 404, body: { message: 'Not Found' } }),
    names: /Listing the files of pull request octo-org\/octo-repo#7 failed: GitHub answered 404/
  },
  {
    name: 'pulls.get answers 200 with malformed JSON',
    files: [FIX],
    inject: (fake) => fake.on('GET', PULL, MALFORMED),
    names:
      /answered 200 on GET \/repos\/octo-org\/octo-repo\/pulls\/7, but its body .* is not valid JSON/
  },
  {
    name: 'one listFiles page answers 200 with malformed JSON',
    files: LISTED,
    inject: (fake) =>
      fake.on('GET', `${PULL}/files`, (req) =>
        req.query.get('page') === '2' ? MALFORMED : listedPage(Number(req.query.get('page')))
      ),
    names:
      /answered 200 on GET \/repos\/octo-org\/octo-repo\/pulls\/7\/files\?[^,]*page=2, but its body/
  },
  {
    name: 'pulls.get answers 429 with retry-after, every time',
    files: [FIX],
    inject: (fake) =>
      fake.on('GET', PULL, {
        status: 429,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' }
      }),
    // Under load the two 1 s waits can outlast the 3 s deadline; either way the 429 is named.
    names:
      /rate limit is exhausted \(429 on GET .*pulls\/7\).*wait 1s|answered 429 on GET \/repos\/octo-org\/octo-repo\/pulls\/7/
  },
  {
    name: 'pulls.get never answers',
    files: [FIX],
    inject: (fake) => fake.on('GET', PULL, { hang: true }),
    names: /5 s deadline: GitHub had not answered GET \/repos\/octo-org\/octo-repo\/pulls\/7/
  },
  {
    name: 'one listFiles page never answers',
    files: LISTED,
    inject: (fake) =>
      fake.on('GET', `${PULL}/files`, (req) =>
        req.query.get('page') === '3' ? { hang: true } : listedPage(Number(req.query.get('page')))
      ),
    names: /had not answered GET \/repos\/octo-org\/octo-repo\/pulls\/7\/files/
  },
  {
    name: "the label events' Link header loops (an approval label is on the PR)",
    files: BLOCKED,
    labels: ['agent-pr-gate/approved'],
    inject: (fake) =>
      fake.on('GET', `${REPO}/issues/7/events`, {
        body: [labelEvent('labeled', 'agent-pr-gate/approved', 'maria', '2026-03-02T11:00:00Z')],
        headers: { link: `<${fake.url}${REPO}/issues/7/events?per_page=100&page=2>; rel="next"` }
      }),
    names: /events of #7 stopped after 2 pages: GitHub's `Link` header pointed back/
  },
  {
    name: 'pulls.get answers a PR whose labels are not objects (the engine throws)',
    files: [FIX],
    inject: (fake) => {
      const pr = { ...agentPullRequest([FIX]), labels: [null] }
      fake.on('GET', PULL, { body: pr })
    },
    names: /internal error in agent-pr-gate[\s\S]*Cannot read properties of null/
  }
]

/** The summary with the entities markdown escaping uses turned back into text. */
function plain(markdown: string): string {
  return markdown
    .replace(/&#8203;/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
}

let fake: FakeGitHub
let store: CheckRunStore

useFakeGitHub((api) => {
  fake = api.fake
  store = new CheckRunStore(REPO)
})

function serve(files: readonly DiffEntry[], labels: string[] = []): PullRequest {
  const pr = agentPullRequest(files, labels)
  serveGate(fake, { pr, files: [...files] })
  store.serve(fake)
  // What an earlier run on this same head left: a passing gate check.
  store.seed({ id: 8000, name: 'agent-pr-gate', headSha: HEAD_SHA, conclusion: 'success' })
  return pr
}

async function gate(pr: PullRequest, deadlineSeconds = DEADLINE_SECONDS) {
  const began = Date.now()
  const run = await runAction({
    apiUrl: fake.url,
    event: pullRequestEvent(pr),
    inputs: { 'deadline-seconds': String(deadlineSeconds) }
  })
  return { run, elapsedMs: Date.now() - began }
}

describe('the action under injected API faults', () => {
  it('passes the clean PR when nothing fails, replacing the earlier check', async () => {
    // The default deadline: a loaded machine must not turn the baseline into a fault.
    const { run } = await gate(serve([FIX]), 120)
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('pass')
    const runs = store.on(HEAD_SHA)
    expect(runs.at(-1)).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(runs.at(-1)!.id).not.toBe(8000)
  })

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, fault) => {
    const pr = serve(fault.files, fault.labels)
    fault.inject(fake)
    const { run, elapsedMs } = await gate(pr)

    expect(elapsedMs).toBeLessThan(BOUND_MS)
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(plain(run.summary)).toMatch(fault.names)
    // Never a stale success: GitHub judges a required check by the newest run of that name on
    // the commit, and that run is this one's, failing or still in progress.
    const newest = store.on(HEAD_SHA).sort((a, b) => Number(b.id) - Number(a.id))[0]!
    expect(newest.status === 'in_progress' || newest.conclusion === 'failure').toBe(true)
  })
})
