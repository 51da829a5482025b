import { describe, expect, it } from '@jest/globals'
import type { GateReport } from '../../../src/model.js'
import { renderText } from '../../../src/report/render/text.js'
import {
  HOSTILE,
  failReport,
  hostileReport,
  incompleteReport,
  overriddenReport,
  passReport,
  skippedReport,
  finding,
  report,
  warnModeReport,
  warnReport
} from '../../support/report-fixtures.js'

// eslint-disable-next-line no-control-regex -- looking for escape characters is the point
const ESCAPE = /\u001b/
// eslint-disable-next-line no-control-regex -- any C0/C1 control other than the line feed
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/

describe('renderText verdict line', () => {
  it.each<[string, () => GateReport, string]>([
    ['pass', passReport, 'PASS: 1 informational finding, none blocks'],
    ['warn', warnReport, 'WARN: 3 findings to review'],
    ['fail', failReport, 'FAIL (blocked): 2 findings need a fix or an approval'],
    ['overridden', overriddenReport, 'WARN (approved): 2 blocking findings approved by a human'],
    ['warn mode', warnModeReport, 'WARN: 2 findings would block in enforce mode (mode: warn)'],
    ['incomplete', incompleteReport, 'FAIL (blocked): 1 finding needs a fix or an approval'],
    [
      'skipped',
      skippedReport,
      'PASS (skipped): The author octo-dev is not an agent and apply_to is agents'
    ]
  ])('%s report starts with its verdict', (_name, build, line) => {
    expect(renderText(build(), { color: false }).split('\n')[0]).toBe(line)
  })
})

describe('renderText body', () => {
  const text = renderText(failReport(), { color: false })

  it('shows the score with its components', () => {
    expect(text).toContain('Minimality score 58/100\n  essential          26 lines  Behavioural')
  })

  it('groups findings by family, blocking families first, with location, why and fix', () => {
    const risk = text.indexOf('Risk surface (1, 1 blocking)')
    const verifier = text.indexOf('Verifier integrity (2, 1 blocking)')
    const minimality = text.indexOf('Minimality and refactors (3)')
    expect(risk).toBeGreaterThan(0)
    expect(verifier).toBeGreaterThan(risk)
    expect(minimality).toBeGreaterThan(verifier)
    expect(text).toContain(
      '  block     sensitive-path  deploy/k8s/api.yaml:21-24  Changes a deploy file (category deploy), which needs a human approval\n' +
        '                            why: Deploy manifests change what runs in production.\n'
    )
    expect(text).toContain('  warn      rerun-to-green  Tests failed then passed')
  })

  it('says what each blocking finding did: blocked, approved, or only reported', () => {
    expect(renderText(overriddenReport(), { color: false })).toContain(
      '  approved  sensitive-path  deploy/k8s/api.yaml:21-24'
    )
    expect(renderText(warnModeReport(), { color: false })).toContain(
      '  reported  test-skipped    test/pagination/page.test.ts:88'
    )
  })

  it('shows the split plan, the test attempts and the notes', () => {
    expect(text).toContain('  move  src/pagination/page.ts  hunks 2, 3, 4  formatting and a rename')
    expect(text).toContain('  keep  test/pagination/page.test.ts  whole file')
    expect(text).toContain(
      '  #2  tree 4b825dc  passed  flipped: pagination > last page  (manifest)'
    )
    expect(text).toContain('  - Approval label: The label agent-pr-gate/approved was added by')
  })

  it('says who approved, why the change is incomplete, and why it was skipped', () => {
    expect(renderText(overriddenReport(), { color: false })).toContain(
      'Approved by maintainer-mia (maintain) with label agent-pr-gate/approved at 2026-05-04T10:21:07Z for head 9fceb02, covering deploy, test-skipped'
    )
    expect(renderText(incompleteReport(), { color: false })).toContain(
      'Incomplete: the gate did not see the whole change: GitHub listed 3,000 files'
    )
    const skippedFail = { ...incompleteReport(), skipped: 'Not agent-authored' }
    expect(renderText(skippedFail, { color: false })).toContain('\nSkipped: Not agent-authored\n')
    expect(renderText(skippedReport(), { color: false })).not.toContain('Minimality score')
    expect(renderText(warnModeReport(), { color: false })).toContain(
      '  - Mode is warn: 2 blocking finding(s) reported as warnings.'
    )
  })
})

describe('renderText colour', () => {
  it('has no escape codes without colour, and has them with it', () => {
    for (const build of [passReport, warnReport, failReport, overriddenReport, skippedReport]) {
      expect(renderText(build(), { color: false })).not.toMatch(ESCAPE)
      expect(renderText(build(), { color: true })).toMatch(ESCAPE)
    }
    expect(renderText(failReport(), { color: true }).split('\n')[0]).toBe(
      '\u001b[1m\u001b[31mFAIL (blocked)\u001b[0m: 2 findings need a fix or an approval'
    )
  })

  it('reads the same once the colour codes are removed', () => {
    const coloured = renderText(failReport(), { color: true })
    // eslint-disable-next-line no-control-regex -- removing the renderer's own SGR codes
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(renderText(failReport(), { color: false }))
  })
})

describe('renderText with hostile input', () => {
  it('strips control characters and escape sequences from every untrusted string', () => {
    for (const color of [false, true]) {
      // eslint-disable-next-line no-control-regex -- the renderer's own SGR codes are allowed
      const text = renderText(hostileReport(), { color }).replace(/\u001b\[\d+m/g, '')
      expect(text).not.toMatch(ESCAPE)
      expect(text).not.toMatch(CONTROL)
    }
    expect(renderText(hostileReport(), { color: false })).toContain(
      '  block     sensitive-path  src/red/x.ts:1  see https://evil.example/phish'
    )
  })

  it('keeps each finding on its line and starts no line with untrusted text', () => {
    const text = renderText(hostileReport(), { color: false })
    expect(text).toContain(
      '  warn      format-only   docs/a|b`c``d.md  line one  # Injected heading'
    )
    expect(text).not.toMatch(/^# Injected/m)
    expect(text).not.toMatch(/^\s*::/m)
    expect(text).toContain(`  keep  ${HOSTILE.workflowCommand}  hunk 2`)
  })
})

describe('renderText approval hints', () => {
  const hint = 'Approve: a maintainer adds the label `agent-pr-gate/approve:ci`.'
  const base = finding('sensitive-path', {
    path: '.github/workflows/ci.yml',
    category: 'ci',
    fix: 'Check the workflow change.',
    approve: hint
  })

  it('tells how to approve a finding that blocks', () => {
    const blocked = report({ verdict: 'fail', findings: [{ ...base, severity: 'block' }] })
    expect(renderText(blocked, { color: false })).toContain(hint)
  })

  it('does not tell how to approve a warning: nothing blocks', () => {
    const warned = report({ verdict: 'warn', findings: [{ ...base, severity: 'warn' }] })
    const text = renderText(warned, { color: false })
    expect(text).toContain('fix: Check the workflow change.')
    expect(text).not.toContain('Approve:')
  })
})
