import type { ChangedFile, DiffLine, Hunk } from '../../model.js'

/** Leading spaces of a line: YAML and JSON nesting as far as a hunk can show it. */
function indentOf(text: string): number {
  let i = 0
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++
  return i
}

/** Drops a YAML comment: `#` at the start or after whitespace, outside quotes. */
export function stripYamlComment(text: string): string {
  if (!text.includes('#')) return text
  let quote: string | null = null
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quote !== null) {
      if (ch === quote) quote = null
    } else if (ch === '"' || ch === "'") {
      quote = ch
    } else if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      return text.slice(0, i).trimEnd()
    }
  }
  return text
}

const LIST_DASH = /^\s*(?:-\s+)?/

/** The key of a `key:` or `"key":` line, without list dash and quotes, else null. */
function keyOf(text: string): string | null {
  // The key runs to the line's first colon, which must end the line or precede a space.
  const from = LIST_DASH.exec(text)![0].length
  const colon = text.indexOf(':', from)
  if (colon < 0) return null
  const after = text.charCodeAt(colon + 1)
  if (colon + 1 < text.length && !isSpace(after)) return null
  let key = text.slice(from, colon).trimEnd()
  if (key.startsWith('"') || key.startsWith("'")) key = key.slice(1)
  if (key.endsWith('"') || key.endsWith("'")) key = key.slice(0, -1)
  if (key === '' || isSpace(key.charCodeAt(0)) || /["']/.test(key)) return null
  return key
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12
}

interface OpenKey {
  indent: number
  key: string | null
}

/** Per hunk and side, each line's enclosing key: computed once per hunk in one pass. */
const enclosingKeys = new WeakMap<Hunk, Map<'new' | 'old', (string | null)[]>>()

/**
 * The key of the nearest less-indented line above `index` on one side of the hunk ('new': added
 * and context lines, 'old': removed and context lines); null when the hunk does not show it.
 */
export function enclosingKey(hunk: Hunk, index: number, side: 'new' | 'old'): string | null {
  let sides = enclosingKeys.get(hunk)
  if (sides === undefined) {
    sides = new Map()
    enclosingKeys.set(hunk, sides)
  }
  let keys = sides.get(side)
  if (keys === undefined) {
    keys = keysAbove(hunk, side)
    sides.set(side, keys)
  }
  return keys[index] ?? null
}

/**
 * A stack of the lines still open (indents rising): the nearest less-indented line above any
 * line is on it, so one pass with a binary search per line answers every line.
 */
function keysAbove(hunk: Hunk, side: 'new' | 'old'): (string | null)[] {
  const skip = side === 'new' ? 'del' : 'add'
  const open: OpenKey[] = []
  const keys: (string | null)[] = []
  for (const line of hunk.lines) {
    const indent = indentOf(line.content)
    let lo = 0
    let hi = open.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (open[mid]!.indent < indent) lo = mid + 1
      else hi = mid
    }
    keys.push(lo > 0 ? open[lo - 1]!.key : null)
    if (line.kind === skip) continue
    const text = stripYamlComment(line.content)
    if (text.trim() === '') continue
    const own = indentOf(text)
    while (open.length > 0 && open[open.length - 1]!.indent >= own) open.pop()
    open.push({ indent: own, key: keyOf(text) })
  }
  return keys
}

/** The line a finding about a removed line points at: the nearest new-file line of its hunk. */
export function newSideLine(hunk: Hunk, index: number): number {
  for (let i = index; i < hunk.lines.length; i++) {
    const line = hunk.lines[i].newLine
    if (line !== null) return line
  }
  for (let i = index - 1; i >= 0; i--) {
    const line = hunk.lines[i].newLine
    if (line !== null) return line
  }
  return Math.max(hunk.newStart, 1)
}

export interface LineRef {
  hunk: Hunk
  index: number
  line: DiffLine
}

/** Every changed line of a file, with its hunk and position for context lookups. */
export function* changedLines(file: ChangedFile): Generator<LineRef> {
  for (const hunk of file.hunks) {
    for (let index = 0; index < hunk.lines.length; index++) {
      const line = hunk.lines[index]
      if (line.kind !== 'context') yield { hunk, index, line }
    }
  }
}

/**
 * Added occurrences of each signal beyond the removed occurrences of the same signal: a line
 * that only moved or was re-indented adds nothing.
 */
export function netAdded<T extends { key: string }>(added: T[], removed: readonly T[]): T[] {
  const removedCount = new Map<string, number>()
  for (const signal of removed)
    removedCount.set(signal.key, (removedCount.get(signal.key) ?? 0) + 1)
  return added.filter((signal) => {
    const left = removedCount.get(signal.key) ?? 0
    if (left === 0) return true
    removedCount.set(signal.key, left - 1)
    return false
  })
}
