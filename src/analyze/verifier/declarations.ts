/**
 * The tests a diff declares or removes, with the body lines the diff shows for each: read from
 * one-line declarations (`it('name'`, `def test_x`, `func TestX`) or from a marker before a
 * function (`@Test`, `#[test]`). A commented-out test is not a declaration.
 */
import type { DiffLine } from '../../model.js'
import { codeMatch, isComment } from './diff-lines.js'
import { LANGUAGE_MARKERS } from './language-markers.js'
import type { ScannedFile } from './scan.js'

export interface TestDeclaration {
  side: 'removed' | 'added'
  name: string
  path: string
  /** The declaring line, then the body lines the diff shows on the same side. */
  lines: DiffLine[]
  /** New-file line for an annotation (where a removed test was); null in a deleted file. */
  anchor: number | null
}

/** A marker stops waiting for its function after this many lines (annotations stack). */
const MARKER_REACH = 6

export function testDeclarations(scanned: ScannedFile): TestDeclaration[] {
  if (scanned.language === null) return []
  const rule = LANGUAGE_MARKERS[scanned.language].declarations
  const { syntax, file } = scanned
  const deleted = file.status === 'deleted'
  const out: TestDeclaration[] = []
  for (const hunk of file.hunks) {
    let marker: { kind: DiffLine['kind']; age: number } | null = null
    let current: TestDeclaration | null = null
    let nextNewLine = hunk.newStart
    for (const line of hunk.lines) {
      if (line.kind === 'context' && !rule.marker) {
        if (line.newLine !== null) nextNewLine = line.newLine + 1
        current = null
        continue
      }
      const anchor = deleted ? null : Math.max(1, line.newLine ?? nextNewLine)
      if (line.newLine !== null) nextNewLine = line.newLine + 1
      let declared: { name: string; side: TestDeclaration['side'] } | null = null
      if (!isComment(line.content, syntax)) {
        if (rule.marker && codeMatch(line.content, rule.marker, syntax.quotes)) {
          marker = { kind: line.kind, age: 0 }
        }
        const signature =
          marker && rule.signature ? codeMatch(line.content, rule.signature, syntax.quotes) : null
        if (signature && marker) {
          const kind = line.kind === 'context' ? marker.kind : line.kind
          if (kind !== 'context') declared = { name: nameOf(signature), side: sideOf(kind) }
          marker = null
        } else {
          const single =
            rule.line && line.kind !== 'context'
              ? codeMatch(line.content, rule.line, syntax.quotes)
              : null
          if (single) declared = { name: nameOf(single), side: sideOf(line.kind) }
          if (marker && ++marker.age > MARKER_REACH) marker = null
        }
      }
      if (declared) {
        current = { ...declared, path: file.path, lines: [line], anchor }
        out.push(current)
      } else if (current && line.kind === (current.side === 'removed' ? 'del' : 'add')) {
        current.lines.push(line)
      } else {
        current = null
      }
    }
  }
  return out
}

function nameOf(match: RegExpExecArray): string {
  return (match.groups?.name ?? '').replace(/^`|`$/g, '')
}

function sideOf(kind: DiffLine['kind']): TestDeclaration['side'] {
  return kind === 'del' ? 'removed' : 'added'
}
