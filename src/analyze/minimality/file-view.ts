import type { ChangedFile, DiffLine, Hunk } from '../../model.js'
import { languageOf, tokenizerFor } from './tokenize/index.js'
import { mayOpenSpan, sketchLine } from './tokenize/sketch.js'
import type { LineSketch } from './tokenize/sketch.js'
import type { Language, Token, TokenizedLine } from './tokenize/types.js'

/** What a changed line turned out to be; every changed line has exactly one class. */
export type LineClass =
  'essential' | 'format' | 'comment' | 'import' | 'rename' | 'moved' | 'file-rename' | 'generated'

export interface ChangedLine {
  hunk: number
  /** Index in `Hunk.lines`. */
  at: number
  kind: 'add' | 'del'
  diff: DiffLine
  sketch: LineSketch
  /** Tokens, in a hunk the tokenizer read (`Region.tokenized`); empty elsewhere. */
  tok: TokenizedLine
  /** The line's code tokens as one comparable string; '' when it has none (or no tokens). */
  key: string
  /** Python: indentation level among its side's statement lines in the hunk; else -1. */
  level: number
  cls: LineClass
  region: Region
}

/** A maximal run of changed lines between context lines. */
export interface Region {
  view: FileView
  hunk: number
  /** Hunk line indices [start, end). */
  start: number
  end: number
  dels: ChangedLine[]
  adds: ChangedLine[]
  /** The hunk was tokenized: layout, comment, rename and import analysis apply. */
  tokenized: boolean
}

export interface HunkView {
  hunk: Hunk
  tokenized: boolean
  /** Tokens by hunk line index: old side (context and del lines), new side (context and add). */
  oldTokens: (TokenizedLine | undefined)[]
  newTokens: (TokenizedLine | undefined)[]
  oldLevels: number[]
  newLevels: number[]
  regions: Region[]
}

export interface FileView {
  file: ChangedFile
  language: Language
  hunks: HunkView[]
  lines: ChangedLine[]
}

const NO_TOKENS: TokenizedLine = Object.freeze({
  tokens: [],
  comment: '',
  indent: 0,
  statementStart: false
}) as TokenizedLine

