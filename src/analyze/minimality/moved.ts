import { BLANK, HAS_CODE, lineAt, SIGNIFICANT } from './file-view.js'
import { KIND_ADD, contentAt, endAt, kindAt, startAt, type PackedHunk } from '../../packed-lines.js'
import type { ChangedLine, FileView, Region } from './file-view.js'
import { equalButSpace } from './spacing.js'
import { isWordPart, isWordStart } from './tokenize/types.js'

export interface MovedBlock {
  dels: ChangedLine[]
  adds: ChangedLine[]
  /** The body of a new function in the same file (an extracted function). */
  extracted: boolean
  /** Names replaced consistently in the moved lines (a variable become a parameter). */
  renamed: [string, string][]
  /** A line edited inside the block, left behavioural: its new line number, or null. */
  edited: number | null
}

/** How many deleted lines sharing one key are tried as the start of a block. */
const MAX_CANDIDATES = 8

/**
 * Line comparisons the search may make per changed line (a comparison of texts costs one more
 * per 64 characters read). Each candidate extends over its whole block, so long runs of lines
 * repeated in place (rejected, then tried again one line lower) or very long equal lines would
 * be quadratic; past this budget the search stops and the lines left stay essential.
 */
const EXTEND_STEPS_PER_LINE = 64

/** A declaration header longer than this is data, not a signature: its regex is not run. */
const MAX_DECLARATION_LENGTH = 1_000

const DECLARATION_STARTS = new Set(
  (
    'function class async export def func type interface enum const let var public private ' +
    'protected static abstract final record struct impl fn pub trait mod union'
  ).split(' ')
)

/** Changed lines still essential, one side of the change: which view, which compact line. */
interface Side {
  views: readonly FileView[]
  view: Int32Array
  index: Int32Array
  /** The line's move key and flags, copied: the hot loops read them without indirection. */
  key: Int32Array
  flags: Int32Array
  /** The line's hunk, numbered across all views: one comparison tells two lines' hunks apart. */
  hunk: Int32Array
  length: number
}

/**
 * Blocks deleted in one place and added in another, matched on lines equal modulo whitespace
 * through a hash index (bounded candidates per line, so the cost stays linear in the changed
 * lines), extended line by line in both directions.
 */
export function findMovedBlocks(views: readonly FileView[], minLines: number): MovedBlock[] {
  let delCount = 0
  let addCount = 0
  for (const view of views) {
    const c = view.compact
    for (let i = 0; i < c.count; i++) {
      if (c.changes.isDel(i)) delCount++
      else addCount++
    }
  }
  const dels = side(views, delCount)
  const adds = side(views, addCount)
  let hunkBase = 0
  for (let v = 0; v < views.length; v++) {
    const c = views[v].compact
    for (let i = 0; i < c.count; i++) {
      const line = c.lineOf(i)
      // Comments travel with the code they document: git may pair them with another's.
      if (line !== undefined && line.cls !== 'essential' && line.cls !== 'comment') continue
      const into = c.changes.isDel(i) ? dels : adds
      const q = into.length++
      into.view[q] = v
      into.index[q] = i
      into.key[q] = c.keyOf(i)
      into.flags[q] = c.flagsOf(i)
      into.hunk[q] = hunkBase + c.changes.hunkOf(i)
    }
    hunkBase += c.changes.hunks.length
  }
  const chains = chainByKey(dels)
  const claimedDel = new Uint8Array(dels.length)
  const claimedAdd = new Uint8Array(adds.length)
  const blocks: MovedBlock[] = []
  const t: Sides = {
    dels,
    adds,
    claimedDel,
    claimedAdd,
    steps: EXTEND_STEPS_PER_LINE * (dels.length + adds.length) + 1_000,
    declares: new Uint8Array(dels.length),
    runs: new Map()
  }
  for (let a = 0; a < adds.length && t.steps > 0; a++) {
    if (claimedAdd[a] === 1 || (adds.flags[a] & SIGNIFICANT) === 0) continue
    let best: Extent | null = null
    let bestMove = NOT_MOVED
    let tried = 0
    for (let p = chains.first(adds.key[a]); p >= 0 && tried < MAX_CANDIDATES; p = chains.next[p]) {
      if (claimedDel[p] === 1) continue
      tried++
      const extent = extend(t, a, p)
      const mostlyEqual = extent.exact * 2 >= extent.size
      if (extent.size >= minLines && mostlyEqual && (best === null || extent.size > best.size)) {
        const move = isMove(t, extent)
        if (move !== NOT_MOVED) {
          best = extent
          bestMove = move
        }
      }
    }
    if (best === null) continue
    const renamed: [string, string][] = []
    for (let k = 0; k < best.names.length; k += 2) renamed.push([best.names[k], best.names[k + 1]])
    const block: MovedBlock = {
      dels: [],
      adds: [],
      extracted: bestMove === EXTRACTED,
      renamed,
      edited: best.skipAdd < 0 ? null : claim(adds, best.skipAdd, 'essential').diff.newLine
    }
    for (let q = best.delFrom; q <= best.delTo; q++) {
      claimedDel[q] = 1
      if (q !== best.skipDel) block.dels.push(claim(dels, q))
    }
    for (let q = best.addFrom; q <= best.addTo; q++) {
      claimedAdd[q] = 1
      if (q !== best.skipAdd) block.adds.push(claim(adds, q))
    }
    blocks.push(block)
    a = best.addTo
  }
  absorbClosers(blocks)
  return blocks
}

