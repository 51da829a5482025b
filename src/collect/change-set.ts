import type {
  ChangedFile,
  ChangeSet,
  ChangeSource,
  CiHistory,
  CommitInfo,
  ManifestState,
  PullRequestInfo
} from '../model.js'

export interface ChangeParts {
  source: ChangeSource
  files: ChangedFile[]
  /** Why the source could not deliver the whole change; none means complete. */
  problems?: readonly string[]
  base?: string | null
  head?: string | null
  pr?: PullRequestInfo | null
  commits?: CommitInfo[]
  gitattributes?: string | null
  headTree?: string | null
  manifest?: ManifestState
  ci?: CiHistory | null
}

/** The one place a ChangeSet is assembled, once everything it holds has been read. */
export function changeSetOf(parts: ChangeParts): ChangeSet {
  const problems = parts.problems ?? []
  return {
    source: parts.source,
    base: parts.base ?? null,
    head: parts.head ?? null,
    files: parts.files,
    complete: problems.length === 0,
    incompleteReason: problems.length === 0 ? null : problems.join('; '),
    pr: parts.pr ?? null,
    commits: parts.commits ?? [],
    manifest: parts.manifest ?? { status: 'absent' },
    ci: parts.ci ?? null,
    gitattributes: parts.gitattributes ?? null,
    headTree: parts.headTree ?? null
  }
}
