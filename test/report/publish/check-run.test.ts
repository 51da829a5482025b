import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { GitHubClient } from '../../../src/collect/github-client.js'
import { CHECK_RUN_NAME, publishCheckRun } from '../../../src/report/publish/check-run.js'
import { renderAnnotations } from '../../../src/report/render/annotations.js'
import type { RenderedCheckRun } from '../../../src/report/render/check-run.js'
import { checkRun } from '../../fixtures/github/checks.js'
import { manyFindingsReport } from '../../support/report-fixtures.js'
import type { FakeGitHub } from '../../support/fake-github.js'
import type { RecordedRequest, Reply } from '../../support/fake-github.js'
import { startFakeApi, type FakeApi } from '../../support/api-client.js'

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

beforeEach(async () => {
  ;({ fake, client, logged, log } = await startFakeApi())
  fake.on('POST', RUNS, (req) => ({ ...created(42, req), status: 201 }))
  fake.on('PATCH', `${RUNS}/:id`, (req, { id }) => created(Number(id), req))
})

afterEach(async () => {
  await fake.stop()
})

const target = { owner: 'octo-org', repo: 'octo-repo', headSha: HEAD }

describe('publishCheckRun', () => {
  it('creates one completed agent-pr-gate check run on the head SHA', async () => {
    await publishCheckRun(client, target, RENDERED, [], log)
    const [create] = fake.calls('POST', RUNS)
    expect(create?.body).toEqual({
      name: CHECK_RUN_NAME,
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
      output: { title: RENDERED.title, summary: RENDERED.summary, annotations: [] }
    })
    expect(fake.calls('PATCH', /check-runs/)).toHaveLength(0)
    expect(logged.warning).toEqual([])
  })

  it('sends 120 annotations in 3 requests of at most 50, blocking ones first', async () => {
    const annotations = renderAnnotations(manyFindingsReport(120))
    await publishCheckRun(client, target, RENDERED, annotations, log)
    const requests = [...fake.calls('POST', RUNS), ...fake.calls('PATCH', `${RUNS}/42`)]
    const sent = requests.map(
      (r) => (r.body as { output: { annotations: unknown[] } }).output.annotations
    )
    expect(sent.map((batch) => batch.length)).toEqual([50, 50, 20])
    expect(sent.flat()).toEqual(annotations)
    expect((sent[0]![0] as { annotation_level: string }).annotation_level).toBe('failure')
  })

  it('only warns when the token is read-only (a fork PR), and sends nothing more', async () => {
    fake.on('POST', RUNS, FORBIDDEN)
    const annotations = renderAnnotations(manyFindingsReport(120))
    await expect(
      publishCheckRun(client, target, RENDERED, annotations, log)
    ).resolves.toBeUndefined()
    expect(logged.warning).toHaveLength(1)
    expect(logged.warning[0]).toMatch(
      /^Creating the agent-pr-gate check run failed: the token lacks a permission \(403/
    )
    expect(logged.warning[0]).toMatch(/the verdict and exit code stand\.$/)
    expect(fake.calls('PATCH', /check-runs/)).toHaveLength(0)
  })

  it('warns and stops when a later batch of annotations is refused', async () => {
    fake.on('PATCH', `${RUNS}/:id`, FORBIDDEN)
    await publishCheckRun(client, target, RENDERED, renderAnnotations(manyFindingsReport(120)), log)
    expect(fake.calls('PATCH', /check-runs/)).toHaveLength(1)
    expect(logged.warning[0]).toMatch(/^Adding annotations to the agent-pr-gate check run failed/)
  })

  it('waits out a secondary rate limit and then publishes', async () => {
    fake.on('POST', RUNS, [
      {
        status: 403,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait before retrying.' }
      },
      {
        status: 201,
        body: checkRun({ id: 42, name: CHECK_RUN_NAME, headSha: HEAD, conclusion: 'failure' })
      }
    ])
    await publishCheckRun(client, target, RENDERED, [], log)
    expect(fake.calls('POST', RUNS)).toHaveLength(2)
    expect(logged.warning.join('\n')).toMatch(/secondary rate limit hit/)
    expect(logged.info).toContain('Check run agent-pr-gate: failure, 0 annotation(s).')
  })
})
