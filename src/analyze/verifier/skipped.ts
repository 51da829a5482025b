/**
 * `test-skipped`: skip, todo, expected-failure and focus (`.only`) markers an edit adds on net,
 * and early `return`s that cut an existing test short. A skip in a test the change itself adds
 * hides no failure: it is `info` when conditional (`skipIf(!global.gc)`), `warn` otherwise.
 */
import type { DiffLine, Finding, Severity } from '../../model.js'
import { contentAt, KIND_ADD, KIND_DEL, kindAt } from '../../packed-lines.js'
import type { FileLines } from './changed-lines.js'
import type { TestDeclaration } from './declarations.js'
import { excerpt, isComment } from './diff-lines.js'
import { LANGUAGE_MARKERS, type SkipKind, type SkipMarker } from './language-markers.js'
import { netAddedMarkers } from './net-markers.js'
import type { ScannedFile } from './scan.js'
import type { UnpairedLines } from './deleted.js'
import { TEST_SKIPPED } from './rules/test-skipped.js'

const WHAT: Record<SkipKind, string> = {
  skip: 'A test is skipped or disabled',
  todo: 'A test is turned into a todo',
  xfail: 'A test is marked as expected to fail',
  only: 'A focused test (`.only`) is left in: every other test in the run is skipped'
}

const WHY = 'A skipped test cannot fail, so a green run no longer says the code works.'
const FIX =
  'Fix the code or the test instead, or remove the marker; a maintainer approves a deliberate skip.'

/** A skip that names its condition in the marker itself. */
const CONDITIONAL_MARKER =
  /\b(?:skipIf|runIf|skipif|skipUnless|Enabled(?:If|On)\w*|Disabled(?:If|On)\w*|cfg_attr|assume(?:True|False|That))\b/
/** A guard on the same line, before the marker (`if (!gc) this.skip()`). */
const GUARD_BEFORE = /\bif\b|\?|&&|\|\||\bunless\b/
/** A line that opens a guarded block (`if not HAS_GPU:`, `if (process.env.CI) {`). */
const GUARD_LINE = /^\s*(?:\}\s*)?(?:if|elif|else|unless|when)\b/
/** Decorators and annotations stack above a new declaration at most this deep. */
const DECORATOR_REACH = 6
const CLOSER = /^\s*(?:[}\])]|end\b|$)/

export function skippedTests(
  scanned: readonly ScannedFile[],
  newTests: readonly TestDeclaration[],
  unpairedLines: UnpairedLines
): Finding[] {
  const findings: Finding[] = []
  for (const file of scanned) {
    if (file.language === null) continue
    const { skips, skipHint } = LANGUAGE_MARKERS[file.language]
    const fresh = newTests.filter((d) => d.lines === file.lines)
    for (const { marker, line } of netAddedMarkers(file, skips, kindOf, skipHint)) {
      const inNewTest = file.file.status === 'added' || inNew(file.lines, line, fresh)
      const conditional = isConditional(file, line)
      const severity: Severity =
        !inNewTest || marker.kind === 'only' ? 'block' : conditional ? 'info' : 'warn'
      const what =
        inNewTest && marker.kind !== 'only'
          ? `${WHAT[marker.kind]} (a new test)`
          : WHAT[marker.kind]
      findings.push({
        rule: TEST_SKIPPED.id,
        severity,
        message: `${what}: \`${excerpt(line.content)}\``,
        path: file.file.path,
        line: line.newLine ?? undefined,
        evidence: {
          marker: marker.kind,
          text: excerpt(line.content),
          newTest: inNewTest,
          conditional
        },
        why: inNewTest
          ? 'The test is new, so the skip hides no failure it had before; it still checks nothing while skipped.'
          : WHY,
        fix: FIX
      })
    }
    if (file.file.status !== 'added') earlyReturns(file, unpairedLines, findings)
  }
  return findings
}

function kindOf(marker: SkipMarker): SkipKind {
  return marker.kind
}

