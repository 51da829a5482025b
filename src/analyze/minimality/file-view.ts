import type { ChangedFile, DiffLine, Hunk } from '../../model.js'
import {
  AT_END,
  AT_FLAGS,
  AT_START,
  KIND_ADD,
  KIND_CONTEXT,
  KIND_DEL,
  KIND_MASK,
  LINE_STRIDE,
  packedOf
} from '../../packed-lines.js'
import { languageOf, tokenizerFor } from './tokenize/index.js'
import {
  emptySketch,
  mayOpenSpanAt,
  sketchLine,
  sketchSpan,
  spanMarkersWithin
} from './tokenize/sketch.js'
import type { LineSketch } from './tokenize/sketch.js'
import type { Language, Token, TokenizedLine } from './tokenize/types.js'

/** What a changed line turned out to be; every changed line has exactly one class. */
export type LineClass =
  'essential' | 'format' | 'comment' | 'import' | 'rename' | 'moved' | 'renamed-file'

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
  oldTokens: readonly (TokenizedLine | undefined)[]
  newTokens: readonly (TokenizedLine | undefined)[]
  oldLevels: readonly number[]
  newLevels: readonly number[]
  /** Regions of a tokenized hunk (others hold only behavioural or moved lines). */
  regions: readonly Region[]
}

export const BLANK = 1
export const SIGNIFICANT = 2
export const HAS_CODE = 4

/**
 * Every changed line of the file, as parallel arrays: most hunks are plainly behavioural, and
 * objects for their lines would cost more than the rest of the analysis.
 */
export interface CompactLines {
  count: number
  /**
   * `STRIDE` numbers per changed line at the `COL_*` offsets: one buffer per file, since
   * allocating typed arrays costs more than filling them on diffs of many small files.
   */
  data: Int32Array
  /** The line as an object: set in tokenized hunks, and once a move claims it. */
  line: (ChangedLine | undefined)[]
}

export const COL_HUNK = 0
/** Index in `Hunk.lines`. */
export const COL_AT = 1
/** 1 for a deleted line, 0 for an added one. */
export const COL_DEL = 2
/** Hunk line index where the line's region starts. */
export const COL_REGION = 3
export const COL_KEY = 4
/** BLANK | SIGNIFICANT | HAS_CODE */
export const COL_FLAGS = 5
export const COL_INDENT = 6
export const STRIDE = 7

