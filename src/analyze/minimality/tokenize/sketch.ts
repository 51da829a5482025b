import { LineSource } from '../../../packed-lines.js'
import { indentWidth, isWhiteSpace, WORD_HASH_PRIME, WORD_HASH_SEED, wordHash } from './types.js'
import type { Language } from './types.js'

/**
 * What one pass over a line's characters tells without building tokens: hashes of its code
 * words, its shape and its comment, for deciding which hunks need the tokenizer at all.
 */
export interface LineSketch {
  indent: number
  blank: boolean
  /**
   * Code words, numbers and string contents as a multiset hash (a sum), so that the same words
   * re-wrapped over other lines, re-quoted or re-spaced hash the same.
   */
  words: number
  /** Punctuation, numbers and strings, one placeholder per word (a multiset hash): a rename keeps it. */
  shape: number
  wordCount: number
  hasCode: boolean
  /** Words of the line's comment (a multiset hash). */
  comment: number
  commentWords: number
  /** A construct that may span lines (block comment, docstring, template, text block). */
  spans: boolean
  /** Python prose outside any visible docstring: the hunk may sit inside one. */
  prose: boolean
  /** Carries meaning on its own: a name or literal, or a sentence of comment. */
  significant: boolean
  /** Equal for lines equal modulo whitespace (a small integer, for fast maps); text decides. */
  moveKey: number
  /** Starts like an import (`import`, `from`, `export`, a `require`, a Go import spec). */
  importish: boolean
}

const WORD_PLACEHOLDER = 0x2545f491

/** Single words that carry no meaning alone: `else`, `return`, `break`... */
const TRIVIAL = new Set([
  'else',
  'try',
  'finally',
  'return',
  'break',
  'continue',
  'pass',
  'default',
  'end',
  'do',
  'begin',
  'then',
  'fi',
  'done'
])

const PYTHON_CODE_CHARS = /[=[\]{}<>+*/%@&|^~]/

/** Whether a line may open or continue a construct spanning lines (read for context lines). */
export function mayOpenSpan(text: string, language: Language): boolean {
  if (language === 'python') return text.includes('"""') || text.includes("'''")
  if (language !== 'javascript' && language !== 'typescript' && language !== 'go') {
    if (language !== 'java' && language !== 'c-family') return false
    if (language === 'java' && text.includes('"""')) return true
  } else if (text.includes('`')) return true
  if (text.trimStart().charCodeAt(0) === 42) return true
  for (let at = text.indexOf('*'); at >= 0; at = text.indexOf('*', at + 1)) {
    if (text.charCodeAt(at - 1) === 47 || text.charCodeAt(at + 1) === 47) return true
  }
  return false
}

/** `mayOpenSpan` for the line `text[start, end)`, reading it only when it holds a marker. */
export function mayOpenSpanAt(
  source: LineSource,
  start: number,
  end: number,
  language: Language
): boolean {
  return (
    spanMarkersWithin(source, start, end, language) &&
    mayOpenSpan(source.text.slice(start, end), language)
  )
}

/**
 * Whether `text[start, end)` holds any character sequence `mayOpenSpan` looks for: when it holds
 * none, none of its lines can open a span, and they need not be read one by one.
 */
export function spanMarkersWithin(
  source: LineSource,
  start: number,
  end: number,
  language: Language
): boolean {
  switch (language) {
    case 'python':
      return source.occursWithin('"""', start, end) || source.occursWithin("'''", start, end)
    case 'java':
      return source.occursWithin('"""', start, end) || source.occursWithin('*', start, end)
    case 'javascript':
    case 'typescript':
    case 'go':
      return source.occursWithin('`', start, end) || source.occursWithin('*', start, end)
    case 'c-family':
      return source.occursWithin('*', start, end)
    default:
      return false
  }
}

const SPACE = 1
const WORD = 2
const DIGIT = 3
const QUOTE = 4
const SLASH = 5
const HASH = 6
const BACKTICK = 7
const STAR = 8

