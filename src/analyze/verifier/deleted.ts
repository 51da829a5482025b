/**
 * `test-deleted`: test files and test cases removed on net. A removed test is accounted for when
 * the change declares it again: by the same name anywhere (moved or edited), by a similar body
 * (renamed), or by a new test in the same file (renamed and rewritten); what is left was deleted.
 */
import type { DiffLine, Finding } from '../../model.js'
import { contentAt } from '../../packed-lines.js'
import type { FileLines } from './changed-lines.js'
import { normalized } from './diff-lines.js'
import { testDeclarations, type TestDeclaration } from './declarations.js'
import type { ScannedFile } from './scan.js'
import { TEST_DELETED } from './rules/test-deleted.js'

export interface DeletedTests {
  findings: Finding[]
  /** Lines of removed tests nothing replaced and of new tests: not edits of a kept test. */
  unpairedLines: UnpairedLines
  /** Tests the change declares that no removed test accounts for. */
  newTests: readonly TestDeclaration[]
}

/** Share of body lines two tests must have in common to be the same test renamed. */
const SAME_BODY = 0.6
const LISTED_NAMES = 20

export function deletedTests(scanned: readonly ScannedFile[]): DeletedTests {
  const findings: Finding[] = []
  const declarations = scanned.flatMap((file) =>
    file.roles.test !== null || file.roles.inlineTests ? testDeclarations(file) : []
  )
  const removed = declarations.filter((d) => d.side === 'removed')
  const added = declarations.filter((d) => d.side === 'added')
  const unmatchedAdded = new Set(added)
  const byName = groupBy(added, (d) => d.name)
  const renamedCandidates = removed.filter(
    (r) => !claim(r, byName.get(r.name) ?? [], unmatchedAdded)
  )
  const bodies = new Map<TestDeclaration, Set<string>>()
  const bodyOf = (d: TestDeclaration) => {
    let body = bodies.get(d)
    if (body === undefined) {
      body = bodyLines(d)
      bodies.set(d, body)
    }
    return body
  }
  const rewritten = renamedCandidates.filter((r) => {
    const body = bodyOf(r)
    if (body.size < 2) return true
    const similar = [...unmatchedAdded].filter((a) => similarity(body, bodyOf(a)) >= SAME_BODY)
    return !claim(r, similar, unmatchedAdded)
  })
  const addedByPath = groupBy(added, (d) => d.path)
  const deleted = rewritten.filter((r) => !claim(r, addedByPath.get(r.path) ?? [], unmatchedAdded))

  const unpairedLines = new UnpairedLines([...deleted, ...unmatchedAdded])

  const byPath = groupBy(deleted, (d) => d.path)
  for (const file of scanned) {
    if (file.roles.test === null || file.file.status !== 'deleted') continue
    if ((file.file.patchMissing || file.file.binary) && !byPath.has(file.file.path)) {
      findings.push({
        rule: TEST_DELETED.id,
        severity: 'block',
        message: 'A test file is deleted and the diff does not show its lines.',
        path: file.file.path,
        evidence: { tests: [], count: null, fileDeleted: true },
        why: WHY,
        fix: FIX
      })
    }
  }
  for (const [path, list] of byPath) {
    const fileDeleted = list[0]!.anchor === null
    const names = list.map((d) => d.name)
    const quoted = names
      .slice(0, LISTED_NAMES)
      .map((n) => `"${n}"`)
      .join(', ')
    const more = names.length > LISTED_NAMES ? ` and ${names.length - LISTED_NAMES} more` : ''
    const count = `${names.length} test${names.length === 1 ? '' : 's'}`
    findings.push({
      rule: TEST_DELETED.id,
      severity: 'block',
      message: fileDeleted
        ? `Test file deleted with ${count} the change does not declare again: ${quoted}${more}.`
        : `${count} removed and not declared again anywhere in the change: ${quoted}${more}.`,
      path,
      line: list[0]!.anchor ?? undefined,
      evidence: { tests: names.slice(0, 50), count: names.length, fileDeleted },
      why: WHY,
      fix: FIX
    })
  }
  return { findings, unpairedLines, newTests: [...unmatchedAdded] }
}

const WHY = 'A deleted test cannot fail: the behaviour it checked is no longer verified.'
const FIX = 'Keep the test (fix it instead), or have a maintainer approve the deletion.'

/** Takes the first still unmatched candidate (one in the same file first) out of `pool`. */
function claim(
  removed: TestDeclaration,
  candidates: readonly TestDeclaration[],
  pool: Set<TestDeclaration>
): boolean {
  const open = candidates.filter((c) => pool.has(c))
  const found = open.find((c) => c.path === removed.path) ?? open[0]
  if (found === undefined) return false
  pool.delete(found)
  return true
}

/** Shared body lines over all body lines (Jaccard); 0 when either body is too short to tell. */
function similarity(before: Set<string>, after: Set<string>): number {
  if (before.size < 2 || after.size < 2) return 0
  let common = 0
  for (const line of before) if (after.has(line)) common++
  return common / (before.size + after.size - common)
}

function bodyLines(d: TestDeclaration): Set<string> {
  const out = new Set<string>()
  const hunk = d.lines.hunks[d.hunk]!
  for (let k = d.from + 1; k < d.to; k++) {
    const text = normalized(contentAt(hunk, k))
    if (/\w/.test(text)) out.add(text)
  }
  return out
}

/**
 * The lines of some tests, asked about line by line: each file's tests as ranges of line ids,
 * sorted on the first question (most changes have no edited test line to ask about).
 */
export class UnpairedLines {
  readonly #tests: readonly TestDeclaration[]
  #ranges: Map<FileLines, number[]> | undefined

  constructor(tests: readonly TestDeclaration[]) {
    this.#tests = tests
  }

  /** True when `line`, one of `lines`, belongs to one of the tests. */
  has(lines: FileLines, line: DiffLine): boolean {
    const ranges = (this.#ranges ??= rangesOf(this.#tests)).get(lines)
    if (ranges === undefined) return false
    const id = lines.idOfLine(line)
    if (id === undefined) return false
    // The last range starting at or before `id` (ranges do not overlap), then whether it ends after.
    let lo = 0
    let hi = ranges.length / 2
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ranges[mid * 2]! <= id) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && id < ranges[lo * 2 - 1]!
  }
}

/** Per file, the tests' line ids as `[from, to, from, to, ...]`, rising. */
function rangesOf(tests: readonly TestDeclaration[]): Map<FileLines, number[]> {
  const byFile = new Map<FileLines, [number, number][]>()
  for (const d of tests) {
    const list = byFile.get(d.lines) ?? []
    list.push([d.lines.idOf(d.hunk, d.from), d.lines.idOf(d.hunk, d.to)])
    byFile.set(d.lines, list)
  }
  const out = new Map<FileLines, number[]>()
  for (const [lines, list] of byFile) out.set(lines, list.sort((a, b) => a[0] - b[0]).flat())
  return out
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = out.get(k)
    if (list) list.push(item)
    else out.set(k, [item])
  }
  return out
}