/**
 * Closers the layout pass paired across a moved block's edge (`}` read as re-spaced `};`): in a
 * region the move fills, a line of punctuation alone goes with the move. Each region is read
 * once, however many blocks it holds.
 */
function absorbClosers(blocks: readonly MovedBlock[]): void {
  const regions = new Set<Region>()
  for (const block of blocks) {
    for (const line of block.dels) regions.add(line.region)
    for (const line of block.adds) regions.add(line.region)
  }
  for (const region of regions) {
    absorbIn(region.dels)
    absorbIn(region.adds)
  }
}

function absorbIn(lines: readonly ChangedLine[]): void {
  for (const line of lines) {
    if (line.cls !== 'format' || !line.code) continue
    if (line.tok.tokens.every((t) => t.kind === 'punct')) line.cls = 'moved'
  }
}

function side(views: readonly FileView[], size: number): Side {
  return {
    views,
    view: new Int32Array(size),
    index: new Int32Array(size),
    key: new Int32Array(size),
    flags: new Int32Array(size),
    hunk: new Int32Array(size),
    length: 0
  }
}

/** Significant deleted lines chained by key in an open-addressing table (no per-key objects). */
function chainByKey(dels: Side): { first(key: number): number; next: Int32Array } {
  let size = 16
  while (size < dels.length * 2) size *= 2
  const mask = size - 1
  const keys = new Int32Array(size)
  const heads = new Int32Array(size).fill(-1)
  const next = new Int32Array(dels.length).fill(-1)
  const slot = (key: number): number => {
    let h = Math.imul(key, 0x9e3779b1) & mask
    while (heads[h] !== -1 && keys[h] !== key) h = (h + 1) & mask
    return h
  }
  for (let p = dels.length - 1; p >= 0; p--) {
    if ((dels.flags[p] & SIGNIFICANT) === 0) continue
    const h = slot(dels.key[p])
    keys[h] = dels.key[p]
    next[p] = heads[h]
    heads[h] = p
  }
  return { first: (key) => heads[slot(key)], next }
}

function claim(s: Side, q: number, cls: 'moved' | 'essential' = 'moved'): ChangedLine {
  const line = lineAt(s.views[s.view[q]], s.index[q])
  line.cls = cls
  return line
}

interface Extent {
  addFrom: number
  addTo: number
  delFrom: number
  delTo: number
  /** Lines that carry code or prose (braces, keywords alone and blank lines do not count). */
  size: number
  /** Of those, lines equal on both sides (the others differ by a renamed parameter). */
  exact: number
  /** A line edited inside the block, left out of it (-1: none). */
  skipAdd: number
  skipDel: number
  /** Names replaced in the block, `[from, to, from, to]`. */
  names: string[]
}

