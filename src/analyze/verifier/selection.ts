/**
 * `test-skipped` through configuration: the settings and flags that choose which tests run,
 * turned so that fewer run. Exclusion lists gaining an entry (jest `testPathIgnorePatterns`,
 * vitest `exclude`, pytest `--deselect`), inclusion patterns edited or cut (`testMatch`,
 * `testpaths`), and runner flags that narrow a run (`-k`, `--ignore`, `go test -run`).
 */
import type { DiffLine, Finding } from '../../model.js'
import { contentAt, KIND_ADD, KIND_DEL, kindAt } from '../../packed-lines.js'
import type { FileLines } from './changed-lines.js'
import { excerpt, isComment, normalized } from './diff-lines.js'
import { netAddedMarkers } from './net-markers.js'
import type { LineMarker } from './knob-tables.js'
import type { ScannedFile } from './scan.js'
import { TEST_SKIPPED } from './rules/test-skipped.js'

/** Keys whose list names tests that do NOT run: an entry added skips tests. */
const EXCLUDING_KEYS: ReadonlySet<string> = new Set([
  'testpathignorepatterns',
  'modulepathignorepatterns',
  'testignore',
  'norecursedirs',
  'collect_ignore',
  'collect_ignore_glob',
  'exclude',
  'ignore'
])
/** Keys whose value names the tests that run: any edit may leave some out. */
const INCLUDING_KEYS: ReadonlySet<string> = new Set([
  'testmatch',
  'testregex',
  'testpathpattern',
  'testpaths',
  'python_files',
  'python_functions',
  'python_classes',
  'include',
  'roots',
  'spec'
])
/** Keys too common to mean test selection outside a JS test runner's own config file. */
const GENERIC_KEYS: ReadonlySet<string> = new Set(['exclude', 'ignore', 'include', 'roots', 'spec'])
/** A JS test runner's config file, where `exclude` and `include` choose tests. */
const RUNNER_CONFIG =
  /(?:^|\/)(?:(?:jest|vitest|vite|playwright|cypress)(?:\.[\w-]+)?\.(?:config|workspace)\.[cm]?[jt]s|\.mocharc(?:\.\w+)?)$/
/** Keys under which `exclude` and `include` are about something else than which tests run. */
const OTHER_PARENTS: ReadonlySet<string> = new Set([
  'coverage',
  'typecheck',
  'build',
  'compileroptions',
  'watch',
  'server',
  'optimizedeps',
  'nyc',
  'c8',
  'rollupoptions'
])

/** Runner flags in a command, or in pytest's `addopts`, that leave tests out. */
export const SELECTION_FLAGS: readonly LineMarker[] = [
  {
    label: 'pytest -k / -m',
    pattern: /(?:\bpytest\b|\baddopts\b).{0,200}?\s-(?:k|m)(?:\s+|=)\S/,
    scopes: ['script', 'ci', 'testConfig']
  },
  {
    label: 'pytest --deselect / --ignore',
    pattern: /--deselect\b|--ignore(?:-glob)?[=\s]/,
    scopes: ['script', 'ci', 'testConfig']
  },
  {
    label: 'jest/vitest path filter',
    pattern:
      /--testPathIgnorePatterns\b|--testPathPattern\b|--exclude\b|--testNamePattern\b|(?:jest|vitest)\b.{0,200}?\s-t\s/,
    scopes: ['script', 'ci', 'testConfig']
  },
  {
    label: 'go test -run / -skip',
    pattern: /\bgo\s+test\b.{0,200}?\s-(?:run|skip)[=\s]/,
    scopes: ['script', 'ci']
  },
  {
    label: 'cargo test --skip',
    pattern: /\bcargo\s+test\b.{0,200}?--skip\b/,
    scopes: ['script', 'ci']
  }
]
export const SELECTION_HINT =
  /-k|-m|deselect|ignore|testPath|exclude|NamePattern|-t\s|-run|-skip|--skip/

