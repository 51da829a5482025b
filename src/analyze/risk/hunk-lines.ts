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

/** The key of a `key:` or `"key":` line, without list dash and quotes, else null. */
function keyOf(text: string): string | null {
  const match = /^\s*(?:-\s+)?["']?([^"':\s]+(?:\s+[^"':\s]+)*)["']?\s*:(?:\s|$)/.exec(text)
  return match === null ? null : match[1]
}

/**
 * The key of the nearest less-indented line above `index` on one side of the hunk ('new': added
 * and context lines, 'old': removed and context lines); null when the hunk does not show it.
 */
export function enclosingKey(hunk: Hunk, index: number, side: 'new' | 'old'): string | null {
  const skip = side === 'new' ? 'del' : 'add'
  const indent = indentOf(hunk.lines[index].content)
  for (let i = index - 1; i >= 0; i--) {
    const line = hunk.lines[i]
    if (line.kind === skip) continue
    const text = stripYamlComment(line.content)
    if (text.trim() === '') continue
    if (indentOf(text) < indent) return keyOf(text)
  }
  return null
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
