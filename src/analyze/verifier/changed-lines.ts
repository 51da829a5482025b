/**
 * A scanned file's lines, read from the file's `ChangedLines` (see packed-lines.ts): the change
 * blocks (its runs) as line ranges, and for each hint the changed lines that match it. Every changed line is
 * read once against a gate of all the hints the file's rules use (hint-gate.ts); the few that
 * pass are the only ones a rule looks at. A line becomes a `DiffLine` only when a rule keeps it
 * (once: `idOfLine` finds its place again); a test's lines are kept as a range of line ids.
 */
import type { DiffLine } from '../../model.js'
import {
  contentAt,
  diffLineAt,
  endAt,
  KIND_ADD,
  KIND_CONTEXT,
  KIND_DEL,
  kindAt,
  newNumberAt,
  startAt,
  type ChangedLines,
  type PackedHunk
} from '../../packed-lines.js'
import { passes, type HintGate } from './hint-gate.js'

/** The removed and added lines between two context lines: an edit is compared within it. */
export interface ChangeBlock {
  /** The hunk's index in the file. */
  hunk: number
  /** The block is the hunk's lines `from` to `to - 1`: removed and added, no context line. */
  from: number
  to: number
  removedCount: number
  addedCount: number
  /** The enclosing heading git printed after the hunk's `@@` (a function, a module). */
  section: string
  /** The new-file line where the block sits, for annotating removals. */
  anchor: number
}

/** A block's lines that match a hint, removed and added, in diff order. */
export interface BlockHits {
  block: ChangeBlock
  removed: DiffLine[]
  added: DiffLine[]
}

/** A changed line as a rule first reads it: where it is, and its text. */
interface Candidate {
  /** `FileLines.idOf(hunk, k)`. */
  id: number
  hunk: number
  k: number
  /** `KIND_ADD` or `KIND_DEL`. */
  kind: number
  /** Index in `FileLines.blocks`. */
  block: number
  content: string
}

/** A hunk whose lines' text is spread this much wider than its length is searched line by line. */
const SPAN_SLACK = 4

export class FileLines {
  readonly hunks: readonly PackedHunk[]
  readonly blocks: readonly ChangeBlock[]
  /** The id of each hunk's first line: ids number the file's lines in diff order. */
  readonly #base: number[]
  /** Per hunk, where its lines' text starts and ends, or -1 when it is better read line by line. */
  readonly #spanStart: number[]
  readonly #spanEnd: number[]
  readonly #gate: HintGate
  #passed: Candidate[] | undefined
  #all: Candidate[] | undefined
  readonly #matches = new Map<RegExp, Candidate[]>()
  readonly #hits = new Map<RegExp, BlockHits[]>()
  readonly #lines = new Map<number, DiffLine>()
  readonly #ids = new Map<DiffLine, number>()

  readonly #changes: ChangedLines

