import type { ChangedFile, Hunk } from '../../src/model.js'

/**
 * Hunks as plain data (their header fields and lines), so that two reads of the same change
 * compare equal whatever buffers the diff reader packed their lines into.
 */
export function plainHunks(hunks: readonly Hunk[]): object[] {
  return hunks.map((h) => ({
    oldStart: h.oldStart,
    oldLines: h.oldLines,
    newStart: h.newStart,
    newLines: h.newLines,
    section: h.section,
    lines: h.lines.map((line) => ({ ...line }))
  }))
}

export function plainFiles(files: readonly ChangedFile[]): object[] {
  return files.map((file) => ({ ...file, hunks: plainHunks(file.hunks) }))
}
