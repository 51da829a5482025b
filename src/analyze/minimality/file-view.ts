import type { ChangedFile, DiffLine, Hunk } from '../../model.js'
import {
  changedLinesOf,
  intBuffer,
  endAt,
  KIND_ADD,
  KIND_CONTEXT,
  KIND_DEL,
  kindAt,
  packedOf,
  startAt,
  type ChangedLines
} from '../../packed-lines.js'
import { hunkTokenizerFor, languageOf } from './tokenize/index.js'
import { emptySketch, mayOpenSpanAt, sketchSpan, spanMarkersWithin } from './tokenize/sketch.js'
import type { LineSketch } from './tokenize/sketch.js'
import { BOTH_SIDES, NEW_SIDE, OLD_SIDE, tokenKey } from './tokenize/types.js'
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
  /** What later passes read of the line's sketch; the rest of it is in `CompactLines`. */
  sketch: SketchSummary
  /** Tokens, in a hunk the tokenizer read (`Region.tokenized`); empty elsewhere. */
  tok: TokenizedLine
  /**
   * The line has code tokens: its `lineKey` is not ''. The key itself is joined where it is
   * read (layout anchors): most lines are only asked this, and the joined strings of a large
   * diff were megabytes kept to the end of the run.
   */
  code: boolean
  /** Python: indentation level among its side's statement lines in the hunk; else -1. */
  level: number
  cls: LineClass
  region: Region
}

export interface SketchSummary {
  readonly blank: boolean
}

/** Shared by every changed line object: a copy of each line's full sketch cost memory and time. */
const BLANK_LINE: SketchSummary = Object.freeze({ blank: true })
const TEXT_LINE: SketchSummary = Object.freeze({ blank: false })

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
 * What minimality knows of every changed line of the file, by its index in `changes` (where
 * its hunk, position and region are): most hunks are plainly behavioural, and objects for
 * their lines would cost more than the rest of the analysis.
 */
export class CompactLines {
  readonly changes: ChangedLines
  /** Lines sketched so far; `changes.count` once the view is built. */
  count = 0
  /**
   * Each line's move key, then each line's indentation, then each line's flags: one buffer per
   * file, since a diff of thousands of tiny files makes one per file and keeps them all.
   */
  readonly #numbers: Int32Array
  /** The lines that exist as objects: set in tokenized hunks, and once a move claims one. */
  #lines: (ChangedLine | undefined)[] | undefined

  constructor(changes: ChangedLines) {
    this.changes = changes
    this.#numbers = intBuffer(changes.count * 3)
  }

  /** The sketch's move key (`LineSketch.moveKey`). */
  keyOf(i: number): number {
    return this.#numbers[i]
  }

  /** The sketch's indentation width. */
  indentOf(i: number): number {
    return this.#numbers[this.changes.count + i]
  }

  /** BLANK | SIGNIFICANT | HAS_CODE */
  flagsOf(i: number): number {
    return this.#numbers[2 * this.changes.count + i]
  }

  /** Line `i` as an object, if one was made. */
  lineOf(i: number): ChangedLine | undefined {
    return this.#lines?.[i]
  }

