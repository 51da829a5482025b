/**
 * Publishing, end to end: the built action as a subprocess against the local GitHub API. The
 * check run and the sticky comment are best-effort; the exit code stays the gate.
 */
import { describe, expect, it } from '@jest/globals'
import type { GateReport } from '../../src/model.js'
import { STICKY_MARKER } from '../../src/report/render/comment.js'
import { checkRun } from '../fixtures/github/checks.js'
import { addedPatch, diffEntry, hunkPatch, manyEntries } from '../fixtures/github/diff-entry.js'
import type { DiffEntry } from '../fixtures/github/diff-entry.js'
import { issueComment } from '../fixtures/github/issue-comment.js'
import type { IssueComment } from '../fixtures/github/issue-comment.js'
import { HEAD_SHA, pullRequest } from '../fixtures/github/pull-request.js'
import type { PullRequest } from '../fixtures/github/pull-request.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { runGate, serveGate, useFakeGitHub } from '../support/github-fixture.js'
import type { RecordedRequest } from '../support/fake-github.js'
import type { ActionRun } from '../support/run-action.js'

const REPO = '/repos/octo-org/octo-repo'
const CHECK_RUNS = `${REPO}/check-runs`
const COMMENTS = `${REPO}/issues/7/comments`

/** The task covers src/pagination/: anything else the agent touches is out of scope. */
function agentPullRequest(files: DiffEntry[]): PullRequest {
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
  return pullRequest({ body, files, headRef: 'claude/fix-pagination' })
}

const FIX = diffEntry('src/pagination/page.ts', {
  patch: hunkPatch({
    start: 12,
    removed: ['  return items.slice(start, end - 1)'],
    added: ['  return items.slice(start, end)']
  })
})
/** Blocked: an edit outside the task and a production env file. */
const BLOCKED_FILES = [
  FIX,
  diffEntry('src/billing-report/export.ts'),
  diffEntry('.env.production', { status: 'added', patch: addedPatch(['LOG_LEVEL=info']) })
]

let fake: FakeGitHub

useFakeGitHub((api) => {
  fake = api.fake
})

async function gate(
  files: DiffEntry[],
  serveMore: () => void = () => undefined
): Promise<{ run: ActionRun; report: GateReport }> {
  const pr = agentPullRequest(files)
  serveGate(fake, { pr, files, checkRuns: false })
  serveMore()
  return gateServed(pr)
}

async function gateServed(pr: PullRequest): Promise<{ run: ActionRun; report: GateReport }> {
  const { report, ...run } = await runGate(fake, { pr })
  expect(run.outputs.report).toBeDefined()
  return { run, report }
}

/** Annotations per check-run request, in order; the in-progress start carries none. */
function sentAnnotations(): number[] {
  return [...fake.calls('POST', CHECK_RUNS), ...fake.calls('PATCH', /\/check-runs\/\d+$/)].map(
    (r) => (r.body as { output: { annotations?: unknown[] } }).output.annotations?.length ?? 0
  )
}

/** Serves the PR's comments from `thread`, which keeps them across runs as GitHub does. */
function serveCommentThread(thread: IssueComment[]): void {
  const text = (req: RecordedRequest) => String((req.body as { body?: unknown }).body ?? '')
  fake.on('GET', COMMENTS, () => ({ body: thread }))
  fake.on('POST', COMMENTS, (req) => {
    const comment = issueComment(9100 + thread.length, text(req))
    thread.push(comment)
    return { status: 201, body: comment }
  })
  fake.on('PATCH', `${REPO}/issues/comments/:id`, (req, { id }) => {
    const comment = thread.find((c) => String(c.id) === id)!
    comment.body = text(req)
    return { body: comment }
  })
}

describe('publishing (dist/index.js against the local GitHub API)', () => {
  it('keeps the verdict and exit code when a fork token cannot create the check run', async () => {
    const pr = agentPullRequest(BLOCKED_FILES)
    serveGate(fake, { pr, files: BLOCKED_FILES, checkRuns: false })
    fake.on('POST', CHECK_RUNS, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const { run, report } = await gateServed(pr)
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(report.verdict).toBe('fail')
    expect(run.stdout).toMatch(/::warning::Creating the agent-pr-gate check run failed/)
    expect(fake.calls('PATCH', /\/check-runs\//)).toHaveLength(0)
  })

  it('waits out a secondary rate limit on the check run, then publishes it', async () => {
    const pr = agentPullRequest(BLOCKED_FILES)
    serveGate(fake, { pr, files: BLOCKED_FILES, checkRuns: false })
    fake.on('POST', CHECK_RUNS, [
      {
        status: 403,
        headers: { 'retry-after': '1' },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
        }
      },
      {
        status: 201,
        body: checkRun({
          id: 9001,
          name: 'agent-pr-gate',
          headSha: HEAD_SHA,
          conclusion: 'failure'
        })
      }
    ])
    const { run, report } = await gateServed(pr)
    expect(fake.calls('POST', CHECK_RUNS)).toHaveLength(2)
    expect(run.stdout).toMatch(/secondary rate limit/)
    expect(run.stdout).not.toMatch(/check run failed/)
    expect(run.code).toBe(1)
    expect(report.apiCalls).toBe(fake.requests.length)
  })

  it('keeps one sticky comment across three runs, and says so when the PR passes', async () => {
    const thread: IssueComment[] = [issueComment(9000, 'Please keep the diff small.', 'maria')]
    const blocked = await gate(BLOCKED_FILES, () => serveCommentThread(thread))
    expect(blocked.run.code).toBe(1)
    expect(thread[1]?.body).toMatch(/❌ Blocked/)
    const again = await gate(BLOCKED_FILES, () => serveCommentThread(thread))
    expect(again.run.code).toBe(1)
    // The agent drops what was out of scope: the same PR now passes.
    const fixed = await gate([FIX], () => serveCommentThread(thread))
    expect(fixed.run.code).toBe(0)

    expect(thread).toHaveLength(2)
    expect(fake.calls('POST', COMMENTS)).toHaveLength(1)
    expect(thread[0]!.body).toBe('Please keep the diff small.')
    const body = thread[1]!.body ?? ''
    expect(body.startsWith(STICKY_MARKER)).toBe(true)
    expect(body).toMatch(/✅ Passed/)
    expect(body).toContain('Nothing blocks this pull request now.')
  })

  it('annotates the first 50 of 120 findings in one request and lists the rest', async () => {
    const files = [FIX, ...manyEntries(120, 'src/unrelated/file-')]
    const { report } = await gate(files)
    const withPath = report.findings.filter((f) => f.path !== undefined).length
    expect(withPath).toBe(120)
    expect(sentAnnotations()).toEqual([0, 50])
    const [completed] = fake.calls('PATCH', /\/check-runs\/\d+$/)
    const summary = (completed!.body as { output: { summary: string } }).output.summary
    expect(summary).toContain('70 more finding(s) without an annotation')
    expect(summary).toContain('`src/unrelated/file-0120.ts:1`')
  })

  it('gates a clean 100-file PR in at most 12 API calls, and reports the count', async () => {
    const files = manyEntries(100, 'src/pagination/part-')
    const { run, report } = await gate(files)
    expect(run.code).toBe(0)
    expect(report.findings.filter((f) => f.path !== undefined)).toEqual([])
    expect(report.apiCalls).toBe(fake.requests.length)
    expect(report.apiCalls).toBeLessThanOrEqual(12)
  })
})
