import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { locateJsonSyntaxError } from '../../src/validation/json-syntax.js'

function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('locateJsonSyntaxError', () => {
  it('points at the offending character with line and column', () => {
    expect(locateJsonSyntaxError('{\n  "a": 1,\n  "b" 2\n}')).toEqual({
      offset: 18,
      line: 3,
      column: 7,
      message: 'expected \':\' but found "2"'
    })
  })

  it('reports an early end and trailing text', () => {
    expect(locateJsonSyntaxError('{"a": [1, 2')?.message).toBe(
      "expected ',' or ']' but found the end of the text"
    )
    expect(locateJsonSyntaxError('{} {}')?.message).toContain('nothing more after the value')
  })

  it('names control characters instead of echoing them', () => {
    expect(locateJsonSyntaxError('"a\u0001"')?.message).toContain('U+0001')
  })

  it('survives nesting far deeper than the call stack', () => {
    expect(locateJsonSyntaxError('['.repeat(1_000_000))?.message).toContain('end of the text')
  })

  it('agrees with JSON.parse on arbitrary text', () => {
    const token = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"a"',
      '"\\u12"',
      '1',
      '-',
      '0.5e+',
      'true',
      'nul',
      ' ',
      '\n',
      '"\\q"',
      '"\u0001"'
    )
    const texts = fc.oneof(
      fc.string(),
      fc.array(token, { maxLength: 20 }).map((t) => t.join('')),
      fc.json()
    )
    fc.assert(
      fc.property(texts, (text) => {
        expect(locateJsonSyntaxError(text) === null).toBe(parses(text))
      }),
      { numRuns: 1000 }
    )
  })
})
