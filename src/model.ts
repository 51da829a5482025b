/**
 * The domain model shared by every stage: collect builds a ChangeSet, analyze turns it into
 * Findings, decide turns those into a Verdict, report renders a GateReport. Plain data (no
 * functions, no Dates: ISO strings instead), with one exception: a `Hunk` read from a diff is a
 * class over a shared line table, see `Hunk`.
 */

/** A configured level for a rule; `info` reports without warning (a rule's quiet default). */
export type Level = 'off' | 'info' | 'warn' | 'block'
/** A finding's severity after the configured level is applied. `info` never affects the verdict. */
export type Severity = 'block' | 'warn' | 'info'

export type LineKind = 'add' | 'del' | 'context'

export interface DiffLine {
  kind: LineKind
  /** The line's text without the leading `+`, `-` or space, and without a trailing CR. */
  content: string
  /** Line number in the old file (del and context lines). */
  oldLine: number | null
  /** Line number in the new file (add and context lines). */
  newLine: number | null
  /** The line ended with CRLF in the diff. */
  crlf: boolean
  /** `\ No newline at end of file` followed this line. */
  noNewlineAtEof: boolean
}

export interface Hunk {
  oldStart: number
  oldLines: number
  newStart: number
  newLines: number
  /** The text after the second `@@` (often the enclosing function), may be empty. */
  section: string
  /**
   * Every line of the hunk. A hunk read from a diff is a class (`PackedHunk` in packed-lines)
   * that makes these on first use, in a getter: spreading it (`{ ...hunk }`) or
   * `Object.keys` loses `lines`; `JSON.stringify` keeps them (it has a `toJSON`).
   */
  readonly lines: readonly DiffLine[]
}

export type FileStatus = 'added' | 'deleted' | 'modified' | 'renamed' | 'copied'

export interface ChangedFile {
  /** The path after the change (the old path for a deleted file), repository-relative, `/`-separated. */
  path: string
  /** The path before the change: differs from `path` for renames and copies; null for added files. */
  oldPath: string | null
  status: FileStatus
  binary: boolean
  /** Rename/copy similarity index, 0-100, when the source reports one. */
  similarity: number | null
  oldMode: string | null
  newMode: string | null
  additions: number
  deletions: number
  hunks: Hunk[]
  /** The source omitted this file's patch (GitHub does for large files): the lines are unknown. */
  patchMissing: boolean
}

export interface Actor {
  login: string
  /** GitHub's account type: `User`, `Bot`, `Organization`, `Mannequin`. */
  type: string
}

export interface PullRequestInfo {
  owner: string
  repo: string
  number: number
  title: string
  body: string
  author: Actor
  /** Slug of the GitHub App that opened the PR, when one did (`performed_via_github_app`). */
  appSlug: string | null
  headRef: string
  baseRef: string
  headSha: string
  baseSha: string
  labels: string[]
  draft: boolean
  url: string
  /** Totals reported by `pulls.get`, used to detect silent truncation. */
  changedFiles: number
  additions: number
  deletions: number
}

export interface CommitInfo {
  sha: string
  message: string
  authorLogin: string | null
  authorEmail: string | null
}

/** One check run on the head SHA, as `checks.listForRef` (filter=all) reports it. */
export interface CheckRunRecord {
  id: number
  name: string
  status: string
  conclusion: string | null
  startedAt: string | null
  completedAt: string | null
  appSlug: string | null
}

export interface WorkflowRunAttempt {
  attempt: number
  conclusion: string | null
  startedAt: string | null
}

/** One workflow run on the head SHA with its attempts (the attempts API may be unavailable). */
export interface WorkflowRunRecord {
  id: number
  name: string
  runAttempt: number
  conclusion: string | null
  attempts: WorkflowRunAttempt[]
}

export interface JUnitReportText {
  path: string
  xml: string
}

export interface CiHistory {
  checkRuns: CheckRunRecord[]
  workflowRuns: WorkflowRunRecord[]
  junit: JUnitReportText[]
  /** What could not be read and what the analysis fell back to. */
  notes: string[]
}

export interface ManifestProblem {
  /** JSON pointer into the manifest, `""` for the whole document. */
  pointer: string
  message: string
}

// The agent run manifest, schema `agent-run/v1` (schema/agent-run.schema.json): untrusted input.

export interface ManifestAgent {
  name: string
  model?: string
  run_id?: string
  log_url?: string
}

/** What the human explicitly permitted beyond the task itself. */
export type TaskAllowance = 'refactor' | 'format' | 'deps' | 'tests' | 'config' | 'rename' | 'move'

export interface ManifestTask {
  id?: string
  request: string
  scope?: { paths: string[] }
  allow?: TaskAllowance[]
}

export interface ManifestAction {
  seq: number
  tool: string
  summary?: string
  at?: string
  outcome?: 'ok' | 'error' | 'skipped'
  paths?: string[]
}

export interface ManifestTestAttempt {
  attempt: number
  command: string
  /** The git tree SHA the attempt ran on (no code change between attempts => same tree). */
  tree?: string
  /** The commit SHA the attempt ran on, when the agent had committed. */
  commit?: string
  status: 'passed' | 'failed' | 'error' | 'skipped'
  failed?: string[]
  passed?: string[]
  at?: string
  exit_code?: number
  duration_ms?: number
  /** Written by `agent-pr-gate record` (still a claim: the manifest is the agent's file). */
  recorded_by?: 'agent-pr-gate record'
}

export interface ContextSnapshot {
  version: number
  at?: string
  summary?: string
  source_refs: string[]
  diffs?: string[]
  /** Index into `actions` (seq) after which the snapshot was taken, when known. */
  after_action?: number
}

