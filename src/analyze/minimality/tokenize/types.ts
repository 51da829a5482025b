/** Languages with a tokenizer of their own; other text files get `c-family`, `hash` or `text`. */
export type Language =
  'javascript' | 'typescript' | 'python' | 'go' | 'java' | 'c-family' | 'hash' | 'text'

export type TokenKind = 'word' | 'keyword' | 'number' | 'string' | 'punct'

/** A code token with its canonical text: quote style, number spelling and escapes removed. */
export interface Token {
  kind: TokenKind
  text: string
  /** `tokenKey`, made once: when the token is made for shared tokens, on first use for others. */
  key?: string
}

/** Shared punctuation and keyword tokens, with their comparison keys (see `tokenKey`). */
const SHARED_TOKENS: Record<'punct' | 'keyword', Map<string, Token>> = {
  punct: new Map(),
  keyword: new Map()
}
/**
 * The one token object for a punctuation mark or a keyword: tokens are never changed, and a
 * large diff holds millions of them, most of them these. Both kinds come from bounded sets (ASCII
 * marks, operator and keyword tables), so the tables stay small.
 */
export function sharedToken(kind: 'punct' | 'keyword', text: string): Token {
  const table = SHARED_TOKENS[kind]
  let token = table.get(text)
  if (token === undefined) {
    token = { kind, text, key: kind[0] + text }
    table.set(text, token)
  }
  return token
}

/** Punctuation tokens of one ASCII character, by character code. */
const MARKS = new Array<Token | undefined>(128).fill(undefined)

/** `sharedToken('punct', text[i])` for a mark below 128, without the string and the Map read. */
export function markToken(text: string, i: number): Token {
  const c = text.charCodeAt(i)
  return c < 128 ? (MARKS[c] ??= sharedToken('punct', text[i])) : sharedToken('punct', text[i])
}

/** Words a `WordTable` holds before it starts afresh: memory stays bounded. */
const MAX_TABLE_WORDS = 1 << 15
/** Slots at most: twice the words, so probes stay short. */
const TABLE_SLOTS = MAX_TABLE_WORDS * 2
/**
 * Slots a table starts with, doubled whenever a quarter are taken (so probes stay as short as
 * in the full table): most runs read a few thousand distinct words, and making the full table
 * for each language cost more than all their lookups.
 */
const FIRST_TABLE_SLOTS = 1 << 10
/** Slots a lookup tries before it makes an unshared token: crafted colliding words stay linear. */
const MAX_PROBES = 8

/**
 * The word and keyword tokens of one language, found by a hash of the characters the scanner
 * has just read, so that a word seen before costs no string: slicing every occurrence only to
 * look it up was most of the tokenizer's garbage.
 */
export class WordTable {
  readonly #keywords: ReadonlySet<string>
  #hashes = new Int32Array(FIRST_TABLE_SLOTS)
  #tokens = new Array<Token | undefined>(FIRST_TABLE_SLOTS).fill(undefined)
  /** `#tokens.length - 1`: slots are a power of two. */
  #mask = FIRST_TABLE_SLOTS - 1
  #count = 0

  constructor(keywords: ReadonlySet<string>) {
    this.#keywords = keywords
  }

  /** The token for `text[start, end)`, whose `wordHash` is `hash`. */
  token(text: string, start: number, end: number, hash: number): Token {
    const tokens = this.#tokens
    const mask = this.#mask
    let slot = hash & mask
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const found = tokens[slot]
      if (found === undefined) return this.#add(text.slice(start, end), slot, hash)
      if (this.#hashes[slot] === hash && sameChars(found.text, text, start, end)) return found
      slot = (slot + 1) & mask
    }
    return this.#make(text.slice(start, end))
  }

  #add(word: string, slot: number, hash: number): Token {
    if (this.#count >= MAX_TABLE_WORDS) {
      this.#tokens.fill(undefined)
      this.#count = 0
    } else if (4 * (this.#count + 1) > this.#tokens.length && this.#tokens.length < TABLE_SLOTS) {
      this.#grow()
      slot = this.#freeSlot(hash)
    }
    const token = this.#make(word)
    this.#tokens[slot] = token
    this.#hashes[slot] = hash
    this.#count++
    return token
  }

