/**
 * The built action on a PR whose quoted lines hold secrets: nothing it writes (log, job summary,
 * GITHUB_OUTPUT, the JSON report file) nor anything it sends (check run, annotations, comment)
 * may carry any part of a planted secret.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { pullRequest } from '../fixtures/github/pull-request.js'
import type { FakeGitHub } from '../support/fake-github.js'
import { runGate, serveGate, useFakeGitHub, type GateRun } from '../support/github-fixture.js'
import { LEAKY_ENTRIES, QUOTING_RULES, leakedParts } from './secret-fixture.js'

let fake: FakeGitHub
let run: GateRun

useFakeGitHub(async (api) => {
  fake = api.fake
  const pr = pullRequest({ files: LEAKY_ENTRIES, body: 'Retries the API ping because it flaked.' })
  serveGate(fake, { pr, files: LEAKY_ENTRIES })
  run = await runGate(fake, { pr, inputs: { 'github-token': 'ghs_testtoken', 'apply-to': 'all' } })
})

describe('the action never prints a secret', () => {
  it('reports the quoting rules, and every output and API body is free of the secrets', () => {
    const { report } = run
    const rules = new Set(report.findings.map((f) => f.rule))
    for (const rule of QUOTING_RULES) expect(rules).toContain(rule)
    expect(run.code).toBe(1)

    const sent = (method: string, path: RegExp): string =>
      JSON.stringify(fake.calls(method, path).map((r) => r.body))
    const outputs: Record<string, string> = {
      log: run.stdout + run.stderr,
      'job summary': run.summary,
      GITHUB_OUTPUT: readFileSync(join(run.dir, 'output.txt'), 'utf8'),
      'JSON report': readFileSync(run.outputs.report!, 'utf8'),
      'check run': sent('POST', /\/check-runs$/) + sent('PATCH', /\/check-runs\/\d+$/),
      comment: sent('POST', /\/issues\/\d+\/comments$/) + sent('PATCH', /\/issues\/comments\//)
    }
    expect(outputs['check run']).toContain('test-skipped')
    expect(outputs.comment).toContain('test-skipped')
    expect(outputs['job summary']).toContain('test-skipped')
    const leaks = Object.entries(outputs)
      .map(([name, text]) => [name, leakedParts(text)] as const)
      .filter(([, found]) => found.length > 0)
    expect(leaks).toEqual([])
  })
})
