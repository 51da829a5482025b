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
 * Looked up, not compared with `||`: optimized while the hunks so far were JavaScript, a
 * short-circuit left the `'typescript'` comparison without type feedback, and the optimized
 * `layoutStream` (with this function inlined) gave up its machine code there on TypeScript hunks
 * after, 540-1,110 times a run on the vuejs release range (`node --trace-deopt`).
 */
const QUOTED_KEY_LANGUAGES: ReadonlySet<Language> = new Set(['javascript', 'typescript'])

/**
 * The line's tokens with layout removed: statement-ending semicolons, trailing commas,
 * redundant parentheses and (JavaScript) quoted object keys. Newlines and spacing are already
 * gone; Python keeps an indentation-level token per statement because there it is syntax.
 */
export function layoutFree(lines: readonly StreamLine[], language: Language): string[] {
  return layoutStream(lines, language, false).keys
}

/** `layoutFree`'s keys, each with the index in `lines` of the line it comes from. */
export function layoutFreeStream(
  lines: readonly StreamLine[],
  language: Language
): { keys: string[]; lineOf: Int32Array } {
  return layoutStream(lines, language, true) as { keys: string[]; lineOf: Int32Array }
}

/** Bit of `flags` for a key that ends its line. */
const LINE_END = 1
/** Bit of `flags` for a layout key to drop. */
const DROP = 2

/**
 * Tokens up to which `layoutStream` works in buffers kept across calls (past it, in its own):
 * allocating them per call was a third of its time, and this bounds what they keep to 576 KB.
 */
const SCRATCH_TOKENS = 1 << 16
const scratchFlags = new Uint8Array(SCRATCH_TOKENS)
const scratchLineOf = new Int32Array(SCRATCH_TOKENS)
const scratchMatch = new Int32Array(SCRATCH_TOKENS)

function layoutStream(
  lines: readonly StreamLine[],
  language: Language,
  withOrigins: boolean
): { keys: string[]; lineOf: Int32Array | null } {
  let size = 0
  for (let n = 0; n < lines.length; n++) {
    size += lines[n].tok.tokens.length + (lines[n].level >= 0 ? 1 : 0)
  }
  const keys = new Array<string>(size)
  const small = size <= SCRATCH_TOKENS
  const flags = small ? scratchFlags.fill(0, 0, size) : new Uint8Array(size)
  const lineOf = !withOrigins ? null : small ? scratchLineOf : new Int32Array(size)
  const plain = language === 'text' || language === 'hash'
  let count = 0
  let parens = 0
  /** Paren depths of open `for (` headers, where `;` separates clauses. */
  const forHeaders: number[] = []
  for (let n = 0; n < lines.length; n++) {
    const { tok, level } = lines[n]
    if (level >= 0) {
      if (lineOf !== null) lineOf[count] = n
      keys[count++] = '\u21e5' + level
    }
    const tokens = tok.tokens
    for (let i = 0; i < tokens.length; i++) {
      const key = tokenKey(tokens[i])
      if (key === 'p(') {
        parens++
        if (count > 0 && keys[count - 1] === 'kfor') forHeaders.push(parens)
      } else if (key === 'p)') {
        if (forHeaders.length > 0 && forHeaders[forHeaders.length - 1] === parens) forHeaders.pop()
        parens--
      }
      // A line-ending `;` ends a statement, except inside a wrapped `for (...;...;...)`.
      const last = i === tokens.length - 1
      if (!plain && key === 'p;' && last && forHeaders.length === 0) continue
      flags[count] = last ? LINE_END : 0
      if (lineOf !== null) lineOf[count] = n
      keys[count++] = key
    }
  }
  keys.length = count
  if (plain) plainLayout(keys, flags, language === 'text')
  else dropRedundant(keys, flags, small ? scratchMatch : new Int32Array(count), language)
  let kept = 0
  for (let i = 0; i < count; i++) if ((flags[i] & DROP) === 0) kept++
  if (kept === count && lineOf === null) return { keys, lineOf }
  const out = new Array<string>(kept)
  const outLineOf = lineOf === null ? null : new Int32Array(kept)
  let o = 0
  for (let i = 0; i < count; i++) {
    if ((flags[i] & DROP) !== 0) continue
    if (outLineOf !== null) outLineOf[o] = lineOf![i]
    out[o++] = keys[i]
  }
  return { keys: out, lineOf: outLineOf }
}

