/**
 * The tests a diff declares or removes, with the body lines the diff shows for each: read from
 * one-line declarations (`it('name'`, `def test_x`, `func TestX`) or from a marker before a
 * function (`@Test`, `#[test]`). A commented-out test is not a declaration.
 */
import { contentAt, KIND_ADD, KIND_CONTEXT, KIND_DEL, kindAt } from '../../packed-lines.js'
import { newLineAt, type FileLines } from './changed-lines.js'
import { codeMatch, isComment } from './diff-lines.js'
import { LANGUAGE_MARKERS } from './language-markers.js'
import type { ScannedFile } from './scan.js'

export interface TestDeclaration {
  side: 'removed' | 'added'
  name: string
  path: string
  /** The file's lines: the test's are the hunk's lines `from` (the declaring line) to `to - 1`. */
  lines: FileLines
  hunk: number
  from: number
  /** After the body lines the diff shows on the same side. */
  to: number
  /** New-file line for an annotation (where a removed test was); null in a deleted file. */
  anchor: number | null
}

/** A marker stops waiting for its function after this many lines (annotations stack). */
const MARKER_REACH = 6

export function testDeclarations(scanned: ScannedFile): TestDeclaration[] {
  if (scanned.language === null) return []
  const { declarations: rule, declarationHint } = LANGUAGE_MARKERS[scanned.language]
  const { syntax, file, lines } = scanned
  const deleted = file.status === 'deleted'
  // The lines that may declare a test or hold a marker (context lines too when markers count):
  // the others matter only as body lines, or as lines after a marker.
  const hinted = lines.idsMatching(declarationHint, rule.marker !== undefined)
  if (hinted.length === 0) return []
  const out: TestDeclaration[] = []
  let next = 0
  for (let h = 0; h < lines.hunks.length; h++) {
    const hunk = lines.hunks[h]!
    while (next < hinted.length && hinted[next]! < lines.idOf(h, 0)) next++
    // A hunk with no such line declares nothing (nothing carries over from one hunk to the next).
    if (next === hinted.length || hinted[next]! >= lines.idOf(h, hunk.count)) continue
    let marker: { kind: number; age: number } | null = null
    let current: TestDeclaration | null = null
    let nextNewLine = hunk.newStart
    for (let k = 0; k < hunk.count; k++) {
      const kind = kindAt(hunk, k)
      const newLine = newLineAt(hunk, k)
      if (kind === KIND_CONTEXT && !rule.marker) {
        if (newLine !== null) nextNewLine = newLine + 1
        current = null
        continue
      }
      const anchor = deleted ? null : Math.max(1, newLine ?? nextNewLine)
      if (newLine !== null) nextNewLine = newLine + 1
      const mayDeclare = hinted[next] === lines.idOf(h, k)
      if (mayDeclare) next++
      let declared: { name: string; side: TestDeclaration['side'] } | null = null
      if (mayDeclare || marker) {
        const content = contentAt(hunk, k)
        if (!isComment(content, syntax)) {
          if (mayDeclare && rule.marker && codeMatch(content, rule.marker, syntax.quotes)) {
            marker = { kind, age: 0 }
          }
          const signature =
            marker && rule.signature ? codeMatch(content, rule.signature, syntax.quotes) : null
          if (signature && marker) {
            const side = kind === KIND_CONTEXT ? marker.kind : kind
            if (side !== KIND_CONTEXT) declared = { name: nameOf(signature), side: sideOf(side) }
            marker = null
          } else {
            const single =
              mayDeclare && rule.line && kind !== KIND_CONTEXT
                ? codeMatch(content, rule.line, syntax.quotes)
                : null
            if (single) declared = { name: nameOf(single), side: sideOf(kind) }
            if (marker && ++marker.age > MARKER_REACH) marker = null
          }
        }
      }
      if (declared) {
        const { name, side } = declared
        current = { side, name, path: file.path, lines, hunk: h, from: k, to: k + 1, anchor }
        out.push(current)
      } else if (current && kind === (current.side === 'removed' ? KIND_DEL : KIND_ADD)) {
        current.to = k + 1
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

function sideOf(kind: number): TestDeclaration['side'] {
  return kind === KIND_DEL ? 'removed' : 'added'
}
