/**
 * `test-skipped` at the CI level, in GitHub Actions workflows: a test step's or job's `if:`
 * condition added or changed (`runner.os != 'Linux'` turned into `== 'macOS'` stops the tests on
 * Linux and Windows), and matrix entries dropped or excluded. Read from the hunks only: a step
 * whose command lies outside the diff's context is not seen.
 */
import type { DiffLine, Finding, Hunk } from '../../model.js'
import { excerpt, normalized } from './diff-lines.js'
import type { ScannedFile } from './scan.js'
import { TEST_SKIPPED } from './rules/test-skipped.js'

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/
const IF_KEY = /^\s*(?:-\s+)?if\s*:\s*(\S.*)$/
const KEY = /^\s*(?:-\s+)?["']?([\w.-]{1,80})["']?\s*:(?:\s|$)/
const FLOW_LIST = /^\s*(?:-\s+)?["']?([\w.-]{1,80})["']?\s*:\s*\[([^\]]*)\]/
const LIST_DASH = /^\s*-\s+/
/** Commands and step names that run tests. */
const TEST_STEP =
  /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?test|\bnpx\s+(?:jest|vitest|playwright)|\b(?:jest|vitest|pytest|tox|nox|rspec|phpunit|ctest)\b|\bgo\s+test\b|\bcargo\s+(?:test|nextest)\b|\b(?:mvn|gradlew?|\.\/gradlew)\b.{0,60}?\b(?:test|verify|check)\b|\bmake\s+(?:test|check)\b|\bdotnet\s+test\b|\bname\s*:.{0,80}?\btests?\b/i
/** How far up or down a hunk a step's lines and a line's parents are read (bounded work). */
const REACH = 200

const WHY = 'Tests a CI job no longer runs cannot fail, so a green run no longer covers them.'
const FIX =
  'Keep the tests running where they ran before; a maintainer approves a deliberate change to where CI tests.'

export function ciSkips(scanned: readonly ScannedFile[]): Finding[] {
  const findings: Finding[] = []
  for (const file of scanned) {
    if (!file.roles.ci || !WORKFLOW.test(file.file.path) || file.file.status === 'deleted') continue
    narrowedConditions(file, findings)
    droppedMatrixEntries(file, findings)
  }
  return findings
}

/** `if:` lines added (not moved) on steps or jobs that run tests. */
function narrowedConditions(file: ScannedFile, findings: Finding[]): void {
  const removed = new Set<string>()
  for (const hunk of file.file.hunks) {
    for (const line of hunk.lines) {
      if (line.kind === 'del' && IF_KEY.test(line.content)) removed.add(normalized(line.content))
    }
  }
  for (const hunk of file.file.hunks) {
    hunk.lines.forEach((line, index) => {
      if (line.kind !== 'add' || !IF_KEY.test(line.content)) return
      if (removed.has(normalized(line.content))) return
      if (!TEST_STEP.test(guardedText(hunk, index))) return
      const before = [...removed][0]
      findings.push(
        finding(
          file,
          line,
          before === undefined
            ? `a test step now runs only when \`${excerpt(line.content.trim())}\``
            : `the condition of a test step changes from \`${excerpt(before)}\` to \`${excerpt(line.content.trim())}\``,
          'ci-condition'
        )
      )
    })
  }
}

/** The new-side text of the step (or job) the `if:` at `index` guards, as far as the hunk shows. */
function guardedText(hunk: Hunk, index: number): string {
  const lines = hunk.lines
  const ifIndent = indentOf(lines[index]!.content)
  const ownDash = /^\s*-\s/.test(lines[index]!.content)
  // The step's dash: on the if line itself, or the nearest less-indented dash line above.
  let start = index
  let bodyIndent = ifIndent
  if (!ownDash) {
    for (let j = index - 1; j >= 0 && index - j <= REACH; j--) {
      const text = lines[j]!.content
      if (lines[j]!.kind === 'del' || text.trim() === '') continue
      const indent = indentOf(text)
      if (indent < ifIndent) {
        start = j
        bodyIndent = /^\s*-\s/.test(text) ? indent + 1 : ifIndent
        break
      }
    }
  } else {
    bodyIndent = ifIndent + 1
  }
  const parts: string[] = []
  for (let j = start; j < lines.length && j - start <= REACH; j++) {
    const line = lines[j]!
    if (line.kind === 'del') continue
    if (j > start && line.content.trim() !== '' && indentOf(line.content) < bodyIndent) break
    parts.push(line.content)
  }
  return parts.join('\n')
}

/** Matrix values removed on net, and entries added under `exclude`. */
function droppedMatrixEntries(file: ScannedFile, findings: Finding[]): void {
  const addedItems = new Set<string>()
  const addedFlow = new Map<string, Set<string>>()
  for (const hunk of file.file.hunks) {
    hunk.lines.forEach((line, index) => {
      if (line.kind !== 'add') return
      const flow = FLOW_LIST.exec(line.content)
      if (flow !== null && parentsOf(hunk, index, 'add').includes('matrix')) {
        addedFlow.set(flow[1]!, new Set(items(flow[2]!)))
      }
      const item = listItem(line.content)
      if (item !== null) addedItems.add(item)
    })
  }
  for (const hunk of file.file.hunks) {
    hunk.lines.forEach((line, index) => {
      if (line.kind === 'context') return
      const parents = parentsOf(hunk, index, line.kind)
      if (!parents.includes('matrix') && KEY.exec(line.content)?.[1] !== 'matrix') return
      if (line.kind === 'add') {
        if (parents.includes('exclude') || KEY.exec(line.content)?.[1] === 'exclude') {
          findings.push(finding(file, line, 'a CI matrix entry is excluded', 'matrix'))
        }
        return
      }
      const flow = FLOW_LIST.exec(line.content)
      if (flow !== null) {
        const kept = addedFlow.get(flow[1]!)
        const dropped = kept === undefined ? [] : items(flow[2]!).filter((v) => !kept.has(v))
        if (dropped.length > 0) {
          findings.push(
            finding(file, line, `CI matrix values are dropped: ${dropped.join(', ')}`, 'matrix')
          )
        }
        return
      }
      const item = listItem(line.content)
      if (item !== null && !parents.includes('exclude') && !addedItems.has(item)) {
        findings.push(finding(file, line, `a CI matrix value is dropped: ${item}`, 'matrix'))
      }
    })
  }
}

/** The scalar of a `- value` list line, or null for a mapping entry or another line. */
function listItem(text: string): string | null {
  const dash = LIST_DASH.exec(text)
  if (dash === null) return null
  let value = text.slice(dash[0].length)
  const comment = value.indexOf(' #')
  if (comment >= 0) value = value.slice(0, comment)
  value = value.trim().replace(/^["']|["']$/g, '')
  return value === '' || value.includes(':') ? null : value
}

function items(list: string): string[] {
  return list
    .split(',')
    .map((v) => v.trim().replace(/^["']|["']$/g, ''))
    .filter((v) => v !== '')
}

/** The keys of the less-indented lines above `index` on its side, nearest first (at most 4). */
function parentsOf(hunk: Hunk, index: number, kind: DiffLine['kind']): string[] {
  const skip = kind === 'add' ? 'del' : kind === 'del' ? 'add' : null
  const parents: string[] = []
  let indent = indentOf(hunk.lines[index]!.content)
  for (let j = index - 1; j >= 0 && index - j <= REACH && parents.length < 4; j--) {
    const line = hunk.lines[j]!
    if (line.kind === skip || line.content.trim() === '') continue
    const own = indentOf(line.content)
    if (own >= indent) continue
    const key = KEY.exec(line.content)
    if (key !== null) parents.push(key[1]!)
    indent = own
  }
  return parents
}

function indentOf(text: string): number {
  let i = 0
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++
  return i
}

function finding(file: ScannedFile, line: DiffLine, what: string, marker: string): Finding {
  return {
    rule: TEST_SKIPPED.id,
    severity: 'block',
    message: `Tests stop running in CI: ${what}.`,
    path: file.file.path,
    line: line.newLine ?? undefined,
    evidence: { marker, text: excerpt(line.content) },
    why: WHY,
    fix: FIX
  }
}
