import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  layoutFree,
  layoutFreeStream,
  mayBeSameLayout,
  sameStream
} from '../../../src/analyze/minimality/layout.js'
import type { StreamLine } from '../../../src/analyze/minimality/layout.js'
import { tokenizerFor } from '../../../src/analyze/minimality/tokenize/index.js'
import type { Language } from '../../../src/analyze/minimality/tokenize/types.js'

function streamLines(language: Language, source: string): StreamLine[] {
  return tokenizerFor(language)(source.split('\n')).map((tok) => ({ tok, level: -1 }))
}

describe('layoutFree', () => {
  it('drops statement semicolons, trailing commas and redundant parentheses', () => {
    const lines = streamLines('typescript', 'x = (a + b)\nf({ k: 1, },);\nfor (;;) g()')
    expect(layoutFree(lines, 'typescript')).toEqual([
      'wx',
      'p=',
      'wa',
      'p+',
      'wb',
      'wf',
      'p(',
      'p{',
      'wk',
      'p:',
      'n1',
      'p}',
      'p)',
      'kfor',
      'p(',
      'p;',
      'p;',
      'p)',
      'wg',
      'p(',
      'p)'
    ])
  })

  it('says which line each kept key comes from', () => {
    const lines = streamLines('javascript', 'call(\n  a,\n)\n')
    const { keys, lineOf } = layoutFreeStream(lines, 'javascript')
    expect(keys).toEqual(['wcall', 'p(', 'wa', 'p)'])
    expect([...lineOf]).toEqual([0, 0, 1, 2])
  })

  it('reads a stream too long for its kept buffers as it reads a short one', () => {
    // 5,000 lines of 16 tokens: past the 65,536 tokens its kept buffers hold.
    const one = streamLines('javascript', "x = (a['k'], { 'k': 1, });")
    const many = Array.from({ length: 5_000 }, () => one[0])
    const short = layoutFreeStream(one, 'javascript')
    const long = layoutFreeStream(many, 'javascript')
    expect(long.keys.length).toBe(5_000 * short.keys.length)
    expect(long.keys.slice(-short.keys.length)).toEqual(short.keys)
    expect(long.keys.slice(0, short.keys.length)).toEqual(short.keys)
    expect(long.lineOf[long.lineOf.length - 1]).toBe(4_999)
    // A short call after the long one still reads from clean buffers.
    expect(layoutFreeStream(one, 'javascript')).toEqual(short)
  })
})

describe('mayBeSameLayout', () => {
  const lines = (language: Language, source: string) => streamLines(language, source)

  it('tells code changes apart without building the streams', () => {
    const js = (source: string) => lines('javascript', source)
    expect(mayBeSameLayout(js('x = (a)\nf(1, 2,);'), js('x = a\nf(1, 2)'))).toBe(true)
    expect(mayBeSameLayout(js("o = { 'k': 1 }"), js('o = { "k": 1, }'))).toBe(true)
    expect(mayBeSameLayout(js('f(a)'), js('f(b)'))).toBe(false)
    expect(mayBeSameLayout(js('f(a)'), js('f(a, b)'))).toBe(false)
    const python = (source: string, level: number) =>
      lines('python', source).map((line) => ({ ...line, level }))
    expect(mayBeSameLayout(python('a(x)', 1), python('a(x)', 2))).toBe(false)
  })

  it('never says no to two runs whose layout-free streams are equal', () => {
    const PIECES = ['a', 'b', '(', ')', ',', ';', '{', '}', '[', ']', "'k'", 'k', ':', '=', '.']
    const source = fc
      .array(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), { minLength: 1, maxLength: 4 })
      .map((rows) => rows.map((row) => row.join(' ')).join('\n'))
    fc.assert(
      fc.property(
        fc.constantFrom<Language>('javascript', 'python', 'go', 'text'),
        source,
        source,
        (language, before, after) => {
          const a = lines(language, before)
          const b = lines(language, after)
          if (sameStream(layoutFree(a, language), layoutFree(b, language))) {
            expect(mayBeSameLayout(a, b)).toBe(true)
          }
          expect(mayBeSameLayout(a, a)).toBe(true)
        }
      ),
      { numRuns: 3000 }
    )
  })
})
