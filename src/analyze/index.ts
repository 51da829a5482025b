import type { GateConfig } from '../config/types.js'
import type { Analysis, Finding, RuleMeta, SplitPlan, TestAttemptRow } from '../model.js'
import { dataFamily } from './data.js'
import { disciplineFamily } from './discipline/index.js'
import type { AnalysisInput, DetectorFamily } from './family.js'
import { manifestFamily } from './manifest-rules/index.js'
import {
  lowMinimalityFinding,
  minimalityFamily,
  quietSmallNoise,
  scoreMinimality
} from './minimality/index.js'
import { riskFamily } from './risk/index.js'
import { scopeFamily } from './scope/index.js'
import { verifierFamily } from './verifier/index.js'

/** The registry: every detector family, in report order. */
export const FAMILIES: readonly DetectorFamily[] = [
  scopeFamily,
  minimalityFamily,
  riskFamily,
  verifierFamily,
  manifestFamily,
  disciplineFamily,
  dataFamily
]

export const RULES: readonly RuleMeta[] = FAMILIES.flatMap((family) => family.rules)

const META = new Map(RULES.map((meta) => [meta.id, meta]))

/**
 * The configured level replaces a detector's own severity; `off` drops the finding; an `info`
 * finding of a rule that is not quiet by default (an allowed refactor, say) stays
 * informational; a locked rule keeps blocking.
 */
export function applyLevels(findings: readonly Finding[], input: AnalysisInput): Finding[] {
  const out: Finding[] = []
  for (const finding of findings) {
    const meta = META.get(finding.rule)
    const configured = input.config.rules[finding.rule]
    if (meta?.locked || configured === undefined) out.push(finding)
    else if (configured === 'off') continue
    else if (finding.severity === 'info' && meta?.defaultLevel !== 'info') out.push(finding)
    else out.push(configured === finding.severity ? finding : { ...finding, severity: configured })
  }
  return out
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

/** Runs every family on the change and scores its minimality. Pure and deterministic. */
export function analyze(input: AnalysisInput): Analysis {
  const raw: Finding[] = []
  let splitPlan: SplitPlan | null = null
  let testTimeline: TestAttemptRow[] | null = null
  for (const family of FAMILIES) {
    const result = family.detect(input)
    for (const finding of result.findings) raw.push(finding)
    if (result.splitPlan) splitPlan = result.splitPlan
    if (result.testTimeline) testTimeline = result.testTimeline
  }
  const levelled = applyLevels(raw, input)
  const score = scoreMinimality(input, levelled)
  const findings = quietSmallNoise(input, levelled, score)
  // low-minimality needs every other finding first; its severity is final (config applied).
  const low = lowMinimalityFinding(input, score)
  if (low) findings.push(low)
  return { findings, score, splitPlan, testTimeline }
}
