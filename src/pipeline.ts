/**
 * The engine both entry points share: analyze -> decide -> build the report. The action and the
 * CLI differ only in how they collect and where they publish.
 */
import { analyze, lockedRuleNotes } from './analyze/index.js'
import type { GateConfig } from './config/types.js'
import { decide } from './decide/policy.js'
import type { Analysis, Approval, ChangeSet, Finding, GateReport, Verdict } from './model.js'
import { buildReport } from './report/build.js'

export interface GateInput {
  changeSet: ChangeSet
  config: GateConfig
  isAgent: boolean
  /** Why the gate does not apply (a human PR under apply_to: agents), else null. */
  skipped: string | null
  approval: Approval
  /** Findings that collect knows of and no detector can see (an invalid base config). */
  collectFindings: Finding[]
  notes: string[]
  collectMs: number
  apiCalls: number
}

export interface GateOutcome {
  analysis: Analysis
  verdict: Verdict
  report: GateReport
}

export function runGate(input: GateInput): GateOutcome {
  const started = performance.now()
  const analyzed = analyze({
    changeSet: input.changeSet,
    config: input.config,
    isAgent: input.isAgent
  })
  const analysis: Analysis =
    input.collectFindings.length > 0
      ? { ...analyzed, findings: [...input.collectFindings, ...analyzed.findings] }
      : analyzed
  const verdict = decide(
    analysis.findings,
    {
      mode: input.config.mode,
      skipped: input.skipped,
      notes: [...input.notes, ...lockedRuleNotes(input.config.rules)]
    },
    input.approval
  )
  const analyzedAt = performance.now()
  const report = buildReport({
    changeSet: input.changeSet,
    analysis,
    verdict,
    timingMs: { collect: round(input.collectMs), analyze: round(analyzedAt - started), report: 0 },
    apiCalls: input.apiCalls,
    approvalNotes: input.approval.rejections
  })
  // Building the report is the report stage here; a publisher adds its own time on top.
  report.timingMs.report = round(performance.now() - analyzedAt)
  return { analysis, verdict, report }
}

export function round(ms: number): number {
  return Math.round(ms * 10) / 10
}
