/**
 * `assertion-weakened`, in test files the change edits: fewer assertions on net (not counting
 * tests deleted or added whole), a strict matcher replaced by a looser one in the same edit, an
 * assertion commented out.
 */
import type { DiffLine, Finding } from '../../model.js'
import { contentAt, KIND_ADD, KIND_DEL, kindAt } from '../../packed-lines.js'
import type { BlockHits, FileLines } from './changed-lines.js'
import { codeMatch, countCode, excerpt, isComment, normalized, uncomment } from './diff-lines.js'
import type { TestLanguage } from './file-roles.js'
import {
  LANGUAGE_MARKERS,
  MATCHER_RANKS,
  type LanguageMarkers,
  type Rank
} from './language-markers.js'
import { layoutOnly } from './layout.js'
import type { ScannedFile } from './scan.js'
import type { UnpairedLines } from './deleted.js'
import { ASSERTION_WEAKENED } from './rules/assertion-weakened.js'

const WHY = 'A weaker assertion passes on more outputs, including wrong ones.'
const FIX = 'Keep the original assertion and fix the code, or have a maintainer approve the change.'

/** Inline Rust tests live in `mod tests`; git names the module in the hunk heading. */
const RUST_TEST_SECTION = /\btests?\b|#\[cfg\(test\)\]/

export function weakenedAssertions(
  scanned: readonly ScannedFile[],
  unpairedLines: UnpairedLines
): Finding[] {
  const findings: Finding[] = []
  for (const file of scanned) {
    const language = file.language
    if (language === null || file.file.status === 'added' || file.file.status === 'deleted') {
      continue
    }
    const { assertionHint } = LANGUAGE_MARKERS[language]
    // Blocks without an assertion-like line count nothing and swap nothing: they are left out.
    const changed = file.lines.hits(assertionHint)
    const blocks = file.roles.inlineTests
      ? changed.filter((b) => RUST_TEST_SECTION.test(b.block.section))
      : changed
    if (blocks.length === 0) continue
    for (const item of inFile(file, language, blocks, unpairedLines)) findings.push(item)
  }
  return findings
}

function inFile(
  file: ScannedFile,
  language: TestLanguage,
  blocks: readonly BlockHits[],
  unpairedLines: UnpairedLines
): Finding[] {
  const { assertion, vacuous } = LANGUAGE_MARKERS[language]
  const { syntax } = file
  const path = file.file.path
  const findings: Finding[] = []
  let removedCount = 0
  let addedCount = 0
  let firstDrop: number | null = null
  const removedLive = new Set<string>()
  const commented: DiffLine[] = []
  const constant: DiffLine[] = []
  for (const block of blocks) {
    // The same tokens laid out anew (a formatter's rewrap) weaken nothing.
    if (layoutOnly(file.lines, block.block)) continue
    let blockRemoved = 0
    for (const line of block.removed) {
      if (unpairedLines.has(file.lines, line)) continue
      if (isComment(line.content, syntax)) continue
      const n = countCode(line.content, assertion, syntax.quotes)
      if (n > 0) removedLive.add(normalized(line.content))
      blockRemoved += n
    }
    let blockAdded = 0
    for (const line of block.added) {
      if (unpairedLines.has(file.lines, line)) continue
      if (isComment(line.content, syntax)) {
        if (countCode(uncomment(line.content, syntax), assertion, '') > 0) commented.push(line)
        continue
      }
      blockAdded += countCode(line.content, assertion, syntax.quotes)
      if (codeMatch(line.content, vacuous, syntax.quotes) !== null) constant.push(line)
    }
    if (blockRemoved > blockAdded && firstDrop === null) firstDrop = block.block.anchor
    removedCount += blockRemoved
    addedCount += blockAdded
    for (const item of swaps(block, language, file, unpairedLines)) findings.push(item)
  }
  const commentedOut = commented.filter((line) =>
    removedLive.has(normalized(uncomment(line.content, syntax)))
  )
  for (const line of commentedOut) {
    findings.push({
      rule: ASSERTION_WEAKENED.id,
      severity: 'block',
      message: `An assertion is commented out: \`${excerpt(line.content)}\``,
      path,
      line: line.newLine ?? undefined,
      evidence: { kind: 'commented-out', text: excerpt(line.content) },
      why: WHY,
      fix: FIX
    })
  }
  for (const line of constant) {
    findings.push({
      rule: ASSERTION_WEAKENED.id,
      severity: 'block',
      message: `An assertion that cannot fail is added to an existing test: \`${excerpt(line.content)}\``,
      path,
      line: line.newLine ?? undefined,
      evidence: { kind: 'constant', text: excerpt(line.content) },
      why: 'It checks a constant, not the code: the test passes whatever the code does.',
      fix: FIX
    })
  }
  const fewer = removedCount - addedCount - commentedOut.length
  if (fewer > 0) {
    findings.push({
      rule: ASSERTION_WEAKENED.id,
      severity: 'block',
      message: `${fewer} fewer assertion${fewer === 1 ? '' : 's'} in the tests this change edits (${removedCount} removed, ${addedCount} added).`,
      path,
      line: firstDrop ?? undefined,
      evidence: { kind: 'fewer', removed: removedCount, added: addedCount },
      why: WHY,
      fix: FIX
    })
  }
  return findings
}

