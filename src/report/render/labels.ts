/** Wording every renderer shares: verdict statuses, severities and the rule families of 2.4. */
import type {
  ApprovalRecord,
  Finding,
  GateReport,
  RuleId,
  Severity,
  VerdictValue
} from '../../model.js'

export type RuleFamily = 'minimality' | 'risk' | 'verifier' | 'discipline' | 'data'

const RULE_FAMILY: Readonly<Record<RuleId, RuleFamily>> = {
  'format-only': 'minimality',
  'import-reorder': 'minimality',
  'rename-symbol': 'minimality',
  'moved-code': 'minimality',
  'file-rename': 'minimality',
  'comment-only': 'minimality',
  'out-of-scope': 'minimality',
  'generated-churn': 'minimality',
  'low-minimality': 'minimality',
  'sensitive-path': 'risk',
  'secret-in-diff': 'risk',
  'workflow-privilege': 'risk',
  'agent-config-change': 'risk',
  'gate-config-change': 'risk',
  'dependency-change': 'risk',
  'rerun-to-green': 'verifier',
  'test-skipped': 'verifier',
  'test-retry-added': 'verifier',
  'test-deleted': 'verifier',
  'assertion-weakened': 'verifier',
  'timeout-raised': 'verifier',
  'snapshot-rewritten': 'verifier',
  'ci-failure-masked': 'verifier',
  'run-manifest-missing': 'discipline',
  'run-manifest-invalid': 'discipline',
  'action-budget': 'discipline',
  'untraced-change': 'discipline',
  'run-claim-mismatch': 'discipline',
  explanation: 'discipline',
  'incomplete-diff': 'data'
}

/** The order of the architecture's rule table (2.4). */
export const FAMILY_ORDER: readonly RuleFamily[] = [
  'minimality',
  'risk',
  'verifier',
  'discipline',
  'data'
]

export const FAMILY_TITLE: Readonly<Record<RuleFamily, string>> = {
  minimality: 'Minimality and refactors',
  risk: 'Risk surface',
  verifier: 'Verifier integrity',
  discipline: 'Run discipline',
  data: 'Data'
}

export function familyOf(rule: RuleId): RuleFamily {
  return RULE_FAMILY[rule]
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { block: 0, warn: 1, info: 2 }

export type VerdictStatus = 'skipped' | 'approved' | 'blocked' | 'warned' | 'passed'

export interface VerdictSummary {
  status: VerdictStatus
  /** Block-severity findings no approval covers. */
  blocking: number
  /** Block-severity findings the approval covers. */
  approved: number
  warnings: number
  infos: number
}

/** Whether the recorded approval covers a finding: the general label, or its category's label. */
export function approvalCovers(approval: ApprovalRecord | null, finding: Finding): boolean {
  if (approval === null) return false
  if (approval.covers.includes('all')) return true
  return finding.category !== undefined && approval.covers.includes(finding.category)
}

export function isBlocking(report: GateReport, finding: Finding): boolean {
  return finding.severity === 'block' && !approvalCovers(report.approval, finding)
}

export function summarizeVerdict(report: GateReport): VerdictSummary {
  let blocking = 0
  let approved = 0
  let warnings = 0
  let infos = 0
  for (const finding of report.findings) {
    if (finding.severity === 'warn') warnings += 1
    else if (finding.severity === 'info') infos += 1
    else if (approvalCovers(report.approval, finding)) approved += 1
    else blocking += 1
  }
  return { status: statusOf(report), blocking, approved, warnings, infos }
}

function statusOf(report: GateReport): VerdictStatus {
  if (report.verdict === 'fail') return 'blocked'
  if (report.skipped !== null) return 'skipped'
  if (report.overridden) return 'approved'
  return report.verdict === 'warn' ? 'warned' : 'passed'
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * The reason part of the verdict line, from counts only (no untrusted text), so every renderer
 * can print it as is.
 */
export function verdictReason(summary: VerdictSummary, report: GateReport): string {
  const { blocking, approved, warnings, infos } = summary
  switch (summary.status) {
    case 'skipped':
      return 'the gate did not apply to this change'
    case 'approved':
      return `${plural(approved + blocking, 'blocking finding')} approved by a human`
    case 'blocked':
      if (blocking === 0) return 'the gate failed closed, see the notes'
      return `${plural(blocking, 'finding')} ${blocking === 1 ? 'needs' : 'need'} a fix or an approval`
    case 'warned':
      if (blocking > 0 && report.mode !== 'enforce') {
        return `${plural(blocking, 'finding')} would block in enforce mode (mode: ${report.mode})`
      }
      return `${plural(warnings + blocking, 'finding')} to review`
    case 'passed':
      if (blocking + warnings > 0 && report.mode === 'observe') {
        return `observe mode: ${plural(blocking + warnings, 'finding')} reported, none blocks`
      }
      if (warnings + infos + blocking === 0) return 'no findings'
      return `${plural(warnings + infos + blocking, 'finding')}, none blocks`
  }
}

const TEXT_VERDICT: Readonly<Record<VerdictValue, string>> = {
  pass: 'PASS',
  warn: 'WARN',
  fail: 'FAIL (blocked)'
}

/** Terminal label of the verdict: `PASS`, `WARN`, `FAIL (blocked)`, qualified when approved or skipped. */
export function textStatus(report: GateReport, status: VerdictStatus): string {
  const word = TEXT_VERDICT[report.verdict]
  if (status === 'approved' || status === 'skipped') return `${word} (${status})`
  return word
}

/** Job-summary label of the verdict, a word a reviewer reads first. */
export const MARKDOWN_STATUS: Readonly<Record<VerdictStatus, string>> = {
  skipped: 'Skipped',
  approved: 'Approved',
  blocked: 'Blocked',
  warned: 'Passed with warnings',
  passed: 'Passed'
}

export interface FamilyGroup {
  family: RuleFamily
  findings: Finding[]
  blocking: number
}

/** Findings by rule family: families with blocking findings first, then in the 2.4 order. */
export function groupByFamily(report: GateReport): FamilyGroup[] {
  const groups = FAMILY_ORDER.map((family): FamilyGroup => ({ family, findings: [], blocking: 0 }))
  for (const finding of report.findings) {
    const group = groups[FAMILY_ORDER.indexOf(familyOf(finding.rule))]
    group.findings.push(finding)
    if (isBlocking(report, finding)) group.blocking += 1
  }
  const present = groups.filter((group) => group.findings.length > 0)
  return [
    ...present.filter((group) => group.blocking > 0),
    ...present.filter((group) => group.blocking === 0)
  ]
}

/** `path:line`, `path:line-endLine`, `path`, or null for a change-wide finding. */
export function locationOf(finding: Finding): string | null {
  if (finding.path === undefined || finding.path === '') return null
  if (finding.line === undefined) return finding.path
  if (finding.endLine === undefined || finding.endLine <= finding.line) {
    return `${finding.path}:${finding.line}`
  }
  return `${finding.path}:${finding.line}-${finding.endLine}`
}

/** A SHA shortened the way git prints it; other refs as they are. */
export function shortSha(ref: string): string {
  return /^[0-9a-f]{40,64}$/i.test(ref) ? ref.slice(0, 7) : ref
}
/** Hunk numbers as the analysis gives them; none listed means the whole file. */
export function hunkList(hunks: readonly number[]): string {
  return hunks.length === 0 ? 'whole file' : `hunks ${hunks.join(', ')}`
}
