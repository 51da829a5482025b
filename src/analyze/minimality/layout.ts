import { tokenKey } from './tokenize/types.js'
import type { Language, TokenizedLine } from './tokenize/types.js'

export interface StreamLine {
  tok: TokenizedLine
  /** Python indentation level for statement lines, else -1. */
  level: number
}

const CLOSERS = new Set(['p)', 'p]', 'p}'])
const OPENERS: ReadonlyMap<string, string> = new Map([
  ['p(', 'p)'],
  ['p[', 'p]'],
  ['p{', 'p}']
])

/** Where a parenthesized operand binds to nothing around it: `= (a + b)`, `return (x)`. */
const LOOSE_BEFORE = new Set(
  (
    'kreturn kthrow kyield kawait p= p+= p-= p*= p/= p%= p**= p<<= p>>= p>>>= p&= p|= p^= ' +
    'p&&= p||= p??= p:= p=> p( p, p[ p{ p: p? p; p${'
  ).split(' ')
)
const LOOSE_AFTER = new Set(['p)', 'p,', 'p]', 'p}', 'p;', 'p:'])
/** Black also drops parentheses after these Python keywords (`if (a):`, `for (x) in y`). */
const PYTHON_LOOSE_BEFORE = new Set(['kif', 'kelif', 'kwhile', 'kfor', 'kin', 'kassert', 'kdel'])

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/**
 * The line's tokens with layout removed: statement-ending semicolons, trailing commas,
 * redundant parentheses and (JavaScript) quoted object keys. Newlines and spacing are already
 * gone; Python keeps an indentation-level token per statement because there it is syntax.
 */
export function layoutFree(
  lines: readonly StreamLine[],
  language: Language,
  origins?: number[]
): string[] {
  // Sized once: this runs on every region and hunk side, and its arrays were most of the
  // garbage the layout pass made.
  let size = 0
  for (let n = 0; n < lines.length; n++) {
    size += lines[n].tok.tokens.length + (lines[n].level >= 0 ? 1 : 0)
  }
  const keys = new Array<string>(size)
  const lineEnd = new Uint8Array(size)
  const lineOf = origins === undefined ? undefined : new Int32Array(size)
  const plain = language === 'text' || language === 'hash'
  let count = 0
  let parens = 0
  /** Paren depths of open `for (` headers, where `;` separates clauses. */
  const forHeaders: number[] = []
  for (let n = 0; n < lines.length; n++) {
    const { tok, level } = lines[n]
    if (level >= 0) {
      if (lineOf !== undefined) lineOf[count] = n
      keys[count++] = '\u21e5' + level
    }
    const tokens = tok.tokens
    for (let i = 0; i < tokens.length; i++) {
      const key = tokenKey(tokens[i])
      if (key === 'p(') {
        parens++
        if (count > 0 && keys[count - 1] === 'kfor') forHeaders.push(parens)
      } else if (key === 'p)') {
        if (forHeaders[forHeaders.length - 1] === parens) forHeaders.pop()
        parens--
      }
      // A line-ending `;` ends a statement, except inside a wrapped `for (...;...;...)`.
      const last = i === tokens.length - 1
      if (!plain && key === 'p;' && last && forHeaders.length === 0) continue
      if (last) lineEnd[count] = 1
      if (lineOf !== undefined) lineOf[count] = n
      keys[count++] = key
    }
  }
  keys.length = count
  const drop = plain
    ? plainLayout(keys, language === 'text')
    : dropRedundant(keys, lineEnd, language)
  let kept = 0
  for (let i = 0; i < count; i++) if (drop[i] === 0) kept++
  const out = new Array<string>(kept)
  let o = 0
  for (let i = 0; i < count; i++) {
    if (drop[i] !== 0) continue
    out[o++] = keys[i]
    if (lineOf !== undefined) origins!.push(lineOf[i])
  }
  return out
}

/** Marks the layout tokens to drop; rewrites quoted object keys in place. */
function dropRedundant(keys: string[], lineEnd: Uint8Array, language: Language): Uint8Array {
  const python = language === 'python'
  const js = language === 'javascript' || language === 'typescript'
  const match = matchBrackets(keys)
  const drop = new Uint8Array(keys.length)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    if (key === 'p,' && CLOSERS.has(keys[i + 1] ?? '')) {
      if (!python || trailingCommaIsLayout(keys, match, match[i + 1], i)) drop[i] = 1
    } else if (key === 'p;' && keys[i + 1] === 'p}') {
      drop[i] = 1
    } else if (key === 'p(' && match[i] > i && removableParens(keys, lineEnd, match, i, language)) {
      drop[i] = 1
      drop[match[i]] = 1
    } else if (js && key[0] === 's' && isQuotedKey(keys, i)) {
      keys[i] = 'w' + key.slice(1)
    }
  }
  return drop
}

