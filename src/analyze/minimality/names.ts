/**
 * Names in a line's text, read in place: the rename search looks names up across every line of
 * a large diff, where a string per character, or per line, would be most of its cost.
 */
import { KIND_DEL, endAt, kindAt, startAt, type PackedHunk } from '../../packed-lines.js'
import { isWordPart, isWordStart } from './tokenize/types.js'

/** Where the run starting at `i` ends: a run of word characters, or one other character. */
export function runEnd(text: string, i: number): number {
  let j = i + 1
  if (isWordPart(text.charCodeAt(i))) {
    while (j < text.length && isWordPart(text.charCodeAt(j))) j++
  }
  return j
}

/**
 * Each identifier of `text` from `start` to `end` (a run of word characters not opened by a
 * digit), without a string for every other character.
 */
export function eachName(
  text: string,
  visit: (name: string, from: number, to: number) => void,
  start = 0,
  end = text.length
): void {
  let i = start
  while (i < end) {
    const c = text.charCodeAt(i)
    if (!isWordPart(c)) {
      i++
      continue
    }
    let j = i + 1
    while (j < end && isWordPart(text.charCodeAt(j))) j++
    if (isWordStart(c)) visit(text.slice(i, j), i, j)
    i = j
  }
}

/**
 * Whether a line of the hunk other than a removed one holds `word` whole, as `containsWord`
 * reads a line: the hunk's text is searched once, not cut into one string per line.
 */
export function keptLineNames(hunk: PackedHunk, word: string): boolean {
  if (hunk.count === 0) return false
  const text = hunk.text
  const first = startAt(hunk, 0)
  const body = text.slice(first, endAt(hunk, hunk.count - 1))
  let k = 0
  for (let p = body.indexOf(word); p >= 0; p = body.indexOf(word, p + 1)) {
    const at = first + p
    const end = at + word.length
    while (k < hunk.count && endAt(hunk, k) < end) k++
    if (k === hunk.count) return false
    const start = startAt(hunk, k)
    // Spanning two lines, or on a removed one: not a use on the new side.
    if (start > at || kindAt(hunk, k) === KIND_DEL) continue
    const before = at > start ? text.charCodeAt(at - 1) : 32
    const after = end < endAt(hunk, k) ? text.charCodeAt(end) : 32
    if (!isWordPart(before) && !isWordPart(after)) return true
  }
  return false
}

/** A run of word characters opened by a non-digit: what `eachName` visits. */
export function identifierShaped(name: string): boolean {
  if (name.length === 0 || !isWordStart(name.charCodeAt(0))) return false
  for (let i = 1; i < name.length; i++) if (!isWordPart(name.charCodeAt(i))) return false
  return true
}

export function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32
    if (!isWordPart(before) && !isWordPart(after)) return true
  }
  return false
}