/** The line is inside a new test, or in the decorators right above a new test's declaration. */
function inNew(lines: FileLines, line: DiffLine, fresh: readonly TestDeclaration[]): boolean {
  const id = lines.idOfLine(line)
  if (id === undefined) return false
  for (const d of fresh) {
    const from = lines.idOf(d.hunk, d.from)
    if (id >= from && id < lines.idOf(d.hunk, d.to)) return true
    if (id >= from || from - id > DECORATOR_REACH || id < lines.idOf(d.hunk, 0)) continue
    // Every line from the marker down to the declaration is added: they arrive together.
    const hunk = lines.hunks[d.hunk]!
    let allAdded = true
    for (let k = id - lines.idOf(d.hunk, 0); k < d.from && allAdded; k++) {
      allAdded = kindAt(hunk, k) === KIND_ADD
    }
    if (allAdded) return true
  }
  return false
}

/** The skip names a condition, sits behind a guard on its line, or under a guarding line. */
function isConditional(file: ScannedFile, line: DiffLine): boolean {
  const text = line.content
  if (CONDITIONAL_MARKER.test(text)) return true
  const marker = LANGUAGE_MARKERS[file.language!].skips.find((s) => s.pattern.test(text))
  const at = marker === undefined ? -1 : text.search(marker.pattern)
  if (at > 0 && GUARD_BEFORE.test(text.slice(0, at))) return true
  const above = lineAbove(file.lines, line)
  return above !== null && GUARD_LINE.test(above) && indentOf(above) < indentOf(text)
}

/** The nearest non-blank line above `line` on the new side of its hunk, or null. */
function lineAbove(lines: FileLines, line: DiffLine): string | null {
  const id = lines.idOfLine(line)
  const at = id === undefined ? null : lines.locate(id)
  if (at === null) return null
  const hunk = lines.hunks[at.hunk]!
  for (let k = at.k - 1; k >= 0; k--) {
    if (kindAt(hunk, k) === KIND_DEL) continue
    const content = contentAt(hunk, k)
    if (content.trim() !== '') return content
  }
  return null
}

function indentOf(text: string): number {
  let i = 0
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++
  return i
}

/**
 * An added bare `return` in an existing test with more of the test after it: the rest of the
 * test, its assertions included, no longer runs.
 */
function earlyReturns(file: ScannedFile, unpairedLines: UnpairedLines, findings: Finding[]): void {
  const { lines } = file
  for (const block of lines.blocks) {
    if (block.addedCount === 0) continue
    const hunk = lines.hunks[block.hunk]!
    for (let k = block.from; k < block.to; k++) {
      if (kindAt(hunk, k) !== KIND_ADD) continue
      const content = contentAt(hunk, k)
      if (!isBareReturn(content) || isComment(content, file.syntax)) continue
      const line = lines.line(block.hunk, k, content)
      if (unpairedLines.has(lines, line) || !codeFollows(hunk, k, indentOf(content))) continue
      findings.push({
        rule: TEST_SKIPPED.id,
        severity: 'block',
        message: `An early \`return\` skips the rest of a test: \`${excerpt(content)}\``,
        path: file.file.path,
        line: line.newLine ?? undefined,
        evidence: { marker: 'early-return', text: excerpt(content) },
        why: WHY,
        fix: 'Remove the early return and fix what made the test fail; a maintainer approves a deliberate skip.'
      })
    }
  }
}

/** The next new-side line after `k` is code at the same depth, not the end of the block. */
function codeFollows(hunk: FileLines['hunks'][number], k: number, indent: number): boolean {
  for (let j = k + 1; j < hunk.count; j++) {
    if (kindAt(hunk, j) === KIND_DEL) continue
    const content = contentAt(hunk, j)
    if (content.trim() === '') continue
    return !CLOSER.test(content) && indentOf(content) >= indent
  }
  return false
}

/** A bare `return` (or `return;`) alone on its line: in a test body the lines after it never run. */
function isBareReturn(content: string): boolean {
  const code = content.trim()
  return code === 'return' || code === 'return;'
}