/**
 * Prose and config: a comma before a closer (code samples a formatter rewrote) and the empty
 * `[]` of a Markdown collapsed reference link (`[text][]` is `[text]`).
 */
function plainLayout(keys: readonly string[], prose: boolean): Uint8Array {
  const drop = new Uint8Array(keys.length)
  for (let i = 0; i + 1 < keys.length; i++) {
    if (keys[i] === 'p,' && CLOSERS.has(keys[i + 1])) drop[i] = 1
    else if (prose && keys[i] === 'p[' && keys[i + 1] === 'p]' && keys[i - 1] === 'p]') {
      drop[i] = 1
      drop[i + 1] = 1
    }
  }
  return drop
}

/** For each bracket, the index of its partner (or -1). */
function matchBrackets(keys: readonly string[]): Int32Array {
  const match = new Int32Array(keys.length).fill(-1)
  const stack: number[] = []
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    // Brackets are the two-character keys `p(`, `p[`, `p{` and their closers.
    if (key.length !== 2 || key.charCodeAt(0) !== 112) continue
    const c = key.charCodeAt(1)
    if (c === 40 || c === 91 || c === 123) stack.push(i)
    else if (c === 41 || c === 93 || c === 125) {
      const open = stack.pop()
      if (open !== undefined && OPENERS.get(keys[open]!) === key) {
        match[open] = i
        match[i] = open
      }
    }
  }
  return match
}

/** Python: `(a,)` is a tuple and `x[a,]` a tuple index; calls, lists and dicts may drop it. */
function trailingCommaIsLayout(
  keys: readonly string[],
  match: Int32Array,
  open: number,
  comma: number
): boolean {
  // Opener above the hunk: a dict or set, or a list of two or more items, takes the comma alike.
  if (open < 0) return keys[comma + 1] === 'p}' || commaBefore(keys, match, comma)
  if (hasTopLevelComma(keys, match, open, comma)) return true
  const before = keys[open - 1] ?? ''
  const callOrSubscript = before[0] === 'w' || before === 'p)' || before === 'p]'
  if (keys[open] === 'p(') return callOrSubscript
  if (keys[open] === 'p[') return !callOrSubscript
  return true
}

/** A comma at the depth of `end`'s, before it back to where that depth's opener is out of view. */
function commaBefore(keys: readonly string[], match: Int32Array, end: number): boolean {
  for (let j = end - 1; j >= 0; j--) {
    const key = keys[j]
    if (key === 'p,') return true
    if (CLOSERS.has(key)) {
      if (match[j] < 0) return false
      j = match[j]
    } else if (OPENERS.has(key) || key[0] === '\u21e5') return false
  }
  return false
}

function hasTopLevelComma(keys: readonly string[], match: Int32Array, open: number, end: number) {
  for (let j = open + 1; j < end; j++) {
    if (keys[j] === 'p,') return true
    if (OPENERS.has(keys[j]!) && match[j] > j) j = match[j]
  }
  return false
}

function removableParens(
  keys: readonly string[],
  lineEnd: Uint8Array,
  match: Int32Array,
  open: number,
  language: Language
): boolean {
  const close = match[open]
  if (close === open + 1) return false
  const before = open > 0 ? keys[open - 1] : ''
  const after = close + 1 < keys.length ? keys[close + 1] : ''
  const python = language === 'python'
  const looseBefore =
    before === '' ||
    before[0] === '\u21e5' ||
    LOOSE_BEFORE.has(before) ||
    (python && PYTHON_LOOSE_BEFORE.has(before))
  if (!looseBefore) return false
  const arrowParam =
    after === 'p=>' && close === open + 2 && keys[open + 1][0] === 'w' && language !== 'python'
  const looseAfter =
    after === '' || lineEnd[close] === 1 || LOOSE_AFTER.has(after) || after[0] === '\u21e5'
  if (!arrowParam && !(looseAfter || (python && after === 'kin' && before === 'kfor'))) return false
  if (hasTopLevelComma(keys, match, open, close) && !(python && before === 'kfor')) return false
  const first = keys[open + 1]
  if (first === 'p{' && (before === 'p=>' || before === '')) return false
  for (let j = open + 1; j < close; j++) if (keys[j] === 'p:=') return false
  return true
}

/** `{ 'a': 1 }` is `{ a: 1 }`; a `case 'a':` or `x ? 'a' : b` is not preceded by `{` or `,`. */
function isQuotedKey(keys: readonly string[], i: number): boolean {
  const before = keys[i - 1]
  return (
    (before === 'p{' || before === 'p,') &&
    keys[i + 1] === 'p:' &&
    IDENTIFIER.test(keys[i].slice(1))
  )
}

export function sameStream(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
