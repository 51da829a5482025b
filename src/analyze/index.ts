import type { GateConfig } from '../config/types.js'
import type { Analysis, Finding, Level, Severity, SplitPlan, TestAttemptRow } from '../model.js'
import { RULES, ruleMeta } from './catalogue.js'
import { dataDetectors } from './data/index.js'
import { disciplineDetectors } from './discipline/index.js'
import type { AnalysisInput, DetectorGroup, ScoreDetector } from './family.js'
import { manifestDetectors } from './manifest-rules/index.js'
import {
  lowMinimalityDetector,
  minimalityDetectors,
  quietSmallNoise,
  scoreMinimality
} from './minimality/index.js'
import { riskDetectors } from './risk/index.js'
import { scopeDetectors } from './scope/index.js'
import { verifierDetectors } from './verifier/index.js'

export { RULES }

/** The registry: every detector group, in report order. */
export const DETECTOR_GROUPS: readonly DetectorGroup[] = [
  scopeDetectors,
  minimalityDetectors,
  riskDetectors,
  verifierDetectors,
  manifestDetectors,
  disciplineDetectors,
  dataDetectors
]

/** Detectors that read the minimality score, so they run once every group's findings are in. */
export const SCORE_DETECTORS: readonly ScoreDetector[] = [lowMinimalityDetector]

const RANK: Readonly<Record<Exclude<Level, 'off'>, number>> = { info: 0, warn: 1, block: 2 }

/**
 * The one place a configured level applies: it replaces a detector's own severity; `off` drops
 * the finding; an `info` finding of a rule that is not quiet by default (an allowed refactor,
 * say) stays informational; a locked rule keeps blocking; a rule whose level is a ceiling is
 * lowered, never raised.
 */
export function applyLevels(findings: readonly Finding[], input: AnalysisInput): Finding[] {
  const out: Finding[] = []
  for (const finding of findings) {
    const meta = ruleMeta(finding.rule)
    const configured = input.config.rules[finding.rule]
    if (meta?.locked || configured === undefined) out.push(finding)
    else if (configured === 'off') continue
    else if (finding.severity === 'info' && meta?.defaultLevel !== 'info') out.push(finding)
    else if (meta?.levelIsCeiling && RANK[configured] > RANK[finding.severity]) out.push(finding)
    else out.push(configured === finding.severity ? finding : withSeverity(finding, configured))
  }
  return out
}

function withSeverity(finding: Finding, severity: Severity): Finding {
  return { ...finding, severity }
}

/** A locked rule set below block in the config: ignored, and the report says so. */
export function lockedRuleNotes(rules: GateConfig['rules']): string[] {
  const notes: string[] = []
  for (const meta of RULES) {
    const configured = rules[meta.id]
    if (meta.locked && configured !== undefined && configured !== 'block') {
      notes.push(
        `rules.${meta.id} is set to ${configured}, which is ignored: ${meta.id} is locked and always blocks, so an agent cannot loosen its own supervision.`
      )
    }
  }
  return notes
}

/**
 * Runs every detector group, then each rule module's own detector, and scores the change's
 * minimality. Pure and deterministic.
 */
export function analyze(input: AnalysisInput): Analysis {
  const raw: Finding[] = []
  let splitPlan: SplitPlan | null = null
  let testTimeline: TestAttemptRow[] | null = null
  for (const group of DETECTOR_GROUPS) {
    const result = group.detect(input)
    for (const finding of result.findings) raw.push(finding)
    if (result.splitPlan) splitPlan = result.splitPlan
    if (result.testTimeline) testTimeline = result.testTimeline
  }
  for (const rule of RULES) {
    if (rule.detect) for (const finding of rule.detect(input)) raw.push(finding)
  }
  const levelled = applyLevels(raw, input)
  const score = scoreMinimality(input, levelled)
  const findings = quietSmallNoise(input, levelled, score)
  const scored: Finding[] = []
  for (const detector of SCORE_DETECTORS) {
    for (const finding of detector.detect(input, score)) scored.push(finding)
  }
  for (const finding of applyLevels(scored, input)) findings.push(finding)
  return { findings, score, splitPlan, testTimeline }
}
