import { describe, expect, it } from '@jest/globals'
import { renderJson } from '../../../src/report/render/json.js'
import {
  failReport,
  hostileReport,
  incompleteReport,
  overriddenReport,
  passReport,
  skippedReport,
  warnReport,
  CONTRACT_KEYS
} from '../../support/report-fixtures.js'

const EXTRA_KEYS = [
  'mode',
  'skipped',
  'pr',
  'notes',
  'approvalNotes',
  'splitPlan',
  'testTimeline',
  'apiCalls'
]
const FINDING_KEYS = [
  'rule',
  'severity',
  'message',
  'path',
  'line',
  'endLine',
  'category',
  'evidence'
]
const FINDING_EXTRA_KEYS = ['why', 'fix', 'enforced', 'lines', 'effect']

const REPORTS = {
  passReport,
  warnReport,
  failReport,
  overriddenReport,
  incompleteReport,
  skippedReport,
  hostileReport
}

describe('renderJson', () => {
  it.each(Object.entries(REPORTS))('%s has the contract keys in order', (_name, build) => {
    const text = renderJson(build())
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "version": 1,')
    const parsed = JSON.parse(text) as Record<string, unknown>
    expect(Object.keys(parsed)).toEqual([...CONTRACT_KEYS, ...EXTRA_KEYS])
    expect(Object.keys(parsed.score as object)).toEqual(['value', 'components'])
    expect(Object.keys(parsed.stats as object)).toEqual(['files', 'additions', 'deletions'])
    expect(Object.keys(parsed.timingMs as object)).toEqual(['collect', 'analyze', 'report'])
    for (const finding of parsed.findings as Record<string, unknown>[]) {
      const keys = Object.keys(finding)
      expect(keys.slice(0, 3)).toEqual(['rule', 'severity', 'message'])
      const order = [...FINDING_KEYS, ...FINDING_EXTRA_KEYS]
      expect(keys).toEqual(order.filter((key) => keys.includes(key)))
    }
  })

  it('carries the approval as the contract names it', () => {
    const parsed = JSON.parse(renderJson(overriddenReport())) as {
      approval: Record<string, unknown>
    }
    expect(Object.keys(parsed.approval).slice(0, 4)).toEqual(['label', 'by', 'role', 'at'])
    expect(parsed.approval.by).toBe('maintainer-mia')
  })

  it('round-trips the report, leaving out only absent optional keys', () => {
    const report = failReport()
    expect(JSON.parse(renderJson(report))).toEqual(JSON.parse(JSON.stringify(report)))
  })

  it('is deterministic whatever the key order of its input', () => {
    const report = incompleteReport()
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as typeof report
    expect(renderJson(shuffled)).toBe(renderJson(report))
  })

  it('keeps untrusted text as JSON strings, control characters escaped', () => {
    const text = renderJson(hostileReport())
    // eslint-disable-next-line no-control-regex -- a raw control character would break a JSON line
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(text).toContain('"path": "src/\\u001b[31mred\\u001b[0m')
  })
})
