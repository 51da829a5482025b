/**
 * Line-level reading of test and config code: comment lines told apart from code, matches inside
 * string literals ignored (a test about a test runner quotes its markers). Change blocks are read
 * in changed-lines.ts.
 */
import type { TestLanguage } from './file-roles.js'

/** How a file writes comments and strings, from its name. */
export interface Syntax {
  /** Matches a whole-line comment; the text after the marker is the commented-out code. */
  comment: RegExp | null
  /** The characters a comment line can start with (after indentation): a cheap first check. */
  commentStarts: string
  /** Quote characters whose literals hide markers; empty for configs and scripts. */
  quotes: string
}

const SLASH_COMMENT = /^\s*(?:\/\/+|\/\*+|\*(?!\/))\s?/
const HASH_COMMENT = /^\s*#+\s?/
const XML_COMMENT = /^\s*<!--\s?/

/** Configs and scripts whose comments start with `#`. */
const HASH_FILE =
  /\.(?:ya?ml|sh|bash|toml|ini|cfg|mk|py)$|(?:^|\/)(?:[Mm]akefile|GNUmakefile|[Jj]ustfile)$/

const NO_QUOTES = ''
const HASH: Syntax = { comment: HASH_COMMENT, commentStarts: '#', quotes: NO_QUOTES }
const SLASH: Syntax = { comment: SLASH_COMMENT, commentStarts: '/*', quotes: NO_QUOTES }
const XML: Syntax = { comment: XML_COMMENT, commentStarts: '<', quotes: NO_QUOTES }
const JSON_TEXT: Syntax = { comment: null, commentStarts: '', quotes: NO_QUOTES }
const TEST_SYNTAX: Record<TestLanguage, Syntax> = {
  js: { ...SLASH, quotes: `'"\`` },
  python: { ...HASH, quotes: `'"` },
  go: { ...SLASH, quotes: '"`' },
  java: { ...SLASH, quotes: '"' },
  rust: { ...SLASH, quotes: '"' }
}

export function syntaxOf(path: string, language: TestLanguage | null): Syntax {
  if (language) return TEST_SYNTAX[language]
  if (HASH_FILE.test(path)) return HASH
  if (path.endsWith('.xml')) return XML
  if (path.endsWith('.json')) return JSON_TEXT
  return SLASH
}

export function isComment(text: string, syntax: Syntax): boolean {
  if (syntax.comment === null) return false
  let i = 0
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++
  return i < text.length && syntax.commentStarts.includes(text[i]!) && syntax.comment.test(text)
}

/** The code a comment line holds once its comment marker is taken off. */
export function uncomment(text: string, syntax: Syntax): string {
  return syntax.comment === null ? text : text.replace(syntax.comment, '')
}

/**
 * A line's string literals read left to right once: asked about rising indexes, each character
 * is read at most once, so every scan below stays linear in the line's length.
 */
class StringState {
  readonly #text: string
  readonly #quotes: string
  #at = 0
  #open = ''

  constructor(text: string, quotes: string) {
    this.#text = text
    this.#quotes = quotes
  }

  /** True when `index` falls inside a literal opened before it; indexes must not go down. */
  inside(index: number): boolean {
    if (this.#quotes === '') return false
    const text = this.#text
    let i = this.#at
    let open = this.#open
    for (; i < index; i++) {
      const c = text[i]!
      if (open !== '') {
        if (c === '\\') i++
        else if (c === open) open = ''
      } else if (this.#quotes.includes(c)) {
        open = c
      }
    }
    this.#at = i
    this.#open = open
    return open !== ''
  }
}

/** The first match of `pattern` in `text` that is code, not part of a string literal. */
export function codeMatch(text: string, pattern: RegExp, quotes: string): RegExpExecArray | null {
  const first = pattern.exec(text)
  if (first === null) return null
  const strings = new StringState(text, quotes)
  if (!strings.inside(first.index)) return first
  // Rare: the first hit was quoted, so look further along the line (matches come in rising order).
  const global = new RegExp(pattern.source, pattern.flags + 'g')
  global.lastIndex = first.index + 1
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    if (!strings.inside(m.index)) return m
    if (m[0] === '') global.lastIndex++
  }
  return null
}

/** How many times `pattern` (global) matches as code in `text`. */
export function countCode(text: string, pattern: RegExp, quotes: string): number {
  pattern.lastIndex = 0
  const strings = new StringState(text, quotes)
  let count = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (!strings.inside(m.index)) count++
    if (m[0] === '') pattern.lastIndex++
  }
  return count
}

/** Whitespace-insensitive text of a line, for comparing a line before and after an edit. */
export function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** A line as quoted in a message: trimmed and cut to a readable length. */
export function excerpt(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > 120 ? `${trimmed.slice(0, 117)}...` : trimmed
}
