/**
 * The built action when the workspace is a checkout holding both commits: it diffs locally with
 * git (no diff or listFiles request, no size limits) and reads the config from the BASE commit.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { pullRequest } from '../fixtures/github/pull-request.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { runGate, serveGate, useFakeGitHub } from '../support/github-fixture.js'
import { makeRepo, type TestRepo } from '../support/git-repo.js'

const REPO = '/repos/octo-org/octo-repo'
let fake: FakeGitHub
let repo: TestRepo

useFakeGitHub(async (api) => {
  fake = api.fake
  repo = await makeRepo()
})

afterEach(async () => {
  await repo.cleanup()
})

const MANIFEST = {
  schema: 'agent-run/v1',
  agent: { name: 'claude' },
  task: { request: 'Fix the off-by-one in pagination', scope: { paths: ['src/pagination/**'] } }
}

describe('the built action on a checkout', () => {
  it('diffs the workspace with git and takes the config from the base commit', async () => {
    await repo.write('src/pagination/page.ts', 'export const last = (n: number) => n - 1\n')
    await repo.write('src/billing/rates.ts', 'export const rate = 0.2\n')
    // The base config turns out-of-scope into a warning.
    await repo.write('.github/agent-pr-gate.yml', 'version: 1\nrules:\n  out-of-scope: warn\n')
    const base = await repo.commit('base')
    await repo.git('checkout', '-q', '-b', 'claude/fix-pagination')
    await repo.write('src/pagination/page.ts', 'export const last = (n: number) => n\n')
    await repo.write('src/billing/rates.ts', 'export const rate = 0.25\n')
    // The PR's own copy tries to switch the rule off: the base one must win.
    await repo.write('.github/agent-pr-gate.yml', 'version: 1\nrules:\n  out-of-scope: off\n')
    const head = await repo.commit('fix pagination')

    const body = ['Fix the last page.', '```agent-run', JSON.stringify(MANIFEST), '```'].join('\n')
    // The API's totals are irrelevant in local mode: the files list is deliberately empty.
    const pr = pullRequest({ body, headSha: head, baseSha: base, files: [] })
    serveGate(fake, { pr, files: [] })

    const { report, ...run } = await runGate(fake, {
      pr,
      inputs: { 'github-token': 'ghs_testtoken' },
      env: { GITHUB_WORKSPACE: repo.dir }
    })

    expect(report.stats).toEqual({ files: 3, additions: 3, deletions: 3 })
    expect(report.notes.join('\n')).toMatch(/Diffed locally with git/)
    const outOfScope = report.findings.filter((f) => f.rule === 'out-of-scope')
    expect(outOfScope.map((f) => [f.path, f.severity])).toContainEqual([
      'src/billing/rates.ts',
      'warn'
    ])
    // Changing the gate's own config is enforced whatever the config says.
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'gate-config-change', severity: 'block', enforced: true })
    )
    expect(run.outputs.verdict).toBe('fail')
    expect(run.code).toBe(1)
    // Neither the diff media type, listFiles nor the contents API was needed.
    const diffRequests = fake
      .calls('GET', `${REPO}/pulls/${pr.number}`)
      .filter((r) => String(r.headers.accept ?? '').includes('diff'))
    expect(diffRequests).toHaveLength(0)
    expect(fake.calls('GET', new RegExp(`${REPO}/pulls/${pr.number}/files`))).toHaveLength(0)
    expect(fake.calls('GET', new RegExp(`${REPO}/contents/`))).toHaveLength(0)
  })
})
