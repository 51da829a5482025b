import { Buffer } from 'node:buffer'
import { describe, expect, it } from '@jest/globals'
import type { GateReport } from '../../../src/model.js'
import {
  JOB_SUMMARY_MAX_BYTES,
  MIN_MARKDOWN_BYTES,
  renderMarkdown
} from '../../../src/report/render/markdown.js'
import {
  failReport,
  finding,
  hostileReport,
  incompleteReport,
  manyFindingsReport,
  overriddenReport,
  passReport,
  report,
  skippedReport,
  warnModeReport,
  warnReport
} from '../../support/report-fixtures.js'
import { markdownProblems } from './markdown-checks.js'
import { escapeMarkdown } from '../../../src/report/render/markdown-escape.js'

/** Findings that each say something different: nothing groups, so only the budget cuts. */
function distinctFindingsReport(count: number): GateReport {
  const many = manyFindingsReport(count)
  return { ...many, findings: many.findings.map((f, i) => ({ ...f, why: `Reason ${i}.` })) }
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

function firstStatusLine(markdown: string): string {
  return markdown.split('\n').find((line) => line.startsWith('**')) ?? ''
}

describe('renderMarkdown verdict line', () => {
  it('a clean pass is one line: nothing to act on, the size and score, info left to the report', () => {
    const markdown = renderMarkdown(passReport())
    expect(markdown).toBe(
      '**agent-pr-gate: Passed**: nothing to act on (2 files, +10 -2, minimality 100/100; ' +
        '1 informational finding in the full report).\n'
    )
    expect(markdownProblems(markdown)).toEqual([])
  })

  it('a pass with a note, or in observe mode with findings, is not clean', () => {
    const noted = { ...passReport(), notes: ['An input tried to weaken mode; ignored.'] }
    expect(renderMarkdown(noted)).toContain('## agent-pr-gate\n\n**Passed**')
    expect(renderMarkdown(noted)).toContain('An input tried to weaken mode; ignored.')
  })

  it.each<[string, () => GateReport, string]>([
    ['warn', warnReport, '**Passed with warnings**: 3 findings to review.'],
    ['fail', failReport, '**Blocked**: 2 findings need a fix or an approval.'],
    ['overridden', overriddenReport, '**Approved**: 2 blocking findings approved by a human.'],
    [
      'warn mode',
      warnModeReport,
      '**Passed with warnings**: 2 findings would block in enforce mode (mode: warn).'
    ],
    ['incomplete', incompleteReport, '**Blocked**: 1 finding needs a fix or an approval.'],
    [
      'skipped',
      skippedReport,
      '**Skipped**: The author octo-dev is not an agent and apply&#95;to is agents'
    ]
  ])('%s report opens with its status', (_name, build, line) => {
    const markdown = renderMarkdown(build())
    expect(markdown.startsWith('## agent-pr-gate\n\n')).toBe(true)
    expect(firstStatusLine(markdown)).toBe(line)
    expect(markdownProblems(markdown)).toEqual([])
  })

  it('uses the given title', () => {
    expect(renderMarkdown(warnReport(), { title: 'Agent gate: #412' })).toMatch(
      /^## Agent gate: #&#8203;412\n/
    )
    expect(renderMarkdown(passReport(), { title: 'Agent gate: #412' })).toMatch(
      /^\*\*Agent gate: #&#8203;412: Passed\*\*/
    )
  })
})

describe('renderMarkdown sections', () => {
  const markdown = renderMarkdown(failReport())

  it('explains each blocking finding with why and fix before the tables', () => {
    const why = markdown.indexOf('### Why it is blocked')
    expect(why).toBeGreaterThan(0)
    expect(why).toBeLessThan(markdown.indexOf('### Findings'))
    expect(markdown).toContain(
      [
        '- `sensitive-path` at `deploy/k8s/api.yaml:21-24`: Changes a deploy file (category deploy), which needs a human approval',
        '  - Why: Deploy manifests change what runs in production.',
        '  - Fix: Ask a maintainer to add the label agent-pr-gate/approve:deploy.'
      ].join('\n')
    )
  })

  it('shows the score with its components', () => {
    expect(markdown).toContain('### Minimality score: 58/100')
    expect(markdown).toContain('| format-only | 30 | Layout-only changes: indentation, quotes |')
  })

  it('groups findings by kind and folds the families that block nothing', () => {
    expect(markdown).toContain('| Minimality and refactors | `format-only` | 1 | 0 |')
    expect(markdown).toContain('#### Risk surface (1, 1 blocking)')
    expect(markdown).toContain(
      '<details><summary>Minimality and refactors (3, none blocking)</summary>'
    )
    expect(markdown).toContain(
      '| **block** | `test-skipped` | `test/pagination/page.test.ts:88` | Adds it.skip to &quot;returns the last page&quot; |'
    )
    expect(markdown).toContain('| warn | `rerun-to-green` | whole change |')
    // families that block come first, so a reviewer meets them before the noise
    expect(markdown.indexOf('#### Risk surface')).toBeLessThan(
      markdown.indexOf('Minimality and refactors (3')
    )
  })

  it('shows the split plan and the test-attempt timeline', () => {
    expect(markdown).toContain(
      '| `src/pagination/page.ts` | hunks 2, 3, 4 | formatting and a rename |'
    )
    expect(markdown).toContain('| `test/pagination/page.test.ts` | whole file |')
    expect(markdown).toContain('| 2 | `4b825dc` | passed | `pagination > last page` | manifest |')
  })

  it('folds per-file details with why, fix and evidence', () => {
    expect(markdown).toContain(
      '<details><summary><code>src/pagination/page.ts</code>: 2 findings</summary>'
    )
    expect(markdown).toContain('  - Evidence: `from` `pageSize`, `to` `perPage`, `occurrences` `7`')
  })

  it('lists the approval notes', () => {
    expect(markdown).toContain(
      '- Approval label: The label agent-pr-gate/approved was added by github-actions&#91;bot&#93;, a bot: it does not count.'
    )
  })

  it('names who approved, when and for which head', () => {
    expect(renderMarkdown(overriddenReport())).toContain(
      '**Approved by** `maintainer-mia` (`maintain`) with the label `agent-pr-gate/approved` at `2026-05-04T10:21:07Z` for head `9fceb02`, covering `deploy`, `test-skipped`.'
    )
    expect(renderMarkdown(overriddenReport())).toContain('### What the approval covers')
  })

  it('says why the change is incomplete, or skipped', () => {
    expect(renderMarkdown(incompleteReport())).toContain(
      '**Incomplete**: the gate did not see the whole change: GitHub listed 3,000 files, its maximum; the pull request changes 3,412 files'
    )
    const skippedFail = { ...incompleteReport(), skipped: 'Not agent-authored' }
    expect(renderMarkdown(skippedFail)).toContain('\n**Skipped**: Not agent-authored\n')
    expect(renderMarkdown(skippedReport())).not.toContain('Minimality score')
  })

  it('shows softened findings in warn mode, with the mode note', () => {
    const soft = renderMarkdown(warnModeReport())
    expect(soft).toContain('### What would block in enforce mode')
    expect(soft).toContain('| block (reported only) | `sensitive-path` |')
    expect(soft).toContain('Mode is warn: 2 blocking finding(s) reported as warnings.')
  })
})

describe('renderMarkdown with hostile input', () => {
  const markdown = renderMarkdown(hostileReport())

  it('stays well formed: no raw HTML, links, mentions, broken tables or details', () => {
    expect(markdownProblems(markdown)).toEqual([])
    // `<img` and `<script` remain only inside code spans, which show them as text
    expect(markdown).not.toContain('<img src=x onerror=alert(1)>.ts</code>')
    expect(markdown).not.toContain('\u001b')
    expect(markdown).not.toMatch(/^# Injected/m)
  })

  it('puts hostile paths in code spans that hold them whole, and text in escaped cells', () => {
    expect(markdown).toContain(
      '| warn | `format-only` | ```docs/a\\|b`c``d.md``` | line one  # Injected heading &#124; a &#124;'
    )
    expect(markdown).toContain('| 1 | `</details><script>alert(1)</script>` |')

    expect(markdown).toContain('<code>src/&lt;img src=x onerror=alert(1)&gt;.ts</code>')
  })

  it('defuses links, autolinks and mentions in messages', () => {
    expect(markdown).toContain('click &#91;here&#93;(javascript:alert(1))')
    expect(markdown).toContain('https:&#8203;//evil.example/phish and www&#8203;.evil.example')
    expect(markdown).toContain(
      'ping @&#8203;acme/security-team and @&#8203;octocat about #&#8203;12'
    )
  })
})

describe('renderMarkdown budget', () => {
  it('rejects a budget too small for the verdict and the note', () => {
    expect(() => renderMarkdown(failReport(), { maxBytes: MIN_MARKDOWN_BYTES - 1 })).toThrow(
      RangeError
    )
  })

  it.each([MIN_MARKDOWN_BYTES, 4096, 10_000, 65_535])(
    'stays within %i bytes, well formed, and says what it left out',
    (maxBytes) => {
      const big = distinctFindingsReport(2_000)
      const markdown = renderMarkdown(big, { maxBytes, maxFindings: Infinity })
      expect(bytes(markdown)).toBeLessThanOrEqual(maxBytes)
      expect(markdownProblems(markdown)).toEqual([])
      expect(firstStatusLine(markdown)).toMatch(/^\*\*Blocked\*\*: 21 findings need a fix/)
      const note =
        /\*\*Truncated\*\* to fit in [\d,]+ bytes: left out ([\d,]+) of 2,000 findings[^\n]*The JSON report and SARIF have every finding\.\n$/.exec(
          markdown
        )
      expect(note).not.toBeNull()
      const listed = (markdown.match(/^\| (\*\*block\*\*|warn) \|/gm) ?? []).length
      expect(Number(note![1]!.replace(/,/g, ''))).toBe(2_000 - listed)
    }
  )

  it('never cuts inside a multi-byte character', () => {
    const wide = report({
      verdict: 'fail',
      findings: Array.from({ length: 400 }, (_v, i) =>
        finding('out-of-scope', {
          severity: 'block',
          message: `变更超出任务范围 😀 ${i} ${'é'.repeat(i % 7)}`,
          path: `src/模块/文件-${i}.ts`,
          line: i + 1
        })
      )
    })
    for (const maxBytes of [2048, 3001, 5003, 20_011]) {
      const markdown = renderMarkdown(wide, { maxBytes })
      expect(bytes(markdown)).toBeLessThanOrEqual(maxBytes)
      expect(Buffer.from(markdown, 'utf8').toString('utf8')).toBe(markdown)
      expect(markdownProblems(markdown)).toEqual([])
    }
  })

  it('keeps the blocking digest, notes and timeline when the findings overflow', () => {
    const big = {
      ...manyFindingsReport(5_000),
      testTimeline: failReport().testTimeline,
      notes: ['CI attempts API returned 404; used check runs only.']
    }
    const markdown = renderMarkdown(
      { ...big, findings: distinctFindingsReport(5_000).findings },
      {
        maxBytes: 65_535
      }
    )
    expect(markdown).toContain('### Why it is blocked')
    expect(markdown).toContain('- …and 32 more findings: see the findings below.')
    expect(markdown).toContain('### Test attempts')
    expect(markdown).toContain('CI attempts API returned 404; used check runs only.')
  })

  it('renders 100,000 distinct findings under the default budget quickly', () => {
    const huge = distinctFindingsReport(100_000)
    const started = performance.now()
    const markdown = renderMarkdown(huge, { maxFindings: Infinity })
    const elapsed = performance.now() - started
    expect(bytes(markdown)).toBeLessThanOrEqual(JOB_SUMMARY_MAX_BYTES)
    expect(bytes(markdown)).toBeGreaterThan(JOB_SUMMARY_MAX_BYTES * 0.9)
    expect(markdown).toMatch(
      /left out [\d,]+ of 100,000 findings, the details of [\d,]+ files\. The JSON report and SARIF have every finding\.\n$/
    )
    expect(elapsed).toBeLessThan(5_000)
  })

  it('shows findings of one rule with the same why and fix once, with their locations', () => {
    const markdown = renderMarkdown(manyFindingsReport(2_000))
    const rows = markdown.split('\n').filter((line) => /^\| (\*\*block\*\*|warn) \|/.test(line))
    expect(rows).toHaveLength(8)
    const stood = rows.map((row) => Number(/\| (\d+) findings, e\.g\. /.exec(row)?.[1] ?? 1))
    expect(stood.reduce((a, b) => a + b, 0)).toBe(2_000)
    const formatRow = rows.find((row) => row.includes('`format-only`') && row.startsWith('| warn'))!
    expect(formatRow).toContain('494 findings, e.g. Finding 4: format-only')
    expect(formatRow).toContain('`src/generated/module-000000.ts:21`')
    expect(formatRow).toMatch(/ and 484 more \|/)
    expect(markdown).toContain(
      '**Capped** at 50 entries (like findings count as one): left out the details of 50 files.'
    )
  })

  it('caps the entries at maxFindings and says so, pointing to JSON and SARIF', () => {
    const markdown = renderMarkdown(distinctFindingsReport(300), { maxFindings: 20 })
    const rows = markdown.split('\n').filter((line) => /^\| (\*\*block\*\*|warn) \|/.test(line))
    expect(rows).toHaveLength(20)
    expect(markdown).toMatch(
      /\*\*Capped\*\* at 20 entries \(like findings count as one\): left out 280 of 300 findings\. The JSON report and SARIF have every finding\.\n$/
    )
  })

  it('says how to approve only on findings that block', () => {
    const hint = 'Approve: a maintainer adds the label `agent-pr-gate/approve:ci`.'
    const blocking = finding('sensitive-path', {
      severity: 'block',
      path: '.github/workflows/ci.yml',
      category: 'ci',
      approve: hint
    })
    const warning = { ...blocking, severity: 'warn' as const, path: '.github/workflows/b.yml' }
    expect(renderMarkdown(report({ verdict: 'fail', findings: [blocking] }))).toContain(
      escapeMarkdown(hint)
    )
    expect(renderMarkdown(report({ verdict: 'warn', findings: [warning] }))).not.toContain(
      'Approve:'
    )
  })

  it('adds no note when everything fits', () => {
    expect(renderMarkdown(failReport())).not.toContain('**Truncated**')
  })
})
