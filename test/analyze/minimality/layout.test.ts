import { describe, expect, it } from '@jest/globals'
import { layoutFree, layoutFreeStream } from '../../../src/analyze/minimality/layout.js'
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
