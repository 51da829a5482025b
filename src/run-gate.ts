/**
 * The engine: analyze -> decide -> build the report, on what the collect stage handed over. The
 * action, the CLI, bench and scripts all run `runGate`. Apart from the library entry (engine.ts),
 * so that a run loads no config or manifest parser it does not use.
 */
import { analyze, lockedRuleNotes } from './analyze/index.js'
import type { Audience, Collection } from './collect/collection.js'
import { DEFAULT_CONFIG } from './config/defaults.js'
import type { GateConfig } from './config/types.js'
import { decide } from './decide/policy.js'
import type { Analysis, ChangeSet, GateReport, Verdict } from './model.js'
import { NO_APPROVAL } from './model.js'
import { buildReport } from './report/build.js'

export interface GateOutcome {
  analysis: Analysis
  verdict: Verdict
  report: GateReport
}

/** Everyone's change, with the agent rules on: how the CLI gates by default. */
export const EVERY_CHANGE: Audience = Object.freeze({ isAgent: true, skipped: null })

/**
 * A collection of a change read without GitHub (a diff, a repository): no approval, no findings
 * or notes of its own; `parts` adds what the caller did read.
 */
export function collectionOf(
  changeSet: ChangeSet,
  config: GateConfig = DEFAULT_CONFIG,
  parts: Partial<Omit<Collection, 'changeSet' | 'config'>> = {}
): Collection {
  return {
    changeSet,
    config,
    audience: EVERY_CHANGE,
    approval: NO_APPROVAL,
    findings: [],
    notes: [],
    collectMs: 0,
    apiCalls: 0,
    ...parts
  }
}

export function runGate(collection: Collection): GateOutcome {
  const started = performance.now()
  const { changeSet, config, audience, approval } = collection
  const analyzed = analyze({ changeSet, config, isAgent: audience.isAgent })
  const analysis: Analysis =
    collection.findings.length > 0
      ? { ...analyzed, findings: [...collection.findings, ...analyzed.findings] }
      : analyzed
  const verdict = decide(
    analysis.findings,
    {
      mode: config.mode,
      skipped: audience.skipped,
      notes: [...collection.notes, ...lockedRuleNotes(config.rules)]
    },
    approval
  )
  const analyzedAt = performance.now()
  const report = buildReport({
    changeSet,
    analysis,
    verdict,
    timingMs: {
      collect: roundMs(collection.collectMs),
      analyze: roundMs(analyzedAt - started),
      report: 0
    },
    apiCalls: collection.apiCalls,
    approvalNotes: approval.rejections
  })
  // Building the report is the report stage here; a publisher adds its own time on top.
  report.timingMs.report = roundMs(performance.now() - analyzedAt)
  return { analysis, verdict, report }
}

/** Milliseconds to one decimal, as the report shows them. */
function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10
}
