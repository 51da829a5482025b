/**
 * Where JSON text stops being JSON. JSON.parse's own messages differ between Node versions and
 * some carry no position, so the parse error is located here, with an iterative scanner that a
 * deeply nested input cannot overflow.
 */

export interface JsonSyntaxError {
  /** 0-based offset of the offending character (the text length for an early end). */
  offset: number
  line: number
  column: number
  /** What was expected there and what was found, in words. */
  message: string
}

type Expect =
  'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end'

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const HEX4 = /[0-9a-fA-F]{4}/y

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

function found(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the text'
  const code = text.charCodeAt(offset)
  return code < 0x20 || code === 0x7f
    ? `control character U+${code.toString(16).padStart(4, '0')}`
    : JSON.stringify(String.fromCodePoint(text.codePointAt(offset) ?? code))
}

/** Scans a string starting at the opening quote; returns the offset after it, or an error. */
function scanString(text: string, start: number): number | { offset: number; expected: string } {
  let i = start + 1
  while (i < text.length) {
    const char = text[i]
    if (char === '"') return i + 1
    if (char === '\\') {
      const next = text[i + 1]
      if (next === 'u') {
        HEX4.lastIndex = i + 2
        if (!HEX4.test(text)) return { offset: i, expected: 'four hex digits after \\u' }
        i += 6
      } else if (next !== undefined && ESCAPES.has(next)) {
        i += 2
      } else {
        return { offset: i, expected: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)' }
      }
    } else if (text.charCodeAt(i) < 0x20) {
      return { offset: i, expected: 'no raw control characters inside a string (escape them)' }
    } else {
      i++
    }
  }
  return { offset: text.length, expected: 'a closing quote' }
}

const EXPECTED_WORDS: Readonly<Record<Exclude<Expect, 'comma-or-close'>, string>> = {
  value: 'a value (object, list, string, number, true, false or null)',
  'value-or-close': "a value or ']'",
  key: 'a quoted key',
  'key-or-close': "a quoted key or '}'",
  colon: "':'",
  end: 'nothing more after the value'
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | null {
  const open: string[] = []
  let expect: Expect = 'value'
  let i = 0
  const fail = (offset: number, expected: string): JsonSyntaxError => ({
    offset,
    ...position(text, offset),
    message: `expected ${expected} but found ${found(text, offset)}`
  })
  const afterValue = (): Expect => (open.length === 0 ? 'end' : 'comma-or-close')
  const expected = (state: Expect): string =>
    state === 'comma-or-close'
      ? `',' or '${open[open.length - 1] === '{' ? '}' : ']'}'`
      : EXPECTED_WORDS[state]

  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++
    if (i >= text.length) return expect === 'end' ? null : fail(i, expected(expect))
    const char = text[i]
    switch (expect) {
      case 'value':
      case 'value-or-close': {
        if (char === ']' && expect === 'value-or-close') {
          open.pop()
          i++
          expect = afterValue()
        } else if (char === '{' || char === '[') {
          open.push(char)
          i++
          expect = char === '{' ? 'key-or-close' : 'value-or-close'
        } else if (char === '"') {
          const end = scanString(text, i)
          if (typeof end !== 'number') return fail(end.offset, end.expected)
          i = end
          expect = afterValue()
        } else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
          NUMBER.lastIndex = i
          if (!NUMBER.test(text)) return fail(i + 1, 'a digit')
          i = NUMBER.lastIndex
          expect = afterValue()
        } else {
          const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i))
          if (literal === undefined) return fail(i, EXPECTED_WORDS[expect])
          i += literal.length
          expect = afterValue()
        }
        break
      }
      case 'key':
      case 'key-or-close': {
        if (char === '}' && expect === 'key-or-close') {
          open.pop()
          i++
          expect = afterValue()
        } else if (char === '"') {
          const end = scanString(text, i)
          if (typeof end !== 'number') return fail(end.offset, end.expected)
          i = end
          expect = 'colon'
        } else {
          return fail(i, EXPECTED_WORDS[expect])
        }
        break
      }
      case 'colon':
        if (char !== ':') return fail(i, EXPECTED_WORDS.colon)
        i++
        expect = 'value'
        break
      case 'comma-or-close': {
        const top = open[open.length - 1]
        if (char === ',') {
          i++
          expect = top === '{' ? 'key' : 'value'
        } else if ((char === '}' && top === '{') || (char === ']' && top === '[')) {
          open.pop()
          i++
          expect = afterValue()
        } else {
          return fail(i, expected(expect))
        }
        break
      }
      case 'end':
        return fail(i, EXPECTED_WORDS.end)
    }
  }
}
