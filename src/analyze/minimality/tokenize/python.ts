import { numberEnd, operatorTokenAt, pairsOf, quotedEnd } from './c-family.js'
import {
  commentWords,
  commentWordsIn,
  indentWidth,
  isDigit,
  isWhiteSpace,
  isWordStart,
  MAX_TOKENIZED_LINE,
  opaqueLine,
  unescapeQuotes,
  OUT_OF_LINE,
  WORD_HASH_PRIME,
  WORD_HASH_SEED,
  WORD_PART,
  wordHash,
  WordTable
} from './types.js'
import type { SideTokenizer, Token, TokenizedLine } from './types.js'

const KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except ' +
    'finally for from global if import in is lambda nonlocal not or pass raise return try ' +
    'while with yield'
  ).split(' ')
)

const OPERATORS = new Set(
  '**= //= >>= <<= -> := == != <= >= ** // << >> += -= *= /= %= &= |= ^= @='.split(' ')
)

/** `OPERATORS` by their first two characters, for `operatorAt`. */
const OPERATOR_PAIRS = pairsOf(OPERATORS)

const PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf'])

interface OpenString {
  quote: string
  prefix: string
  /** Began a statement: if nothing follows it, it is a docstring (a no-op), read as comment. */
  statement: boolean
  fragments: { line: TokenizedLine; text: string }[]
}

interface PyState {
  open: OpenString | null
  depth: number
  continued: boolean
  /** Adjacent plain words (`the value is`): prose read as code, a sign the side began in a docstring. */
  prose: number
  /** Closers with no opener in the side: its lines before them sit inside an opener above it. */
  unmatched: number
}

/** Python: `#` comments, prefixed and triple-quoted strings, docstrings, logical lines. */
export const pythonTokenizer: SideTokenizer = (lines) => {
  const inside = openedAbove(lines)
  if (inside !== null) return scanSide(lines, inside).lines
  const asCode = scanSide(lines, null)
  if (asCode.prose < 2) return asCode.lines
  const quote =
    lines.join('\n').includes("'''") && !lines.join('\n').includes('"""') ? "'''" : '"""'
  const asDocstring = scanSide(lines, { quote, prefix: '', statement: true, fragments: [] })
  return asDocstring.prose < asCode.prose ? asDocstring.lines : asCode.lines
}

/** A line with no prose (adjacent plain words) and a keyword or an operator: a statement. */
function readsAsCode(text: string): boolean {
  const st: PyState = { open: null, depth: 0, continued: false, prose: 0, unmatched: 0 }
  const line = scanLine(text, st)
  return (
    st.prose === 0 &&
    st.open === null &&
    line.tokens.some(
      (t) => t.kind === 'keyword' || (t.kind === 'punct' && t.text !== '.' && t.text !== ',')
    )
  )
}

/** Scan bound: a side with more triple quotes than this is read from code as before. */
const MAX_QUOTES = 64

/**
 * The docstring a side begins inside of: its lines hold an odd number of one kind of triple
 * quote and the first one closes a string, ending a line of text (`text."""`) or standing alone
 * before a blank line or a statement (an opening one is followed by the summary line).
 */
