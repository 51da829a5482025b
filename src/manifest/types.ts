/** The agent run manifest, schema `agent-run/v1` (see schema/agent-run.schema.json). Untrusted input. */

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
