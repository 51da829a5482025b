import {
  commentWords,
  commentWordsIn,
  indentWidth,
  isDigit,
  isWordPart,
  isWordStart,
  linesBySide,
  markToken,
  OUT_OF_LINE,
  MAX_TOKENIZED_LINE,
  NEW_SIDE,
  OLD_SIDE,
  opaqueLine,
  sharedToken,
  unescapeQuotes,
  WORD_HASH_PRIME,
  WORD_HASH_SEED,
  WORD_PART,
  wordHash,
  WordTable
} from './types.js'
import type { HunkTokenizer, SideTokenizer, Token, TokenizedLine } from './types.js'

/** What distinguishes one brace-and-semicolon language from another at the token level. */
export interface CFamilyRules {
  keywords: ReadonlySet<string>
  /** Keywords that end a value, so a following `/` divides. */
  valueKeywords: ReadonlySet<string>
  /** Operators of two to four characters, matched longest first. */
  operators: ReadonlySet<string>
  /** A single quote opens a string (JavaScript) or a character literal (Go, Java, C). */
  singleQuote: 'string' | 'char'
  templates: boolean
  rawBackticks: boolean
  textBlocks: boolean
  regexLiterals: boolean
  /** Quote style is layout: strings compare by value, not by delimiter. */
  stringsByValue: boolean
  canonicalNumber(text: string): string
}

type Mode = 'code' | 'block' | 'template' | 'raw' | 'textblock'

interface ScanState {
  mode: Mode
  /** Brace depth inside each open template `${`, innermost last. */
  braces: number[]
  afterValue: boolean
  /** Saw `*` `/` in code before any comment opened: the hunk began inside a block comment. */
  strayCommentEnd: boolean
  openedComment: boolean
}

export function cFamilyTokenizer(rules: CFamilyRules): SideTokenizer {
  return (lines) => {
    if (startsInsideComment(lines, undefined, -1)) return scanSide(lines, rules, 'block').lines
    const side = scanSide(lines, rules, 'code')
    return side.state.strayCommentEnd ? scanSide(lines, rules, 'block').lines : side.lines
  }
}

/**
 * Both sides of a hunk in one pass: a context line is scanned once when both sides reach it in
 * the same state (most do), since then it reads the same on both; its tokens are shared.
 */
export function cFamilyHunkTokenizer(rules: CFamilyRules): HunkTokenizer {
  return (lines, sides) => {
    const oldMode: Mode = startsInsideComment(lines, sides, NEW_SIDE) ? 'block' : 'code'
    const newMode: Mode = startsInsideComment(lines, sides, OLD_SIDE) ? 'block' : 'code'
    const o = scanState(oldMode)
    const n = scanState(newMode)
    const lexer = lexerOf(rules)
    const oldOut: TokenizedLine[] = []
    const newOut: TokenizedLine[] = []
    for (let k = 0; k < lines.length; k++) {
      const text = lines[k]
      const side = sides[k]
      if (text.length > MAX_TOKENIZED_LINE) {
        const line = opaqueLine(text)
        if (side !== NEW_SIDE) oldOut.push(line)
        if (side !== OLD_SIDE) newOut.push(line)
      } else if (side === OLD_SIDE) oldOut.push(scanLine(text, o, lexer))
      else if (side === NEW_SIDE) newOut.push(scanLine(text, n, lexer))
      else if (sameState(o, n)) {
        const stray = o.strayCommentEnd
        o.strayCommentEnd = false
        const line = scanLine(text, o, lexer)
        // The line met a stray `*` `/` on one side exactly when it met one on the other.
        if (o.strayCommentEnd) n.strayCommentEnd = true
        o.strayCommentEnd ||= stray
        n.mode = o.mode
        // Most lines sit outside any template: no copy of an empty stack per context line.
        if (o.braces.length === 0) n.braces.length = 0
        else n.braces = o.braces.slice()
        n.afterValue = o.afterValue
        n.openedComment = o.openedComment
        oldOut.push(line)
        newOut.push(line)
      } else {
        oldOut.push(scanLine(text, o, lexer))
        newOut.push(scanLine(text, n, lexer))
      }
    }
    // As `cFamilyTokenizer`: a side read as code that met a stray comment end began in one.
    const oldAgain = oldMode === 'code' && o.strayCommentEnd
    const newAgain = newMode === 'code' && n.strayCommentEnd
    if (!oldAgain && !newAgain) return { old: oldOut, new: newOut }
    const { oldLines, newLines } = linesBySide(lines, sides)
    return {
      old: oldAgain ? scanSide(oldLines, rules, 'block').lines : oldOut,
      new: newAgain ? scanSide(newLines, rules, 'block').lines : newOut
    }
  }
}