/** Lines that may be part of an import section (checked precisely once tokenized). */
const IMPORT_LIKE =
  /^\s*(?:import\b|from\s+\S+\s+import\b|export\s*(?:\{|\*)|(?:const|let|var)\b.*\brequire\s*\(|(?:[\w.]+\s+)?"[^"]*"\s*$)/

/** The first letter of an import-like line: `import`, `from`, `export`, `const`/`let`/`var`. */
const IMPORT_INITIALS = new Set([105, 102, 101, 99, 108, 118])

function mayImport(text: string): boolean {
  let i = 0
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++
  const c = text.charCodeAt(i)
  if (c === 99 || c === 108 || c === 118) return text.includes('require') && IMPORT_LIKE.test(text)
  const last = text.charCodeAt(text.trimEnd().length - 1)
  return (IMPORT_INITIALS.has(c) || last === 34) && IMPORT_LIKE.test(text)
}

export function isBlank(line: ChangedLine): boolean {
  return line.sketch.blank
}

export function tokenKey(token: Token): string {
  return token.kind[0] + token.text
}

/** Code tokens joined; a statement-ending `;` is layout in every language we read. */
export function lineKey(tokens: readonly Token[]): string {
  let end = tokens.length
  if (end > 0 && tokens[end - 1].text === ';' && tokens[end - 1].kind === 'punct') end--
  let key = ''
  for (let i = 0; i < end; i++) key += (i > 0 ? '\u0001' : '') + tokenKey(tokens[i])
  return key
}

export function buildFileView(file: ChangedFile): FileView {
  const language = languageOf(file.path)
  const view: FileView = { file, language, hunks: [], lines: [] }
  const imports =
    language !== 'text' &&
    language !== 'hash' &&
    file.hunks.some((hunk) => hunk.lines.some((l) => l.kind !== 'context' && mayImport(l.content)))
  file.hunks.forEach((hunk, index) => view.hunks.push(buildHunkView(view, hunk, index, imports)))
  return view
}

function buildHunkView(view: FileView, hunk: Hunk, index: number, imports: boolean): HunkView {
  const hv: HunkView = {
    hunk,
    tokenized: false,
    oldTokens: [],
    newTokens: [],
    oldLevels: [],
    newLevels: [],
    regions: []
  }
  let region: Region | null = null
  let spans = false
  const lines = hunk.lines
  for (let k = 0; k < lines.length; k++) {
    const diff = lines[k]
    if (diff.kind === 'context') {
      region = null
      if (!spans) spans = mayOpenSpan(diff.content, view.language)
      continue
    }
    if (region === null) {
      region = { view, hunk: index, start: k, end: k, dels: [], adds: [], tokenized: false }
      hv.regions.push(region)
    }
    region.end = k + 1
    const sketch = sketchLine(diff.content, view.language)
    spans ||= sketch.spans || sketch.prose
    const line: ChangedLine = {
      hunk: index,
      at: k,
      kind: diff.kind,
      diff,
      sketch,
      tok: NO_TOKENS,
      key: '',
      level: -1,
      cls: 'essential',
      region
    }
    ;(diff.kind === 'del' ? region.dels : region.adds).push(line)
    view.lines.push(line)
  }
  if (imports || spans || mayHoldRefactor(hv)) tokenize(view, hv)
  return hv
}

/**
 * Whether some region could be layout, comment or rename work: equal code words on both sides,
 * equal shapes (a rename keeps punctuation and literals), or only comments. Other hunks are
 * behavioural or moved code, which the sketch alone decides.
 */
function mayHoldRefactor(hv: HunkView): boolean {
  let oldWords = 0
  let newWords = 0
  for (const region of hv.regions) {
    const { dels, adds } = region
    if (dels.length === 0 || adds.length === 0) {
      const lines = dels.length > 0 ? dels : adds
      if (lines.every((l) => !l.sketch.hasCode) && lines.some((l) => !l.sketch.blank)) return true
      continue
    }
    const dWords = sum(dels, 'words')
    const aWords = sum(adds, 'words')
    oldWords = (oldWords + dWords) | 0
    newWords = (newWords + aWords) | 0
    if (dWords === aWords || sum(dels, 'shape') === sum(adds, 'shape')) return true
    if (dels.length === adds.length) {
      for (let i = 0; i < dels.length; i++) {
        const x = dels[i].sketch
        const y = adds[i].sketch
        if (x.shape === y.shape || (x.words === y.words && x.hasCode)) return true
      }
    }
  }
  return hv.regions.length > 1 && oldWords === newWords
}

function sum(lines: readonly ChangedLine[], field: 'words' | 'shape'): number {
  let total = 0
  for (const line of lines) if (line.sketch.hasCode) total = (total + line.sketch[field]) | 0
  return total
}

function tokenize(view: FileView, hv: HunkView): void {
  const tokenizeSide = tokenizerFor(view.language)
  const lines = hv.hunk.lines
  const oldAt: number[] = []
  const newAt: number[] = []
  lines.forEach((line, k) => {
    if (line.kind !== 'add') oldAt.push(k)
    if (line.kind !== 'del') newAt.push(k)
  })
  hv.tokenized = true
  hv.oldTokens = spread(lines.length, oldAt, tokenizeSide(oldAt.map((k) => lines[k].content)))
  hv.newTokens = spread(lines.length, newAt, tokenizeSide(newAt.map((k) => lines[k].content)))
  const python = view.language === 'python'
  if (python) {
    hv.oldLevels = indentLevels(hv.oldTokens)
    hv.newLevels = indentLevels(hv.newTokens)
  }
  for (const region of hv.regions) {
    region.tokenized = true
    for (const line of [...region.dels, ...region.adds]) {
      const del = line.kind === 'del'
      line.tok = (del ? hv.oldTokens[line.at] : hv.newTokens[line.at]) ?? NO_TOKENS
      line.key = lineKey(line.tok.tokens)
      line.level = python ? ((del ? hv.oldLevels : hv.newLevels)[line.at] ?? -1) : -1
    }
  }
}

function spread(
  length: number,
  at: readonly number[],
  tokens: readonly TokenizedLine[]
): (TokenizedLine | undefined)[] {
  const out = new Array<TokenizedLine | undefined>(length)
  at.forEach((k, i) => (out[k] = tokens[i]))
  return out
}

/** Indentation as ordinal levels, so re-indenting 2 to 4 spaces keeps every level. */
function indentLevels(tokens: readonly (TokenizedLine | undefined)[]): number[] {
  const widths = new Set<number>()
  for (const tok of tokens) {
    if (tok?.statementStart && tok.tokens.length > 0) widths.add(tok.indent)
  }
  const rank = new Map([...widths].sort((a, b) => a - b).map((width, i) => [width, i]))
  return tokens.map((tok) =>
    tok?.statementStart && tok.tokens.length > 0 ? (rank.get(tok.indent) ?? -1) : -1
  )
}
