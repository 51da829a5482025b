import { BLANK, HAS_CODE, lineAt, SIGNIFICANT } from './file-view.js'
import type { ChangedLine, FileView } from './file-view.js'

export interface MovedBlock {
  dels: ChangedLine[]
  adds: ChangedLine[]
}

/** How many deleted lines sharing one key are tried as the start of a block. */
const MAX_CANDIDATES = 8

const DECLARATION_STARTS = new Set(
  (
    'function class async export def func type interface enum const let var public private ' +
    'protected static abstract final record struct impl fn'
  ).split(' ')
)

/** Changed lines still essential, one side of the change: which view, which compact line. */
interface Side {
  views: readonly FileView[]
  view: Int32Array
  index: Int32Array
  length: number
}

/**
 * Blocks deleted in one place and added in another, matched on lines equal modulo whitespace
 * through a hash index (bounded candidates per line, so the cost stays linear in the changed
 * lines), extended line by line in both directions.
 */
export function findMovedBlocks(views: readonly FileView[], minLines: number): MovedBlock[] {
  let total = 0
  for (const view of views) total += view.compact.count
  const dels: Side = { views, view: new Int32Array(total), index: new Int32Array(total), length: 0 }
  const adds: Side = { views, view: new Int32Array(total), index: new Int32Array(total), length: 0 }
  views.forEach((view, v) => {
    const c = view.compact
    for (let i = 0; i < c.count; i++) {
      const line = c.line[i]
      if (line !== undefined && line.cls !== 'essential') continue
      const into = c.del[i] ? dels : adds
      into.view[into.length] = v
      into.index[into.length++] = i
    }
  })
  const chains = chainByKey(dels)
  const claimedDel = new Uint8Array(dels.length)
  const claimedAdd = new Uint8Array(adds.length)
  const blocks: MovedBlock[] = []
  for (let a = 0; a < adds.length; a++) {
    const c = views[adds.view[a]].compact
    const i = adds.index[a]
    if (claimedAdd[a] === 1 || (c.flags[i] & SIGNIFICANT) === 0) continue
    let best: Extent | null = null
    let tried = 0
    for (let p = chains.first(c.moveKey[i]); p >= 0 && tried < MAX_CANDIDATES; p = chains.next[p]) {
      if (claimedDel[p] === 1) continue
      tried++
      const extent = extend({ dels, adds, claimedDel, claimedAdd }, a, p)
      if (extent.size >= minLines && (best === null || extent.size > best.size)) {
        if (isMove(extent, dels, adds)) best = extent
      }
    }
    if (best === null) continue
    const block: MovedBlock = { dels: [], adds: [] }
    for (let q = best.delFrom; q <= best.delTo; q++) {
      claimedDel[q] = 1
      block.dels.push(claim(dels, q))
    }
    for (let q = best.addFrom; q <= best.addTo; q++) {
      claimedAdd[q] = 1
      block.adds.push(claim(adds, q))
    }
    blocks.push(block)
    a = best.addTo
  }
  return blocks
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
    const c = dels.views[dels.view[p]].compact
    const i = dels.index[p]
    if ((c.flags[i] & SIGNIFICANT) === 0) continue
    const h = slot(c.moveKey[i])
    keys[h] = c.moveKey[i]
    next[p] = heads[h]
    heads[h] = p
  }
  return { first: (key) => heads[slot(key)], next }
}

function claim(s: Side, q: number): ChangedLine {
  const line = lineAt(s.views[s.view[q]], s.index[q])
  line.cls = 'moved'
  return line
}

interface Extent {
  addFrom: number
  addTo: number
  delFrom: number
  delTo: number
  /** Lines that carry code or prose (braces, keywords alone and blank lines do not count). */
  size: number
}

interface Sides {
  dels: Side
  adds: Side
  claimedDel: Uint8Array
  claimedAdd: Uint8Array
}

function content(s: Side, q: number): string {
  const view = s.views[s.view[q]]
  const i = s.index[q]
  return view.file.hunks[view.compact.hunk[i]].lines[view.compact.at[i]].content
}

function flags(s: Side, q: number): number {
  return s.views[s.view[q]].compact.flags[s.index[q]]
}

