import { describe, expect, it } from '@jest/globals'
import type { GitHubClient } from '../../../src/github/client.js'
import {
  CHECK_RUN_NAME,
  completeCheckRun,
  startCheckRun
} from '../../../src/report/publish/check-run.js'
import type { StartedCheckRun } from '../../../src/report/publish/check-run.js'
import { renderAnnotations } from '../../../src/report/render/annotations.js'
import type { RenderedCheckRun } from '../../../src/report/render/check-run.js'
import { checkRun } from '../../fixtures/github/checks.js'
import { manyFindingsReport } from '../../support/report-fixtures.js'
import type { FakeGitHub } from '../../support/fake-github.js'
import type { RecordedRequest, Reply } from '../../support/fake-github.js'
import type { FakeApi } from '../../support/api-client.js'
import { useFakeGitHub } from '../../support/github-fixture.js'

const RUNS = '/repos/octo-org/octo-repo/check-runs'
const HEAD = 'a'.repeat(40)
const RENDERED: RenderedCheckRun = {
  title: 'Blocked: 2 findings need a fix or an approval',
  summary: '## agent-pr-gate\n\nBlocked.',
  conclusion: 'failure'
}

function created(id: number, request: RecordedRequest): Reply {
  const body = request.body as { name?: string; conclusion?: 'success' | 'failure' }
  return { body: checkRun({ id, name: body.name, headSha: HEAD, conclusion: body.conclusion }) }
}

const FORBIDDEN: Reply = {
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run'
  }
}

let fake: FakeGitHub
let client: GitHubClient
let logged: FakeApi['logged']
let log: FakeApi['log']

useFakeGitHub((api) => {
  ;({ fake, client, logged, log } = api)
  fake.on('POST', RUNS, (req) => ({ ...created(42, req), status: 201 }))
  fake.on('PATCH', `${RUNS}/:id`, (req, { id }) => created(Number(id), req))
})

const target = { owner: 'octo-org', repo: 'octo-repo', headSha: HEAD }

const SERVER_ERROR: Reply = { status: 500, body: { message: 'Server Error' } }

function bodies(method: string, path: RegExp | string) {
  return fake.calls(method, path).map((r) => r.body as Record<string, unknown>)
}

/** Starts, then completes with `annotations`: the whole lifecycle of one run. */
async function lifecycle(annotations = renderAnnotations(manyFindingsReport(0))) {
  const started = await startCheckRun(client, target, log)
  await completeCheckRun(client, target, started, RENDERED, annotations, log)
  return started
}

