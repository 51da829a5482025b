import { describe, expect, it } from '@jest/globals'
import { GATE_CONFIG_CHANGE } from '../../../src/analyze/risk/rules/gate-config-change.js'
import { parseConfig } from '../../../src/config/loader.js'
import type { ChangedFile, Finding } from '../../../src/model.js'
import { addedFile, configWith, detectRisk, file, ofRule } from './change-builder.js'

const gate = (files: ChangedFile[], config = configWith()): Finding[] =>
  ofRule(detectRisk(files, config), 'gate-config-change')

describe('gate-config-change', () => {
  it('is a locked rule', () => {
    expect(GATE_CONFIG_CHANGE).toMatchObject({ defaultLevel: 'block', locked: true })
  })

  it('blocks a change to the gate config in every mode, naming the gate labels', () => {
    const [finding] = gate([
      file('.github/agent-pr-gate.yml', [['-mode: enforce', '+mode: observe']])
    ])
    expect(finding).toMatchObject({
      severity: 'block',
      enforced: true,
      category: 'gate',
      path: '.github/agent-pr-gate.yml'
    })
    expect(finding!.fix).toContain('`agent-pr-gate/approve:gate`')
    expect(finding!.why).toMatch(/supervision/)
  })

  it.each([
    '.github/CODEOWNERS',
    'CODEOWNERS',
    '.github/rulesets/main.json',
    '.github/settings.yml'
  ])('blocks a change to %s', (path) => {
    expect(gate([file(path, [['+* @someone']])])).toHaveLength(1)
  })

  it('blocks a workflow whose changed lines reference the gate action', () => {
    const removedStep = file('.github/workflows/checks.yml', [
      ['       - uses: actions/checkout@v4', '-      - uses: acme/agent-pr-gate@v1']
    ])
    expect(gate([removedStep])).toEqual([
      expect.objectContaining({ enforced: true, path: '.github/workflows/checks.yml' })
    ])
  })

  it('blocks a workflow whose hunk context shows the gate', () => {
    const triggers = file('.github/workflows/checks.yml', [
      [
        '     types: [opened, synchronize, labeled]',
        '-  pull_request:',
        '+  push:',
        '       - uses: acme/agent-pr-gate@v1'
      ]
    ])
    const section = file('.github/workflows/checks.yml', [
      {
        section: 'uses: acme/agent-pr-gate@v1',
        lines: ['-        mode: enforce', '+        mode: observe']
      }
    ])
    expect(gate([triggers])).toHaveLength(1)
    expect(gate([section])).toHaveLength(1)
  })

  it('blocks any change to a workflow file named after the gate', () => {
    const named = file('.github/workflows/agent-pr-gate.yml', [['-      fail-on-incomplete: true']])
    expect(gate([named])).toHaveLength(1)
  })

  it('fails closed on a workflow whose content the diff does not show', () => {
    const missing = file('.github/workflows/big.yml', [['-    runs-on: a', '+    runs-on: b']], {
      patchMissing: true
    })
    expect(gate([missing])[0]!.message).toMatch(/may run the gate/)
  })

  it('leaves a workflow renamed without changes alone: its content is what ran before', () => {
    const renamed = file('.github/workflows/b.yml', [], { oldPath: '.github/workflows/a.yml' })
    expect(gate([renamed])).toEqual([])
  })

  it('leaves other workflows to workflow-privilege', () => {
    const other = file('.github/workflows/test.yml', [
      [' steps:', '-  - run: npm test', '+  - run: npm ci && npm test']
    ])
    expect(gate([other])).toEqual([])
  })

  it('keeps the built-in gate files when the config replaces the gate globs', () => {
    const config = parseConfig('version: 1\nsensitive:\n  gate: [ops/gate/**]\n', 'test config')
    const findings = gate(
      [file('CODEOWNERS', [['+* @a']]), addedFile('ops/gate/policy.yml', ['mode: warn'])],
      config
    )
    expect(findings.map((f) => f.path)).toEqual(['CODEOWNERS', 'ops/gate/policy.yml'])
  })
})