function openedAbove(lines: readonly string[]): OpenString | null {
  for (const quote of ['"""', "'''"]) {
    let count = 0
    let first = -1
    for (let k = 0; k < lines.length && count <= MAX_QUOTES; k++) {
      for (let at = lines[k].indexOf(quote); at >= 0; at = lines[k].indexOf(quote, at + 3))
        if (count++ === 0) first = k
    }
    if (count % 2 === 0 || count > MAX_QUOTES) continue
    const text = lines[first].trim()
    const next = lines[first + 1]?.trim()
    const closes =
      text === quote
        ? next !== undefined && (next === '' || readsAsCode(next))
        : text.indexOf(quote) === text.length - 3 && /[\w.!?)`]$/.test(text.slice(0, -3))
    return closes ? { quote, prefix: '', statement: true, fragments: [] } : null
  }
  return null
}

function scanSide(
  lines: readonly string[],
  open: OpenString | null
): { lines: TokenizedLine[]; prose: number } {
  const state: PyState = { open, depth: 0, continued: false, prose: 0, unmatched: 0 }
  const closedLater: number[] = []
  // A long line leaves the scan state as it found it (see MAX_TOKENIZED_LINE).
  const out = lines.map((text) => {
    closedLater.push(state.unmatched)
    return text.length > MAX_TOKENIZED_LINE ? opaqueLine(text) : scanLine(text, state)
  })
  // Lines before a closer whose opener is above the side continue that bracket's statement.
  out.forEach((line, k) => {
    if (closedLater[k] < state.unmatched) line.statementStart = false
  })
  // A docstring still open where the hunk ends is a docstring all the same.
  if (state.open?.statement) demoteToComment(state.open)
  return { lines: out, prose: state.prose }
}

function scanLine(text: string, st: PyState): TokenizedLine {
  const line: TokenizedLine = {
    tokens: [],
    comment: '',
    indent: indentWidth(text),
    statementStart: st.open === null && st.depth === 0 && !st.continued && !isBlankText(text)
  }
  let hashAt = -1
  let i = 0
  const n = text.length
  // Where a trailing `\\` continues the line: measured once, not per backslash.
  let lastCode = n - 1
  while (lastCode >= 0 && isWhiteSpace(text.charCodeAt(lastCode))) lastCode--
  st.continued = false
  while (i < n) {
    if (st.open !== null) {
      i = continueString(text, i, st.open, line)
      if (i < 0) break
      const closed = st.open
      st.open = null
      if (closed.statement && restIsBlank(text, i)) demoteToComment(closed)
      continue
    }
    const c = text.charCodeAt(i)
    if (c === 32 || c === 9 || c === 12) {
      i++
      continue
    }
    if (c === 35) {
      hashAt = i
      break
    }
    if (c === 92 && i === lastCode) {
      st.continued = true
      break
    }
    const atStatement = line.statementStart && line.tokens.length === 0
    if (isWordStart(c)) {
      let hash = wordHash(WORD_HASH_SEED, c)
      let j = i + 1
      // A table read and the hash step written out: two calls per character cost a cold run.
      while (j < n) {
        const d = text.charCodeAt(j)
        if (WORD_PART[d] === 0) break
        hash = Math.imul(hash ^ d, WORD_HASH_PRIME)
        j++
      }
      // Read past the end, `charCodeAt` costs the optimized scan its code (see OUT_OF_LINE).
      const q = j < n ? text.charCodeAt(j) : OUT_OF_LINE
      if ((q === 34 || q === 39) && j - i <= 2) {
        const word = text.slice(i, j)
        if (PREFIXES.has(word.toLowerCase())) {
          i = openString(text, j, word, atStatement, st, line)
          continue
        }
      }
      const token = (words ??= new WordTable(KEYWORDS)).token(text, i, j, hash)
      const previous = line.tokens[line.tokens.length - 1]
      if (token.kind !== 'keyword' && previous?.kind === 'word' && st.depth === 0) st.prose++
      line.tokens.push(token)
      i = j
      continue
    }
    if (isDigit(c) || (c === 46 && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) {
      const j = numberEnd(text, i)
      line.tokens.push({ kind: 'number', text: text.slice(i, j).toLowerCase(), key: undefined })
      i = j
      continue
    }
    if (c === 34 || c === 39) {
      i = openString(text, i, '', atStatement, st, line)
      continue
    }
    if (c === 40 || c === 91 || c === 123) st.depth++
    else if (c === 41 || c === 93 || c === 125) {
      if (st.depth > 0) st.depth--
      else st.unmatched++
    }
    const op = operatorTokenAt(text, i, OPERATORS, OPERATOR_PAIRS)
    line.tokens.push(op)
    i += op.text.length
  }
  if (line.comment === '') line.comment = hashAt < 0 ? '' : commentWordsIn(text, hashAt + 1, n)
  else if (hashAt >= 0) line.comment = commentWords(line.comment + ' ' + text.slice(hashAt + 1))
  return line
}

/** Python's words and keywords, made on first use. */
let words: WordTable | undefined

/** Nothing but white space (`text.trim() === ''` without the copy). */
function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // Indentation without a call per character: every line is asked, in a cold run.
    if (c !== 32 && c !== 9 && !isWhiteSpace(c)) return false
  }
  return true
}

/** Opens a string at the quote `at`; returns where scanning resumes. */
function openString(
  text: string,
  at: number,
  rawPrefix: string,
  atStatement: boolean,
  st: PyState,
  line: TokenizedLine
): number {
  // Most strings have no prefix: no array and no sort for them.
  const prefix =
    rawPrefix === '' ? '' : [...rawPrefix.toLowerCase().replace('u', '')].sort().join('')
  const triple = text.slice(at, at + 3)
  const open: OpenString = {
    quote: triple === '"""' || triple === "'''" ? triple : text[at],
    prefix,
    statement: atStatement,
    fragments: []
  }
  const resume = continueString(text, at + open.quote.length, open, line)
  if (resume < 0) {
    if (open.quote.length === 3) st.open = open
    return text.length
  }
  if (open.statement && restIsBlank(text, resume)) demoteToComment(open)
  return resume
}

/** Adds the string's fragment on this line; returns the index after the close, or -1. */
function continueString(text: string, from: number, open: OpenString, line: TokenizedLine): number {
  const raw = open.prefix.includes('r')
  let end = -1
  if (open.quote.length === 1) {
    const close = raw
      ? text.indexOf(open.quote, from)
      : quotedEnd(text, from - 1, open.quote.charCodeAt(0))
    end = close >= 0 && close < text.length ? close : -1
  } else {
    let j = from
    while (j < text.length) {
      if (text[j] === '\\' && !raw) j += 2
      else if (text.startsWith(open.quote, j)) {
        end = j
        break
      } else j++
    }
  }
  const content = text.slice(from, end < 0 ? text.length : end)
  const token: Token = {
    kind: 'string',
    text: 'S' + open.prefix + ':' + unescapeQuotes(content),
    key: undefined
  }
  line.tokens.push(token)
  open.fragments.push({ line, text: content })
  return end < 0 ? (open.quote.length === 1 ? text.length : -1) : end + open.quote.length
}

function restIsBlank(text: string, from: number): boolean {
  const rest = text.slice(from).trim()
  return rest === '' || rest.startsWith('#')
}

/** A string statement is a no-op: its fragments move from code tokens to comment words. */
function demoteToComment(open: OpenString): void {
  for (const { line, text } of open.fragments) {
    line.tokens.pop()
    line.comment = commentWords(line.comment + ' ' + text)
  }
}