export interface FileView {
  file: ChangedFile
  language: Language
  hunks: HunkView[]
  /** The changed lines that exist as objects (tokenized hunks, moved blocks). */
  lines: ChangedLine[]
  compact: CompactLines
  /** Regions of untokenized hunks, made when a line of them is materialized. */
  lazyRegions: Map<string, Region>
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

export function isBlank(line: ChangedLine): boolean {
  return line.sketch.blank
}

export function tokenKey(token: Token): string {
  return token.kind[0] + token.text
}

const NO_KEYS: readonly string[] = Object.freeze([])

/** The line's token keys, made once per line however many comparisons read it. */
export function keysOf(tok: TokenizedLine): readonly string[] {
  if (tok.tokens.length === 0) return NO_KEYS
  return (tok.keys ??= tok.tokens.map(tokenKey))
}

/** Code tokens joined; a statement-ending `;` is layout in every language we read. */
export function lineKey(tok: TokenizedLine): string {
  const keys = keysOf(tok)
  const end = keys.length > 0 && keys[keys.length - 1] === 'p;' ? keys.length - 1 : keys.length
  return end === keys.length ? keys.join('\u0001') : keys.slice(0, end).join('\u0001')
}

export function buildFileView(file: ChangedFile): FileView {
  const language = languageOf(file.path)
  // Exactly the changed lines: on large diffs these buffers drive garbage collection.
  let changed = 0
  for (let h = 0; h < file.hunks.length; h++) changed += packedOf(file.hunks[h]).changed
  const compact: CompactLines = {
    count: 0,
    data: new Int32Array(changed * STRIDE),
    line: new Array<ChangedLine | undefined>(changed)
  }
  const view: FileView = { file, language, hunks: [], lines: [], compact, lazyRegions: new Map() }
  const imports = language !== 'text' && language !== 'hash'
  const scratch: Scratch = { sketches: [], kinds: new Uint8Array(64) }
  for (let index = 0; index < file.hunks.length; index++) {
    view.hunks.push(buildHunkView(view, file.hunks[index], index, imports, scratch))
  }
  return view
}

const NO_LINES: readonly never[] = Object.freeze([])

/** Buffers reused from hunk to hunk of a file, so that sketching allocates nothing per line. */
interface Scratch {
  sketches: LineSketch[]
  /** `KIND_*` by hunk line index. */
  kinds: Uint8Array
}

/** Sketches the hunk's changed lines; tokenizes it only when it may hold refactor work. */
function buildHunkView(
  view: FileView,
  hunk: Hunk,
  index: number,
  imports: boolean,
  scratch: Scratch
): HunkView {
  const packed = packedOf(hunk)
  const { cols, source, first } = packed
  const length = packed.count
  const sketches = scratch.sketches
  const kinds =
    scratch.kinds.length >= length ? scratch.kinds : (scratch.kinds = new Uint8Array(length * 2))
  let count = 0
  // Context lines are read for span openers only when the hunk holds a marker at all.
  const readContext =
    length > 0 &&
    spanMarkersWithin(
      source,
      cols[first * LINE_STRIDE + AT_START],
      cols[(first + length - 1) * LINE_STRIDE + AT_END],
      view.language
    )
  let spans = false
  let blankOnly = true
  let importLines = false
  for (let k = 0, o = first * LINE_STRIDE; k < length; k++, o += LINE_STRIDE) {
    const kind = cols[o + AT_FLAGS] & KIND_MASK
    kinds[k] = kind
    const start = cols[o + AT_START]
    const end = cols[o + AT_END]
    if (kind === KIND_CONTEXT) {
      if (readContext && !spans) spans = mayOpenSpanAt(source, start, end, view.language)
      continue
    }
    const sketch = sketchSpan(
      source,
      start,
      end,
      view.language,
      (sketches[count] ??= emptySketch())
    )
    count++
    spans ||= sketch.spans || sketch.prose
    blankOnly &&= sketch.blank
    // Import lines are tokenized with their hunk, where the import section sits.
    importLines ||= imports && sketch.importish && IMPORT_LIKE.test(source.text.slice(start, end))
  }
  if (importLines || spans || blankOnly || mayHoldRefactor(kinds, length, scratch)) {
    return tokenizedHunk(view, hunk, index, sketches)
  }
  const c = view.compact
  let regionStart = 0
  let n = 0
  for (let k = 0; k < length; k++) {
    const kind = kinds[k]
    if (kind === KIND_CONTEXT) continue
    if (k === 0 || kinds[k - 1] === KIND_CONTEXT) regionStart = k
    const sketch = sketches[n++]
    const i = c.count++
    c.data[i * STRIDE + COL_HUNK] = index
    c.data[i * STRIDE + COL_AT] = k
    c.data[i * STRIDE + COL_DEL] = kind === KIND_DEL ? 1 : 0
    c.data[i * STRIDE + COL_REGION] = regionStart
    c.data[i * STRIDE + COL_KEY] = sketch.moveKey
    c.data[i * STRIDE + COL_FLAGS] = flagsOf(sketch)
    c.data[i * STRIDE + COL_INDENT] = sketch.indent
  }
  return {
    hunk,
    tokenized: false,
    oldTokens: NO_LINES,
    newTokens: NO_LINES,
    oldLevels: NO_LINES,
    newLevels: NO_LINES,
    regions: NO_LINES
  }
}

function flagsOf(sketch: LineSketch): number {
  return (
    (sketch.blank ? BLANK : 0) |
    (sketch.significant ? SIGNIFICANT : 0) |
    (sketch.hasCode ? HAS_CODE : 0)
  )
}

/**
 * Whether some region could be layout, comment or rename work: equal code words on both sides,
 * equal shapes (a rename keeps punctuation and literals), or only comments. Other hunks are
 * behavioural or moved code, which the sketch alone decides.
 */
function mayHoldRefactor(kinds: Uint8Array, length: number, scratch: Scratch): boolean {
  const sketches = scratch.sketches
  let oldWords = 0
  let newWords = 0
  let regions = 0
  let n = 0
  for (let k = 0; k < length;) {
    if (kinds[k] === KIND_CONTEXT) {
      k++
      continue
    }
    regions++
    // The region's sketches are sketches[from, to); dels and adds interleave in any order.
    const from = n
    let delCount = 0
    let addCount = 0
    let delWords = 0
    let addWords = 0
    let delShape = 0
    let addShape = 0
    let allBlank = true
    let anyCode = false
    for (; k < length && kinds[k] !== KIND_CONTEXT; k++) {
      const s = sketches[n++]
      allBlank &&= s.blank
      anyCode ||= s.hasCode
      if (kinds[k] === KIND_DEL) {
        delCount++
        if (s.hasCode) {
          delWords = (delWords + s.words) | 0
          delShape = (delShape + s.shape) | 0
        }
      } else {
        addCount++
        if (s.hasCode) {
          addWords = (addWords + s.words) | 0
          addShape = (addShape + s.shape) | 0
        }
      }
    }
    if (delCount === 0 || addCount === 0) {
      if (!anyCode && !allBlank) return true
      continue
    }
    oldWords = (oldWords + delWords) | 0
    newWords = (newWords + addWords) | 0
    if (delWords === addWords || delShape === addShape) return true
    if (delCount === addCount && pairMayMatch(kinds, k, sketches, from, n)) return true
  }
  return regions > 1 && oldWords === newWords
}

/** The i-th deleted and i-th added line of the region ending before hunk line `end`. */
function pairMayMatch(
  kinds: Uint8Array,
  end: number,
  sketches: readonly LineSketch[],
  from: number,
  to: number
): boolean {
  const start = end - (to - from)
  let d = start
  let a = start
  for (;;) {
    while (d < end && kinds[d] !== KIND_DEL) d++
    while (a < end && kinds[a] !== KIND_ADD) a++
    if (d >= end || a >= end) return false
    const x = sketches[from + d - start]
    const y = sketches[from + a - start]
    if (x.shape === y.shape || (x.words === y.words && x.hasCode)) return true
    d++
    a++
  }
}

function tokenizedHunk(
  view: FileView,
  hunk: Hunk,
  index: number,
  sketches: readonly LineSketch[]
): HunkView {
  const tokenizeSide = tokenizerFor(view.language)
  const lines = hunk.lines
  const oldAt: number[] = []
  const newAt: number[] = []
  lines.forEach((line, k) => {
    if (line.kind !== 'add') oldAt.push(k)
    if (line.kind !== 'del') newAt.push(k)
  })
  const oldTokens = spread(lines.length, oldAt, tokenizeSide(oldAt.map((k) => lines[k].content)))
  const newTokens = spread(lines.length, newAt, tokenizeSide(newAt.map((k) => lines[k].content)))
  const python = view.language === 'python'
  const oldLevels = python ? indentLevels(oldTokens) : []
  const newLevels = python ? indentLevels(newTokens) : []
  const regions: Region[] = []
  let region: Region | null = null
  let n = 0
  for (let k = 0; k < lines.length; k++) {
    const diff = lines[k]
    if (diff.kind === 'context') {
      region = null
      continue
    }
    if (region === null) {
      region = { view, hunk: index, start: k, end: k, dels: [], adds: [], tokenized: true }
      regions.push(region)
    }
    region.end = k + 1
    const del = diff.kind === 'del'
    const tok = (del ? oldTokens[k] : newTokens[k]) ?? NO_TOKENS
    const line: ChangedLine = {
      hunk: index,
      at: k,
      kind: diff.kind,
      diff,
      sketch: { ...sketches[n++] },
      tok,
      key: lineKey(tok),
      level: python ? ((del ? oldLevels : newLevels)[k] ?? -1) : -1,
      cls: 'essential',
      region
    }
    ;(del ? region.dels : region.adds).push(line)
    view.lines.push(line)
    const c = view.compact
    const i = c.count++
    c.data[i * STRIDE + COL_HUNK] = index
    c.data[i * STRIDE + COL_AT] = k
    c.data[i * STRIDE + COL_DEL] = del ? 1 : 0
    c.data[i * STRIDE + COL_REGION] = region.start
    c.data[i * STRIDE + COL_KEY] = line.sketch.moveKey
    c.data[i * STRIDE + COL_FLAGS] = flagsOf(line.sketch)
    c.data[i * STRIDE + COL_INDENT] = line.sketch.indent
    c.line[i] = line
  }
  return { hunk, tokenized: true, oldTokens, newTokens, oldLevels, newLevels, regions }
}

/** The changed line at compact index `i` as an object, made on first use. */
export function lineAt(view: FileView, i: number): ChangedLine {
  const c = view.compact
  const existing = c.line[i]
  if (existing !== undefined) return existing
  const hunk = c.data[i * STRIDE + COL_HUNK]
  const at = c.data[i * STRIDE + COL_AT]
  const diff = view.file.hunks[hunk].lines[at]
  const regionKey = `${hunk}:${c.data[i * STRIDE + COL_REGION]}`
  let region = view.lazyRegions.get(regionKey)
  if (region === undefined) {
    const hunkLines = view.file.hunks[hunk].lines
    let end = c.data[i * STRIDE + COL_REGION]
    while (end < hunkLines.length && hunkLines[end].kind !== 'context') end++
    region = {
      view,
      hunk,
      start: c.data[i * STRIDE + COL_REGION],
      end,
      dels: [],
      adds: [],
      tokenized: false
    }
    view.lazyRegions.set(regionKey, region)
  }
  const line: ChangedLine = {
    hunk,
    at,
    kind: c.data[i * STRIDE + COL_DEL] ? 'del' : 'add',
    diff,
    sketch: sketchLine(diff.content, view.language),
    tok: NO_TOKENS,
    key: '',
    level: -1,
    cls: 'essential',
    region
  }
  ;(c.data[i * STRIDE + COL_DEL] ? region.dels : region.adds).push(line)
  view.lines.push(line)
  c.line[i] = line
  return line
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
