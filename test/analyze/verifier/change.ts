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
  DiffLine,
  FileStatus,
  Hunk,
  PullRequestInfo
} from '../../../src/model.js'

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
  const status = options.status ?? 'modified'
  const built = groups
    .filter((lines) => lines.length > 0)
    .map((lines, i) =>
      hunk(
        lines,
        status === 'added' ? 0 : 1 + i * 20,
        status === 'deleted' ? 0 : 1 + i * 20,
        options.section ?? ''
      )
    )
  return {
    path,
    oldPath: status === 'added' ? null : (options.oldPath ?? path),
    status,
    binary: options.binary ?? false,
    similarity: status === 'renamed' ? 90 : null,
    oldMode: status === 'added' ? null : '100644',
    newMode: status === 'deleted' ? null : '100644',
    additions: built.reduce((n, h) => n + h.lines.filter((l) => l.kind === 'add').length, 0),
    deletions: built.reduce((n, h) => n + h.lines.filter((l) => l.kind === 'del').length, 0),
    hunks: built,
    patchMissing: options.patchMissing ?? false
  }
}

function hunk(raw: string[], oldStart: number, newStart: number, section: string): Hunk {
  let oldLine = Math.max(oldStart, 1)
  let newLine = Math.max(newStart, 1)
  const lines: DiffLine[] = raw.map((text) => {
    const kind = text.startsWith('+') ? 'add' : text.startsWith('-') ? 'del' : 'context'
    if (kind === 'context' && !text.startsWith(' ') && text !== '') {
      throw new Error(`a diff line starts with '+', '-' or ' ': ${text}`)
    }
    return {
      kind,
      content: text.slice(1),
      oldLine: kind === 'add' ? null : oldLine++,
      newLine: kind === 'del' ? null : newLine++,
      crlf: false,
      noNewlineAtEof: false
    }
  })
  return {
    oldStart,
    oldLines: lines.filter((l) => l.kind !== 'add').length,
    newStart,
    newLines: lines.filter((l) => l.kind !== 'del').length,
    section,
    lines
  }
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
  return {
    source: 'github',
    base: 'b'.repeat(40),
    head: HEAD_SHA,
    files,
    complete: true,
    incompleteReason: null,
    pr: options.pr ? pullRequest(options.pr) : null,
    commits: (options.commits ?? [HEAD_SHA]).map((sha) => ({
      sha,
      message: 'change',
      authorLogin: 'codex[bot]',
      authorEmail: null
    })),
    manifest: options.manifest
      ? { status: 'present', source: 'test', manifest: options.manifest }
      : { status: 'absent' },
    ci: options.ci
      ? { checkRuns: [], workflowRuns: [], junit: [], notes: [], ...options.ci }
      : null,
    gitattributes: null
  }
}

function pullRequest(spec: Partial<PullRequestInfo>): PullRequestInfo {
  return {
    owner: 'octo-org',
    repo: 'octo-repo',
    number: 7,
    title: 'Fix pagination',
    body: '',
    author: { login: 'codex[bot]', type: 'Bot' },
    appSlug: null,
    headRef: 'codex/fix',
    baseRef: 'main',
    headSha: HEAD_SHA,
    baseSha: 'b'.repeat(40),
    labels: [],
    draft: false,
    url: 'https://github.com/octo-org/octo-repo/pull/7',
    changedFiles: 1,
    additions: 1,
    deletions: 1,
    ...spec
  }
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