/** Character classes by UTF-16 code unit: everything from 128 up is a word character. */
const CLASS = new Uint8Array(65536).fill(WORD)
for (let c = 0; c < 128; c++) {
  CLASS[c] = 0
  if (c === 32 || c === 9 || c === 11 || c === 12 || c === 13) CLASS[c] = SPACE
  else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36) CLASS[c] = WORD
  else if (c >= 48 && c <= 57) CLASS[c] = DIGIT
  else if (c === 34 || c === 39) CLASS[c] = QUOTE
  else if (c === 47) CLASS[c] = SLASH
  else if (c === 35) CLASS[c] = HASH
  else if (c === 96) CLASS[c] = BACKTICK
  else if (c === 42) CLASS[c] = STAR
}

/** A fixed pseudo-random value per ASCII character: punctuation's share of a shape hash. */
const PUNCT = new Int32Array(128)
for (let c = 0; c < 128; c++)
  PUNCT[c] = Math.imul(Math.imul(c + 1, 0x9e3779b1) ^ WORD_HASH_SEED, 0x85ebca6b)

/** A sketch to fill: reusing one per line of a hunk keeps the scan free of allocation. */
export function emptySketch(): LineSketch {
  return {
    indent: 0,
    blank: true,
    words: 0,
    shape: 0,
    wordCount: 0,
    hasCode: false,
    comment: 0,
    commentWords: 0,
    spans: false,
    prose: false,
    significant: false,
    moveKey: 0,
    importish: false
  }
}

export function sketchLine(
  text: string,
  language: Language,
  into: LineSketch = emptySketch()
): LineSketch {
  return sketchSpan(new LineSource(text), 0, text.length, language, into)
}

/** `sketchLine` for the line `text[start, end)`. */
export function sketchSpan(
  source: LineSource,
  start: number,
  end: number,
  language: Language,
  into: LineSketch = emptySketch()
): LineSketch {
  const text = source.text
  const n = end
  const cLike = language !== 'python' && language !== 'hash' && language !== 'text'
  const hashComments = language === 'python' || language === 'hash'
  const quotes = language !== 'text'
  const backticks = language === 'javascript' || language === 'typescript' || language === 'go'
  let i = start
  while (i < n && CLASS[text.charCodeAt(i)] === SPACE) i++
  const first = i
  const indent = i === start ? 0 : indentWidth(text, start, end)
  let words = 0
  let shape = 0
  let comment = 0
  let wordCount = 0
  let commentWords = 0
  let literals = 0
  let hasCode = false
  let spans = cLike && i < n && text.charCodeAt(i) === 42
  let firstWordStart = 0
  let firstWordEnd = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const kind = CLASS[c]
    if (kind === SPACE) {
      i++
      continue
    }
    if (
      (kind === SLASH && cLike && i + 1 < n && text.charCodeAt(i + 1) === 47) ||
      (kind === HASH && hashComments)
    ) {
      commentSketch(text, i + (kind === SLASH ? 2 : 1), n)
      comment = commentHash
      commentWords = commentCount
      break
    }
    hasCode = true
    if (kind === WORD || kind === DIGIT) {
      let j = i
      let word = WORD_HASH_SEED
      while (j < n) {
        const d = text.charCodeAt(j)
        // WORD or DIGIT, in one comparison
        if ((CLASS[d] - WORD) >>> 0 > 1) break
        // `wordHash` written out, as in the loops below: a cold run pays for a call per character.
        word = Math.imul(word ^ d, WORD_HASH_PRIME)
        j++
      }
      words = (words + word) | 0
      if (kind === DIGIT) {
        literals++
        shape = (shape + word) | 0
      } else {
        wordCount++
        shape = (shape + WORD_PLACEHOLDER) | 0
        if (wordCount === 1) {
          firstWordStart = i
          firstWordEnd = j
        }
      }
      i = j
      continue
    }
    if (kind === QUOTE && quotes) {
      if (i + 2 < n && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) spans = true
      let j = i + 1
      let literal = wordHash(WORD_HASH_SEED, 1)
      while (j < n) {
        const d = text.charCodeAt(j)
        if (d === c) break
        if (d === 92) {
          literal = wordHash(literal, j + 1 < n ? text.charCodeAt(j + 1) : NaN)
          j += 2
        } else {
          literal = Math.imul(literal ^ d, WORD_HASH_PRIME)
          j++
        }
      }
      words = (words + literal) | 0
      shape = (shape + literal) | 0
      literals++
      i = j + 1
      continue
    }
    if (
      cLike &&
      i + 1 < n &&
      ((kind === SLASH && text.charCodeAt(i + 1) === 42) ||
        (kind === STAR && text.charCodeAt(i + 1) === 47))
    ) {
      spans = true
    }
    if (kind === BACKTICK && backticks) spans = true
    shape = (shape + PUNCT[c & 127]) | 0
    i++
  }
  const significant = hasCode
    ? literals > 0 ||
      wordCount >= 2 ||
      (wordCount === 1 && !TRIVIAL.has(text.slice(firstWordStart, firstWordEnd)))
    : commentWords >= 3
  const prose =
    language === 'python' &&
    wordCount >= 4 &&
    literals === 0 &&
    !PYTHON_CODE_CHARS.test(text.slice(start, end)) &&
    !endsWithAfterSpace(text, start, end, 58)
  into.indent = indent
  into.blank = first === n
  into.words = words
  into.shape = shape
  into.wordCount = wordCount
  into.hasCode = hasCode
  into.comment = comment
  into.commentWords = commentWords
  into.spans = spans
  into.prose = prose
  into.significant = significant
  into.moveKey = (words + Math.imul(shape, 31) + Math.imul(comment, 17)) & 0x3fffffff
  into.importish = hasCode && startsLikeImport(source, first, end, language)
  return into
}

