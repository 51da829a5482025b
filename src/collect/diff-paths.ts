/**
 * Repository paths as a diff names them, checked the way git checks a path before it writes one
 * (`git apply` refuses the rest) and normalised so that `docs/../.github/x.yml` and `./.env`
 * match the rules written for `.github/x.yml` and `.env`.
 */

export interface CheckedPath {
  /** `.` and empty parts dropped, `..` resolved; parts above the root are dropped too. */
  path: string
  /** Why git would refuse the path as written, or null. */
  refusal: string | null
}

/** Normalises a path and says why git would refuse it as written. */
export function checkPath(raw: string): CheckedPath {
  const parts: string[] = []
  let refusal: string | null = null
  if (raw === '') return { path: raw, refusal: 'it is empty' }
  if (raw.startsWith('/')) refusal = 'it is absolute'
  for (const part of raw.split('/')) {
    if (part === '' || part === '.') {
      refusal ??= `it has a "${part === '' ? '//' : './'}" part`
      continue
    }
    if (part === '..') {
      if (parts.pop() === undefined) refusal = 'it points above the repository root'
      else refusal ??= 'it has a ".." part'
      continue
    }
    if (part.toLowerCase() === '.git') refusal ??= 'it writes inside ".git"'
    if (hasControl(part)) refusal ??= 'it holds a control character'
    parts.push(part)
  }
  const path = parts.length === 0 ? raw : parts.join('/')
  return { path, refusal }
}

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // a tab or a line break is a legal, quoted, file name character; NUL and the rest are not
    if (code === 0 || (code < 32 && code !== 9 && code !== 10) || code === 127) return true
  }
  return false
}