function scanState(mode: Mode): ScanState {
  return { mode, braces: [], afterValue: false, strayCommentEnd: false, openedComment: false }
}

/** Whether `scanLine` reads a line the same from either state (the stray flag only accumulates). */
function sameState(a: ScanState, b: ScanState): boolean {
  if (a.mode !== b.mode || a.afterValue !== b.afterValue) return false
  if (a.openedComment !== b.openedComment || a.braces.length !== b.braces.length) return false
  for (let i = 0; i < a.braces.length; i++) if (a.braces[i] !== b.braces[i]) return false
  return true
}

/**
 * A first line like ` * @param x` continues a block comment opened above the hunk; with
 * `sides`, only the lines not on side `skip` are read (one side of a hunk, in place).
 */
function startsInsideComment(
  lines: readonly string[],
  sides: Uint8Array | undefined,
  skip: number
): boolean {
  for (let k = 0; k < lines.length; k++) {
    if (sides !== undefined && sides[k] === skip) continue
    const trimmed = lines[k].trim()
    if (trimmed === '') continue
    return trimmed === '*' || trimmed.startsWith('* ') || trimmed.startsWith('*/')
  }
  return false
}

function scanSide(
  lines: readonly string[],
  rules: CFamilyRules,
  mode: Mode
): { lines: TokenizedLine[]; state: ScanState } {
  const state = scanState(mode)
  const lexer = lexerOf(rules)
  // A long line leaves the scan state as it found it: minified code opens and closes its own.
  const out = lines.map((text) =>
    text.length > MAX_TOKENIZED_LINE ? opaqueLine(text) : scanLine(text, state, lexer)
  )
  return { lines: out, state }
}

/**
 * Where `scanLine` collects a line's tokens before copying them out at their exact count: grown
 * by `push`, every line's array had room for about three times its tokens, kept as long as the
 * line.
 */
const SCRATCH: Token[] = []

/** A rule set with its words and operator pairs, looked up once per hunk rather than per line. */
interface Lexer {
  rules: CFamilyRules
  words: WordTable
  pairs: Uint8Array
}

/** Each rule set's lexer, made on first use. */
const LEXERS = new WeakMap<CFamilyRules, Lexer>()

function lexerOf(rules: CFamilyRules): Lexer {
  let lexer = LEXERS.get(rules)
  if (lexer === undefined) {
    lexer = { rules, words: new WordTable(rules.keywords), pairs: pairsOf(rules.operators) }
    LEXERS.set(rules, lexer)
  }
  return lexer
}

