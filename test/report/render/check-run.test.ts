import { describe, expect, it } from '@jest/globals'
import { CHECK_SUMMARY_LIMIT, renderCheckRun } from '../../../src/report/render/check-run.js'
import {
  failReport,
  overriddenReport,
  passReport,
  skippedReport,
  warnModeReport,
  warnReport
} from '../../support/report-fixtures.js'
import { markdownProblems } from './markdown-checks.js'

describe('renderCheckRun', () => {
  it('fails the check when the gate blocks, and names how many findings need action', () => {
    const rendered = renderCheckRun(failReport(), '## Report')
    expect(rendered).toEqual({
      title: 'Blocked: 2 findings need a fix or an approval',
      summary: '## Report',
      conclusion: 'failure'
    })
  })

  it('never concludes neutral or skipped: everything that does not block is success', () => {
    const reports = [
      passReport(),
      warnReport(),
      warnModeReport(),
      skippedReport(),
      overriddenReport()
    ]
    expect(reports.map((r) => renderCheckRun(r, '').conclusion)).toEqual([
      'success',
      'success',
      'success',
      'success',
      'success'
    ])
  })

  it('names the approver when a human approval let the PR through', () => {
    expect(renderCheckRun(overriddenReport(), '').title).toBe(
      'Approved: 2 blocking findings approved by a human (maintainer-mia)'
    )
    expect(renderCheckRun(skippedReport(), '').title).toBe(
      'Skipped: the gate did not apply to this change'
    )
  })

  it('cuts a long summary at a line end, closes what it opened and points to the job summary', () => {
    const markdown =
      '## Findings\n\n| Rule | Finding |\n| --- | --- |\n| `out-of-scope` | outside the task |\n\n' +
      '<details>\n<summary>Evidence</summary>\n\n```json\n' +
      '{ "moved": "a line of evidence that repeats to fill the summary" }\n'.repeat(2000) +
      '```\n\n</details>\n'
    const { summary } = renderCheckRun(failReport(), markdown)
    expect(summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT)
    expect(summary).toMatch(/\}\n```\n<\/details>\n\n---\n\*\*Truncated:\*\* this summary was cut/)
    expect(summary).toMatch(/The full report is in this workflow run's job summary\.$/)
    expect(markdownProblems(summary)).toEqual([])
  })

  it('leaves a table it cuts through well formed', () => {
    const row = '| `src/a.ts` | a finding that repeats to fill the summary |\n'
    const markdown = '## Findings\n\n| Path | Finding |\n| --- | --- |\n' + row.repeat(2000)
    const { summary } = renderCheckRun(failReport(), markdown)
    expect(summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT)
    expect(markdownProblems(summary)).toEqual([])
  })

  it('does not cut a character in half', () => {
    const markdown = '😀'.repeat(CHECK_SUMMARY_LIMIT)
    const { summary } = renderCheckRun(failReport(), markdown)
    expect(summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT)
    expect(markdownProblems(summary)).toEqual([])
  })
})
