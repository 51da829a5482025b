/**
 * A hunk's lines as numbers over one text: what every changed line is, where its content sits,
 * and its line numbers. Detectors that read every line of a large diff read this table instead
 * of one object and one string per line; `Hunk.lines` makes those objects on first use.
 */
import type { DiffLine, Hunk, LineKind } from './model.js'

/** Numbers per line in `PackedHunk.cols`, at the `AT_*` offsets. */
export const LINE_STRIDE = 5
/** `KIND_*` in the low two bits, then the `FLAG_*` bits. */
export const AT_FLAGS = 0
/** Where the content starts in `text` (after the `+`, `-` or space). */
export const AT_START = 1
/** Where the content ends in `text` (before a trailing CR). */
export const AT_END = 2
/** Line number in the old file, or -1 for an added line. */
export const AT_OLD = 3
/** Line number in the new file, or -1 for a removed line. */
export const AT_NEW = 4

export const KIND_CONTEXT = 0
export const KIND_ADD = 1
export const KIND_DEL = 2
export const KIND_MASK = 3
export const FLAG_CRLF = 4
export const FLAG_NO_NEWLINE_AT_EOF = 8

const KINDS: readonly LineKind[] = ['context', 'add', 'del']

/**
 * A hunk whose lines live in `cols` (lines `first` to `first + count - 1`, `LINE_STRIDE` numbers
 * each) over `text`. Many hunks share one `cols` buffer and one text.
 */
export class PackedHunk implements Hunk {
  #lines: DiffLine[] | undefined
  /** `source.text`, read on every line. */
  readonly text: string

  constructor(
    readonly oldStart: number,
    readonly oldLines: number,
    readonly newStart: number,
    readonly newLines: number,
    readonly section: string,
    readonly source: LineSource,
    readonly cols: Int32Array,
    readonly first: number,
    readonly count: number,
    /** How many of the lines are added or removed ones. */
    readonly changed: number
  ) {
    this.text = source.text
  }

  /** The lines as objects, made once, on first use. */
  get lines(): readonly DiffLine[] {
    return (this.#lines ??= unpack(this))
  }
}

function unpack(hunk: PackedHunk): DiffLine[] {
  const lines = new Array<DiffLine>(hunk.count)
  for (let k = 0; k < hunk.count; k++) lines[k] = diffLineAt(hunk, k)
  return lines
}

/** The hunk's line `k` as a new `DiffLine`; `content` when the caller has already sliced it. */
export function diffLineAt(hunk: PackedHunk, k: number, content?: string): DiffLine {
  const { cols } = hunk
  const o = (hunk.first + k) * LINE_STRIDE
  const flags = cols[o + AT_FLAGS]
  const oldLine = cols[o + AT_OLD]
  const newLine = cols[o + AT_NEW]
  return {
    kind: KINDS[flags & KIND_MASK],
    content: content ?? hunk.text.slice(cols[o + AT_START], cols[o + AT_END]),
    oldLine: oldLine < 0 ? null : oldLine,
    newLine: newLine < 0 ? null : newLine,
    crlf: (flags & FLAG_CRLF) !== 0,
    noNewlineAtEof: (flags & FLAG_NO_NEWLINE_AT_EOF) !== 0
  }
}

const packedCopies = new WeakMap<Hunk, PackedHunk>()

/** The hunk as a table: itself when the diff reader made it, else a copy made once. */
export function packedOf(hunk: Hunk): PackedHunk {
  if (hunk instanceof PackedHunk) return hunk
  let packed = packedCopies.get(hunk)
  if (packed === undefined) {
    packed = packHunk(hunk)
    packedCopies.set(hunk, packed)
  }
  return packed
}

function packHunk(hunk: Hunk): PackedHunk {
  const lines = hunk.lines
  const cols = new Int32Array(Math.max(1, lines.length) * LINE_STRIDE)
  let text = ''
  let changed = 0
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]
    const o = k * LINE_STRIDE
    cols[o + AT_FLAGS] =
      KINDS.indexOf(line.kind) |
      (line.crlf ? FLAG_CRLF : 0) |
      (line.noNewlineAtEof ? FLAG_NO_NEWLINE_AT_EOF : 0)
    cols[o + AT_START] = text.length
    text += line.content
    cols[o + AT_END] = text.length
    cols[o + AT_OLD] = line.oldLine ?? -1
    cols[o + AT_NEW] = line.newLine ?? -1
    if (line.kind !== 'context') changed++
    text += '\n'
  }
  return new PackedHunk(
    hunk.oldStart,
    hunk.oldLines,
    hunk.newStart,
    hunk.newLines,
    hunk.section,
    new LineSource(text),
    cols,
    0,
    lines.length,
    changed
  )
}

