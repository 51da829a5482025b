import { describe, expect, it } from '@jest/globals'
import { applyLevels } from '../../../src/analyze/index.js'
import type { AnalysisInput } from '../../../src/analyze/family.js'
import {
  lowMinimalityDetector,
  minimalityDetectors,
  scoreMinimality
} from '../../../src/analyze/minimality/index.js'
import type { Finding, MinimalityScore } from '../../../src/model.js'
import { diffOf, inputOf } from './diff-of.js'
import type { FileChange, InputOptions } from './diff-of.js'

/** low-minimality as the registry reports it: detected from the score, then levelled. */
function lowMinimalityFinding(input: AnalysisInput, score: MinimalityScore): Finding | null {
  return applyLevels(lowMinimalityDetector.detect(input, score), input)[0] ?? null
}

function scored(changes: readonly FileChange[], options?: InputOptions, extra: Finding[] = []) {
  const input = inputOf(diffOf(changes), options)
  const result = minimalityDetectors.detect(input)
  return { input, result, score: scoreMinimality(input, [...result.findings, ...extra]) }
}

const fix = {
  path: 'src/page.ts',
  before: 'export const pages = (n: number, size: number) => Math.floor(n / size)\n',
  after: 'export const pages = (n: number, size: number) => Math.ceil(n / size)\n'
}
const prettier = {
  path: 'src/util.ts',
  before: "export const a = 'x';\nexport const b = 'y';\nexport const c = 'z';\n",
  after: 'export const a = "x"\nexport const b = "y"\nexport const c = "z"\n'
}

describe('scoreMinimality', () => {
  it('scores an empty change 100 and says why', () => {
    const { score } = scored([])
    expect(score).toEqual({
      value: 100,
      components: [{ name: 'essential', lines: 0, explain: 'No changed lines: nothing to score.' }]
    })
  })

  it('scores a focused fix 100, and a pure reformat as the formatting task it is', () => {
    expect(scored([fix]).score.value).toBe(100)
    const { input, score } = scored([prettier])
    expect(score.value).toBe(100)
    expect(score.components).toEqual([
      expect.objectContaining({ name: 'essential', lines: 0 }),
      expect.objectContaining({ name: 'requested refactors', lines: 6 })
    ])
    expect(lowMinimalityFinding(input, score)).toBeNull()
  })

  it('scores a fix mixed with noise by the share of essential lines', () => {
    const { score } = scored([fix, prettier])
    expect(score.value).toBe(25)
  })

  it('counts a line claimed by out-of-scope and by a refactor finding once', () => {
    const outOfScope: Finding = {
      rule: 'out-of-scope',
      severity: 'block',
      message: 'outside',
      path: 'src/util.ts',
      lines: 6
    }
    const { score } = scored([fix, prettier], {}, [outOfScope])
    expect(score.value).toBe(25)
    expect(score.components.map((c) => [c.name, c.lines])).toEqual([
      ['essential', 2],
      ['out of scope', 6]
    ])
  })

  it('counts refactors the task allows as essential', () => {
    const { score, result } = scored([fix, prettier], { allow: ['format'] })
    expect(result.findings.every((f) => f.severity === 'info')).toBe(true)
    expect(score.value).toBe(100)
    expect(score.components.map((c) => c.name)).toEqual(['essential', 'requested refactors'])
  })

  it('leaves a lockfile that follows its manifest out of the score', () => {
    const manifest = { path: 'package.json', before: '{ "a": "1" }\n', after: '{ "a": "2" }\n' }
    const lock = {
      path: 'package-lock.json',
      before: '{\n  "a": "1.0.0"\n}\n',
      after: '{\n  "a": "2.0.0"\n}\n'
    }
    const { score, result } = scored([manifest, lock])
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'generated-churn',
        severity: 'info',
        evidence: { kind: 'lockfile', source: 'package.json', expected: true }
      })
    ])
    expect(score.value).toBe(100)
    expect(score.components.at(-1)).toMatchObject({ name: 'generated, not scored', lines: 2 })
  })
})

describe('low-minimality', () => {
  const score = (value: number) => ({
    value,
    components: [{ name: 'format', lines: 9, explain: '' }]
  })

  it('warns below warn_below and blocks below block_below', () => {
    const input = inputOf('')
    expect(lowMinimalityFinding(input, score(85))).toBeNull()
    expect(lowMinimalityFinding(input, score(70))).toMatchObject({
      rule: 'low-minimality',
      severity: 'warn'
    })
    expect(lowMinimalityFinding(input, score(30))).toMatchObject({
      severity: 'block',
      message: 'Minimality score 30 is below 50: the largest noise is format (9 lines).'
    })
  })

  it('follows the configured level: off drops it, warn caps it', () => {
    expect(
      lowMinimalityFinding(
        inputOf('', { config: { rules: { 'low-minimality': 'off' } } }),
        score(10)
      )
    ).toBeNull()
    expect(
      lowMinimalityFinding(
        inputOf('', { config: { rules: { 'low-minimality': 'warn' } } }),
        score(10)
      )
    ).toMatchObject({ severity: 'warn' })
  })

  it('never raises it: block configured still only warns between the thresholds', () => {
    const at = (level: 'block' | 'info', value: number) =>
      lowMinimalityFinding(
        inputOf('', { config: { rules: { 'low-minimality': level } } }),
        score(value)
      )?.severity
    expect(at('block', 70)).toBe('warn')
    expect(at('block', 30)).toBe('block')
    expect(at('info', 30)).toBe('info')
  })
})