function scanLine(text: string, st: ScanState, lexer: Lexer): TokenizedLine {
  const rules = lexer.rules
  const table = lexer.words
  const pairs = lexer.pairs
  const tokens = SCRATCH
  let count = 0
  const statementStart = st.mode === 'code'
  // The line's first comment piece as a range; later pieces (rare) are joined in `comment`.
  let firstStart = -1
  let firstEnd = -1
  let comment = ''
  let i = 0
  const n = text.length
  // Characters regex literal scans may read on this line: a failed scan reads to the line's end,
  // so without a budget a line of `(/[` repeated is quadratic. Past it, `/` is punctuation.
  let regexBudget = 4 * n + 256
  while (i < n) {
    // Code is the common mode: one comparison per token for it.
    if (st.mode !== 'code') {
      if (st.mode === 'block') {
        const end = text.indexOf('*/', i)
        if (firstStart < 0) {
          firstStart = i
          firstEnd = end < 0 ? n : end
        } else comment += ' ' + text.slice(i, end < 0 ? n : end)
        if (end < 0) break
        i = end + 2
        st.mode = 'code'
        continue
      }
      if (st.mode === 'template') {
        let j = i
        while (j < n) {
          const c = text.charCodeAt(j)
          if (c === 92) j += 2
          else if (c === 96 || (c === 36 && text.charCodeAt(j + 1) === 123)) break
          else j++
        }
        tokens[count++] = {
          kind: 'string',
          text: 'T' + text.slice(i, Math.min(j, n)),
          key: undefined
        }
        if (j >= n) break
        if (text.charCodeAt(j) === 96) {
          st.mode = 'code'
          st.afterValue = true
          i = j + 1
        } else {
          tokens[count++] = sharedToken('punct', '${')
          st.braces.push(0)
          st.mode = 'code'
          st.afterValue = false
          i = j + 2
        }
        continue
      }
      // The modes left: a raw string or a text block.
      {
        const close = st.mode === 'raw' ? '`' : '"""'
        const end = text.indexOf(close, i)
        tokens[count++] = {
          kind: 'string',
          text: close + text.slice(i, end < 0 ? n : end),
          key: undefined
        }
        if (end < 0) break
        i = end + close.length
        st.mode = 'code'
        st.afterValue = true
        continue
      }
    }
    const c = text.charCodeAt(i)
    if (isBlank(c)) {
      // A run of white space at once, not a pass of the mode checks above per character.
      i++
      // `isBlank` written out: indentation is most of a line's characters, read cold.
      // Reads stop at the line's end: see OUT_OF_LINE.
      let d = i < n ? text.charCodeAt(i) : OUT_OF_LINE
      while (d === 32 || d === 9 || d === 12 || d === 11)
        d = ++i < n ? text.charCodeAt(i) : OUT_OF_LINE
      continue
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : OUT_OF_LINE
    if (c === 47 && next === 47) {
      if (firstStart < 0) {
        firstStart = i + 2
        firstEnd = n
      } else comment += ' ' + text.slice(i + 2)
      break
    }
    if (c === 47 && next === 42) {
      st.mode = 'block'
      st.openedComment = true
      i += 2
      continue
    }
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
      const token = table.token(text, i, j, hash)
      tokens[count++] = token
      st.afterValue = token.kind !== 'keyword' || rules.valueKeywords.has(token.text)
      i = j
      continue
    }
    if (isDigit(c) || (c === 46 && isDigit(next))) {
      const j = numberEnd(text, i)
      tokens[count++] = {
        kind: 'number',
        text: rules.canonicalNumber(text.slice(i, j)),
        key: undefined
      }
      st.afterValue = true
      i = j
      continue
    }
    if (c === 34 && rules.textBlocks && text.startsWith('"""', i)) {
      st.mode = 'textblock'
      i += 3
      continue
    }
    if (c === 34 || (c === 39 && rules.singleQuote === 'string')) {
      const j = quotedEnd(text, i, c)
      const content = text.slice(i + 1, j < n ? j : n)
      tokens[count++] = {
        kind: 'string',
        text: stringText(rules, text[i], content),
        key: undefined
      }
      st.afterValue = true
      i = j + 1
      continue
    }
    if (c === 39) {
      const j = charLiteralEnd(text, i)
      if (j > 0) {
        tokens[count++] = { kind: 'string', text: text.slice(i, j + 1), key: undefined }
        st.afterValue = true
        i = j + 1
        continue
      }
    }
    if (c === 96 && (rules.templates || rules.rawBackticks)) {
      st.mode = rules.templates ? 'template' : 'raw'
      i++
      continue
    }
    // `</` closes a JSX tag: never a regex.
    if (
      c === 47 &&
      rules.regexLiterals &&
      !st.afterValue &&
      regexBudget > 0 &&
      !(count > 0 && tokens[count - 1].text === '<')
    ) {
      const j = regexEnd(text, i)
      regexBudget -= (j > 0 ? j : n) - i
      if (j > 0) {
        tokens[count++] = { kind: 'string', text: text.slice(i, j), key: undefined }
        st.afterValue = true
        i = j
        continue
      }
    }
    if (c === 42 && next === 47 && !st.openedComment) st.strayCommentEnd = true
    if (st.braces.length > 0 && (c === 123 || c === 125)) {
      const top = st.braces.length - 1
      if (c === 123) st.braces[top]++
      else if (st.braces[top] > 0) st.braces[top]--
      else {
        st.braces.pop()
        tokens[count++] = sharedToken('punct', '}')
        st.mode = 'template'
        i++
        continue
      }
    }
    const op = operatorTokenAt(text, i, rules.operators, pairs)
    tokens[count++] = op
    st.afterValue = c === 41 || c === 93 || c === 125
    i += op.text.length
  }
  const words =
    firstStart < 0
      ? ''
      : comment === ''
        ? commentWordsIn(text, firstStart, firstEnd)
        : commentWords(text.slice(firstStart, firstEnd) + comment)
  return {
    tokens: count === 0 ? [] : tokens.slice(0, count),
    comment: words,
    indent: indentWidth(text),
    statementStart
  }
}