export interface RunManifest {
  schema: 'agent-run/v1'
  agent: ManifestAgent
  task: ManifestTask
  actions?: ManifestAction[]
  tests?: ManifestTestAttempt[]
  context_snapshots?: ContextSnapshot[]
  /** Files the agent says it changed after its last snapshot, with the refs it read for each. */
  changes?: { path: string; after_snapshot?: number }[]
}

export type ManifestState =
  | { status: 'absent' }
  | { status: 'present'; source: string; manifest: RunManifest }
  | { status: 'invalid'; source: string; problems: ManifestProblem[] }

export type ChangeSource = 'git' | 'diff' | 'github'

export interface ChangeSet {
  source: ChangeSource
  /** Base and head as the source names them (SHAs or refs), null for a bare diff. */
  base: string | null
  head: string | null
  files: ChangedFile[]
  /** False when the source could not deliver the whole change (see incompleteReason). */
  complete: boolean
  incompleteReason: string | null
  pr: PullRequestInfo | null
  commits: CommitInfo[]
  manifest: ManifestState
  ci: CiHistory | null
  /** The base tree's `.gitattributes`, when it could be read. */
  gitattributes: string | null
  /** The head commit's tree id, when the source knows it (local git): test attempts name trees. */
  headTree?: string | null
}

export interface Finding {
  /** A rule id of the catalogue (analyze/catalogue.ts: RuleId narrows it). */
  rule: string
  severity: Severity
  message: string
  path?: string
  line?: number
  endLine?: number
  /** Sensitive-path category (and the category an approval label must name). */
  category?: string
  evidence?: Record<string, unknown>
  /** Why a reviewer should care, one line. */
  why?: string
  /** How to resolve it, one line. */
  fix?: string
  /** How a human approves it with a label: renderers show it only while the finding blocks. */
  approve?: string
  /** Blocks in every mode (the gate's own config, its workflow): the mode cannot soften it. */
  enforced?: boolean
  /** Changed lines this finding accounts for (the minimality score counts them as noise). */
  lines?: number
  /** What the decision did with it; set on the report's findings by buildReport. */
  effect?: FindingEffect
}

/**
 * blocking: stops the merge; approved: would block, an approval covers it; softened: would
 * block, but the mode (or a skipped change) only reports it; warning and info never block.
 */
export type FindingEffect = 'blocking' | 'approved' | 'softened' | 'warning' | 'info'

export interface ScoreComponent {
  name: string
  lines: number
  explain: string
}

export interface MinimalityScore {
  value: number
  components: ScoreComponent[]
}

/**
 * Which parts of the change belong in a separate PR (refactors, formatting) and what remains.
 * `hunks` are 0-based indexes into the file's `hunks`; empty means the whole file.
 */
export interface SplitPlan {
  separate: { path: string; hunks: number[]; reason: string }[]
  remaining: { path: string; hunks: number[]; mixed?: MixedHunk[] }[]
}

/** A remaining hunk that also holds refactor lines: `lines` index `Hunk.lines`. */
export interface MixedHunk {
  hunk: number
  lines: number[]
  reason: string
}

export interface TestAttemptRow {
  attempt: number
  tree: string | null
  status: string
  flipped: string[]
  source: string
}

export interface Analysis {
  findings: Finding[]
  score: MinimalityScore
  splitPlan: SplitPlan | null
  testTimeline: TestAttemptRow[] | null
}

export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin'

export interface ApprovalGrant {
  label: string
  by: string
  role: Role
  /** Server-side time the label was applied (ISO). */
  at: string
  headSha: string
  /** `all` for the general label, else the one category a category label approves. */
  covers: 'all' | { category: string }
}

/** The label override as collect verified it; decide only reads it. */
export interface Approval {
  grants: ApprovalGrant[]
  /** Plain lines saying why a label did not count and what to do. */
  rejections: string[]
}

export const NO_APPROVAL: Approval = Object.freeze({ grants: [], rejections: [] }) as Approval

export type Mode = 'enforce' | 'warn' | 'observe'
export type VerdictValue = 'pass' | 'warn' | 'fail'

export interface ApprovalRecord {
  label: string
  by: string
  role: Role
  at: string
  headSha: string
  covers: string[]
}

export interface Verdict {
  verdict: VerdictValue
  mode: Mode
  overridden: boolean
  approval: ApprovalRecord | null
  /** Findings that block the merge after mode and approval. */
  blocking: Finding[]
  /** Findings that would have blocked but an approval covered. */
  approved: Finding[]
  /** Why the gate skipped the PR (for example: not agent-authored), else null. */
  skipped: string | null
  notes: string[]
}

export interface TimingMs {
  collect: number
  analyze: number
  report: number
}

/** JSON report, contract 2.3 of the architecture. */
/** Which base a local-git run diffed against, and how it was chosen. */
export interface BaseChoice {
  /** The ref as given or found, such as `origin/HEAD` or `main`. */
  ref: string
  /** The merge-base of that ref and the head: where the diff starts. */
  sha: string
  /** `given`: from --base; `default`: the default branch, found because --base was absent. */
  how: 'given' | 'default'
  headRef: string
  headSha: string
}

export interface GateReport {
  version: 1
  verdict: VerdictValue
  mode: Mode
  overridden: boolean
  approval: ApprovalRecord | null
  complete: boolean
  incompleteReason: string | null
  score: MinimalityScore
  stats: { files: number; additions: number; deletions: number }
  findings: Finding[]
  pr: { number: number; url: string; headSha: string } | null
  skipped: string | null
  notes: string[]
  approvalNotes: string[]
  splitPlan: SplitPlan | null
  testTimeline: TestAttemptRow[] | null
  apiCalls: number
  timingMs: TimingMs
  /** Local git mode only: the base the diff was taken against. */
  base?: BaseChoice
}