  /** Twice the slots, every word moved to its slot there. */
  #grow(): void {
    const tokens = this.#tokens
    const hashes = this.#hashes
    const size = Math.min(TABLE_SLOTS, tokens.length * 2)
    this.#tokens = new Array<Token | undefined>(size).fill(undefined)
    this.#hashes = new Int32Array(size)
    this.#mask = size - 1
    for (let slot = 0; slot < tokens.length; slot++) {
      const token = tokens[slot]
      if (token === undefined) continue
      const to = this.#freeSlot(hashes[slot])
      this.#tokens[to] = token
      this.#hashes[to] = hashes[slot]
    }
  }

  /** The first empty slot from `hash`'s own: the table is at most half full, so one is near. */
  #freeSlot(hash: number): number {
    let slot = hash & this.#mask
    while (this.#tokens[slot] !== undefined) slot = (slot + 1) & this.#mask
    return slot
  }

  #make(word: string): Token {
    return this.#keywords.has(word)
      ? sharedToken('keyword', word)
      : { kind: 'word', text: word, key: 'w' + word }
  }
}

/**
 * What scan loops read past a line's end, instead of calling `charCodeAt` out of range (NaN). V8's
 * optimized code assumes such reads stay in range until one does not; then it throws the
 * function's machine code away and compiles it again. On pallets/flask 2.3.3..3.1.0 such reads
 * made the Python scan compile three times (21, 41 and 56 ms on the compiler's thread) while the
 * run went on in slower code; with OUT_OF_LINE it compiles once.
 */
export const OUT_OF_LINE = -1

/** The multiplier of `wordHash`'s step, for scan loops that write the step out. */
export const WORD_HASH_PRIME = 0x01000193

/** Hash step for `WordTable`: fold the next character into the hash of the ones before it. */
export function wordHash(hash: number, c: number): number {
  return Math.imul(hash ^ c, WORD_HASH_PRIME)
}

/** The hash a word's first character is folded into. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0

function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  }
  return true
}

/** The token as one comparable string: its kind's initial, then its text. */
export function tokenKey(token: Token): string {
  return (token.key ??= token.kind[0] + token.text)
}

export interface TokenizedLine {
  tokens: Token[]
  /** The line's comment words (docstrings included), single-spaced; '' when none. */
  comment: string
  /** Leading whitespace width, a tab counting to the next multiple of 8. */
  indent: number
  /** The line begins a statement: in Python, where indentation is syntax. */
  statementStart: boolean
  /** Kind-prefixed token texts (`wname`, `p(`), filled on first comparison. */
  keys?: readonly string[]
}

/**
 * Lines longer than this are minified, generated or data (hand-written code stays far below it):
 * they are not tokenized but read as one opaque token, their text with white space runs
 * collapsed, so re-indenting one is still layout while the scan stays linear in its length.
 */
export const MAX_TOKENIZED_LINE = 2_000

/** A long line as one token: equal to another only when equal modulo white space runs. */
export function opaqueLine(text: string): TokenizedLine {
  return {
    tokens: [{ kind: 'string', text: 'L' + collapseWhiteSpace(text), key: undefined }],
    comment: '',
    indent: indentWidth(text),
    statementStart: false
  }
}

/**
 * `text.trim().replace(/\s+/g, ' ')` in one pass: long lines are the ones this reads, and the
 * trimmed copy and the regex replace each made one more copy of them.
 */
function collapseWhiteSpace(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--
  let out = ''
  let from = start
  for (let i = start; i < end; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) continue
    // A single space already reads as its collapsed self: the run continues unbroken.
    let j = i + 1
    while (isWhiteSpace(text.charCodeAt(j))) j++
    if (j === i + 1 && text.charCodeAt(i) === 32) continue
    out += text.slice(from, i) + ' '
    from = j
    i = j - 1
  }
  return from === start ? text.slice(start, end) : out + text.slice(from, end)
}

/** What `String.prototype.trim` takes off and `\s` matches. */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
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

/** Tokenizes consecutive lines of one side of a hunk (a hunk may start inside a comment). */
export type SideTokenizer = (lines: readonly string[]) => TokenizedLine[]