/** Strict matchers the block removes that come back as looser ones. */
function swaps(
  hits: BlockHits,
  language: TestLanguage,
  file: ScannedFile,
  unpairedLines: UnpairedLines
): Finding[] {
  if (hits.block.removedCount === 0 || hits.block.addedCount === 0) return []
  const ranks = MATCHER_RANKS[language]
  const markers = LANGUAGE_MARKERS[language]
  const before = ranked(hits.removed, markers, ranks, file, unpairedLines)
  const after = ranked(hits.added, markers, ranks, file, unpairedLines)
  if (before.length === 0 || after.length === 0) return []
  for (let i = before.length - 1; i >= 0; i--) {
    const twin = after.findIndex((a) => a.name === before[i]!.name)
    if (twin >= 0) {
      after.splice(twin, 1)
      before.splice(i, 1)
    }
  }
  const findings: Finding[] = []
  for (const strict of before) {
    const looser = after.findIndex((a) => a.rank < strict.rank)
    if (looser < 0) continue
    const [loose] = after.splice(looser, 1)
    findings.push({
      rule: ASSERTION_WEAKENED.id,
      severity: 'block',
      message: `\`${strict.name}\` is replaced by the looser \`${loose!.name}\`: \`${excerpt(loose!.line.content)}\``,
      path: file.file.path,
      line: loose!.line.newLine ?? undefined,
      evidence: { kind: 'looser-matcher', from: strict.name, to: loose!.name },
      why: WHY,
      fix: FIX
    })
  }
  return findings
}

interface RankedMatcher {
  name: string
  rank: Rank
  line: DiffLine
}

function ranked(
  lines: readonly DiffLine[],
  markers: LanguageMarkers,
  ranks: Record<string, Rank>,
  file: ScannedFile,
  unpairedLines: UnpairedLines
): RankedMatcher[] {
  const out: RankedMatcher[] = []
  // `lines` all match the assertion hint already.
  for (const line of lines) {
    if (unpairedLines.has(file.lines, line)) continue
    if (isComment(line.content, file.syntax)) continue
    for (const name of markers.matchers(wrappedStatement(file.lines, line))) {
      if (Object.hasOwn(ranks, name)) out.push({ name, rank: ranks[name]!, line })
    }
  }
  return out
}

/** How far a wrapped statement (`assert (` then its operands) is read down the hunk. */
const WRAP_REACH = 30

/**
 * The line, or for one that opens a bracket it does not close (a formatter's `assert (`), the
 * statement joined with the lines on its side of the diff until the bracket closes.
 */
function wrappedStatement(lines: FileLines, line: DiffLine): string {
  if (depthAfter(line.content, 0) <= 0) return line.content
  const id = lines.idOfLine(line)
  const at = id === undefined ? null : lines.locate(id)
  if (at === null) return line.content
  const skip = line.kind === 'add' ? KIND_DEL : KIND_ADD
  const hunk = lines.hunks[at.hunk]!
  let text = line.content
  let depth = depthAfter(text, 0)
  for (let k = at.k + 1; k < hunk.count && k <= at.k + WRAP_REACH && depth > 0; k++) {
    if (kindAt(hunk, k) === skip) continue
    const next = contentAt(hunk, k)
    text += ` ${next.trim()}`
    depth = depthAfter(next, depth)
  }
  return text
}

/** Bracket depth after `text`, starting from `depth` (strings are not told apart: a rough count). */
function depthAfter(text: string, depth: number): number {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') depth--
  }
  return depth
}
