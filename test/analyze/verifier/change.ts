/**
 * Builders for verifier and discipline tests: a changed file from diff lines written as
 * `+added`, `-removed`, ` context` (one hunk, or several), and a ChangeSet around files.
 */
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js'
import type { GateConfig } from '../../../src/config/types.js'
import type { RunManifest } from '../../../src/model.js'
import type {
  ChangedFile,
  ChangeSet,
  CiHistory,
  FileStatus,
  PullRequestInfo
} from '../../../src/model.js'
import {
  changedFile,
  changeSet as changeSetOf,
  commit,
  headerStart,
  manifestState,
  pullRequest as basePullRequest
} from '../../support/change-set.js'

export interface FileOptions {
  status?: FileStatus
  oldPath?: string
  binary?: boolean
  patchMissing?: boolean
  /** The heading git prints after a hunk's `@@` (the enclosing function or module). */
  section?: string
}

/** One file; `hunks` is a list of diff lines, or a list of such lists placed 20 lines apart. */
export function file(
  path: string,
  hunks: string[] | string[][],
  options: FileOptions = {}
): ChangedFile {
  const groups =
    hunks.length > 0 && Array.isArray(hunks[0]) ? (hunks as string[][]) : [hunks as string[]]
  const { section, ...spec } = options
  return changedFile(path, {
    ...spec,
    hunks: groups
      .filter((lines) => lines.length > 0)
      .map((lines, i) => ({
        oldStart: headerStart(1 + i * 20, lines.filter((l) => !l.startsWith('+')).length),
        newStart: headerStart(1 + i * 20, lines.filter((l) => !l.startsWith('-')).length),
        section: section ?? '',
        lines
      }))
  })
}

/** Every line of `text` as an added line, for new files. */
export function added(text: string): string[] {
  return text.split('\n').map((line) => `+${line}`)
}

/** Every line of `text` as a removed line, for deleted files. */
export function removed(text: string): string[] {
  return text.split('\n').map((line) => `-${line}`)
}

export const HEAD_SHA = 'c0ffee0000000000000000000000000000000001'

export interface ChangeOptions {
  manifest?: RunManifest
  ci?: Partial<CiHistory>
  pr?: Partial<PullRequestInfo>
  commits?: string[]
}

export function changeSet(files: ChangedFile[], options: ChangeOptions = {}): ChangeSet {
  return changeSetOf(files, {
    source: 'github',
    base: 'b'.repeat(40),
    head: HEAD_SHA,
    pr: options.pr ? pullRequest(options.pr) : null,
    commits: (options.commits ?? [HEAD_SHA]).map((sha) =>
      commit('change', { sha, authorLogin: 'codex[bot]' })
    ),
    manifest: options.manifest ? manifestState(options.manifest) : { status: 'absent' },
    ci: options.ci ? { checkRuns: [], workflowRuns: [], junit: [], notes: [], ...options.ci } : null
  })
}

function pullRequest(spec: Partial<PullRequestInfo>): PullRequestInfo {
  return basePullRequest({
    owner: 'octo-org',
    repo: 'octo-repo',
    author: { login: 'codex[bot]', type: 'Bot' },
    headRef: 'codex/fix',
    headSha: HEAD_SHA,
    url: 'https://github.com/octo-org/octo-repo/pull/7',
    ...spec
  })
}

export function manifest(extra: Partial<RunManifest> = {}): RunManifest {
  return {
    schema: 'agent-run/v1',
    agent: { name: 'codex' },
    task: { request: 'Fix the off-by-one in pagination' },
    ...extra
  }
}

export function config(extra: Partial<GateConfig> = {}): GateConfig {
  return { ...DEFAULT_CONFIG, ...extra }
}
