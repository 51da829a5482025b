/**
 * The action on a big pull request read through the API (no checkout): 1,800 files, every answer
 * 80 ms late. The request count and the annotation cap are asserted; the time is measured and
 * printed, with only a generous bound (a timing assertion would be flaky on a shared machine).
 */
import { describe, expect, it } from '@jest/globals'
import { ANNOTATION_CAP } from '../../src/report/render/annotations.js'
import { diffEntry, hunkPatch, manyEntries } from '../fixtures/github/diff-entry.js'
import { HEAD_SHA, pullRequest } from '../fixtures/github/pull-request.js'
import { CheckRunStore } from '../support/check-run-store.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { runGate, serveGate, useFakeGitHub } from '../support/github-fixture.js'

const REPO = '/repos/octo-org/octo-repo'
const LATENCY_MS = 80
const MAX_CALLS = 30

let fake: FakeGitHub

useFakeGitHub((api) => {
  fake = api.fake
})

describe('the action on an 1,800-file PR through the API', () => {
  it('decides in at most 30 calls, with annotations capped and the rest listed', async () => {
    const fix = diffEntry('src/pagination/page.ts', {
      patch: hunkPatch({
        start: 12,
        removed: ['  return items.slice(start, end - 1)'],
        added: ['  return items.slice(start, end)']
      })
    })
    // Everything outside src/pagination/ is out of the task's scope: 1,799 blocking findings.
    const files = [fix, ...manyEntries(1799, 'src/unrelated/file-')]
    const manifest = {
      schema: 'agent-run/v1',
      agent: { name: 'claude' },
      task: { request: 'Fix the last page', scope: { paths: ['src/pagination/**'] } }
    }
    const pr = pullRequest({
      files,
      body: 'Fixes #12.\n\n```agent-run\n' + JSON.stringify(manifest) + '\n```\n'
    })
    serveGate(fake, { pr, files })
    const store = new CheckRunStore(REPO).serve(fake)
    fake.latencyMs = LATENCY_MS

    const began = Date.now()
    const { report, ...run } = await runGate(fake, { pr })
    const elapsedMs = Date.now() - began

    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(report.complete).toBe(true)
    expect(report.stats.files).toBe(1800)
    expect(fake.requests.length).toBeLessThanOrEqual(MAX_CALLS)
    expect(report.apiCalls).toBe(fake.requests.length)

    const patches = fake.calls('PATCH', /\/check-runs\/\d+$/)
    expect(patches).toHaveLength(1)
    const output = (
      patches[0]!.body as {
        output: { annotations: { annotation_level: string }[]; summary: string }
      }
    ).output
    expect(output.annotations).toHaveLength(ANNOTATION_CAP)
    expect(output.annotations.every((a) => a.annotation_level === 'failure')).toBe(true)
    expect(output.summary).toContain(
      `${1799 - ANNOTATION_CAP} more finding(s) without an annotation`
    )
    expect(store.on(HEAD_SHA).at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' })
    // Content-creating writes are sent a second apart; arrivals carry scheduling jitter.
    const created = fake.calls('POST', /\/check-runs$/)[0]!.at
    const commented = fake.calls('POST', /\/issues\/7\/comments$/)
    expect(commented).toHaveLength(1)
    expect(commented[0]!.at - created).toBeGreaterThanOrEqual(800)

    const calls = fake.requests.map(
      (r) =>
        `+${r.at - began} ms ${r.method} ${r.path.replace(REPO, '')}${r.query.get('page') ? `?page=${r.query.get('page')}` : ''}`
    )
    process.stdout.write(
      `1,800-file PR at ${LATENCY_MS} ms latency: ${elapsedMs} ms wall (process included), ` +
        `${fake.requests.length} calls, timing ${JSON.stringify(report.timingMs)}\n` +
        `  ${calls.join('\n  ')}\n`
    )
    expect(elapsedMs).toBeLessThan(30_000)
  })
})
