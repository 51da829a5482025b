import { cFamilyHunkTokenizer, cFamilyTokenizer } from './c-family.js'
import type { CFamilyRules } from './c-family.js'
import type { HunkTokenizer, SideTokenizer } from './types.js'

/** Keywords and predeclared identifiers: renaming `int` to `int64` changes a type, not a name. */
const KEYWORDS = new Set(
  (
    'break case chan const continue default defer else fallthrough for func go goto if import ' +
    'interface map package range return select struct switch type var bool byte complex64 ' +
    'complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 ' +
    'uint32 uint64 uintptr true false iota nil any comparable append cap clear close complex ' +
    'copy delete imag len make max min new panic print println real recover'
  ).split(' ')
)

const VALUE_KEYWORDS = new Set(['true', 'false', 'nil', 'iota'])

const OPERATORS = new Set(
  '<<= >>= &^= ... && || <- ++ -- == != <= >= := += -= *= /= %= &= |= ^= << >> &^'.split(' ')
)

/** Go: runes in single quotes, raw strings in backticks; gofmt lowercases `0X` and `E`. */
const RULES: CFamilyRules = {
  keywords: KEYWORDS,
  valueKeywords: VALUE_KEYWORDS,
  operators: OPERATORS,
  singleQuote: 'char',
  templates: false,
  rawBackticks: true,
  textBlocks: false,
  regexLiterals: false,
  stringsByValue: false,
  canonicalNumber: (text) => text.toLowerCase()
}

export const goTokenizer: SideTokenizer = cFamilyTokenizer(RULES)
export const goHunkTokenizer: HunkTokenizer = cFamilyHunkTokenizer(RULES)
