/**
 * Events other than a pull request's: a merge queue group re-uses its pull request's verdict (so
 * the queue never waits on a check that is not coming), and any other event exits 0 in one line.
 */
import { describe, expect, it } from '@jest/globals'
import { HEAD_SHA, BASE_SHA, pullRequest } from '../fixtures/github/pull-request.js'
import { repository } from '../fixtures/github/repository.js'
import { CheckRunStore } from '../support/check-run-store.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { runGate, useFakeGitHub } from '../support/github-fixture.js'
import { runAction } from '../support/run-action.js'

const REPO = '/repos/octo-org/octo-repo'
const GROUP_SHA = 'c'.repeat(40)

let fake: FakeGitHub
let store: CheckRunStore

useFakeGitHub((api) => {
  fake = api.fake
  store = new CheckRunStore(REPO).serve(fake)
})

function mergeGroupEvent(number = 7) {
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: GROUP_SHA,
      head_ref: `refs/heads/gh-readonly-queue/main/pr-${number}-${BASE_SHA}`,
      base_sha: BASE_SHA,
      base_ref: 'refs/heads/main',
      head_commit: { id: GROUP_SHA, message: 'Merge pull request #7', tree_id: 'd'.repeat(40) }
    },
    repository: repository('octo-org', 'octo-repo')
  }
}

async function queue(prCheck: 'success' | 'failure' | null) {
  fake.on('GET', `${REPO}/pulls/7`, { body: pullRequest() })
  if (prCheck !== null) {
    store.seed({ id: 8000, name: 'agent-pr-gate', headSha: HEAD_SHA, conclusion: prCheck })
  }
  const { report, ...run } = await runGate(fake, {
    event: mergeGroupEvent(),
    eventName: 'merge_group'
  })
  return { run, report }
}

describe('merge_group', () => {
  it("passes the queued group on its PR's passing verdict, on the group's head", async () => {
    const { run, report } = await queue('success')
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('pass')
    expect(report.notes[0]).toMatch(/^Re-used the verdict of #7 at a{12}: the gate passed it/)
    expect(run.summary).toMatch(/Passed in the merge queue[\s\S]*Re-used the verdict of /)
    expect(store.on(GROUP_SHA)).toEqual([
      expect.objectContaining({ status: 'completed', conclusion: 'success' })
    ])
  })

  it('drops the group from the queue, with the reason, when the PR was blocked', async () => {
    const { run, report } = await queue('failure')
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(report.notes[0]).toMatch(/concluded "failure" there/)
    expect(run.summary).toMatch(/Blocked in the merge queue[\s\S]*Re-used the verdict of /)
    expect(store.on(GROUP_SHA).at(-1)).toMatchObject({ conclusion: 'failure' })
  })

  it('fails closed when the PR has no verdict of the gate on its head', async () => {
    const { run, report } = await queue(null)
    expect(run.code).toBe(1)
    expect(report.notes[0]).toMatch(/no completed agent-pr-gate verdict of its own/)
    expect(store.on(GROUP_SHA).at(-1)).toMatchObject({ conclusion: 'failure' })
  })

  it('ignores a passing check of that name posted by another app', async () => {
    store.seed({
      id: 8001,
      name: 'agent-pr-gate',
      headSha: HEAD_SHA,
      conclusion: 'success',
      appSlug: 'forged-app'
    })
    const { run } = await queue(null)
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
  })
})

describe('events the gate does not judge', () => {
  it.each(['push', 'workflow_dispatch', 'schedule'])(
    'exits 0 on %s with one line saying the gate did not run',
    async (eventName) => {
      const run = await runAction({
        apiUrl: fake.url,
        event: { ref: 'refs/heads/main' },
        eventName
      })
      expect(run.code).toBe(0)
      const lines = run.stdout.split('\n').filter((l) => l.trim() !== '')
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`^agent-pr-gate did not run: the "${eventName}" event`))
      ])
      expect(fake.requests).toEqual([])
      expect(run.outputs).toEqual({})
    }
  )
})
