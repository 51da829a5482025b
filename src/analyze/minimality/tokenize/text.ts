import { cFamilyHunkTokenizer, cFamilyTokenizer } from './c-family.js'
import type { CFamilyRules } from './c-family.js'
import {
  commentWordsIn,
  indentWidth,
  isDigit,
  isWhiteSpace,
  isWordPart,
  markToken,
  MAX_TOKENIZED_LINE,
  NEW_SIDE,
  OLD_SIDE,
  opaqueLine,
  sharedToken,
  WORD_HASH_PRIME,
  WORD_HASH_SEED,
  WORD_PART,
  wordHash,
  WordTable
} from './types.js'
import type { HunkTokenizer, SideTokenizer, Token, TokenizedLine } from './types.js'

const C_KEYWORDS = new Set(
  (
    'if else for while do switch case default break continue return goto struct union enum ' +
    'typedef sizeof static const void int char float double long short unsigned signed class ' +
    'public private protected virtual namespace template typename using new delete this true ' +
    'false null nullptr fn let mut impl pub use mod match trait where self val var fun object'
  ).split(' ')
)

/** C, C++, C#, Rust, Kotlin, Swift, Scala, PHP...: `//` and block comments, no templates. */
const C_RULES: CFamilyRules = {
  keywords: C_KEYWORDS,
  valueKeywords: new Set(['this', 'self', 'true', 'false', 'null', 'nullptr']),
  operators: new Set(
    '<<= >>= ... -> :: == != <= >= && || ++ -- += -= *= /= %= &= |= ^= << >> =>'.split(' ')
  ),
  singleQuote: 'char',
  templates: false,
  rawBackticks: false,
  textBlocks: false,
  regexLiterals: false,
  stringsByValue: false,
  canonicalNumber: (text) => text.toLowerCase()
}

export const cFamilyGenericTokenizer: SideTokenizer = cFamilyTokenizer(C_RULES)
export const cFamilyGenericHunkTokenizer: HunkTokenizer = cFamilyHunkTokenizer(C_RULES)

/** Each line is read on its own, so a context line is read once for both sides. */
function plainHunkTokenizer(hashComments: boolean): HunkTokenizer {
  return (lines, sides) => {
    const out: { old: TokenizedLine[]; new: TokenizedLine[] } = { old: [], new: [] }
    for (let k = 0; k < lines.length; k++) {
      const text = lines[k]
      const line =
        text.length > MAX_TOKENIZED_LINE ? opaqueLine(text) : plainLine(text, hashComments)
      if (sides[k] !== NEW_SIDE) out.old.push(line)
      if (sides[k] !== OLD_SIDE) out.new.push(line)
    }
    return out
  }
}

/** Words, numbers and single punctuation; `#` opens a comment at a word boundary when asked. */
function plainTokenizer(hashComments: boolean): SideTokenizer {
  return (lines) =>
    lines.map((text) =>
      text.length > MAX_TOKENIZED_LINE ? opaqueLine(text) : plainLine(text, hashComments)
    )
}

/** Words of every plain-text format: there are no keywords. */
const WORDS = new WordTable(new Set())

/** As in `scanLine` (c-family): tokens gathered here, then copied out at their exact count. */
const SCRATCH: Token[] = []

function plainLine(text: string, hashComments: boolean): TokenizedLine {
  const tokens = SCRATCH
  let count = 0
  let comment = -1
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 9) {
      i++
    } else if (c === 35 && hashComments && (i === 0 || isWhiteSpace(text.charCodeAt(i - 1)))) {
      comment = i + 1
      break
    } else if (isWordPart(c)) {
      let hash = wordHash(WORD_HASH_SEED, c)
      let j = i + 1
      // As in `scanLine` (c-family): no call per character.
      while (j < text.length) {
        const d = text.charCodeAt(j)
        if (WORD_PART[d] === 0) break
        hash = Math.imul(hash ^ d, WORD_HASH_PRIME)
        j++
      }
      tokens[count++] = isDigit(c)
        ? { kind: 'number', text: text.slice(i, j), key: undefined }
        : WORDS.token(text, i, j, hash)
      i = j
    } else if (!hashComments && (c === 45 || c === 61) && ruleLength(text, i) >= 3) {
      // A Markdown table separator or heading underline re-padded keeps its meaning.
      tokens[count++] = sharedToken('punct', text[i].repeat(3))
      i += ruleLength(text, i)
    } else if (!hashComments && (c === 42 || c === 43) && count === 0 && spaceAt(text, i + 1)) {
      // A Markdown list marker, which formatters rewrite as `-`.
      tokens[count++] = sharedToken('punct', '-')
      i++
    } else {
      // Never a word character, so ASCII: the shared table stays small.
      tokens[count++] = markToken(text, i)
      i++
    }
  }
  return {
    tokens: count === 0 ? [] : tokens.slice(0, count),
    comment: comment < 0 ? '' : commentWordsIn(text, comment, text.length),
    indent: indentWidth(text),
    statementStart: true
  }
}

/** How many times the character at `i` repeats from there. */
function ruleLength(text: string, i: number): number {
  let j = i + 1
  while (j < text.length && text.charCodeAt(j) === text.charCodeAt(i)) j++
  return j - i
}

function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c === 32 || c === 9
}

/** Shell, YAML, TOML, Ruby, Perl, R, Makefiles: `#` comments. */
export const hashCommentTokenizer: SideTokenizer = plainTokenizer(true)
export const hashCommentHunkTokenizer: HunkTokenizer = plainHunkTokenizer(true)

/** Prose, markup and unknown formats: only words and punctuation count. */
export const textTokenizer: SideTokenizer = plainTokenizer(false)
export const textHunkTokenizer: HunkTokenizer = plainHunkTokenizer(false)
