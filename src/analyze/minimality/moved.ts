import { isBlank } from './file-view.js'
import type { ChangedLine, FileView } from './file-view.js'

export interface MovedBlock {
  dels: ChangedLine[]
  adds: ChangedLine[]
  /** Lines that carry code or prose (braces, keywords alone and blank lines do not count). */
  size: number
}

/** A line shared by more deleted lines than this is too common to anchor a move on. */
const MAX_CANDIDATES = 8

const DECLARATION_STARTS = new Set(
  (
    'function class async export def func type interface enum const let var public private ' +
    'protected static abstract final record struct impl fn'
  ).split(' ')
)

/** Equal for lines equal modulo whitespace (a small integer: fast map keys); text decides. */
function moveKey(line: ChangedLine): number {
  const s = line.sketch
  return (s.words + Math.imul(s.shape, 31) + Math.imul(s.comment, 17)) & 0x3fffffff
}

const squeezedText = new WeakMap<ChangedLine, string>()

/** The line without whitespace, computed only for lines whose keys already match. */
function squeezed(line: ChangedLine): string {
  let text = squeezedText.get(line)
  if (text === undefined) {
    text = line.diff.content.replace(/\s+/g, '')
    squeezedText.set(line, text)
  }
  return text
}

/**
 * Blocks deleted in one place and added in another, matched on layout-free lines through a
 * hash index (bounded candidates per line, so the cost stays linear in the changed lines).
 */
export function findMovedBlocks(views: readonly FileView[], minLines: number): MovedBlock[] {
  const dels: ChangedLine[] = []
  const adds: ChangedLine[] = []
  for (const view of views) {
    for (const line of view.lines) {
      if (line.cls !== 'essential') continue
      ;(line.kind === 'del' ? dels : adds).push(line)
    }
  }
  const index = new Map<number, number[]>()
  dels.forEach((line, p) => {
    if (!line.sketch.significant) return
    const key = moveKey(line)
    const list = index.get(key)
    if (list === undefined) index.set(key, [p])
    else if (list.length <= MAX_CANDIDATES) list.push(p)
  })
  const claimed = new Set<ChangedLine>()
  const blocks: MovedBlock[] = []
  for (let i = 0; i < adds.length; i++) {
    const add = adds[i]
    if (claimed.has(add) || !add.sketch.significant) continue
    const candidates = index.get(moveKey(add))
    if (candidates === undefined || candidates.length > MAX_CANDIDATES) continue
    let best: Extent | null = null
    for (const p of candidates) {
      if (claimed.has(dels[p])) continue
      const extent = extend(adds, dels, i, p, claimed)
      if (extent.size >= minLines && (best === null || extent.size > best.size) && isMove(extent)) {
        best = extent
      }
    }
    if (best === null) continue
    for (const line of [...best.adds, ...best.dels]) {
      claimed.add(line)
      line.cls = 'moved'
    }
    blocks.push({ adds: best.adds, dels: best.dels, size: best.size })
    i = best.last
  }
  return blocks
}

interface Extent extends MovedBlock {
  /** Index of the block's last added line. */
  last: number
}

function sameHunk(a: ChangedLine, b: ChangedLine): boolean {
  return a.region.view === b.region.view && a.hunk === b.hunk
}

function extend(
  adds: readonly ChangedLine[],
  dels: readonly ChangedLine[],
  i: number,
  p: number,
  claimed: ReadonlySet<ChangedLine>
): Extent {
  const python = adds[i].region.view.language === 'python'
  const addBase = adds[i].sketch.indent
  const delBase = dels[p].sketch.indent
  const same = (al: ChangedLine, dl: ChangedLine): boolean =>
    !claimed.has(al) &&
    !claimed.has(dl) &&
    sameHunk(al, adds[i]) &&
    sameHunk(dl, dels[p]) &&
    (isBlank(al) === isBlank(dl) || isBlank(al) || isBlank(dl)) &&
    // Python: the block may shift as a whole, but its inner indentation is its structure.
    (!python || isBlank(al) || al.sketch.indent - addBase === dl.sketch.indent - delBase)
  // Back over the braces and blank lines that open the block (`}`, `@Override`, a blank line).
  let a0 = i
  let d0 = p
  while (
    a0 > 0 &&
    d0 > 0 &&
    same(adds[a0 - 1], dels[d0 - 1]) &&
    sameText(adds[a0 - 1], dels[d0 - 1])
  ) {
    a0--
    d0--
  }
  let a = i
  let d = p
  let size = 0
  let lastA = i
  let lastD = p
  while (a < adds.length && d < dels.length) {
    const al = adds[a]
    const dl = dels[d]
    if (!same(al, dl)) break
    if (isBlank(al) !== isBlank(dl)) {
      if (isBlank(al)) a++
      else d++
      continue
    }
    if (!sameText(al, dl)) break
    if (al.sketch.significant) size++
    lastA = a
    lastD = d
    a++
    d++
  }
  return { adds: adds.slice(a0, lastA + 1), dels: dels.slice(d0, lastD + 1), size, last: lastA }
}

function sameText(a: ChangedLine, b: ChangedLine): boolean {
  if (isBlank(a) && isBlank(b)) return true
  return moveKey(a) === moveKey(b) && squeezed(a) === squeezed(b)
}

/**
 * In-place edits are not moves: a block re-indented under a new `if` stays in its region, and
 * statements reordered inside one function change behaviour. Within one file a move must carry
 * a declaration, or land in a newly declared function (an extracted method).
 */
function isMove(extent: Extent): boolean {
  const add = extent.adds[0]
  const del = extent.dels[0]
  if (add.region === del.region) return false
  if (add.region.view !== del.region.view) return true
  const firstCode = extent.dels.find((line) => line.sketch.hasCode)
  if (firstCode !== undefined && startsDeclaration(firstCode)) return true
  return add.region.adds.some((line) => line.at < add.at && startsDeclaration(line))
}

/** `function f(`, `def f(`, `func (r *T) f(`, `@Override`, `public int f(...) {`, `f(x) {`. */
function startsDeclaration(line: ChangedLine): boolean {
  const text = line.diff.content.trim()
  const first = /^[@\w]+/.exec(text)?.[0] ?? ''
  if (DECLARATION_STARTS.has(first) || first.startsWith('@')) return true
  return /^[\w$<>[\], ]+\(.*\)[^;]*\{$/.test(text)
}