interface Sides {
  dels: Side
  adds: Side
  claimedDel: Uint8Array
  claimedAdd: Uint8Array
  /** Line comparisons left (see EXTEND_STEPS_PER_LINE). */
  steps: number
  /** Per deleted line, whether it starts a declaration (`UNKNOWN` until read). */
  declares: Uint8Array
  /** Per hunk and run start, how far the run was read for a declaration added in it. */
  runs: Map<PackedHunk, Map<number, RunScan>>
}

const UNKNOWN = 0
const DECLARES = 1
const PLAIN = 2

/** Added lines of a run read so far (from its start up to `read`), and the first declaration. */
interface RunScan {
  read: number
  /** Index of the first added line that starts a declaration, or -1 while none was seen. */
  found: number
}

/** Where a line's content sits in its hunk's text: compared there, not cut out. */
interface Span {
  text: string
  start: number
  end: number
}

/** Reused by every comparison: one per side, filled by `spanOf`, never kept past it. */
const ADD_SPAN: Span = { text: '', start: 0, end: 0 }
const DEL_SPAN: Span = { text: '', start: 0, end: 0 }

function spanOf(s: Side, q: number, into: Span): Span {
  const changes = s.views[s.view[q]].compact.changes
  const i = s.index[q]
  const hunk = changes.hunks[changes.hunkOf(i)]
  const k = changes.indexOf(i)
  into.text = hunk.text
  into.start = startAt(hunk, k)
  into.end = endAt(hunk, k)
  return into
}

function content(s: Side, q: number): string {
  return s.views[s.view[q]].compact.changes.contentOf(s.index[q])
}

function flags(s: Side, q: number): number {
  return s.flags[q]
}

function sameHunk(s: Side, q: number, r: number): boolean {
  return s.hunk[q] === s.hunk[r]
}

/** Equal modulo whitespace: keys first, then the text itself. */
function sameText(t: Sides, a: number, d: number): boolean {
  if (t.adds.key[a] !== t.dels.key[d]) return false
  const added = spanOf(t.adds, a, ADD_SPAN)
  const deleted = spanOf(t.dels, d, DEL_SPAN)
  t.steps -= (added.end - added.start + (deleted.end - deleted.start)) >> 6
  return equalButSpace(added.text, deleted.text, added.start, added.end, deleted.start, deleted.end)
}

function indentOf(s: Side, q: number): number {
  return s.views[s.view[q]].compact.indentOf(s.index[q])
}

function isBlankAt(s: Side, q: number): boolean {
  return (flags(s, q) & BLANK) !== 0
}

/** Module functions rather than closures: `extend` runs once per candidate pair. */
function usable(t: Sides, a: number, d: number, a0: number, d0: number): boolean {
  return (
    t.steps > 0 &&
    a >= 0 &&
    d >= 0 &&
    a < t.adds.length &&
    d < t.dels.length &&
    t.claimedAdd[a] === 0 &&
    t.claimedDel[d] === 0 &&
    sameHunk(t.adds, a, a0) &&
    sameHunk(t.dels, d, d0)
  )
}

/**
 * Equal modulo whitespace, or both blank. Python: the block may shift as a whole, but its inner
 * indentation is its structure (`addBase`/`delBase` are the start lines' indents; -1 elsewhere).
 */
function matches(t: Sides, a: number, d: number, addBase: number, delBase: number): boolean {
  t.steps--
  if (isBlankAt(t.adds, a) && isBlankAt(t.dels, d)) return true
  if (!sameText(t, a, d)) return false
  return addBase < 0 || indentOf(t.adds, a) - addBase === indentOf(t.dels, d) - delBase
}

