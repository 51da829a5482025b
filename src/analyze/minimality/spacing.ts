/**
 * Text compared modulo whitespace, read in place: the rename and move searches compare far more
 * line pairs than they keep, and a squeezed copy of each side is garbage for every comparison.
 * Whitespace is what a regex's `\s` (and `String.prototype.trim`) means.
 */

/** Whether the UTF-16 unit is whitespace as `\s` reads it. */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Whitespace runs as one space, ends trimmed: re-alignment and re-wrapping are not edits. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isRegexSpace(text.charCodeAt(i))) i++
  return i
}

/** `squeeze(x) === squeeze(y)`, without building either. */
export function squeezedEqual(x: string, y: string): boolean {
  let i = skipSpace(x, 0)
  let j = skipSpace(y, 0)
  for (;;) {
    // Whitespace left at one end is trimmed away: the other must hold nothing else either.
    if (i >= x.length || j >= y.length)
      return skipSpace(x, i) >= x.length && skipSpace(y, j) >= y.length
    const c = x.charCodeAt(i)
    const e = y.charCodeAt(j)
    const spaceX = isRegexSpace(c)
    // A run (one space, or nothing when trailing) against a character of the other text.
    if (spaceX !== isRegexSpace(e)) return false
    if (spaceX) {
      i = skipSpace(x, i)
      j = skipSpace(y, j)
    } else if (c !== e) return false
    else {
      i++
      j++
    }
  }
}

/** `x.replace(/\s+/g, '') === y.replace(/\s+/g, '')`, without building either. */
export function equalButSpace(x: string, y: string): boolean {
  let i = 0
  let j = 0
  for (;;) {
    i = skipSpace(x, i)
    j = skipSpace(y, j)
    if (i >= x.length || j >= y.length) return i >= x.length && j >= y.length
    if (x.charCodeAt(i) !== y.charCodeAt(j)) return false
    i++
    j++
  }
}
