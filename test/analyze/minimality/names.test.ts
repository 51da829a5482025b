import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseUnifiedDiff } from '../../../src/collect/diff-text.js'
import type { Hunk } from '../../../src/model.js'
import {
  containsWord,
  eachName,
  identifierShaped,
  keptLineNames
} from '../../../src/analyze/minimality/names.js'
import { packedOf } from '../../../src/packed-lines.js'

/** Pieces that make whole names, names inside longer ones, and every kind of boundary. */
const PIECES = ['foo', 'fooBar', 'xfoo', 'foo1', '1foo', '$foo', 'é', ' ', '.', '\t', '"', 'a', '_']
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''))
const kind = fc.constantFrom('+', '-', ' ')

/** The names of a text as a plain split would give them (runs of word characters, no digit first). */
function namesBySplit(text: string): string[] {
  return (text.match(/[A-Za-z0-9_$\u0080-\uffff]+/g) ?? []).filter((run) => !/^[0-9]/.test(run))
}

/** A one-file diff of the lines (with their kinds), in as many hunks as `cuts` asks. */
function hunksOf(lines: readonly [string, string][], cuts: number): readonly Hunk[] {
  const size = Math.max(1, Math.ceil(lines.length / Math.max(1, cuts)))
  const out = ['diff --git a/f.ts b/f.ts', '--- a/f.ts', '+++ b/f.ts']
  let old = 1
  let next = 1
  for (let h = 0; h < lines.length; h += size) {
    const part = lines.slice(h, h + size)
    const olds = part.filter(([k]) => k !== '+').length
    const news = part.filter(([k]) => k !== '-').length
    out.push(`@@ -${old},${olds} +${next},${news} @@`)
    for (const [k, text] of part) out.push(k + text)
    old += olds + 5
    next += news + 5
  }
  const { files, problems } = parseUnifiedDiff(out.join('\n') + '\n')
  expect(problems).toEqual([])
  return files[0]?.hunks ?? []
}

describe('names read in place', () => {
  it('eachName visits the names a plain split finds, in order', () => {
    fc.assert(
      fc.property(line, (text) => {
        const seen: string[] = []
        eachName(text, (name, from, to) => {
          expect(text.slice(from, to)).toBe(name)
          seen.push(name)
        })
        expect(seen).toEqual(namesBySplit(text))
      }),
      { numRuns: 2000 }
    )
  })

  it('an identifier-shaped name is in a line exactly when one of its names is it', () => {
    fc.assert(
      fc.property(line, fc.constantFrom('foo', 'fooBar', '$foo', 'é'), (text, name) => {
        expect(identifierShaped(name)).toBe(true)
        expect(containsWord(text, name)).toBe(namesBySplit(text).includes(name))
      }),
      { numRuns: 2000 }
    )
    expect(identifierShaped('1foo')).toBe(false)
    expect(identifierShaped('a-b')).toBe(false)
  })

  it('keptLineNames answers as reading each kept line of the hunk does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(kind, line), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('foo', 'fooBar', 'o', 'foo.foo'),
        (lines, cuts, word) => {
          for (const hunk of hunksOf(lines, cuts)) {
            const expected = hunk.lines.some(
              (l) => l.kind !== 'del' && containsWord(l.content, word)
            )
            expect(keptLineNames(packedOf(hunk), word)).toBe(expected)
            // A hunk made as plain objects is packed apart, over its own text.
            const plain = packedOf({ ...hunk, lines: [...hunk.lines] })
            expect(keptLineNames(plain, word)).toBe(expected)
          }
        }
      ),
      { numRuns: 1000 }
    )
  })
})