describe('the check run lifecycle', () => {
  it('creates the check run in progress first, and completes that same run last', async () => {
    const started = await lifecycle()
    expect(started).toEqual({ id: 42, appSlug: 'github-actions', forbidden: false })
    const [create] = bodies('POST', RUNS)
    expect(create).toMatchObject({ name: CHECK_RUN_NAME, head_sha: HEAD, status: 'in_progress' })
    expect(create).not.toHaveProperty('conclusion')
    const [complete] = bodies('PATCH', `${RUNS}/42`)
    expect(complete).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: RENDERED.title, summary: RENDERED.summary, annotations: [] }
    })
    expect(fake.requests.map((r) => r.method)).toEqual(['POST', 'PATCH'])
    expect(logged.warning).toEqual([])
  })

  it('sends 120 annotations in 3 requests of at most 50, blocking ones first', async () => {
    const annotations = renderAnnotations(manyFindingsReport(120))
    await lifecycle(annotations)
    const sent = bodies('PATCH', `${RUNS}/42`).map(
      (b) => (b.output as { annotations: unknown[] }).annotations
    )
    expect(sent.map((batch) => batch.length)).toEqual([50, 50, 20])
    expect(sent.flat()).toEqual(annotations)
    expect((sent[0]![0] as { annotation_level: string }).annotation_level).toBe('failure')
  })

  it('only warns when the token is read-only (a fork PR), and sends nothing more', async () => {
    fake.on('POST', RUNS, FORBIDDEN)
    const started = await lifecycle(renderAnnotations(manyFindingsReport(120)))
    expect(started.forbidden).toBe(true)
    expect(logged.warning).toHaveLength(1)
    expect(logged.warning[0]).toMatch(
      /^Creating the agent-pr-gate check run failed: the token lacks a permission \(403/
    )
    expect(fake.requests).toHaveLength(1)
  })

  it("takes over the head's earlier run when creating fails, so its success cannot stand", async () => {
    fake.on('POST', RUNS, SERVER_ERROR)
    fake.on('GET', `/repos/octo-org/octo-repo/commits/${HEAD}/check-runs`, {
      body: {
        total_count: 2,
        check_runs: [
          checkRun({ id: 7, name: CHECK_RUN_NAME, headSha: HEAD, conclusion: 'success' }),
          checkRun({ id: 8, name: CHECK_RUN_NAME, headSha: HEAD, conclusion: 'success' })
        ]
      }
    })
    fake.on('PATCH', `${RUNS}/:id`, (req, { id }) => {
      const body = req.body as { status?: string; conclusion?: 'failure' }
      return {
        body: checkRun({
          id: Number(id),
          name: CHECK_RUN_NAME,
          headSha: HEAD,
          status: body.status === 'in_progress' ? 'in_progress' : 'completed',
          conclusion: body.status === 'in_progress' ? null : body.conclusion
        })
      }
    })
    const started = await lifecycle()
    expect(started).toMatchObject({ id: 8, appSlug: 'github-actions' })
    const patches = bodies('PATCH', `${RUNS}/8`)
    expect(patches[0]).toMatchObject({ status: 'in_progress' })
    expect(patches.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(fake.calls('PATCH', `${RUNS}/7`)).toHaveLength(0)
    expect(logged.warning[0]).toMatch(/Creating the agent-pr-gate check run failed.*Taking over/)
  })

  it('fails the earlier run at once where GitHub keeps it completed', async () => {
    fake.on('POST', RUNS, SERVER_ERROR)
    fake.on('GET', `/repos/octo-org/octo-repo/commits/${HEAD}/check-runs`, {
      body: {
        total_count: 1,
        check_runs: [checkRun({ id: 8, name: CHECK_RUN_NAME, headSha: HEAD })]
      }
    })
    fake.on('PATCH', `${RUNS}/:id`, (_req, { id }) => ({
      body: checkRun({ id: Number(id), name: CHECK_RUN_NAME, headSha: HEAD })
    }))
    await startCheckRun(client, target, log)
    expect(bodies('PATCH', `${RUNS}/8`)).toEqual([
      expect.objectContaining({ status: 'in_progress' }),
      expect.objectContaining({ conclusion: 'failure' })
    ])
  })

  it('creates the completed run at the end when none could be started or taken over', async () => {
    fake.on('POST', RUNS, [SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR])
    fake.on('GET', `/repos/octo-org/octo-repo/commits/${HEAD}/check-runs`, {
      body: { total_count: 0, check_runs: [] }
    })
    const started = await startCheckRun(client, target, log)
    expect(started).toEqual({ id: null, appSlug: null, forbidden: false })
    fake.on('POST', RUNS, (req) => ({ ...created(43, req), status: 201 }))
    await completeCheckRun(client, target, started, RENDERED, [], log)
    expect(bodies('POST', RUNS).at(-1)).toMatchObject({
      status: 'completed',
      conclusion: 'failure'
    })
  })

  it('warns and stops when a later batch of annotations is refused', async () => {
    const started: StartedCheckRun = { id: 42, appSlug: 'github-actions', forbidden: false }
    fake.on('PATCH', `${RUNS}/:id`, [{ body: checkRun({ id: 42 }) }, FORBIDDEN])
    await completeCheckRun(
      client,
      target,
      started,
      RENDERED,
      renderAnnotations(manyFindingsReport(120)),
      log
    )
    expect(fake.calls('PATCH', /check-runs/)).toHaveLength(2)
    expect(logged.warning[0]).toMatch(/^Adding annotations to the agent-pr-gate check run failed/)
  })

  it('waits out a secondary rate limit and then starts', async () => {
    fake.on('POST', RUNS, [
      {
        status: 403,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait before retrying.' }
      },
      {
        status: 201,
        body: checkRun({ id: 42, name: CHECK_RUN_NAME, headSha: HEAD, status: 'in_progress' })
      }
    ])
    const started = await startCheckRun(client, target, log)
    expect(started.id).toBe(42)
    expect(fake.calls('POST', RUNS)).toHaveLength(2)
    expect(logged.warning.join('\n')).toMatch(/secondary rate limit hit/)
  })
})
