import { describe, expect, it } from '@jest/globals'
import { decide } from '../../src/decide/policy.js'
import type { Approval, ApprovalGrant, Finding } from '../../src/model.js'
import { NO_APPROVAL } from '../../src/model.js'

const enforce = { mode: 'enforce' as const, skipped: null, notes: [] }

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'out-of-scope',
    severity: 'block',
    message: 'outside the task',
    path: 'src/a.ts',
    ...overrides
  }
}

function grant(covers: ApprovalGrant['covers'], by = 'maria'): ApprovalGrant {
  return {
    label: 'agent-pr-gate/approved',
    by,
    role: 'maintain',
    at: '2026-11-20T10:00:00Z',
    headSha: 'abc123',
    covers
  }
}

describe('decide', () => {
  it('passes a change with no findings', () => {
    const verdict = decide([], enforce, NO_APPROVAL)
    expect(verdict).toMatchObject({
      verdict: 'pass',
      overridden: false,
      approval: null,
      blocking: []
    })
  })

  it('fails on a blocking finding in enforce mode and lists it', () => {
    const f = finding()
    const verdict = decide([f], enforce, NO_APPROVAL)
    expect(verdict.verdict).toBe('fail')
    expect(verdict.blocking).toEqual([f])
  })

  it('warns on warn-only findings and ignores info findings', () => {
    expect(decide([finding({ severity: 'warn' })], enforce, NO_APPROVAL).verdict).toBe('warn')
    expect(decide([finding({ severity: 'info' })], enforce, NO_APPROVAL).verdict).toBe('pass')
  })

  it('softens blocking findings to a warning in warn mode, with a note', () => {
    const verdict = decide([finding()], { ...enforce, mode: 'warn' }, NO_APPROVAL)
    expect(verdict.verdict).toBe('warn')
    expect(verdict.blocking).toEqual([])
    expect(verdict.notes.join(' ')).toMatch(/Mode is warn: 1 blocking finding/)
  })

  it('only reports in observe mode', () => {
    const verdict = decide(
      [finding(), finding({ severity: 'warn' })],
      { ...enforce, mode: 'observe' },
      NO_APPROVAL
    )
    expect(verdict.verdict).toBe('pass')
    expect(verdict.notes.join(' ')).toMatch(/observe/)
  })

  it('keeps enforced findings blocking in every mode', () => {
    const gate = finding({ rule: 'gate-config-change', enforced: true, category: 'gate' })
    for (const mode of ['enforce', 'warn', 'observe'] as const) {
      expect(decide([gate], { ...enforce, mode }, NO_APPROVAL).verdict).toBe('fail')
    }
  })

  it('on a skipped change considers only enforced findings', () => {
    const skipped = { ...enforce, skipped: 'Not agent-authored' }
    expect(decide([finding()], skipped, NO_APPROVAL)).toMatchObject({
      verdict: 'pass',
      skipped: 'Not agent-authored'
    })
    expect(decide([finding({ enforced: true })], skipped, NO_APPROVAL).verdict).toBe('fail')
  })

  it('lets the general label approve every blocking finding and records who approved', () => {
    const approval: Approval = { grants: [grant('all')], rejections: [] }
    const findings = [finding(), finding({ rule: 'sensitive-path', category: 'secrets' })]
    const verdict = decide(findings, enforce, approval)
    expect(verdict.verdict).toBe('pass')
    expect(verdict.overridden).toBe(true)
    expect(verdict.approved).toHaveLength(2)
    expect(verdict.approval).toEqual({
      label: 'agent-pr-gate/approved',
      by: 'maria',
      role: 'maintain',
      at: '2026-11-20T10:00:00Z',
      headSha: 'abc123',
      covers: ['out-of-scope', 'secrets']
    })
  })

  it('lets a category label approve only findings of that category', () => {
    const approval: Approval = { grants: [grant({ category: 'secrets' })], rejections: [] }
    const secrets = finding({ rule: 'sensitive-path', category: 'secrets' })
    const deploy = finding({ rule: 'sensitive-path', category: 'deploy' })
    const verdict = decide([secrets, deploy], enforce, approval)
    expect(verdict.verdict).toBe('fail')
    expect(verdict.overridden).toBe(false)
    expect(verdict.blocking).toEqual([deploy])
    expect(verdict.approved).toEqual([secrets])
    expect(verdict.approval?.covers).toEqual(['secrets'])
  })

  it('an approval that covers nothing blocking is not recorded as an override', () => {
    const approval: Approval = { grants: [grant('all')], rejections: [] }
    const verdict = decide([finding({ severity: 'warn' })], enforce, approval)
    expect(verdict).toMatchObject({ verdict: 'warn', overridden: false, approval: null })
  })

  it('is pure: the same input gives the same verdict and inputs are not mutated', () => {
    const findings = Object.freeze([Object.freeze(finding())]) as readonly Finding[]
    const notes = Object.freeze(['n']) as readonly string[]
    const a = decide(findings, { ...enforce, notes }, NO_APPROVAL)
    const b = decide(findings, { ...enforce, notes }, NO_APPROVAL)
    expect(a).toEqual(b)
  })
})
