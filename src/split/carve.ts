/**
 * The middle of a split: what each changed file looks like once the essential changes are made
 * and the refactoring is not. Pure: contents in, contents out. The patches themselves are
 * `git diff base middle` and `git diff middle head`, so they apply and rebuild the head exactly
 * whatever this decides; this only decides which side each change lands on.
 */
import type { ChangedFile, MixedHunk, SplitPlan } from '../model.js'
import { KIND_ADD, KIND_CONTEXT, KIND_DEL, kindAt, packedOf } from '../packed-lines.js'
import { FILE_RENAME } from '../analyze/minimality/rules/file-rename.js'
import { OUT_OF_SCOPE } from '../analyze/scope/rules/out-of-scope.js'

/** Where a file's change goes: all essential, all refactor, or hunk by hunk (line by line). */
export type FilePart =
  | { side: 'essential' }
  | { side: 'refactor'; reason: string }
  | {
      side: 'carved'
      refactorHunks: ReadonlySet<number>
      mixed: readonly MixedHunk[]
      /** A file rename the plan calls refactoring: the middle keeps the old path. */
      keepOldPath: boolean
    }

export interface FileSplit {
  file: ChangedFile
  part: FilePart
}

/** Paths the report's findings move out whole or in part, beyond the hunk plan. */
export interface MovedOut {
  /** `out-of-scope` findings: the whole file is refactor. */
  outOfScope: ReadonlySet<string>
  /** `file-rename` findings: the rename is refactor, whatever the edits. */
  renamed: ReadonlySet<string>
}

/**
 * Reads the plan per file. Files it does not name, and files whose patch is missing or binary,
 * stay essential: the essential patch then holds everything the gate could not classify.
 */
export function fileParts(
  files: readonly ChangedFile[],
  plan: SplitPlan | null,
  movedOut: MovedOut
): FileSplit[] {
  const separate = new Map<string, SplitPlan['separate'][number]>()
  const remaining = new Map<string, SplitPlan['remaining'][number]>()
  for (const entry of plan?.separate ?? []) separate.set(entry.path, entry)
  for (const entry of plan?.remaining ?? []) remaining.set(entry.path, entry)
  return files.map((file): FileSplit => {
    if (movedOut.outOfScope.has(file.path)) {
      return { file, part: { side: 'refactor', reason: OUT_OF_SCOPE.id } }
    }
    const moved = separate.get(file.path)
    const kept = remaining.get(file.path)
    const renamed =
      file.status === 'renamed' &&
      (movedOut.renamed.has(file.path) || moved?.reason.includes(FILE_RENAME.id) === true)
    if (moved !== undefined && (kept === undefined || kept.hunks.length === 0)) {
      if (kept === undefined || file.hunks.length === moved.hunks.length) {
        return { file, part: { side: 'refactor', reason: moved.reason } }
      }
    }
    const whole = file.binary || file.patchMissing
    const mixed = whole ? [] : (kept?.mixed ?? [])
    const refactorHunks = new Set(whole ? [] : (moved?.hunks ?? []))
    if (!renamed && mixed.length === 0 && refactorHunks.size === 0) {
      return { file, part: { side: 'essential' } }
    }
    return { file, part: { side: 'carved', refactorHunks, mixed, keepOldPath: renamed } }
  })
}

/** A file's bytes split into lines, each with its terminator (the last may have none). */
export function splitLines(content: Buffer): Buffer[] {
  const lines: Buffer[] = []
  let start = 0
  for (let i = content.indexOf(10); i !== -1; i = content.indexOf(10, start)) {
    lines.push(content.subarray(start, i + 1))
    start = i + 1
  }
  if (start < content.length) lines.push(content.subarray(start))
  return lines
}

export class CarveError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CarveError'
  }
}

/**
 * The file with the essential changes applied and the refactor changes not: base lines outside
 * the hunks, then per hunk the new side of essential changes and the old side of refactor ones.
 * The hunk's line kinds say the interleaving; the bytes come from the two versions themselves,
 * so line endings and a missing final newline survive.
 */
export function carve(
  file: ChangedFile,
  base: Buffer,
  head: Buffer,
  refactorHunks: ReadonlySet<number>,
  mixed: readonly MixedHunk[]
): Buffer {
  const oldLines = splitLines(base)
  const newLines = splitLines(head)
  const refactorLinesOf = new Map<number, ReadonlySet<number>>()
  for (const entry of mixed) refactorLinesOf.set(entry.hunk, new Set(entry.lines))
  const out: Buffer[] = []
  let copied = 0
  file.hunks.forEach((hunk, h) => {
    let oi = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1
    let ni = hunk.newLines === 0 ? hunk.newStart : hunk.newStart - 1
    if (oi < copied || oi > oldLines.length) {
      throw new CarveError(`${file.path}: hunk ${h + 1} starts outside the base file`)
    }
    for (; copied < oi; copied++) out.push(oldLines[copied]!)
    const wholeRefactor = refactorHunks.has(h)
    const lineSet = refactorLinesOf.get(h)
    const packed = packedOf(hunk)
    for (let at = 0; at < packed.count; at++) {
      const kind = kindAt(packed, at)
      const refactor = wholeRefactor || lineSet?.has(at) === true
      if (kind === KIND_CONTEXT) {
        out.push(lineAt(oldLines, oi, file, h))
        oi++
        ni++
      } else if (kind === KIND_DEL) {
        if (refactor) out.push(lineAt(oldLines, oi, file, h))
        oi++
      } else if (kind === KIND_ADD) {
        if (!refactor) out.push(lineAt(newLines, ni, file, h))
        ni++
      }
    }
    copied = oi
  })
  for (; copied < oldLines.length; copied++) out.push(oldLines[copied]!)
  return joinLines(out)
}

function lineAt(lines: readonly Buffer[], index: number, file: ChangedFile, hunk: number): Buffer {
  const line = lines[index]
  if (line === undefined) {
    throw new CarveError(`${file.path}: hunk ${hunk + 1} reaches past the end of the file`)
  }
  return line
}

/** A line without its terminator that is no longer last gets one, so lines never run together. */
function joinLines(lines: Buffer[]): Buffer {
  const parts: Buffer[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    parts.push(line)
    if (i < lines.length - 1 && line[line.length - 1] !== 10) parts.push(NEWLINE)
  }
  return Buffer.concat(parts)
}

const NEWLINE = Buffer.from('\n')