const KEY = /^\s*(?:-\s+)?["']?([A-Za-z_][\w.-]{0,80})["']?\s*[:=]/
/** How far up a hunk the enclosing key of a list entry is looked for (bounded work per line). */
const KEY_REACH = 200

const WHY = 'Tests left out of the run cannot fail, so a green run no longer covers them.'
const FIX =
  'Keep the tests in the run and fix them; a maintainer approves a deliberate change to test selection.'

export function bentSelection(scanned: readonly ScannedFile[]): Finding[] {
  const findings: Finding[] = []
  for (const file of scanned) {
    if (!file.scopes.has('testConfig') && !file.scopes.has('script') && !file.scopes.has('ci')) {
      continue
    }
    for (const { marker, line } of netAddedMarkers(
      file,
      SELECTION_FLAGS,
      (m) => m.label,
      SELECTION_HINT
    )) {
      findings.push(
        finding(file, line, `a runner flag leaves tests out (\`${marker.label}\`)`, marker.label)
      )
    }
    if (file.scopes.has('testConfig')) {
      selectionKeys(file, RUNNER_CONFIG.test(file.file.path), findings)
    }
  }
  return findings
}

/** Lines added under an excluding key, and lines changed under an including key, not moved. */
function selectionKeys(file: ScannedFile, runnerConfig: boolean, findings: Finding[]): void {
  const { lines } = file
  const removedTexts = new Map<string, number>()
  const addedTexts = new Set<string>()
  for (const block of lines.blocks) {
    const hunk = lines.hunks[block.hunk]!
    for (let k = block.from; k < block.to; k++) {
      const text = normalized(contentAt(hunk, k))
      if (kindAt(hunk, k) === KIND_ADD) addedTexts.add(text)
      else removedTexts.set(text, (removedTexts.get(text) ?? 0) + 1)
    }
  }
  for (const block of lines.blocks) {
    const hunk = lines.hunks[block.hunk]!
    for (let k = block.from; k < block.to; k++) {
      const kind = kindAt(hunk, k)
      const content = contentAt(hunk, k)
      if (content.trim() === '' || isComment(content, file.syntax)) continue
      const key = selectionKeyOf(lines, block.hunk, k, runnerConfig)
      if (key === null) continue
      const including = INCLUDING_KEYS.has(key)
      if (kind === KIND_ADD) {
        const text = normalized(content)
        const twin = removedTexts.get(text) ?? 0
        if (twin > 0) {
          removedTexts.set(text, twin - 1)
          continue
        }
        const what = including
          ? `the tests \`${key}\` selects change`
          : `\`${key}\` leaves more tests out`
        findings.push(finding(file, lines.line(block.hunk, k, content), what, key))
      } else if (kind === KIND_DEL && including && !addedTexts.has(normalized(content))) {
        const line = lines.line(block.hunk, k, content)
        findings.push({
          ...finding(
            file,
            line,
            `an entry of \`${key}\` is removed, so its tests no longer run`,
            key
          ),
          line: block.anchor
        })
      }
    }
  }
}

/**
 * The selection key a line sets or belongs to: its own key, else the key of the nearest
 * less-indented line above it on its side (a list entry), when that is one of the keys.
 */
function selectionKeyOf(
  lines: FileLines,
  h: number,
  k: number,
  runnerConfig: boolean
): string | null {
  const hunk = lines.hunks[h]!
  const content = contentAt(hunk, k)
  const own = KEY.exec(content)
  if (own !== null) return selectionKey(own[1]!, parentKey(lines, h, k), runnerConfig)
  const skip = kindAt(hunk, k) === KIND_ADD ? KIND_DEL : KIND_ADD
  const indent = indentOf(content)
  for (let j = k - 1; j >= 0 && k - j <= KEY_REACH; j--) {
    if (kindAt(hunk, j) === skip) continue
    const above = contentAt(hunk, j)
    if (above.trim() === '' || indentOf(above) >= indent) continue
    const key = KEY.exec(above)
    return key === null ? null : selectionKey(key[1]!, parentKey(lines, h, j), runnerConfig)
  }
  return null
}

/** The key of the nearest less-indented line above line `k` (same side), or null. */
function parentKey(lines: FileLines, h: number, k: number): string | null {
  const hunk = lines.hunks[h]!
  const skip = kindAt(hunk, k) === KIND_ADD ? KIND_DEL : KIND_ADD
  const indent = indentOf(contentAt(hunk, k))
  for (let j = k - 1; j >= 0 && k - j <= KEY_REACH; j--) {
    if (kindAt(hunk, j) === skip) continue
    const above = contentAt(hunk, j)
    if (above.trim() === '' || indentOf(above) >= indent) continue
    const key = KEY.exec(above)
    return key === null ? null : key[1]!.toLowerCase()
  }
  return null
}

function selectionKey(raw: string, parent: string | null, runnerConfig: boolean): string | null {
  const key = raw.toLowerCase().split('.').at(-1)!
  if (!EXCLUDING_KEYS.has(key) && !INCLUDING_KEYS.has(key)) return null
  if (GENERIC_KEYS.has(key) && !runnerConfig) return null
  if (parent !== null && OTHER_PARENTS.has(parent)) return null
  if (
    raw
      .toLowerCase()
      .split('.')
      .some((part) => OTHER_PARENTS.has(part))
  )
    return null
  return key
}

function indentOf(text: string): number {
  let i = 0
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++
  return i
}

function finding(file: ScannedFile, line: DiffLine, what: string, setting: string): Finding {
  return {
    rule: TEST_SKIPPED.id,
    severity: 'block',
    message: `Test selection is narrowed: ${what}: \`${excerpt(line.content)}\``,
    path: file.file.path,
    line: line.newLine ?? undefined,
    evidence: { marker: 'selection', setting, text: excerpt(line.content) },
    why: WHY,
    fix: FIX
  }
}
