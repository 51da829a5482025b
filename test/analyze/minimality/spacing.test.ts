import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { equalButSpace, squeeze, squeezedEqual } from '../../../src/analyze/minimality/spacing.js'
import { isWhiteSpace } from '../../../src/analyze/minimality/tokenize/types.js'

/** Every whitespace a regex's `\s` matches, beside characters that look alike but are not. */
const PIECES = [
  'a',
  '\u0001',
  '\u007f',
  'b',
  'ab',
  '.',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u200b',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u0085',
  'é'
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''))

describe('whitespace compared in place', () => {
  it('reads whitespace exactly as the regex `\\s` does, for every UTF-16 unit', () => {
    const wrong: number[] = []
    for (let c = 0; c <= 0xffff; c++) {
      if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c)
    }
    expect(wrong).toEqual([])
  })

  it('squeezedEqual answers as comparing the squeezed strings does', () => {
    fc.assert(
      fc.property(text, text, (x, y) => {
        expect(squeezedEqual(x, y)).toBe(squeeze(x) === squeeze(y))
      }),
      { numRuns: 5000 }
    )
    expect(squeezedEqual('  a \t b ', 'a b')).toBe(true)
    expect(squeezedEqual('a b', 'ab')).toBe(false)
    expect(squeezedEqual('a ', 'a b')).toBe(false)
  })

  it('equalButSpace answers as comparing the texts stripped of whitespace does', () => {
    fc.assert(
      fc.property(text, text, (x, y) => {
        expect(equalButSpace(x, y)).toBe(x.replace(/\s+/g, '') === y.replace(/\s+/g, ''))
      }),
      { numRuns: 5000 }
    )
    expect(equalButSpace('a b\u3000c', 'abc')).toBe(true)
    // Parts of longer texts (lines where they sit in a hunk's text) compare as the parts alone.
    fc.assert(
      fc.property(text, text, text, text, (x, y, around, other) => {
        const xs = `${around}\n${x}\n${other}`
        const ys = `${other}+${y}\n`
        const start = around.length + 1
        expect(
          equalButSpace(xs, ys, start, start + x.length, other.length + 1, ys.length - 1)
        ).toBe(equalButSpace(x, y))
      }),
      { numRuns: 3000 }
    )
    expect(equalButSpace('a b', 'a c')).toBe(false)
  })
})