function extend(t: Sides, a0: number, d0: number): Extent {
  const python = t.adds.views[t.adds.view[a0]].language === 'python'
  const addBase = python ? indentOf(t.adds, a0) : -1
  const delBase = python ? indentOf(t.dels, d0) : -1
  // Back over the braces and blank lines that open the block (`}`, `@Override`, a blank line).
  let addFrom = a0
  let delFrom = d0
  // Names a block moved into a new function took as parameters: [from, to, from, to].
  const names: string[] = []
  let size = 0
  let exact = 0
  while (usable(t, addFrom - 1, delFrom - 1, a0, d0)) {
    const a = addFrom - 1
    const d = delFrom - 1
    if (matches(t, a, d, addBase, delBase)) {
      if ((flags(t.adds, a) & SIGNIFICANT) !== 0) exact++
    } else if (!renamedMatch(t, a, d, addBase, delBase, names)) break
    if ((flags(t.adds, a) & SIGNIFICANT) !== 0) size++
    addFrom--
    delFrom--
  }
  let a = a0
  let d = d0
  let addTo = a0
  let delTo = d0
  let skipAdd = -1
  let skipDel = -1
  while (usable(t, a, d, a0, d0)) {
    const blankAdd = isBlankAt(t.adds, a)
    if (blankAdd !== isBlankAt(t.dels, d)) {
      t.steps--
      if (blankAdd) a++
      else d++
      continue
    }
    const significant = (flags(t.adds, a) & SIGNIFICANT) !== 0
    if (matches(t, a, d, addBase, delBase)) {
      if (significant) exact++
    } else if (renamedMatch(t, a, d, addBase, delBase, names)) {
      // Counted in the size, not as exact: the block must be mostly unchanged.
    } else if (
      skipAdd < 0 &&
      usable(t, a + 1, d + 1, a0, d0) &&
      matches(t, a + 1, d + 1, addBase, delBase) &&
      (flags(t.adds, a + 1) & SIGNIFICANT) !== 0
    ) {
      // One line edited inside a moved block stays behavioural; the block goes on after it.
      skipAdd = a++
      skipDel = d++
      continue
    } else break
    if (significant) size++
    addTo = a++
    delTo = d++
  }
  if (skipAdd > addTo) skipAdd = skipDel = -1
  return { addFrom, addTo, delFrom, delTo, size, exact, skipAdd, skipDel, names }
}

/** Equal but for names replaced consistently, at the block's relative indentation (Python). */
function renamedMatch(
  t: Sides,
  a: number,
  d: number,
  addBase: number,
  delBase: number,
  names: string[]
): boolean {
  if (isBlankAt(t.adds, a) || isBlankAt(t.dels, d)) return false
  if (addBase >= 0 && indentOf(t.adds, a) - addBase !== indentOf(t.dels, d) - delBase) return false
  return sameButNames(spanOf(t.dels, d, DEL_SPAN), spanOf(t.adds, a, ADD_SPAN), names)
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13
}

/**
 * Equal but for spacing and identifiers replaced consistently (at most two per block), the mapping
 * kept in `names` across the block's lines; `names` is unchanged when the lines differ otherwise.
 */
function sameButNames(x: Span, y: Span, names: string[]): boolean {
  const before = names.length
  const xt = x.text
  const yt = y.text
  let i = x.start
  let j = y.start
  let ok = true
  for (;;) {
    while (i < x.end && isSpace(xt.charCodeAt(i))) i++
    while (j < y.end && isSpace(yt.charCodeAt(j))) j++
    if (!ok || i >= x.end || j >= y.end) break
    const c = xt.charCodeAt(i)
    const e = yt.charCodeAt(j)
    if (isWordStart(c) && isWordStart(e)) {
      let i2 = i + 1
      while (i2 < x.end && isWordPart(xt.charCodeAt(i2))) i2++
      let j2 = j + 1
      while (j2 < y.end && isWordPart(yt.charCodeAt(j2))) j2++
      // Equal names (nearly all of them) are compared in place, not cut out.
      ok = sameRun(xt, i, i2, yt, j, j2) || mapName(names, xt.slice(i, i2), yt.slice(j, j2))
      i = i2
      j = j2
    } else if (c === e) {
      i++
      j++
    } else ok = false
  }
  if (ok && i === x.end && j === y.end) return true
  names.length = before
  return false
}

function sameRun(x: string, i: number, i2: number, y: string, j: number, j2: number): boolean {
  if (i2 - i !== j2 - j) return false
  for (let k = 0; k < i2 - i; k++) if (x.charCodeAt(i + k) !== y.charCodeAt(j + k)) return false
  return true
}

