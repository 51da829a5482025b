import { goHunkTokenizer, goTokenizer } from './go.js'
import { javaHunkTokenizer, javaTokenizer } from './java.js'
import { javascriptHunkTokenizer, javascriptTokenizer } from './javascript.js'
import { pythonTokenizer } from './python.js'
import {
  cFamilyGenericHunkTokenizer,
  cFamilyGenericTokenizer,
  hashCommentHunkTokenizer,
  hashCommentTokenizer,
  textHunkTokenizer,
  textTokenizer
} from './text.js'
import { sideBySide } from './types.js'
import type { HunkTokenizer, Language, SideTokenizer } from './types.js'

/** Extension -> language; a Map, since extensions come from the diff (`x.constructor`). */
const BY_EXTENSION: ReadonlyMap<string, Language> = new Map<string, Language>([
  ['js', 'javascript'],
  ['mjs', 'javascript'],
  ['cjs', 'javascript'],
  ['jsx', 'javascript'],
  ['ts', 'typescript'],
  ['mts', 'typescript'],
  ['cts', 'typescript'],
  ['tsx', 'typescript'],
  ['py', 'python'],
  ['pyi', 'python'],
  ['go', 'go'],
  ['java', 'java'],
  ['c', 'c-family'],
  ['h', 'c-family'],
  ['cc', 'c-family'],
  ['cpp', 'c-family'],
  ['cxx', 'c-family'],
  ['hpp', 'c-family'],
  ['cs', 'c-family'],
  ['rs', 'c-family'],
  ['kt', 'c-family'],
  ['kts', 'c-family'],
  ['swift', 'c-family'],
  ['scala', 'c-family'],
  ['dart', 'c-family'],
  ['php', 'c-family'],
  ['sh', 'hash'],
  ['bash', 'hash'],
  ['zsh', 'hash'],
  ['yml', 'hash'],
  ['yaml', 'hash'],
  ['toml', 'hash'],
  ['rb', 'hash'],
  ['pl', 'hash'],
  ['r', 'hash'],
  ['cfg', 'hash'],
  ['ini', 'hash'],
  ['conf', 'hash'],
  ['dockerfile', 'hash'],
  ['mk', 'hash']
])

const HASH_FILES = new Set(['Dockerfile', 'Makefile', 'Gemfile', 'Rakefile', 'Procfile'])

export function languageOf(path: string): Language {
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (HASH_FILES.has(name)) return 'hash'
  const dot = name.lastIndexOf('.')
  return dot > 0 ? (BY_EXTENSION.get(name.slice(dot + 1).toLowerCase()) ?? 'text') : 'text'
}

const TOKENIZERS: Readonly<Record<Language, SideTokenizer>> = {
  javascript: javascriptTokenizer,
  typescript: javascriptTokenizer,
  python: pythonTokenizer,
  go: goTokenizer,
  java: javaTokenizer,
  'c-family': cFamilyGenericTokenizer,
  hash: hashCommentTokenizer,
  text: textTokenizer
}

export function tokenizerFor(language: Language): SideTokenizer {
  return TOKENIZERS[language]
}

const HUNK_TOKENIZERS: Readonly<Record<Language, HunkTokenizer>> = {
  javascript: javascriptHunkTokenizer,
  typescript: javascriptHunkTokenizer,
  python: sideBySide(pythonTokenizer),
  go: goHunkTokenizer,
  java: javaHunkTokenizer,
  'c-family': cFamilyGenericHunkTokenizer,
  hash: hashCommentHunkTokenizer,
  text: textHunkTokenizer
}

/** Both sides of a hunk at once: context lines are read once where the language allows. */
export function hunkTokenizerFor(language: Language): HunkTokenizer {
  return HUNK_TOKENIZERS[language]
}