function sameHunk(s: Side, q: number, r: number): boolean {
  if (s.view[q] !== s.view[r]) return false
  const hunks = s.views[s.view[q]].compact.hunk
  return hunks[s.index[q]] === hunks[s.index[r]]
}

/** Equal modulo whitespace: keys first, then the text itself. */
function sameText(t: Sides, a: number, d: number): boolean {
  const ca = t.adds.views[t.adds.view[a]].compact
  const cd = t.dels.views[t.dels.view[d]].compact
  if (ca.moveKey[t.adds.index[a]] !== cd.moveKey[t.dels.index[d]]) return false
  return content(t.adds, a).replace(/\s+/g, '') === content(t.dels, d).replace(/\s+/g, '')
}

function extend(t: Sides, a0: number, d0: number): Extent {
  const python = t.adds.views[t.adds.view[a0]].language === 'python'
  const indent = (s: Side, q: number) => s.views[s.view[q]].compact.indent[s.index[q]]
  const addBase = indent(t.adds, a0)
  const delBase = indent(t.dels, d0)
  const usable = (a: number, d: number): boolean =>
    a >= 0 &&
    d >= 0 &&
    a < t.adds.length &&
    d < t.dels.length &&
    t.claimedAdd[a] === 0 &&
    t.claimedDel[d] === 0 &&
    sameHunk(t.adds, a, a0) &&
    sameHunk(t.dels, d, d0)
  const blank = (s: Side, q: number) => (flags(s, q) & BLANK) !== 0
  // Python: the block may shift as a whole, but its inner indentation is its structure.
  const aligned = (a: number, d: number) =>
    !python || indent(t.adds, a) - addBase === indent(t.dels, d) - delBase
  const matches = (a: number, d: number) =>
    blank(t.adds, a) && blank(t.dels, d) ? true : sameText(t, a, d) && aligned(a, d)
  // Back over the braces and blank lines that open the block (`}`, `@Override`, a blank line).
  let addFrom = a0
  let delFrom = d0
  while (usable(addFrom - 1, delFrom - 1) && matches(addFrom - 1, delFrom - 1)) {
    addFrom--
    delFrom--
  }
  let a = a0
  let d = d0
  let size = 0
  let addTo = a0
  let delTo = d0
  while (usable(a, d)) {
    if (blank(t.adds, a) !== blank(t.dels, d)) {
      if (blank(t.adds, a)) a++
      else d++
      continue
    }
    if (!matches(a, d)) break
    if ((flags(t.adds, a) & SIGNIFICANT) !== 0) size++
    addTo = a++
    delTo = d++
  }
  return { addFrom, addTo, delFrom, delTo, size }
}

/**
 * In-place edits are not moves: a block re-indented under a new `if` stays in its region, and
 * statements reordered inside one function change behaviour. Within one file a move must carry
 * a declaration, or land in a newly declared function (an extracted method).
 */
function isMove(e: Extent, dels: Side, adds: Side): boolean {
  if (adds.view[e.addFrom] !== dels.view[e.delFrom]) return true
  const addView = adds.views[adds.view[e.addFrom]]
  const ca = addView.compact
  const ai = adds.index[e.addFrom]
  const di = dels.index[e.delFrom]
  if (ca.hunk[ai] === ca.hunk[di] && ca.regionStart[ai] === ca.regionStart[di]) return false
  for (let q = e.delFrom; q <= e.delTo; q++) {
    if ((flags(dels, q) & HAS_CODE) === 0) continue
    if (startsDeclaration(content(dels, q))) return true
    break
  }
  const lines = addView.file.hunks[ca.hunk[ai]].lines
  for (let k = ca.regionStart[ai]; k < ca.at[ai]; k++) {
    if (lines[k].kind === 'add' && startsDeclaration(lines[k].content)) return true
  }
  return false
}

/** `function f(`, `def f(`, `func (r *T) f(`, `@Override`, `public int f(...) {`, `f(x) {`. */
function startsDeclaration(text: string): boolean {
  const trimmed = text.trim()
  const first = /^[@\w]+/.exec(trimmed)?.[0] ?? ''
  if (DECLARATION_STARTS.has(first) || first.startsWith('@')) return true
  return /^[\w$<>[\], ]+\(.*\)[^;]*\{$/.test(trimmed)
}
