/** Assembles the JSON report (contract 2.3) from what the pipeline stages produced. */
import type {
  Analysis,
  ChangeSet,
  Finding,
  FindingEffect,
  GateReport,
  TimingMs,
  Verdict
} from '../model.js'
import { redactReport } from './redact.js'
import { SEVERITY_RANK } from './render/labels.js'

export interface ReportInput {
  changeSet: ChangeSet
  analysis: Analysis
  verdict: Verdict
  timingMs: TimingMs
  apiCalls: number
  approvalNotes: string[]
}

/** Said when a source marks the change incomplete without saying why. */
const UNKNOWN_INCOMPLETE_REASON = 'the source did not deliver the whole change'

/** The report every renderer reads, every string in it already redacted. */
export function buildReport(input: ReportInput): GateReport {
  const { changeSet, analysis, verdict } = input
  let additions = 0
  let deletions = 0
  for (const file of changeSet.files) {
    additions += file.additions
    deletions += file.deletions
  }
  const pr = changeSet.pr
  return redactReport({
    version: 1,
    verdict: verdict.verdict,
    mode: verdict.mode,
    overridden: verdict.overridden,
    approval: verdict.approval,
    complete: changeSet.complete,
    incompleteReason: changeSet.complete
      ? null
      : (changeSet.incompleteReason ?? UNKNOWN_INCOMPLETE_REASON),
    score: analysis.score,
    stats: { files: changeSet.files.length, additions, deletions },
    findings: withEffects(analysis.findings, verdict).sort(compareFindings),
    pr: pr === null ? null : { number: pr.number, url: pr.url, headSha: pr.headSha },
    skipped: verdict.skipped,
    notes: distinct([...verdict.notes, ...(changeSet.ci?.notes ?? [])]),
    approvalNotes: [...input.approvalNotes],
    splitPlan: analysis.splitPlan,
    testTimeline: analysis.testTimeline,
    apiCalls: input.apiCalls,
    timingMs: { ...input.timingMs }
  })
}

/** Each finding carries what the decision did with it, so renderers never re-derive the policy. */
function withEffects(findings: readonly Finding[], verdict: Verdict): Finding[] {
  const blocking = new Set(verdict.blocking)
  const approved = new Set(verdict.approved)
  return findings.map((finding) => {
    let effect: FindingEffect
    if (finding.severity === 'warn') effect = 'warning'
    else if (finding.severity === 'info') effect = 'info'
    else if (blocking.has(finding)) effect = 'blocking'
    else if (approved.has(finding)) effect = 'approved'
    else effect = 'softened'
    return { ...finding, effect }
  })
}

/**
 * Severity (block, warn, info), then path, line, rule and message. Change-wide findings (no
 * path) come before file findings and file-level before line-level, so the order is total.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.path ?? '', b.path ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  )
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compareText(a: string, b: string): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}

function distinct(lines: string[]): string[] {
  return [...new Set(lines)]
}