function startsLikeImport(
  source: LineSource,
  first: number,
  end: number,
  language: Language
): boolean {
  const text = source.text
  // i(mport), f(rom), e(xport) start an import; c(onst), l(et), v(ar) may hold a `require`.
  switch (text.charCodeAt(first)) {
    case 105:
      if (startsWithin(text, 'import', first, end)) return true
      break
    case 102:
      if (startsWithin(text, 'from', first, end)) return true
      break
    case 101:
      if (startsWithin(text, 'export', first, end)) return true
      break
    case 99:
      if (startsWithin(text, 'const', first, end)) return source.occursWithin('require', first, end)
      break
    case 108:
      if (startsWithin(text, 'let', first, end)) return source.occursWithin('require', first, end)
      break
    case 118:
      if (startsWithin(text, 'var', first, end)) return source.occursWithin('require', first, end)
      break
    // u(se), p(ub use): a Rust use declaration.
    case 117:
      if (language === 'c-family' && startsWithin(text, 'use', first, end)) return true
      break
    case 112:
      if (language === 'c-family' && startsWithin(text, 'pub', first, end))
        return source.occursWithin('use', first, end)
      break
  }
  return language === 'go' && endsWithAfterSpace(text, first, end, 34)
}

function startsWithin(text: string, word: string, at: number, end: number): boolean {
  return at + word.length <= end && text.startsWith(word, at)
}

/** Whether `text[start, end)` with trailing white space taken off ends with the character `c`. */
function endsWithAfterSpace(text: string, start: number, end: number, c: number): boolean {
  let last = end - 1
  while (last >= start && isWhiteSpace(text.charCodeAt(last))) last--
  return last >= start && text.charCodeAt(last) === c
}

let commentHash = 0
let commentCount = 0

/** A comment's words as a multiset hash, from `from` to `end`, the line's end (into module state). */
function commentSketch(text: string, from: number, end: number): void {
  let hash = 0
  let words = 0
  let word = 0
  let inWord = false
  for (let j = from; j < end; j++) {
    const d = text.charCodeAt(j)
    if (CLASS[d] === SPACE) {
      if (inWord) hash = (hash + word) | 0
      inWord = false
      continue
    }
    if (!inWord) {
      words++
      word = WORD_HASH_SEED
      inWord = true
    }
    word = Math.imul(word ^ d, WORD_HASH_PRIME)
  }
  if (inWord) hash = (hash + word) | 0
  commentHash = hash
  commentCount = words
}
