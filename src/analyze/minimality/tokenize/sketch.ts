import { indentWidth, isDigit, isWordPart, isWordStart } from './types.js'
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
}

const FNV = 0x811c9dc5
const WORD_PLACEHOLDER = 0x2545f491

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193)
}

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
  switch (language) {
    case 'python':
      return text.includes('"""') || text.includes("'''")
    case 'javascript':
    case 'typescript':
    case 'go':
      return text.includes('/*') || text.includes('*/') || text.includes('`') || /^\s*\*/.test(text)
    case 'java':
      return (
        text.includes('/*') || text.includes('*/') || text.includes('"""') || /^\s*\*/.test(text)
      )
    case 'c-family':
      return text.includes('/*') || text.includes('*/') || /^\s*\*/.test(text)
    default:
      return false
  }
}

export function sketchLine(text: string, language: Language): LineSketch {
  const n = text.length
  const cLike = language !== 'python' && language !== 'hash' && language !== 'text'
  const hashComments = language === 'python' || language === 'hash'
  const quotes = language !== 'text'
  let i = 0
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++
  const indent = i === 0 ? 0 : indentWidth(text)
  let words = 0
  let shape = 0
  let comment = 0
  let wordCount = 0
  let commentWords = 0
  let literals = 0
  let hasCode = false
  let spans = false
  let firstWordStart = 0
  let firstWordEnd = 0
  const first = i
  if (cLike && text.charCodeAt(i) === 42) spans = true
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 9) {
      i++
      continue
    }
    const next = text.charCodeAt(i + 1)
    const lineComment = cLike ? c === 47 && next === 47 : hashComments && c === 35
    if (lineComment) {
      let inWord = false
      let word = 0
      for (let j = i; j < n; j++) {
        const d = text.charCodeAt(j)
        if (d === 32 || d === 9) {
          inWord = false
          continue
        }
        if (j < i + (cLike ? 2 : 1)) continue
        if (!inWord) {
          commentWords++
          comment = (comment + word) | 0
          word = FNV
          inWord = true
        }
        word = mix(word, d)
      }
      comment = (comment + word) | 0
      break
    }
    hasCode = true
    if (cLike && ((c === 47 && next === 42) || (c === 42 && next === 47))) spans = true
    if (c === 96 && (language === 'javascript' || language === 'typescript' || language === 'go')) {
      spans = true
    }
    if (quotes && (c === 34 || c === 39)) {
      if (text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) spans = true
      let j = i + 1
      let literal = mix(FNV, 1)
      while (j < n && text.charCodeAt(j) !== c) {
        const d = text.charCodeAt(j)
        if (d === 92) {
          literal = mix(literal, text.charCodeAt(j + 1))
          j += 2
          continue
        }
        literal = mix(literal, d)
        j++
      }
      words = (words + literal) | 0
      shape = (shape + literal) | 0
      literals++
      i = j + 1
      continue
    }
    if (isWordStart(c) || isDigit(c)) {
      let j = i
      let word = FNV
      while (j < n && isWordPart(text.charCodeAt(j))) {
        const d = text.charCodeAt(j)
        word = mix(word, d)
        j++
      }
      words = (words + word) | 0
      if (isDigit(c)) {
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
    shape = (shape + mix(FNV, c)) | 0
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
    !PYTHON_CODE_CHARS.test(text) &&
    !text.trimEnd().endsWith(':')
  return {
    indent,
    blank: first === n,
    words,
    shape,
    wordCount,
    hasCode,
    comment,
    commentWords,
    spans,
    prose,
    significant
  }
}
