import type { GateConfig } from '../config/types.js'
import type { Approval, ChangeSet, Finding } from '../model.js'

/** Whether the gate applies to a change, and with the agent rules on. */
export interface Audience {
  isAgent: boolean
  /** Why the gate does not apply (a human PR under apply_to: agents), else null. */
  skipped: string | null
}

/** Classifies a change from what collect reads before the files: PR, head, commits, manifest. */
export type Classify = (
  change: Pick<ChangeSet, 'pr' | 'head' | 'commits' | 'manifest'>,
  config: GateConfig
) => Audience

/** Everything the collect stage hands to the engine; nothing is added to it afterwards. */
export interface Collection {
  changeSet: ChangeSet
  /** The policy the change is judged by (the base branch's, tightened by inputs or flags). */
  config: GateConfig
  audience: Audience
  approval: Approval
  /** Findings collect knows of and no detector can see (an invalid base config). */
  findings: Finding[]
  notes: string[]
  collectMs: number
  /** Requests sent to GitHub while collecting; 0 off GitHub. */
  apiCalls: number
}
