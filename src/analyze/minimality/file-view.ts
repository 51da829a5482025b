import type { ChangedFile, DiffLine, Hunk } from '../../model.js'
import { languageOf, tokenizerFor } from './tokenize/index.js'
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
  tok: TokenizedLine
  /** The line's code tokens as one comparable string; '' when it has none. */
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
}

export interface HunkView {
  hunk: Hunk
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

export function isBlank(line: ChangedLine): boolean {
  return line.key === '' && line.tok.comment === ''
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
  file.hunks.forEach((hunk, index) => view.hunks.push(buildHunkView(view, hunk, index)))
  return view
}

function buildHunkView(view: FileView, hunk: Hunk, index: number): HunkView {
  const tokenize = tokenizerFor(view.language)
  const oldAt: number[] = []
  const newAt: number[] = []
  hunk.lines.forEach((line, k) => {
    if (line.kind !== 'add') oldAt.push(k)
    if (line.kind !== 'del') newAt.push(k)
  })
  const oldTokens = spread(
    hunk.lines.length,
    oldAt,
    tokenize(oldAt.map((k) => hunk.lines[k].content))
  )
  const newTokens = spread(
    hunk.lines.length,
    newAt,
    tokenize(newAt.map((k) => hunk.lines[k].content))
  )
  const python = view.language === 'python'
  const hv: HunkView = {
    hunk,
    oldTokens,
    newTokens,
    oldLevels: python ? indentLevels(oldTokens) : [],
    newLevels: python ? indentLevels(newTokens) : [],
    regions: []
  }
  let region: Region | null = null
  hunk.lines.forEach((diff, k) => {
    if (diff.kind === 'context') {
      region = null
      return
    }
    if (region === null) {
      region = { view, hunk: index, start: k, end: k, dels: [], adds: [] }
      hv.regions.push(region)
    }
    region.end = k + 1
    const tok = (diff.kind === 'del' ? oldTokens[k] : newTokens[k]) as TokenizedLine
    const levels = diff.kind === 'del' ? hv.oldLevels : hv.newLevels
    const line: ChangedLine = {
      hunk: index,
      at: k,
      kind: diff.kind,
      diff,
      tok,
      key: lineKey(tok.tokens),
      level: python ? (levels[k] ?? -1) : -1,
      cls: 'essential',
      region
    }
    ;(diff.kind === 'del' ? region.dels : region.adds).push(line)
    view.lines.push(line)
  })
  return hv
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
