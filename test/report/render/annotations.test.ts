import { describe, expect, it } from '@jest/globals'
import { batchAnnotations, renderAnnotations } from '../../../src/report/render/annotations.js'
import {
  failReport,
  finding,
  manyFindingsReport,
  overriddenReport,
  report
} from '../../support/report-fixtures.js'

describe('renderAnnotations', () => {
  it('annotates the exact lines of each finding with a path, titled by rule id', () => {
    const annotations = renderAnnotations(failReport())
    expect(
      annotations.map((a) => [a.title, a.path, a.start_line, a.end_line, a.annotation_level])
    ).toEqual([
      ['sensitive-path', 'deploy/k8s/api.yaml', 21, 24, 'failure'],
      ['test-skipped', 'test/pagination/page.test.ts', 88, 88, 'failure'],
      ['format-only', 'src/pagination/page.ts', 10, 40, 'warning'],
      ['rename-symbol', 'src/pagination/page.ts', 52, 52, 'warning'],
      ['file-rename', 'src/pagination/paging.ts', 1, 1, 'notice']
    ])
  })

  it('puts the fix in the message and the why, category and evidence in the details', () => {
    const [deploy] = renderAnnotations(failReport())
    expect(deploy?.message).toBe(
      'Changes a deploy file (category deploy), which needs a human approval\n' +
        'Fix: Ask a maintainer to add the label agent-pr-gate/approve:deploy.'
    )
    expect(deploy?.raw_details).toBe(
      'Why: Deploy manifests change what runs in production.\nCategory: deploy'
    )
    const rename = renderAnnotations(failReport()).find((a) => a.title === 'rename-symbol')
    expect(rename?.raw_details).toContain('"from": "pageSize"')
  })

  it('marks a finding the approval covers as approved, not as a failure', () => {
    const annotations = renderAnnotations(overriddenReport())
    expect(annotations.filter((a) => a.annotation_level === 'failure')).toEqual([])
    const deploy = annotations.find((a) => a.title === 'sensitive-path')
    expect(deploy?.annotation_level).toBe('warning')
    expect(deploy?.message).toMatch(/^Approved by a human: Changes a deploy file/)
  })

  it('puts blocking findings first, so the first request carries them', () => {
    const annotations = renderAnnotations(manyFindingsReport(120))
    const levels = annotations.map((a) => a.annotation_level)
    expect(levels.slice(0, 2)).toEqual(['failure', 'failure'])
    expect(levels.slice(2).every((l) => l === 'warning')).toBe(true)
  })

  it('pins a whole-file finding to line 1 and ignores a nonsense line range', () => {
    const annotations = renderAnnotations(
      report({
        findings: [
          finding('moved-code', { path: 'a.ts' }),
          finding('moved-code', { path: 'b.ts', line: 9, endLine: 3 }),
          finding('moved-code', { path: 'c.ts', line: 0 })
        ]
      })
    )
    expect(annotations.map((a) => [a.start_line, a.end_line])).toEqual([
      [1, 1],
      [9, 9],
      [1, 1]
    ])
  })

  it('keeps messages within what GitHub accepts', () => {
    const long = 'x'.repeat(100_000)
    const [annotation] = renderAnnotations(
      report({ findings: [finding('out-of-scope', { path: 'a.ts', message: long, why: long })] })
    )
    expect(annotation!.message.length).toBeLessThanOrEqual(4000)
    expect(annotation!.raw_details!.length).toBeLessThanOrEqual(4000)
  })
})

describe('batchAnnotations', () => {
  it('splits 120 annotations into requests of 50, 50 and 20', () => {
    const batches = batchAnnotations(renderAnnotations(manyFindingsReport(120)))
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20])
  })

  it('makes no batch of nothing, and refuses a size below 1', () => {
    expect(batchAnnotations([])).toEqual([])
    expect(batchAnnotations([1, 2, 3], 2)).toEqual([[1, 2], [3]])
    expect(() => batchAnnotations([1], 0)).toThrow(RangeError)
  })
})
