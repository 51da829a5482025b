import { minimalityDetectors } from '../../../src/analyze/minimality/index.js'
import type { AnalysisInput } from '../../../src/analyze/family.js'
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js'
import type { GateConfig } from '../../../src/config/types.js'
import type { Finding, TaskAllowance } from '../../../src/model.js'
import type { RuleId } from '../../../src/analyze/catalogue.js'
import {
  changeSet as changeSetOf,
  commit,
  manifestState,
  pullRequest
} from '../../support/change-set.js'

export interface FileChange {
  path: string
  /** Absent for an added file. */
  before?: string
  /** Absent for a deleted file. */
  after?: string
  /** The old path of a renamed file. */
  from?: string
}

/** Line-level LCS edit script: context, deleted and added lines in order. */
function editScript(a: readonly string[], b: readonly string[]): string[] {
  const n = a.length
  const m = b.length
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
    }
  }
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push(` ${a[i++]}`)
      j++
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) out.push(`-${a[i++]}`)
    else out.push(`+${b[j++]}`)
  }
  return out
}

function lines(text: string | undefined): string[] {
  if (text === undefined || text === '') return []
  return text.replace(/\n$/, '').split('\n')
}

/** A git-style unified diff of the changes, one whole-file hunk each (every line as context). */
export function diffOf(changes: readonly FileChange[]): string {
  const out: string[] = []
  for (const change of changes) {
    const oldPath = change.from ?? change.path
    const before = lines(change.before)
    const after = lines(change.after)
    out.push(`diff --git a/${oldPath} b/${change.path}`)
    if (change.before === undefined) out.push('new file mode 100644')
    if (change.after === undefined) out.push('deleted file mode 100644')
    if (change.from !== undefined) {
      const similarity = change.before === change.after ? 100 : 90
      out.push(
        `similarity index ${similarity}%`,
        `rename from ${change.from}`,
        `rename to ${change.path}`
      )
    }
    if (change.from !== undefined && change.before === change.after) continue
    out.push(
      `--- ${change.before === undefined ? '/dev/null' : `a/${oldPath}`}`,
      `+++ ${change.after === undefined ? '/dev/null' : `b/${change.path}`}`,
      `@@ -${before.length === 0 ? 0 : 1},${before.length} +${after.length === 0 ? 0 : 1},${after.length} @@`,
      ...editScript(before, after)
    )
  }
  return out.join('\n') + '\n'
}

export interface InputOptions {
  allow?: TaskAllowance[]
  /** The PR title, for a change read from a pull request. */
  title?: string
  /** Commit messages, first line the subject. */
  commits?: string[]
  gitattributes?: string
  config?: Partial<GateConfig>
}

export function inputOf(text: string, options: InputOptions = {}): AnalysisInput {
  const changeSet = changeSetOf(text, {
    pr: options.title === undefined ? null : pullRequest({ title: options.title }),
    commits: (options.commits ?? []).map((message, i) =>
      commit(message, { sha: String(i).padStart(40, '0') })
    ),
    manifest:
      options.allow === undefined
        ? { status: 'absent' }
        : manifestState({
            schema: 'agent-run/v1',
            agent: { name: 'test' },
            task: { request: 'test', allow: options.allow }
          }),
    gitattributes: options.gitattributes ?? null
  })
  return { changeSet, config: { ...DEFAULT_CONFIG, ...options.config }, isAgent: true }
}

export function findingsOf(changes: readonly FileChange[], options?: InputOptions): Finding[] {
  return minimalityDetectors.detect(inputOf(diffOf(changes), options)).findings
}

/** `rule path` for each finding, sorted: what a reviewer would see listed. */
export function kindsOf(changes: readonly FileChange[], options?: InputOptions): string[] {
  return findingsOf(changes, options)
    .map((f) => `${f.rule} ${f.path ?? ''}`)
    .sort()
}

export function only(rule: RuleId, path: string): string[] {
  return [`${rule} ${path}`]
}
