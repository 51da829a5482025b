import { cFamilyHunkTokenizer, cFamilyTokenizer } from './c-family.js'
import type { CFamilyRules } from './c-family.js'
import type { HunkTokenizer, SideTokenizer } from './types.js'

const KEYWORDS = new Set(
  (
    'abstract any async await bigint boolean break case catch class const continue debugger ' +
    'declare default delete do else enum export extends false finally for function if ' +
    'implements import in instanceof interface keyof let namespace never new null number ' +
    'object private protected public readonly return satisfies static string super switch ' +
    'symbol this throw true try typeof undefined unknown var void while with yield'
  ).split(' ')
)

const VALUE_KEYWORDS = new Set(['this', 'super', 'true', 'false', 'null', 'undefined'])

const OPERATORS = new Set(
  (
    '>>>= ... === !== **= <<= >>= >>> &&= ||= ??= => == != <= >= && || ?? ?. ++ -- += -= *= ' +
    '/= %= &= |= ^= ** << >>'
  ).split(' ')
)

/** JavaScript numbers compare by value: Prettier rewrites `1.50`, `.5`, `0XAB`, `1E+10`. */
function canonicalNumber(text: string): string {
  const lower = text.toLowerCase().replace(/_/g, '')
  if (lower.endsWith('n')) return lower
  const value = Number(lower)
  return Number.isNaN(value) ? lower : String(value)
}

/** JavaScript and TypeScript, JSX included: templates, regex literals, quote style as layout. */
const RULES: CFamilyRules = {
  keywords: KEYWORDS,
  valueKeywords: VALUE_KEYWORDS,
  operators: OPERATORS,
  singleQuote: 'string',
  templates: true,
  rawBackticks: false,
  textBlocks: false,
  regexLiterals: true,
  stringsByValue: true,
  canonicalNumber
}

export const javascriptTokenizer: SideTokenizer = cFamilyTokenizer(RULES)
export const javascriptHunkTokenizer: HunkTokenizer = cFamilyHunkTokenizer(RULES)
