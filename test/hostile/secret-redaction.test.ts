/**
 * Any rule may quote a changed line; none may print a secret. The CLI's four formats are read
 * whole for every 8-character part of every planted secret.
 */
import { describe, expect, it } from '@jest/globals'
import type { GateReport } from '../../src/model.js'
import { redactText } from '../../src/report/redact.js'
import { runCli } from './cli.js'
import { LEAKY_DIFF, QUOTING_RULES, SECRETS, leakedParts } from './secret-fixture.js'

describe('secrets in lines other rules quote', () => {
  it('reports the quoting rules on the planted lines', async () => {
    const run = await runCli({ diff: LEAKY_DIFF, format: 'json' })
    const report = JSON.parse(run.stdout) as GateReport
    const rules = new Set(report.findings.map((f) => f.rule))
    for (const rule of QUOTING_RULES) expect(rules).toContain(rule)
  })

  it.each(['text', 'markdown', 'json', 'sarif'] as const)(
    'keeps every secret out of the %s output',
    async (format) => {
      const run = await runCli({ diff: LEAKY_DIFF, format })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('test-skipped')
      expect(leakedParts(run.stdout + run.stderr)).toEqual([])
    }
  )

  it('still shows the rest of a quoted line', async () => {
    const run = await runCli({ diff: LEAKY_DIFF, format: 'json' })
    const report = JSON.parse(run.stdout) as GateReport
    const skipped = report.findings.find(
      (f) => f.rule === 'test-skipped' && f.path === 'test/api.test.ts'
    )
    expect(skipped?.message).toContain("it.skip('calls the API with ghp_…[40 chars]'")
  })
})

describe('redactText', () => {
  it.each([
    ['a token cut short by an excerpt', `call('${SECRETS.github.value.slice(0, 20)}...`],
    ['a quoted value left open by a cut', `password = "${SECRETS.password.value.slice(0, 15)}...`],
    ['a bare key-like run', `body ${'Zq8' + 'rT4wLm9Xp2Kv7Nc5Bj3Hd'} end`]
  ])('redacts %s', (_, line) => {
    const out = redactText(line)
    expect(out).not.toBe(line)
    expect(out).toContain('chars]')
  })

  it.each([
    ['a commit SHA', 'head 3f786850e387550fdab836ed7e6dc881de23001b'],
    ['a path', 'src/analyze/minimality/generated.ts:12'],
    ['an identifier', 'getUserByIdentifierAndOrganisation(id)'],
    ['a sentence', 'The test command now updates snapshots (`jest -u`): `"test": "jest -u"`']
  ])('leaves %s alone', (_, line) => {
    expect(redactText(line)).toBe(line)
  })
})
