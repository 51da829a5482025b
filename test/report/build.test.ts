import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/model.js'
import { buildReport, type ReportInput } from '../../src/report/build.js'
import {
  HEAD_SHA,
  analysis,
  approvalRecord,
  changeSet,
  finding,
  paginationFindings,
  verdict
} from '../support/report-fixtures.js'

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    changeSet: changeSet(),
    analysis: analysis(),
    verdict: verdict(),
    timingMs: { collect: 120.4, analyze: 8.1, report: 0.6 },
    apiCalls: 7,
    approvalNotes: [],
    ...overrides
  }
}

function ids(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.path ?? '-'}:${f.line ?? '-'} ${f.rule}`)
}

describe('buildReport', () => {
  it('takes the verdict, the analysis and stats from the change set', () => {
    const report = buildReport(input())
    expect(report).toMatchObject({
      version: 1,
      verdict: 'fail',
      mode: 'enforce',
      overridden: false,
      approval: null,
      complete: true,
      incompleteReason: null,
      stats: { files: 4, additions: 71, deletions: 38 },
      pr: { number: 412, url: 'https://github.com/acme/shop/pull/412', headSha: HEAD_SHA },
      skipped: null,
      apiCalls: 7,
      timingMs: { collect: 120.4, analyze: 8.1, report: 0.6 }
    })
    expect(report.score).toEqual(analysis().score)
    expect(report.splitPlan).toEqual(analysis().splitPlan)
    expect(report.testTimeline).toEqual(analysis().testTimeline)
  })

  it('sorts findings by severity, then path, line and rule', () => {
    const shuffled = [...paginationFindings()].reverse()
    const report = buildReport(input({ analysis: analysis({ findings: shuffled }) }))
    expect(ids(report.findings)).toEqual([
      'block deploy/k8s/api.yaml:21 sensitive-path',
      'block test/pagination/page.test.ts:88 test-skipped',
      'warn -:- rerun-to-green',
      'warn src/pagination/page.ts:10 format-only',
      'warn src/pagination/page.ts:52 rename-symbol',
      'info src/pagination/paging.ts:- file-rename'
    ])
  })

  it('orders ties by rule and message, so any input order gives the same report', () => {
    const tied = [
      finding('test-skipped', { path: 'a.ts', line: 3, message: 'b' }),
      finding('moved-code', { path: 'a.ts', line: 3, message: 'z' }),
      finding('test-skipped', { path: 'a.ts', line: 3, message: 'a' }),
      finding('moved-code', { path: 'a.ts' })
    ]
    const forward = buildReport(input({ analysis: analysis({ findings: tied }) })).findings
    const backward = buildReport(
      input({ analysis: analysis({ findings: [...tied].reverse() }) })
    ).findings
    expect(backward).toEqual(forward)
    expect(forward.map((f) => `${f.rule}/${f.line ?? '-'}/${f.message}`)).toEqual([
      'moved-code/-/moved-code finding',
      'moved-code/3/z',
      'test-skipped/3/a',
      'test-skipped/3/b'
    ])
  })

  it('does not reorder the analysis it was given', () => {
    const findings = [...paginationFindings()].reverse()
    const before = ids(findings)
    buildReport(input({ analysis: analysis({ findings }) }))
    expect(ids(findings)).toEqual(before)
  })

  it('records the approval and the notes about labels that did not count', () => {
    const approval = approvalRecord()
    const report = buildReport(
      input({
        verdict: verdict({ verdict: 'warn', overridden: true, approval, blocking: [] }),
        approvalNotes: ['The label was added by the PR author: it does not count.']
      })
    )
    expect(report.overridden).toBe(true)
    expect(report.approval).toEqual(approval)
    expect(report.approvalNotes).toEqual([
      'The label was added by the PR author: it does not count.'
    ])
  })

  it('says why an incomplete change is incomplete, even when the source did not', () => {
    const reason = 'GitHub listed 3,000 files, its maximum'
    expect(
      buildReport(input({ changeSet: changeSet({ complete: false, incompleteReason: reason }) }))
    ).toMatchObject({ complete: false, incompleteReason: reason })
    const silent = buildReport(
      input({ changeSet: changeSet({ complete: false, incompleteReason: null }) })
    )
    expect(silent.incompleteReason).toBe('the source did not deliver the whole change')
  })

  it('keeps the decision notes and adds what CI history could not read, once each', () => {
    const note = 'Mode is warn: 2 blocking finding(s) reported as warnings.'
    const ciNote = 'The attempts API answered 404 for run 77; used the check runs only.'
    const report = buildReport(
      input({
        verdict: verdict({ notes: [note] }),
        changeSet: changeSet({
          ci: { checkRuns: [], workflowRuns: [], junit: [], notes: [ciNote, note] }
        })
      })
    )
    expect(report.notes).toEqual([note, ciNote])
  })

  it('reports a skipped change and a bare diff with no pull request', () => {
    const report = buildReport(
      input({
        changeSet: changeSet({ source: 'diff', pr: null, files: [] }),
        verdict: verdict({ verdict: 'pass', skipped: 'not agent-authored', blocking: [] })
      })
    )
    expect(report).toMatchObject({
      pr: null,
      skipped: 'not agent-authored',
      stats: { files: 0, additions: 0, deletions: 0 }
    })
  })
})
