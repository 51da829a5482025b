/**
 * Whether a change block only re-lays code out: the removed and the added lines read as the same
 * token stream once whitespace, line breaks, quote style, statement semicolons, trailing commas
 * and redundant grouping parentheses are set aside (Black's `assert (\n    a == b\n)` is still
 * `assert a == b`). Every step is one pass over the block's text.
 */
import { contentAt, KIND_ADD, KIND_DEL, kindAt } from '../../packed-lines.js'
import type { ChangeBlock, FileLines } from './changed-lines.js'

/** Identifiers, numbers, string literals (closed on the same line), then any other character. */
const TOKEN =
  /[A-Za-z_$][\w$]*|\d[\w.]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n]|\\.)*`|\S/g

/** Words after which `(` groups an expression rather than calling something. */
const STATEMENT_WORDS: ReadonlySet<string> = new Set([
  'assert',
  'return',
  'yield',
  'await',
  'if',
  'elif',
  'while',
  'throw'
])
/** Tokens before a `(` that make it a grouping whose removal keeps the meaning (with AFTER_GROUP). */
const BEFORE_GROUP: ReadonlySet<string> = new Set(['=', ',', '(', '[', '{', ':'])
const AFTER_GROUP: ReadonlySet<string> = new Set([',', ')', ']', '}', ':'])
const CLOSERS: ReadonlySet<string> = new Set([')', ']', '}'])

/** A formatter's rewrap is small: a longer block is not compared token by token (bounded work). */
const MAX_BLOCK_CHARS = 64_000

/** True when the block's removed and added lines are the same code laid out differently. */
export function layoutOnly(lines: FileLines, block: ChangeBlock): boolean {
  if (block.removedCount === 0 || block.addedCount === 0) return false
  const hunk = lines.hunks[block.hunk]!
  const removed: string[] = []
  const added: string[] = []
  let chars = 0
  for (let k = block.from; k < block.to; k++) {
    const kind = kindAt(hunk, k)
    const content = contentAt(hunk, k)
    chars += content.length
    if (chars > MAX_BLOCK_CHARS) return false
    if (kind === KIND_DEL) removed.push(content)
    else if (kind === KIND_ADD) added.push(content)
  }
  const before = meaningTokens(removed.join('\n'))
  const after = meaningTokens(added.join('\n'))
  return before.length === after.length && before.every((token, i) => token === after[i])
}

/** The tokens of `text` with layout-only tokens and redundant parentheses left out. */
export function meaningTokens(text: string): string[] {
  const raw: string[] = []
  for (const [token] of text.matchAll(TOKEN)) {
    // A line-continuation backslash and a statement-ending semicolon carry no meaning here.
    if (token === '\\' || token === ';') continue
    raw.push(token.length > 1 && /^["'`]/.test(token) ? `str:${token.slice(1, -1)}` : token)
  }
  return withoutRedundantGroups(withoutTrailingCommas(raw))
}

/**
 * Drops a comma right before a closer, except in `(x,)`: a grouping with one element and a
 * trailing comma is a Python tuple, not the element.
 */
function withoutTrailingCommas(tokens: readonly string[]): string[] {
  const { pairs, commas } = brackets(tokens)
  const out: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1]
    if (tokens[i] === ',' && next !== undefined && CLOSERS.has(next)) {
      const open = pairs.get(i + 1)
      const oneTuple =
        next === ')' &&
        open !== undefined &&
        isGrouping(tokens, open) &&
        (commas.get(open) ?? 0) === 1
      if (!oneTuple) continue
    }
    out.push(tokens[i]!)
  }
  return out
}

/**
 * Leaves out grouping parentheses that change nothing: around one token, directly around another
 * group, or around a whole operand after a statement word, `=`, `,` or an opener and before a
 * closer, `,` or the end; never around a tuple (a top-level comma inside).
 */
function withoutRedundantGroups(tokens: readonly string[]): string[] {
  const { pairs, commas } = brackets(tokens)
  const drop = new Set<number>()
  for (const [close, open] of pairs) {
    if (tokens[open] !== '(' || !isGrouping(tokens, open)) continue
    if (commas.has(open)) continue
    const before = tokens[open - 1]
    const after = tokens[close + 1]
    const single = close - open === 2
    const wrapsGroup = tokens[open + 1] === '(' && pairs.get(close - 1) === open + 1
    const wholeOperand =
      (before === undefined || STATEMENT_WORDS.has(before) || BEFORE_GROUP.has(before)) &&
      (after === undefined || AFTER_GROUP.has(after) || STATEMENT_WORDS.has(after))
    if (single || wrapsGroup || wholeOperand) {
      drop.add(open)
      drop.add(close)
    }
  }
  return tokens.filter((_, i) => !drop.has(i))
}

interface Brackets {
  /** Closer index -> opener index, for balanced brackets. */
  pairs: Map<number, number>
  /** Opener index -> commas directly inside it (not nested deeper). */
  commas: Map<number, number>
}

/** The bracket pairs and the commas each holds at its own level: one stack pass. */
function brackets(tokens: readonly string[]): Brackets {
  const pairs = new Map<number, number>()
  const commas = new Map<number, number>()
  const stack: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t === '(' || t === '[' || t === '{') stack.push(i)
    else if (CLOSERS.has(t)) {
      const open = stack.pop()
      if (open !== undefined) pairs.set(i, open)
    } else if (t === ',' && stack.length > 0) {
      const open = stack[stack.length - 1]!
      commas.set(open, (commas.get(open) ?? 0) + 1)
    }
  }
  return { pairs, commas }
}

/** `(` that groups: not a call (after a name that is not a statement word, or after a closer). */
function isGrouping(tokens: readonly string[], open: number): boolean {
  const before = tokens[open - 1]
  if (before === undefined) return true
  if (CLOSERS.has(before) || before.startsWith('str:')) return false
  return !/^[A-Za-z_$][\w$]*$/.test(before) || STATEMENT_WORDS.has(before)
}
