import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js'
import { renderComment, STICKY_MARKER } from '../../../src/report/render/comment.js'
import {
  failReport,
  finding,
  hostileReport,
  manyFindingsReport,
  overriddenReport,
  passReport,
  report,
  skippedReport,
  warnReport
} from '../../support/report-fixtures.js'
import { markdownProblems } from './markdown-checks.js'

describe('renderComment', () => {
  it('starts with the hidden marker the publisher finds it by', () => {
    expect(STICKY_MARKER).toMatch(/^<!--.*-->$/)
    for (const r of [failReport(), passReport(), skippedReport()]) {
      expect(renderComment(r, DEFAULT_CONFIG).split('\n')[0]).toBe(STICKY_MARKER)
    }
  })

  it('gives the verdict, the blocking findings first, and how to get approval', () => {
    const body = renderComment(failReport(), DEFAULT_CONFIG)
    expect(body).toContain('### agent-pr-gate: ❌ Blocked')
    expect(body).toContain('2 findings need a fix or an approval on `9fceb02`.')
    const rows = body.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| |'))
    expect(rows.slice(1, 3)).toEqual([
      '| ❌ blocks | `sensitive-path` (deploy) | `deploy/k8s/api.yaml:21-24` | Changes a deploy file (category deploy), which needs a human approval |',
      '| ❌ blocks | `test-skipped` | `test/pagination/page.test.ts:88` | Adds it.skip to &quot;returns the last page&quot; |'
    ])
    expect(body).toContain(
      'someone other than the PR author, with the `maintain` role or higher, adds the label ' +
        '`agent-pr-gate/approved` after the latest push'
    )
    expect(body).toContain(
      'To approve one category only, use `agent-pr-gate/approve:deploy`. The other blocking ' +
        'findings need `agent-pr-gate/approved`.'
    )
    expect(body).not.toContain('Nothing blocks')
  })

  it('lists why an approval label did not count, escaped', () => {
    const body = renderComment(failReport(), DEFAULT_CONFIG)
    expect(body).toContain('**Approval labels that did not count:**')
    expect(body).toContain(
      '- The label agent-pr-gate/approved was added by github-actions&#91;bot&#93;'
    )
  })

  it('shows at most 10 entries and says how many more findings there are', () => {
    const many = manyFindingsReport(40)
    const distinct = { ...many, findings: many.findings.map((f, i) => ({ ...f, why: `W${i}` })) }
    const body = renderComment(distinct, DEFAULT_CONFIG)
    const rows = body.split('\n').filter((l) => /^\| (❌|⚠️)/.test(l))
    expect(rows).toHaveLength(10)
    expect(body).toContain('…and 30 more in the check run.')
  })

  it('shows findings of one rule with the same why and fix once, with some locations', () => {
    const body = renderComment(manyFindingsReport(40), DEFAULT_CONFIG)
    const rows = body.split('\n').filter((l) => /^\| (❌|⚠️)/.test(l))
    expect(rows).toHaveLength(5)
    expect(rows.find((r) => r.startsWith('| ⚠️ warning | `format-only`'))).toContain(
      '9 findings, e.g. Finding 4: format-only'
    )
    expect(body).toMatch(/`src\/generated\/module-000000\.ts:21`, .* and 6 more/)
    expect(body).not.toContain('more in the check run')
  })

  it('names who approved, their role, when and for which head, without pinging them', () => {
    const body = renderComment(overriddenReport(), DEFAULT_CONFIG)
    expect(body).toContain('### agent-pr-gate: ✅ Approved')
    expect(body).toContain(
      'Approved by @&#8203;maintainer-mia (maintain) at 2026-05-04T10:21:07Z for `9fceb02`, ' +
        'covering `deploy`, `test-skipped`.'
    )
    expect(body).toContain('| ✅ approved | `sensitive-path` (deploy) |')
    expect(body).toContain('Nothing blocks this pull request now.')
    expect(body).not.toContain('To get past the gate')
  })

  it('is one line under the marker on a clean pass, to update an earlier comment', () => {
    const body = renderComment(passReport(), DEFAULT_CONFIG)
    expect(body.split('\n')[0]).toBe(STICKY_MARKER)
    expect(body).toMatch(
      /^### agent-pr-gate: ✅ Passed on `9fceb02`: nothing to act on \(2 files, \+10 -2, minimality 100\/100; 1 informational finding in the full report\)\.$/m
    )
    expect(body.trimEnd().split('\n')).toHaveLength(2)
  })

  it('a pass with warnings keeps the table and says nothing blocks', () => {
    const body = renderComment(warnReport(), DEFAULT_CONFIG)
    expect(body).toContain('### agent-pr-gate: ⚠️ Passed with warnings')
    expect(body).toContain('Nothing blocks this pull request now.')
    expect(body).not.toContain('Approve:')
  })

  it('says why the gate skipped a change', () => {
    const body = renderComment(skippedReport(), DEFAULT_CONFIG)
    expect(body).toContain('### agent-pr-gate: ⏭️ Skipped')
    expect(body).toContain('The author octo-dev is not an agent and apply&#95;to is agents')
  })

  it('uses the configured labels and role', () => {
    const config = {
      ...DEFAULT_CONFIG,
      override: {
        ...DEFAULT_CONFIG.override,
        label: 'ok-to-merge',
        category_label_prefix: 'ok:',
        min_role: 'admin' as const,
        allow_author: true
      }
    }
    const body = renderComment(
      report({
        verdict: 'fail',
        findings: [finding('sensitive-path', { severity: 'block', category: 'billing' })]
      }),
      config
    )
    expect(body).toContain(
      'approval: someone, with the `admin` role or higher, adds the label `ok-to-merge`'
    )
    expect(body).toContain('To approve one category only, use `ok:billing`.')
  })

  it('keeps hostile paths, messages, categories and notes inert', () => {
    const body = renderComment(hostileReport(), DEFAULT_CONFIG)
    expect(markdownProblems(body)).toEqual([])
    expect(body).not.toContain('\u001b')
  })
})