/** Marks the layout tokens to drop in `flags`; rewrites quoted object keys in place. */
function dropRedundant(
  keys: string[],
  flags: Uint8Array,
  scratch: Int32Array,
  language: Language
): void {
  const python = language === 'python'
  const js = QUOTED_KEY_LANGUAGES.has(language)
  const match = matchBrackets(keys, scratch)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    if (key === 'p,' && CLOSERS.has(keys[i + 1] ?? '')) {
      if (!python || trailingCommaIsLayout(keys, match, match[i + 1], i)) flags[i] |= DROP
    } else if (key === 'p;' && keys[i + 1] === 'p}') {
      flags[i] |= DROP
    } else if (key === 'p(' && match[i] > i && removableParens(keys, flags, match, i, language)) {
      flags[i] |= DROP
      flags[match[i]] |= DROP
    } else if (js && key[0] === 's' && isQuotedKey(keys, i)) {
      keys[i] = 'w' + key.slice(1)
    }
  }
}

/**
 * Prose and config: a comma before a closer (code samples a formatter rewrote) and the empty
 * `[]` of a Markdown collapsed reference link (`[text][]` is `[text]`).
 */
function plainLayout(keys: readonly string[], flags: Uint8Array, prose: boolean): void {
  for (let i = 0; i + 1 < keys.length; i++) {
    if (keys[i] === 'p,' && CLOSERS.has(keys[i + 1])) flags[i] |= DROP
    else if (prose && keys[i] === 'p[' && keys[i + 1] === 'p]' && keys[i - 1] === 'p]') {
      flags[i] |= DROP
      flags[i + 1] |= DROP
    }
  }
}

/** For each bracket, the index of its partner (or -1), in `into` (at least `keys.length` long). */
function matchBrackets(keys: readonly string[], into: Int32Array): Int32Array {
  const match = into.fill(-1, 0, keys.length)
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
  flags: Uint8Array,
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
    after === '' ||
    (flags[close] & LINE_END) !== 0 ||
    LOOSE_AFTER.has(after) ||
    after[0] === '\u21e5'
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

/** Where `nextKept` is in a run of lines: line index, then token index (-1: the line's level). */
const cursorA = new Int32Array(2)
const cursorB = new Int32Array(2)

/**
 * False when the two runs of lines cannot have the same `layoutFree` stream: it only drops
 * punctuation and turns quoted keys (`s`) into names (`w`), so their other tokens and Python
 * levels must agree in order. Linear and allocation-free, unlike building the two streams.
 */
export function mayBeSameLayout(a: readonly StreamLine[], b: readonly StreamLine[]): boolean {
  cursorA[0] = cursorB[0] = 0
  cursorA[1] = cursorB[1] = -1
  for (;;) {
    const x = nextKept(a, cursorA)
    const y = nextKept(b, cursorB)
    if (x === y) {
      if (x === null) return true
      continue
    }
    if (typeof x !== 'string' || typeof y !== 'string' || !sameName(x, y)) return false
  }
}

/** The next level (a number) or non-punctuation key of the lines at `cursor`; null at the end. */
function nextKept(lines: readonly StreamLine[], cursor: Int32Array): string | number | null {
  for (;;) {
    const n = cursor[0]
    if (n >= lines.length) return null
    const line = lines[n]
    const t = cursor[1]
    if (t === -1) {
      cursor[1] = 0
      if (line.level >= 0) return line.level
      continue
    }
    const tokens = line.tok.tokens
    if (t >= tokens.length) {
      cursor[0] = n + 1
      cursor[1] = -1
      continue
    }
    cursor[1] = t + 1
    const key = tokenKey(tokens[t])
    // 112 is `p`, the punctuation kind.
    if (key.charCodeAt(0) !== 112) return key
  }
}

/** Two string or name keys of one text, as a quoted key and its unquoted form are. */
function sameName(x: string, y: string): boolean {
  const nameOrString = (c: number) => c === 115 || c === 119
  return (
    x.length === y.length &&
    nameOrString(x.charCodeAt(0)) &&
    nameOrString(y.charCodeAt(0)) &&
    x.slice(1) === y.slice(1)
  )
}

export function sameStream<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