/** A hunk line as a tokenizer reads it: on both sides (context), the old side or the new. */
export const BOTH_SIDES = 0
export const OLD_SIDE = 1
export const NEW_SIDE = 2

/**
 * Tokenizes both sides of a hunk, `sides[k]` telling where line `k` belongs; each side's lines
 * come back in order, as its `SideTokenizer` reads them.
 */
export type HunkTokenizer = (
  lines: readonly string[],
  sides: Uint8Array
) => { old: TokenizedLine[]; new: TokenizedLine[] }

/** The hunk's lines as each side reads them: context lines on both. */
export function linesBySide(
  lines: readonly string[],
  sides: Uint8Array
): { oldLines: string[]; newLines: string[] } {
  const oldLines: string[] = []
  const newLines: string[] = []
  for (let k = 0; k < lines.length; k++) {
    if (sides[k] !== NEW_SIDE) oldLines.push(lines[k])
    if (sides[k] !== OLD_SIDE) newLines.push(lines[k])
  }
  return { oldLines, newLines }
}

/** Each side read on its own: for tokenizers whose state a context line cannot share. */
export function sideBySide(tokenize: SideTokenizer): HunkTokenizer {
  return (lines, sides) => {
    const { oldLines, newLines } = linesBySide(lines, sides)
    return { old: tokenize(oldLines), new: tokenize(newLines) }
  }
}

export function indentWidth(text: string, start = 0, end = text.length): number {
  let width = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) width++
    else if (c === 9) width = (Math.floor(width / 8) + 1) * 8
    else break
  }
  return width
}

/** Comment text reduced to its words, so re-wrapping or re-spacing a comment is layout. */
export function commentWords(raw: string): string {
  return commentWordsIn(raw, 0, raw.length)
}

/**
 * `commentWords` of `text[start, end)`, read in place: words split at white space, those made
 * only of comment marks (`*`, `/`, `#`) left out, the rest joined by single spaces. Most comments
 * are already single-spaced words, so the answer is then one slice of the text.
 */
export function commentWordsIn(text: string, start: number, end: number): string {
  let out = ''
  /** Where the kept words so far sit in `text`, while they still form one single-spaced run. */
  let runStart = -1
  let runEnd = -1
  let i = start
  while (i < end) {
    if (isWhiteSpace(text.charCodeAt(i))) {
      i++
      continue
    }
    let j = i
    let marksOnly = true
    for (; j < end; j++) {
      const c = text.charCodeAt(j)
      if (isWhiteSpace(c)) break
      if (c !== 42 && c !== 47 && c !== 35) marksOnly = false
    }
    if (!marksOnly) {
      if (runStart < 0 && out === '') runStart = i
      else if (runStart >= 0 && i === runEnd + 1 && text.charCodeAt(runEnd) === 32) {
        // The word continues the run: one space after the previous kept word.
      } else {
        if (runStart >= 0) out = text.slice(runStart, runEnd)
        runStart = -1
        out += ' ' + text.slice(i, j)
      }
      if (runStart >= 0) runEnd = j
    } else if (runStart >= 0) {
      // A dropped word breaks the run: what follows is joined by copying.
      out = text.slice(runStart, runEnd)
      runStart = -1
    }
    i = j
  }
  return runStart >= 0 ? text.slice(runStart, runEnd) : out
}

export function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 127
}

export function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57)
}

/**
 * `isWordPart` by UTF-16 code unit (1 or 0), for the per-character loops: a cold run reads
 * them before they are compiled, and there each call per character cost more than the rest.
 */
export const WORD_PART = new Uint8Array(65536).fill(1)
for (let c = 0; c < 128; c++) WORD_PART[c] = isWordPart(c) ? 1 : 0

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** String content with escaped quotes unescaped, so `'it\'s'` and `"it's"` compare equal. */
export function unescapeQuotes(content: string): string {
  if (!content.includes('\\')) return content
  let out = ''
  for (let i = 0; i < content.length; i++) {
    const c = content[i]
    if (c === '\\' && i + 1 < content.length) {
      const next = content[i + 1]
      out += next === '"' || next === "'" ? next : c + next
      i++
    } else out += c
  }
  return out
}