/**
 * Buffers that hunks' lines are written into, a block at a time: one typed array per hunk would
 * cost more to allocate than to fill.
 */
export class LineWriter {
  #cols: Int32Array
  #used = 0
  readonly #blockLines: number

  /** `expectedLines` sizes the blocks: a small diff gets a small buffer. */
  constructor(expectedLines: number) {
    this.#blockLines = Math.min(1 << 15, Math.max(64, expectedLines))
    this.#cols = new Int32Array(this.#blockLines * LINE_STRIDE)
  }

  /** Makes room for `count` more lines, written in `cols` from line index `used` on. */
  reserve(count: number): void {
    if ((this.#used + count) * LINE_STRIDE > this.#cols.length) {
      this.#cols = new Int32Array(Math.max(this.#blockLines, count) * LINE_STRIDE)
      this.#used = 0
    }
  }

  get cols(): Int32Array {
    return this.#cols
  }

  /** Lines written to `cols` so far: the index of the next one. */
  get used(): number {
    return this.#used
  }

  commit(count: number): void {
    this.#used += count
  }
}

/** `KIND_*` of the hunk's line `k`. */
export function kindAt(hunk: PackedHunk, k: number): number {
  return hunk.cols[(hunk.first + k) * LINE_STRIDE + AT_FLAGS] & KIND_MASK
}

/** The content of the hunk's line `k`, as `DiffLine.content` holds it. */
export function contentAt(hunk: PackedHunk, k: number): string {
  const o = (hunk.first + k) * LINE_STRIDE
  return hunk.text.slice(hunk.cols[o + AT_START], hunk.cols[o + AT_END])
}

/** The line number of the hunk's line `k` on its own side: old for removed lines, else new. */
export function numberAt(hunk: PackedHunk, k: number): number {
  const o = (hunk.first + k) * LINE_STRIDE
  return hunk.cols[o + ((hunk.cols[o + AT_FLAGS] & KIND_MASK) === KIND_DEL ? AT_OLD : AT_NEW)]
}

/**
 * The text a parse's hunks share (the whole diff), with what detectors searched for in it. A
 * plain `indexOf` from a line that holds no match would read on to the diff's end; `next` keeps
 * the last answer per needle, so that questions asked in increasing offset order, as detectors
 * read lines, read the text about once in all.
 */
export class LineSource {
  readonly #seen: Seen[] = []

  constructor(readonly text: string) {}

  /** Where `needle` next occurs at or after `from`; -1 for nowhere. */
  next(needle: string, from: number): number {
    let seen: Seen | undefined
    for (let i = 0; i < this.#seen.length; i++) {
      if (this.#seen[i].needle === needle) {
        seen = this.#seen[i]
        break
      }
    }
    if (seen === undefined) {
      seen = { needle, from: 0, at: -2 }
      this.#seen.push(seen)
    }
    // `at` is the first occurrence at or after `seen.from`, so it answers every `from` up to it.
    if (seen.at !== -2 && from >= seen.from && (seen.at === -1 || from <= seen.at)) return seen.at
    seen.from = from
    seen.at = this.text.indexOf(needle, from)
    return seen.at
  }

  /** Whether `needle` occurs within `text[start, end)`. */
  occursWithin(needle: string, start: number, end: number): boolean {
    const at = this.next(needle, start)
    return at !== -1 && at + needle.length <= end
  }
}

interface Seen {
  needle: string
  from: number
  /** The first occurrence at or after `from`; -1 for none, -2 before the first search. */
  at: number
}
