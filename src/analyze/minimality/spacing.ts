/**
 * Text compared modulo whitespace, read in place: the rename and move searches compare far more
 * line pairs than they keep, and a squeezed copy of each side is garbage for every comparison.
 * Whitespace is what a regex's `\s` (and `String.prototype.trim`) means.
 */
import { isWhiteSpace } from './tokenize/types.js'

/** Whitespace runs as one space, ends trimmed: re-alignment and re-wrapping are not edits. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The UTF-16 unit at `i`, or -1 past the end. */
function at(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1
}

/** Printable ASCII other than space: equal on both sides, such a character needs no more checks. */
function plain(c: number): boolean {
  return c > 32 && c < 0xa0
}

/** `squeeze(x) === squeeze(y)`, without building either. */
export function squeezedEqual(x: string, y: string): boolean {
  if (x === y) return true
  let i = 0
  let j = 0
  while (i < x.length && isWhiteSpace(x.charCodeAt(i))) i++
  while (j < y.length && isWhiteSpace(y.charCodeAt(j))) j++
  for (;;) {
    let c = at(x, i)
    let e = at(y, j)
    if (c === e && plain(c)) {
      i++
      j++
      continue
    }
    const spaceX = c >= 0 && isWhiteSpace(c)
    const spaceY = e >= 0 && isWhiteSpace(e)
    if (spaceX || spaceY) {
      while (c >= 0 && isWhiteSpace(c)) c = at(x, ++i)
      while (e >= 0 && isWhiteSpace(e)) e = at(y, ++j)
      // A run on one side only (one space against a character) is equal only when trailing.
      if (spaceX !== spaceY) return c < 0 && e < 0
      continue
    }
    if (c !== e) return false
    if (c < 0) return true
    i++
    j++
  }
}

/**
 * `x.replace(/\s+/g, '') === y.replace(/\s+/g, '')`, without building either; or of the parts
 * `[xStart, xEnd)` of `x` and `[yStart, yEnd)` of `y`, read where they sit.
 */
export function equalButSpace(
  x: string,
  y: string,
  xStart = 0,
  xEnd = x.length,
  yStart = 0,
  yEnd = y.length
): boolean {
  if (x === y && xStart === yStart && xEnd === yEnd) return true
  let i = xStart
  let j = yStart
  for (;;) {
    let c = i < xEnd ? x.charCodeAt(i) : -1
    let e = j < yEnd ? y.charCodeAt(j) : -1
    if (c === e && plain(c)) {
      i++
      j++
      continue
    }
    while (c >= 0 && isWhiteSpace(c)) c = ++i < xEnd ? x.charCodeAt(i) : -1
    while (e >= 0 && isWhiteSpace(e)) e = ++j < yEnd ? y.charCodeAt(j) : -1
    if (c !== e) return false
    if (c < 0) return true
    i++
    j++
  }
}
