import type { GateConfig } from '../config/types.js'
import type { ChangeSet, Finding, RuleMeta, SplitPlan, TestAttemptRow } from '../model.js'

/** What every detector reads. Detectors are pure: no I/O, no clock, no logging. */
export interface AnalysisInput {
  changeSet: ChangeSet
  config: GateConfig
  /** The change is agent-authored (decide/classify); run-discipline rules apply only then. */
  isAgent: boolean
}

export interface FamilyResult {
  findings: Finding[]
  splitPlan?: SplitPlan
  testTimeline?: TestAttemptRow[]
}

/** One detector family: the rules it owns and a pure function that finds them. */
export interface DetectorFamily {
  name: string
  rules: readonly RuleMeta[]
  detect(input: AnalysisInput): FamilyResult
}