  setLine(i: number, line: ChangedLine): void {
    ;(this.#lines ??= new Array<ChangedLine | undefined>(this.changes.count))[i] = line
  }

  /** The next changed line's sketch; returns its index. */
  record(sketch: LineSketch): number {
    const i = this.count++
    const n = this.changes.count
    this.#numbers[i] = sketch.moveKey
    this.#numbers[n + i] = sketch.indent
    this.#numbers[2 * n + i] =
      (sketch.blank ? BLANK : 0) |
      (sketch.significant ? SIGNIFICANT : 0) |
      (sketch.hasCode ? HAS_CODE : 0)
    return i
  }
}

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
  /^\s*(?:import\b|(?:pub(?:\([\w:\s]*\))?\s+)?use\b|from\s+\S+\s+import\b|export\s*(?:\{|\*)|(?:const|let|var)\b.*\brequire\s*\(|(?:[\w.]+\s+)?"[^"]*"\s*$)/

export function isBlank(line: ChangedLine): boolean {
  return line.sketch.blank
}

export { tokenKey }

const NO_KEYS: readonly string[] = Object.freeze([])

/** The line's token keys, made once per line however many comparisons read it. */
export function keysOf(tok: TokenizedLine): readonly string[] {
  if (tok.tokens.length === 0) return NO_KEYS
  return (tok.keys ??= tok.tokens.map(tokenKey))
}

/**
 * Reused by `lineKey`: the line's keys are joined, not kept (tokens carry their own). Never
 * emptied: shrinking it to nothing dropped its storage, made again for the next line.
 */
const JOINED: string[] = []

/** Code tokens joined; a statement-ending `;` is layout in every language we read. */
export function lineKey(tok: TokenizedLine): string {
  const tokens = tok.tokens
  if (tokens.length === 0) return ''
  const last = tokens[tokens.length - 1]
  const end = last.kind === 'punct' && last.text === ';' ? tokens.length - 1 : tokens.length
  // One token is its own key: no join, and a shared token's key is already made.
  if (end === 1) return tokenKey(tokens[0])
  JOINED.length = end
  for (let i = 0; i < end; i++) JOINED[i] = tokenKey(tokens[i])
  return JOINED.join('\u0001')
}

/** Whether `lineKey(tok)` is not '': a lone statement-ending `;` is no code. */
function hasCode(tok: TokenizedLine): boolean {
  const tokens = tok.tokens
  if (tokens.length !== 1) return tokens.length > 1
  return tokens[0].kind !== 'punct' || tokens[0].text !== ';'
}

export function buildFileView(file: ChangedFile): FileView {
  const language = languageOf(file.path)
  const compact = new CompactLines(changedLinesOf(file))
  const view: FileView = { file, language, hunks: [], lines: [], compact, lazyRegions: new Map() }
  const imports = language !== 'text' && language !== 'hash'
  const scratch = SCRATCH
  for (let index = 0; index < file.hunks.length; index++) {
    view.hunks.push(buildHunkView(view, file.hunks[index], index, imports, scratch))
  }
  return view
}

const NO_LINES: readonly never[] = Object.freeze([])

/**
 * One set of buffers for every file: views are built one at a time, and a diff of thousands of
 * tiny files would otherwise make and drop them once per file.
 */
const SCRATCH: Scratch = { sketches: [], kinds: new Uint8Array(64), context: emptySketch() }

/** Buffers reused from hunk to hunk of a file, so that sketching allocates nothing per line. */
interface Scratch {
  sketches: LineSketch[]
  /** `KIND_*` by hunk line index. */
  kinds: Uint8Array
  /** A context line's sketch, read only for Python prose. */
  context: LineSketch
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
  const source = packed.source
  const length = packed.count
  const sketches = scratch.sketches
  const kinds =
    scratch.kinds.length >= length ? scratch.kinds : (scratch.kinds = new Uint8Array(length * 2))
  let count = 0
  // Context lines are read for span openers only when the hunk holds a marker at all.
  const readContext =
    length > 0 &&
    spanMarkersWithin(source, startAt(packed, 0), endAt(packed, length - 1), view.language)
  let spans = false
  let proseContext = 0
  let blankOnly = true
  let importLines = false
  for (let k = 0; k < length; k++) {
    const kind = kindAt(packed, k)
    kinds[k] = kind
    const start = startAt(packed, k)
    const end = endAt(packed, k)
    if (kind === KIND_CONTEXT) {
      if (readContext && !spans) spans = mayOpenSpanAt(source, start, end, view.language)
      // A hunk inside a long docstring may show its prose only in context lines; the tokenizer
      // reads a side as a docstring from two prose lines on.
      if (!spans && view.language === 'python') {
        if (sketchSpan(source, start, end, 'python', scratch.context).prose) proseContext++
        spans = proseContext >= 2
      }
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
  for (let n = 0; n < count; n++) c.record(sketches[n])
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
  const lines = hunk.lines
  const length = lines.length
  const texts = new Array<string>(length)
  const sides = new Uint8Array(length)
  for (let k = 0; k < length; k++) {
    const kind = lines[k].kind
    texts[k] = lines[k].content
    sides[k] = kind === 'context' ? BOTH_SIDES : kind === 'del' ? OLD_SIDE : NEW_SIDE
  }
  const read = hunkTokenizerFor(view.language)(texts, sides)
  // Each side's lines come back in hunk order: placed by hunk line index, the other side's left
  // as holes.
  const oldTokens = new Array<TokenizedLine | undefined>(length)
  const newTokens = new Array<TokenizedLine | undefined>(length)
  for (let k = 0, o = 0, w = 0; k < length; k++) {
    if (sides[k] !== NEW_SIDE) oldTokens[k] = read.old[o++]
    if (sides[k] !== OLD_SIDE) newTokens[k] = read.new[w++]
  }
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
      sketch: sketches[n].blank ? BLANK_LINE : TEXT_LINE,
      tok,
      code: hasCode(tok),
      level: python ? ((del ? oldLevels : newLevels)[k] ?? -1) : -1,
      cls: 'essential',
      region
    }
    ;(del ? region.dels : region.adds).push(line)
    view.lines.push(line)
    view.compact.setLine(view.compact.record(sketches[n++]), line)
  }
  return { hunk, tokenized: true, oldTokens, newTokens, oldLevels, newLevels, regions }
}

/**
 * Once the file's own analysis is done, a hunk's context lines keep only what the cross-file
 * rename search reads: each side's distinct words, each after a `.` or not, as one line at the
 * first context line. Their full tokens were most of the live heap while other files were read.
 */
export function releaseContextTokens(view: FileView): void {
  for (const hv of view.hunks) {
    if (!hv.tokenized) continue
    const packed = packedOf(hv.hunk)
    const oldTokens = hv.oldTokens
    hv.oldTokens = wordsOfContext(oldTokens, packed, null)
    // Context lines both sides read alike are one object (see `HunkTokenizer`): so are their words.
    const shared = sameContext(oldTokens, hv.newTokens, packed) ? hv.oldTokens : null
    hv.newTokens = wordsOfContext(hv.newTokens, packed, shared)
    hv.oldLevels = NO_LINES
    hv.newLevels = NO_LINES
  }
}

/** Whether every context line is one object on both sides. */
function sameContext(
  a: readonly (TokenizedLine | undefined)[],
  b: readonly (TokenizedLine | undefined)[],
  packed: ReturnType<typeof packedOf>
): boolean {
  for (let k = 0; k < a.length; k++) {
    if (a[k] !== b[k] && kindAt(packed, k) === KIND_CONTEXT) return false
  }
  return true
}

/** Reused by `wordsOfContext`, which runs twice per hunk: words seen alone, and after a `.`. */
const BARE_WORDS = new Set<string>()
const MEMBER_WORDS = new Set<string>()

/**
 * The side with its context lines dropped and their words as one line at the first; `done` is
 * the other side already so read, when both sides' context lines are the same objects.
 */
function wordsOfContext(
  side: readonly (TokenizedLine | undefined)[],
  packed: ReturnType<typeof packedOf>,
  done: readonly (TokenizedLine | undefined)[] | null
): (TokenizedLine | undefined)[] {
  const out = side.slice()
  const words: Token[] = []
  const bare = BARE_WORDS
  const member = MEMBER_WORDS
  bare.clear()
  member.clear()
  let first = -1
  for (let k = 0; k < out.length; k++) {
    const tok = out[k]
    if (tok === undefined || kindAt(packed, k) !== KIND_CONTEXT) continue
    out[k] = undefined
    if (first < 0) first = k
    if (done !== null) continue
    const tokens = tok.tokens
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]
      if (token.kind !== 'word') continue
      const after = i > 0 && tokens[i - 1].kind === 'punct' && tokens[i - 1].text === '.'
      const seen = after ? member : bare
      if (seen.has(token.text)) continue
      seen.add(token.text)
      if (after) words.push(tokens[i - 1])
      words.push(token)
    }
  }
  if (first < 0) return out
  if (done !== null) out[first] = done[first]
  else out[first] = words.length === 0 ? NO_TOKENS : { ...NO_TOKENS, tokens: words }
  return out
}

/** The changed line at compact index `i` as an object, made on first use. */
export function lineAt(view: FileView, i: number): ChangedLine {
  const c = view.compact
  const existing = c.lineOf(i)
  if (existing !== undefined) return existing
  const hunk = c.changes.hunkOf(i)
  const at = c.changes.indexOf(i)
  const del = c.changes.isDel(i)
  const diff = view.file.hunks[hunk].lines[at]
  const start = c.changes.runStartOf(i)
  const regionKey = `${hunk}:${start}`
  let region = view.lazyRegions.get(regionKey)
  if (region === undefined) {
    const hunkLines = view.file.hunks[hunk].lines
    let end = start
    while (end < hunkLines.length && hunkLines[end].kind !== 'context') end++
    region = {
      view,
      hunk,
      start,
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
    kind: del ? 'del' : 'add',
    diff,
    sketch: (c.flagsOf(i) & BLANK) !== 0 ? BLANK_LINE : TEXT_LINE,
    tok: NO_TOKENS,
    code: false,
    level: -1,
    cls: 'essential',
    region
  }
  ;(del ? region.dels : region.adds).push(line)
  view.lines.push(line)
  c.setLine(i, line)
  return line
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