/** White space between tokens: space, tab, form feed, vertical tab. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11
}

function stringText(rules: CFamilyRules, quote: string, content: string): string {
  return rules.stringsByValue ? 'S' + unescapeQuotes(content) : quote + content
}

/** Each operator set's first two characters, as `pairIndex` numbers them. */
const OPERATOR_PAIRS = new WeakMap<ReadonlySet<string>, Uint8Array>()

/** Two ASCII characters as one index. */
function pairIndex(c: number, next: number): number {
  return ((c & 127) << 7) | (next & 127)
}

export function pairsOf(operators: ReadonlySet<string>): Uint8Array {
  let pairs = OPERATOR_PAIRS.get(operators)
  if (pairs === undefined) {
    pairs = new Uint8Array(128 * 128)
    for (const op of operators) pairs[pairIndex(op.charCodeAt(0), op.charCodeAt(1))] = 1
    OPERATOR_PAIRS.set(operators, pairs)
  }
  return pairs
}

/** The operator at `i`, longest first; `pairs` is `pairsOf(operators)`, looked up once per line. */
export function operatorAt(
  text: string,
  i: number,
  operators: ReadonlySet<string>,
  pairs: Uint8Array
): string {
  // Every multi-character operator continues with punctuation: skip the slices otherwise.
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : OUT_OF_LINE
  if (!(next > 32 && next < 127) || isWordPart(next)) return text[i]
  // Nor do slices help when no operator starts with these two characters: `);`, `),`, `{}`.
  const c = text.charCodeAt(i)
  if (c >= 128 || pairs[pairIndex(c, next)] === 0) return text[i]
  for (let len = 4; len >= 2; len--) {
    const candidate = text.slice(i, i + len)
    if (candidate.length === len && operators.has(candidate)) return candidate
  }
  return text[i]
}

/** `operatorAt` as its shared token: most are one character, found without a string or a Map. */
export function operatorTokenAt(
  text: string,
  i: number,
  operators: ReadonlySet<string>,
  pairs: Uint8Array
): Token {
  const c = text.charCodeAt(i)
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : OUT_OF_LINE
  if (
    c < 128 &&
    (!(next > 32 && next < 127) || isWordPart(next) || pairs[pairIndex(c, next)] === 0)
  ) {
    return markToken(text, i)
  }
  return sharedToken('punct', operatorAt(text, i, operators, pairs))
}

export function numberEnd(text: string, start: number): number {
  let j = start
  const hex = text[j] === '0' && (text[j + 1] === 'x' || text[j + 1] === 'X')
  let dot = text.charCodeAt(j) === 46
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (isWordPart(c)) j++
    // One decimal point, before a digit: `self.0.opts` and `1..2` are not one number.
    else if (c === 46 && !dot && j > start && isDigit(text.charCodeAt(j + 1))) {
      dot = true
      j++
    } else if (c === 46 && j === start) j++
    else if (!hex && (c === 43 || c === 45) && /[eE]/.test(text[j - 1])) j++
    else break
  }
  return j
}

/** Index of the closing quote, or the line's length when the string runs to the end. */
export function quotedEnd(text: string, start: number, quote: number): number {
  let j = start + 1
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (c === 92) j += 2
    else if (c === quote) return j
    else j++
  }
  return text.length
}

/** `'a'`, `'\n'`, `'\u00e9'`: else the quote is punctuation (a Rust lifetime, a prime). */
function charLiteralEnd(text: string, start: number): number {
  if (text[start + 1] === '\\') {
    const end = text.indexOf("'", start + 2)
    return end > 0 && end - start <= 12 ? end : -1
  }
  const cp = text.codePointAt(start + 1)
  if (cp === undefined) return -1
  const end = start + 1 + (cp > 0xffff ? 2 : 1)
  return text[end] === "'" ? end : -1
}

function regexEnd(text: string, start: number): number {
  let j = start + 1
  let inClass = false
  while (j < text.length) {
    const c = text[j]
    if (c === '\\') j += 2
    else {
      if (c === '[') inClass = true
      else if (c === ']') inClass = false
      else if (c === '/' && !inClass) {
        if (j === start + 1) return -1
        j++
        while (j < text.length && isWordPart(text.charCodeAt(j))) j++
        return j
      }
      j++
    }
  }
  return -1
}
