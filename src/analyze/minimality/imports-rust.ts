import type { Token } from './tokenize/types.js'

/** Deeper `{...}` nesting than this is no use declaration a person wrote: it is left unread. */
const MAX_GROUP_DEPTH = 16
/**
 * Longer declarations are left unread too: each bound path repeats its prefix, so the paths of
 * `n` tokens can take n^2/4 characters (20,000 path segments over 20,000 names took 79 s). The
 * largest use declarations of real crates hold a few hundred tokens.
 */
const MAX_USE_KEYS = 2_000

/** `use`, `pub use`, `pub(crate) use`: a Rust use declaration starts on this line. */
export function startsRustUse(tokens: readonly Token[]): boolean {
  let i = 0
  if (tokens[0]?.text === 'pub' && tokens[0].kind === 'keyword') {
    i = 1
    if (tokens[1]?.text === '(') {
      while (i < tokens.length && tokens[i].text !== ')') i++
      i++
    }
  }
  return tokens[i]?.text === 'use' && tokens[i].kind === 'keyword'
}

/** `#[...]` before an item: a Rust outer attribute (`#![...]` applies to the module instead). */
export function isRustAttribute(tokens: readonly Token[]): boolean {
  return tokens[0]?.text === '#' && tokens[1]?.text === '['
}

/** Tokens that may sit inside a use declaration spread over several lines. */
export function isRustUseBody(token: Token): boolean {
  return (
    token.kind === 'word' ||
    token.text === 'self' ||
    token.text === ',' ||
    token.text === '::' ||
    token.text === '{' ||
    token.text === '}' ||
    token.text === '*'
  )
}

/**
 * Every path a use declaration binds, each with the attributes and visibility written before
 * `use`: `pub use a::{b, c::{self, d as e}};` binds `pub a::b`, `pub a::c` and `pub a::c::d as e`,
 * the same as three declarations of one path each. Null when the keys are not one declaration.
 */
export function rustUseBindings(keys: readonly string[]): string[] | null {
  if (keys.length > MAX_USE_KEYS) return null
  const at = keys.indexOf('kuse')
  if (at < 0) return null
  const end = keys[keys.length - 1] === 'p;' ? keys.length - 1 : keys.length
  const prefix = keys.slice(0, at).join(' ')
  const out: string[] = []
  let i = at + 1

  /** Reads one use tree under `path`; false when the tokens do not make one. */
  const tree = (path: readonly string[], depth: number): boolean => {
    if (depth > MAX_GROUP_DEPTH) return false
    const segments = [...path]
    if (keys[i] === 'p::') {
      segments.push('')
      i++
    }
    for (;;) {
      const key = keys[i]
      if (key === 'p{') {
        i++
        return group(segments, depth + 1)
      }
      if (key === 'p*') {
        i++
        out.push(bound([...segments, '*'], null))
        return true
      }
      if (key === undefined || !(key.startsWith('w') || key === 'kself')) return false
      segments.push(key.slice(1))
      i++
      if (keys[i] === 'p::') {
        i++
        continue
      }
      let alias: string | null = null
      if (keys[i] === 'was' && keys[i + 1]?.startsWith('w')) {
        alias = keys[i + 1].slice(1)
        i += 2
      }
      out.push(bound(segments, alias))
      return true
    }
  }

  /** Reads `a, b::c, {d}}` after a `{`, up to and past its `}`. */
  const group = (path: readonly string[], depth: number): boolean => {
    while (i < end) {
      if (keys[i] === 'p}') {
        i++
        return true
      }
      if (!tree(path, depth)) return false
      if (keys[i] === 'p,') i++
      else if (keys[i] !== 'p}') return false
    }
    return false
  }

  const bound = (segments: readonly string[], alias: string | null): string => {
    // `a::{self}` binds the module `a` itself.
    const path = segments[segments.length - 1] === 'self' ? segments.slice(0, -1) : segments
    return `${prefix}\u0002${path.join('::')}${alias === null ? '' : ` as ${alias}`}`
  }

  if (!tree([], 0) || i !== end) return null
  return out
}
