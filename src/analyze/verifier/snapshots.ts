/**
 * `snapshot-rewritten`: stored snapshots whose existing content the change alters or deletes
 * (new snapshots appended for new tests are not a rewrite), Jest inline snapshots edited in
 * place, and snapshot-update flags added to the commands that run the tests.
 */
import type { ChangedFile, Finding } from '../../model.js'
import { excerpt } from './diff-lines.js'
import { SNAPSHOT_UPDATE_HINT, SNAPSHOT_UPDATE_MARKERS } from './knob-tables.js'
import { netAddedMarkers } from './net-markers.js'
import type { ScannedFile } from './scan.js'

const WHY = 'A rewritten snapshot accepts whatever the code now outputs, right or wrong.'
const FIX =
  'Check each snapshot change by hand and say why it is right in the PR; a maintainer approves it.'

/** A template literal passed to an inline-snapshot matcher opens on this line. */
const INLINE_OPEN = /InlineSnapshot\(\s*`/
const INLINE_CLOSE = /`\s*\)/

export function rewrittenSnapshots(scanned: readonly ScannedFile[]): Finding[] {
  const findings: Finding[] = []
  for (const file of scanned) {
    if (file.roles.snapshot) {
      const finding = storedSnapshot(file)
      if (finding) findings.push(finding)
      continue
    }
    if (file.language === 'js') {
      const line = inlineSnapshotEdit(file.file)
      if (line !== null) {
        findings.push({
          rule: 'snapshot-rewritten',
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
        rule: 'snapshot-rewritten',
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
  const base = { rule: 'snapshot-rewritten' as const, severity: 'warn' as const, path: file.path }
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
  const first = scanned.blocks.find((b) => b.removed.length > 0)
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
function inlineSnapshotEdit(file: ChangedFile): number | null {
  for (const hunk of file.hunks) {
    let inside = false
    let nextNewLine = hunk.newStart
    for (const line of hunk.lines) {
      if (line.newLine !== null) nextNewLine = line.newLine + 1
      if (line.kind === 'add') continue
      if (line.kind === 'del' && inside) return Math.max(1, nextNewLine)
      if (line.content.includes('InlineSnapshot(') && INLINE_OPEN.test(line.content)) {
        inside = !INLINE_CLOSE.test(line.content.slice(line.content.search(INLINE_OPEN)))
      } else if (inside && INLINE_CLOSE.test(line.content)) {
        inside = false
      }
    }
  }
  return null
}