  /** `gate`: the hints rules will ask about; another hint costs a pass of its own. */
  constructor(changes: ChangedLines, gate: HintGate) {
    const hunks = changes.hunks
    this.#changes = changes
    this.hunks = hunks
    this.#gate = gate
    this.#base = []
    this.#spanStart = []
    this.#spanEnd = []
    let base = 0
    for (let h = 0; h < hunks.length; h++) {
      const hunk = hunks[h]!
      this.#base.push(base)
      base += hunk.count
      readSpan(hunk, this.#spanStart, this.#spanEnd)
    }
    this.blocks = blocksOf(changes)
  }

  /** A number for the hunk's line `k`, unique in the file and rising in diff order. */
  idOf(hunk: number, k: number): number {
    return this.#base[hunk]! + k
  }

  /** The hunk's line `k` as a `DiffLine`, made once (rules read few lines this way). */
  line(hunk: number, k: number, content?: string): DiffLine {
    const id = this.#base[hunk]! + k
    let line = this.#lines.get(id)
    if (line === undefined) {
      line = diffLineAt(this.hunks[hunk]!, k, content)
      this.#lines.set(id, line)
      this.#ids.set(line, id)
    }
    return line
  }

  /** The hunk and index of the line numbered `id`: a binary search over the hunks' first ids. */
  locate(id: number): { hunk: number; k: number } | null {
    let lo = 0
    let hi = this.#base.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.#base[mid]! <= id) lo = mid + 1
      else hi = mid
    }
    const hunk = lo - 1
    if (hunk < 0 || id - this.#base[hunk]! >= this.hunks[hunk]!.count) return null
    return { hunk, k: id - this.#base[hunk]! }
  }

  /** The id of a line made by `line`, or undefined for another object. */
  idOfLine(line: DiffLine): number | undefined {
    return this.#ids.get(line)
  }

  /**
   * The blocks with a changed line that matches `hint` (non-global), with those lines; empty for
   * most files, which stop there.
   */
  hits(hint: RegExp): readonly BlockHits[] {
    let hits = this.#hits.get(hint)
    if (hits === undefined) {
      hits = []
      let last: BlockHits | undefined
      for (const c of this.#changedMatching(hint)) {
        const block = this.blocks[c.block]!
        if (last?.block !== block) {
          last = { block, removed: [], added: [] }
          hits.push(last)
        }
        const line = this.line(c.hunk, c.k, c.content)
        if (c.kind === KIND_DEL) last.removed.push(line)
        else last.added.push(line)
      }
      this.#hits.set(hint, hits)
    }
    return hits
  }

  /**
   * The ids, rising, of the lines that match `hint` (non-global): changed lines, and context lines
   * too when `context` is set.
   */
  idsMatching(hint: RegExp, context: boolean): number[] {
    const ids = this.#changedMatching(hint).map((c) => c.id)
    if (!context) return ids
    for (let h = 0; h < this.hunks.length; h++) {
      const hunk = this.hunks[h]!
      for (let k = 0; k < hunk.count; k++) {
        if (kindAt(hunk, k) !== KIND_CONTEXT) continue
        if (hint.test(contentAt(hunk, k))) ids.push(this.idOf(h, k))
      }
    }
    return ids.sort((a, b) => a - b)
  }

  /** False when no line of the hunk can hold `literal`: a bounded search over its whole text. */
  mayInclude(hunk: number, literal: string): boolean {
    const start = this.#spanStart[hunk]!
    if (start < 0) return true
    return this.hunks[hunk]!.text.slice(start, this.#spanEnd[hunk]).includes(literal)
  }

  /** Changed lines that match `hint`, in diff order. */
  #changedMatching(hint: RegExp): Candidate[] {
    let found = this.#matches.get(hint)
    if (found === undefined) {
      const pool = this.#gate.hints.has(hint) ? this.#passedGate() : this.#allChanged()
      found = pool.filter((c) => hint.test(c.content))
      this.#matches.set(hint, found)
    }
    return found
  }

  #passedGate(): Candidate[] {
    return (this.#passed ??= this.#read(this.#gate))
  }

  #allChanged(): Candidate[] {
    return (this.#all ??= this.#read(null))
  }

  /** The changed lines that pass `gate` (all of them for null), with their text. */
  #read(gate: HintGate | null): Candidate[] {
    const out: Candidate[] = []
    const changes = this.#changes
    for (let b = 0; b < changes.runs; b++) {
      for (let i = changes.runFirst(b); i < changes.runFirst(b + 1); i++) {
        const content = changes.contentOf(i)
        if (gate !== null && !passes(gate, content)) continue
        const hunk = changes.hunkOf(i)
        const k = changes.indexOf(i)
        out.push({ id: this.#base[hunk]! + k, hunk, k, kind: changes.kindOf(i), block: b, content })
      }
    }
    return out
  }
}

/** The change blocks: the file's runs of changed lines, with where each sits in the new file. */
function blocksOf(changes: ChangedLines): ChangeBlock[] {
  const blocks: ChangeBlock[] = []
  for (let r = 0; r < changes.runs; r++) {
    const first = changes.runFirst(r)
    const last = changes.runFirst(r + 1) - 1
    const h = changes.hunkOf(first)
    const hunk = changes.hunks[h]!
    const from = changes.indexOf(first)
    let addedCount = 0
    for (let i = first; i <= last; i++) if (changes.kindOf(i) === KIND_ADD) addedCount++
    // A run follows a context line or opens its hunk: the new-file line after that one.
    const before = from === 0 ? -1 : newNumberAt(hunk, from - 1)
    blocks.push({
      hunk: h,
      from,
      to: changes.indexOf(last) + 1,
      removedCount: last - first + 1 - addedCount,
      addedCount,
      section: hunk.section,
      anchor: Math.max(1, before < 0 ? hunk.newStart : before + 1)
    })
  }
  return blocks
}

/** The bounds of the hunk's lines' text, or -1 when it is better read line by line. */
function readSpan(hunk: PackedHunk, spanStart: number[], spanEnd: number[]): void {
  let minStart = Infinity
  let maxEnd = -1
  let chars = 0
  for (let k = 0; k < hunk.count; k++) {
    const start = startAt(hunk, k)
    const end = endAt(hunk, k)
    if (start < minStart) minStart = start
    if (end > maxEnd) maxEnd = end
    chars += end - start + 1
  }
  const compact = maxEnd >= minStart && maxEnd - minStart <= SPAN_SLACK * (chars + 16)
  spanStart.push(compact ? minStart : -1)
  spanEnd.push(compact ? maxEnd : -1)
}

/** The new-file number of the hunk's line `k`, or null (a removed line). */
export function newLineAt(hunk: PackedHunk, k: number): number | null {
  const n = newNumberAt(hunk, k)
  return n < 0 ? null : n
}