function mapName(names: string[], from: string, to: string): boolean {
  for (let k = 0; k < names.length; k += 2) {
    if (names[k] === from) return names[k + 1] === to
    if (names[k + 1] === to) return false
  }
  if (names.length >= 4) return false
  names.push(from, to)
  return true
}

/**
 * In-place edits are not moves: a block re-indented under a new `if` stays in its region, and
 * statements reordered inside one function change behaviour. Within one file a move must carry
 * a declaration, or land in a newly declared function (an extracted method).
 */
const NOT_MOVED = 0
const MOVED = 1
const EXTRACTED = 2

function isMove(t: Sides, e: Extent): number {
  const { dels, adds } = t
  if (adds.view[e.addFrom] !== dels.view[e.delFrom]) return MOVED
  const addView = adds.views[adds.view[e.addFrom]]
  const changes = addView.compact.changes
  const ai = adds.index[e.addFrom]
  const di = dels.index[e.delFrom]
  if (
    changes.hunkOf(ai) === changes.hunkOf(di) &&
    changes.runStartOf(ai) === changes.runStartOf(di)
  )
    return NOT_MOVED
  const prose = addView.language === 'text'
  for (let q = e.delFrom; q <= e.delTo; q++) {
    if ((flags(dels, q) & HAS_CODE) === 0) continue
    // Candidates overlap: each deleted line is read once however many blocks it heads.
    if (t.declares[q] === UNKNOWN) {
      t.declares[q] = startsDeclaration(content(dels, q)) ? DECLARES : PLAIN
    }
    if (t.declares[q] === DECLARES) return MOVED
    // Prose moves by sections: a block that opens one moved as a whole.
    if (prose && startsSection(content(dels, q), q < e.delTo ? content(dels, q + 1) : '')) {
      return MOVED
    }
    break
  }
  const hunk = changes.hunks[changes.hunkOf(ai)]
  const start = changes.runStartOf(ai)
  const byStart = t.runs.get(hunk) ?? new Map<number, RunScan>()
  t.runs.set(hunk, byStart)
  const scan = byStart.get(start) ?? { read: start, found: -1 }
  byStart.set(start, scan)
  // The run is read once, as far as the furthest candidate needed, not again per candidate.
  const end = changes.indexOf(ai)
  for (; scan.found < 0 && scan.read < end; scan.read++) {
    const k = scan.read
    if (kindAt(hunk, k) === KIND_ADD && startsDeclaration(contentAt(hunk, k))) scan.found = k
  }
  return scan.found >= 0 && scan.found < end ? EXTRACTED : NOT_MOVED
}

/** A Markdown heading, a reStructuredText link target (`.. _name:`), or a title over its underline. */
function startsSection(text: string, next: string): boolean {
  const trimmed = text.trim()
  if (/^#{1,6} /.test(trimmed) || /^\.\. _[^:]*:$/.test(trimmed)) return true
  const underline = next.trim()
  return underline.length >= 3 && /^(?:=+|-+|~+|\^+|\*+|#+)$/.test(underline)
}

/** `function f(`, `def f(`, `pub struct S`, `@Override`, `#[test]`, `public int f(...) {`, `f(x) {`. */
function startsDeclaration(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed.length > MAX_DECLARATION_LENGTH) return false
  const first = /^[@\w]+/.exec(trimmed)?.[0] ?? ''
  // Annotations and attributes head a declaration: `@Override`, Rust's `#[derive(...)]`.
  if (DECLARATION_STARTS.has(first) || first.startsWith('@') || trimmed.startsWith('#['))
    return true
  // a signature ending in `{`, no `;` after its last `)`: index scans, no backtracking regex
  const open = trimmed.indexOf('(')
  const close = trimmed.lastIndexOf(')')
  return (
    open > 0 &&
    close > open &&
    trimmed.endsWith('{') &&
    /^[\w$<>[\], ]+$/.test(trimmed.slice(0, open)) &&
    !trimmed.slice(close).includes(';')
  )
}
