import { cFamilyHunkTokenizer, cFamilyTokenizer } from './c-family.js'
import type { CFamilyRules } from './c-family.js'
import type { HunkTokenizer, SideTokenizer } from './types.js'

const KEYWORDS = new Set(
  (
    'abstract assert boolean break byte case catch char class const continue default do double ' +
    'else enum extends final finally float for goto if implements import instanceof int ' +
    'interface long native new package private protected public return short static strictfp ' +
    'super switch synchronized this throw throws transient try void volatile while true false ' +
    'null var record yield sealed permits'
  ).split(' ')
)

const VALUE_KEYWORDS = new Set(['this', 'super', 'true', 'false', 'null'])

const OPERATORS = new Set(
  '>>>= <<= >>= >>> ... -> :: == != <= >= && || ++ -- += -= *= /= %= &= |= ^= << >>'.split(' ')
)

/** Java: char literals in single quotes, text blocks in triple quotes, `10L` is `10l`. */
const RULES: CFamilyRules = {
  keywords: KEYWORDS,
  valueKeywords: VALUE_KEYWORDS,
  operators: OPERATORS,
  singleQuote: 'char',
  templates: false,
  rawBackticks: false,
  textBlocks: true,
  regexLiterals: false,
  stringsByValue: false,
  canonicalNumber: (text) => text.toLowerCase()
}

export const javaTokenizer: SideTokenizer = cFamilyTokenizer(RULES)
export const javaHunkTokenizer: HunkTokenizer = cFamilyHunkTokenizer(RULES)
