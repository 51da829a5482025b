/**
 * A broken config on the base branch: the built action still reports, names the file and the key
 * path, and fails closed instead of silently running with a weaker policy.
 */
import { describe, expect, it } from '@jest/globals'
import { diffEntry, hunkPatch } from '../fixtures/github/diff-entry.js'
import { pullRequestEvent } from '../fixtures/github/event.js'
import { BASE_SHA, pullRequest } from '../fixtures/github/pull-request.js'
import { servePullRequest } from '../fixtures/github/serve.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { runGate, serveGate, useFakeGitHub } from '../support/github-fixture.js'
import { runAction } from '../support/run-action.js'

let fake: FakeGitHub

useFakeGitHub((api) => {
  fake = api.fake
})

async function gateWithBaseConfig(config: string, inputs: Record<string, string> = {}) {
  const files = [
    diffEntry('src/pagination/page.ts', {
      patch: hunkPatch({ start: 3, removed: ['  return n - 1'], added: ['  return n'] })
    })
  ]
  const pr = pullRequest({ files })
  serveGate(fake, {
    pr,
    files,
    contents: { [BASE_SHA]: { '.github/agent-pr-gate.yml': config } }
  })
  const { report, ...run } = await runGate(fake, {
    pr,
    inputs: { 'github-token': 'ghs_testtoken', ...inputs }
  })
  return { run, report }
}

describe('the built action with a broken base config', () => {
  it('reports config-invalid naming the file and key path, and blocks', async () => {
    const { run, report } = await gateWithBaseConfig(
      'version: 1\nmode: lenient\nminimality:\n  warn_belw: 70\n'
    )
    const invalid = report.findings.find((f) => f.rule === 'config-invalid')
    expect(invalid).toBeDefined()
    expect(invalid!.message).toMatch(/\.github\/agent-pr-gate\.yml/)
    expect(invalid!.message).toMatch(/minimality\.warn_belw/)
    expect(invalid!.message).toMatch(/mode/)
    expect(invalid!.severity).toBe('block')
    expect(run.outputs.verdict).toBe('fail')
    expect(run.summary).toMatch(/config-invalid/)
    expect(run.code).toBe(1)
  })

  it('blocks with config-invalid when the config input names a file missing on the base', async () => {
    const { run, report } = await gateWithBaseConfig('version: 1\nmode: observe\n', {
      config: '.github/relaxed-gate.yml'
    })
    expect(run.code).toBe(1)
    expect(report.verdict).toBe('fail')
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'config-invalid',
        severity: 'block',
        path: '.github/relaxed-gate.yml',
        message: expect.stringMatching(/does not exist on the base commit/)
      })
    )
  })

  it('keeps blocking on a broken config even when an input asks for observe mode', async () => {
    const { run, report } = await gateWithBaseConfig('version: 2\n', { mode: 'observe' })
    expect(report.findings.map((f) => f.rule)).toContain('config-invalid')
    expect(run.outputs.verdict).toBe('fail')
  })

  it('ignores an input weaker than the base config, and says so in the report and the log', async () => {
    const { run, report } = await gateWithBaseConfig('version: 1\nmode: enforce\n', {
      mode: 'observe'
    })
    const note = 'Input mode "observe" ignored: it is weaker than the base config\'s "enforce".'
    expect(report.notes).toContain(note)
    expect(run.stdout).toContain(`::notice::${note}`)
  })

  it('says what is wrong with an unknown input value and fails the step', async () => {
    const files = [diffEntry('src/a.ts')]
    const pr = pullRequest({ files })
    servePullRequest(fake, { pr, files })
    const run = await runAction({
      apiUrl: fake.url,
      event: pullRequestEvent(pr),
      inputs: { 'github-token': 'ghs_testtoken', mode: 'lenient' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Input "mode" is "lenient", which is not one of enforce, warn, observe/
    )
  })
})
