/**
 * `snapshot-rewritten`: stored snapshots whose existing content the change alters or deletes
 * (new snapshots appended for new tests are not a rewrite), Jest inline snapshots edited in
 * place, and snapshot-update flags added to the commands that run the tests.
 */
import type { Finding } from '../../model.js'
import { contentAt, KIND_ADD, KIND_DEL, kindAt } from '../../packed-lines.js'
import { newLineAt, type FileLines } from './changed-lines.js'
import { excerpt } from './diff-lines.js'
import { SNAPSHOT_UPDATE_HINT, SNAPSHOT_UPDATE_MARKERS } from './knob-tables.js'
import { netAddedMarkers } from './net-markers.js'
import type { ScannedFile } from './scan.js'
import { SNAPSHOT_REWRITTEN } from './rules/snapshot-rewritten.js'

const WHY = 'A rewritten snapshot accepts whatever the code now outputs, right or wrong.'
const FIX =
  'Check each snapshot change by hand and say why it is right in the PR; a maintainer approves it.'

/** A template literal passed to an inline-snapshot matcher opens on this line. */
const INLINE_OPEN = /InlineSnapshot\(\s*`/
const INLINE_CLOSE = /`\s*\)/
const INLINE_CALL = 'InlineSnapshot('

export function rewrittenSnapshots(scanned: readonly ScannedFile[]): Finding[] {
  const findings: Finding[] = []
  for (const file of scanned) {
    if (file.roles.snapshot) {
      const finding = storedSnapshot(file)
      if (finding) findings.push(finding)
      continue
    }
    if (file.language === 'js') {
      const line = inlineSnapshotEdit(file.lines)
      if (line !== null) {
        findings.push({
          rule: SNAPSHOT_REWRITTEN.id,
          severity: 'warn',
          message: 'An inline snapshot is rewritten in place.',
          path: file.file.path,
          line,
          evidence: { kind: 'inline' },
          why: WHY,
          fix: FIX
        })
      }
    }
    for (const { marker, line } of netAddedMarkers(
      file,
      SNAPSHOT_UPDATE_MARKERS,
      (m) => m.label,
      SNAPSHOT_UPDATE_HINT
    )) {
      findings.push({
        rule: SNAPSHOT_REWRITTEN.id,
        severity: 'warn',
        message: `The test command now updates snapshots (\`${marker.label}\`): \`${excerpt(line.content)}\``,
        path: file.file.path,
        line: line.newLine ?? undefined,
        evidence: { kind: 'update-flag', flag: marker.label },
        why: 'A run that rewrites its snapshots cannot fail on them.',
        fix: 'Remove the update flag from the command; update snapshots locally and review them.'
      })
    }
  }
  return findings
}

function storedSnapshot(scanned: ScannedFile): Finding | null {
  const { file } = scanned
  if (file.status === 'added') return null
  const base = { rule: SNAPSHOT_REWRITTEN.id, severity: 'warn' as const, path: file.path }
  if (file.status === 'deleted') {
    return {
      ...base,
      message: 'A snapshot file is deleted.',
      evidence: { kind: 'deleted' },
      why: WHY,
      fix: FIX
    }
  }
  if (file.binary && file.status === 'modified') {
    return {
      ...base,
      message: 'A binary snapshot (an image) is replaced.',
      evidence: { kind: 'binary' },
      why: WHY,
      fix: FIX
    }
  }
  if (file.deletions === 0) return null
  const first = scanned.blocks.find((b) => b.removedCount > 0)
  return {
    ...base,
    message: `A stored snapshot is rewritten: ${file.deletions} existing line${file.deletions === 1 ? '' : 's'} changed or removed.`,
    line: first?.anchor,
    evidence: { kind: 'rewritten', removedLines: file.deletions, addedLines: file.additions },
    why: WHY,
    fix: FIX
  }
}

/** The new-file line of the first removed line inside an inline snapshot, or null. */
function inlineSnapshotEdit(lines: FileLines): number | null {
  for (let h = 0; h < lines.hunks.length; h++) {
    // A hunk that never opens an inline snapshot has nothing inside one.
    if (!lines.mayInclude(h, INLINE_CALL)) continue
    const hunk = lines.hunks[h]!
    let inside = false
    let nextNewLine = hunk.newStart
    for (let k = 0; k < hunk.count; k++) {
      const newLine = newLineAt(hunk, k)
      if (newLine !== null) nextNewLine = newLine + 1
      const kind = kindAt(hunk, k)
      if (kind === KIND_ADD) continue
      if (kind === KIND_DEL && inside) return Math.max(1, nextNewLine)
      const content = contentAt(hunk, k)
      if (content.includes(INLINE_CALL) && INLINE_OPEN.test(content)) {
        inside = !INLINE_CLOSE.test(content.slice(content.search(INLINE_OPEN)))
      } else if (inside && INLINE_CLOSE.test(content)) {
        inside = false
      }
    }
  }
  return null
}
