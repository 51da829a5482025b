import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { minimalityDetectors, scoreMinimality } from '../../../src/analyze/minimality/index.js'
import { diffOf, inputOf } from './diff-of.js'

const LINES = [
  'export function total(items) {',
  '  let sum = 0',
  "  for (const item of items) sum += item.price // 'each'",
  '  return sum',
  '}',
  '',
  "import { a } from './a'",
  '/** Docs for the next function. */',
  '  if (sum > limit) throw new Error("over")',
  '    const value = compute(a, b)',
  '  value.push({ key: `k${a}` })'
]

const program = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 30 })
const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('drop', 'dup', 'swap', 'indent', 'quote')
})

function apply(lines: string[], edits: { at: number; kind: string }[]): string[] {
  const out = [...lines]
  for (const { at, kind } of edits) {
    const i = at % out.length
    if (kind === 'drop' && out.length > 1) out.splice(i, 1)
    else if (kind === 'dup') out.splice(i, 0, out[i])
    else if (kind === 'swap' && i + 1 < out.length) [out[i], out[i + 1]] = [out[i + 1], out[i]]
    else if (kind === 'indent') out[i] = `  ${out[i]}`
    else if (kind === 'quote') out[i] = out[i].replace(/'/g, '"')
  }
  return out
}

describe('minimality invariants on random edits', () => {
  it('never counts a changed line twice and keeps the score in range', () => {
    fc.assert(
      fc.property(program, fc.array(edit, { maxLength: 6 }), program, (before, edits, other) => {
        const after = apply(before, edits)
        const text = diffOf([
          { path: 'src/a.ts', before: before.join('\n') + '\n', after: after.join('\n') + '\n' },
          { path: 'src/b.ts', before: other.join('\n') + '\n' },
          { path: 'src/c.ts', after: before.slice(0, 8).join('\n') + '\n' }
        ])
        const input = inputOf(text)
        const { findings } = minimalityDetectors.detect(input)
        const changed = input.changeSet.files.reduce((n, f) => n + f.additions + f.deletions, 0)
        const claimed = findings.reduce((n, f) => n + (f.lines ?? 0), 0)
        expect(claimed).toBeLessThanOrEqual(
          changed + findings.filter((f) => f.rule === 'file-rename').length
        )
        const score = scoreMinimality(input, findings)
        expect(score.value).toBeGreaterThanOrEqual(0)
        expect(score.value).toBeLessThanOrEqual(100)
        const renamed = findings.filter((f) => f.rule === 'file-rename').length
        expect(score.components.reduce((n, c) => n + c.lines, 0)).toBe(changed + renamed)
      }),
      { numRuns: 200 }
    )
  })
})
