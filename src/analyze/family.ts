import type { GateConfig } from '../config/types.js'
import type { ChangeSet, Finding, MinimalityScore, SplitPlan, TestAttemptRow } from '../model.js'

/** What every detector reads. Detectors are pure: no I/O, no clock, no logging. */
export interface AnalysisInput {
  changeSet: ChangeSet
  config: GateConfig
  /** The change is agent-authored (decide/classify); run-discipline rules apply only then. */
  isAgent: boolean
}

export interface DetectorResult {
  findings: Finding[]
  splitPlan?: SplitPlan
  testTimeline?: TestAttemptRow[]
}

/**
 * One folder of detectors and the pure function that runs them. Findings carry each rule's
 * default severity: the configured levels are applied once, by the registry.
 */
export interface DetectorGroup {
  name: string
  detect(input: AnalysisInput): DetectorResult
}

/** A detector of the whole analysis: it reads the minimality score of every other finding. */
export interface ScoreDetector {
  name: string
  detect(input: AnalysisInput, score: MinimalityScore): Finding[]
}
