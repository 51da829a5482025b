import type {
  Approval,
  ApprovalGrant,
  ApprovalRecord,
  Finding,
  Mode,
  Verdict,
  VerdictValue
} from '../model.js'

export interface Policy {
  mode: Mode
  /** Why the gate does not apply to this change (for example a human-authored PR), else null. */
  skipped: string | null
  /** Notes from settings (an input that tried to weaken the base config, for example). */
  notes: readonly string[]
}

function covers(grant: ApprovalGrant, finding: Finding): boolean {
  if (grant.covers === 'all') return true
  return finding.category !== undefined && grant.covers.category === finding.category
}

/**
 * The decision, pure: findings + policy + verified approval -> verdict. Enforced findings (the
 * gate's own supervision) block in every mode and even on skipped changes, until approved.
 */
export function decide(findings: readonly Finding[], policy: Policy, approval: Approval): Verdict {
  const notes = [...policy.notes]
  const considered = policy.skipped === null ? findings : findings.filter((f) => f.enforced)
  const blocking: Finding[] = []
  const approved: Finding[] = []
  const usedGrants = new Set<ApprovalGrant>()
  let softened = 0
  let warnings = 0

  for (const finding of considered) {
    if (finding.severity === 'info') continue
    if (finding.severity === 'warn') {
      warnings++
      continue
    }
    const grant = approval.grants.find((g) => covers(g, finding))
    if (grant) {
      usedGrants.add(grant)
      approved.push(finding)
    } else if (finding.enforced || policy.mode === 'enforce') {
      blocking.push(finding)
    } else {
      softened++
    }
  }

  for (const grant of approval.grants) {
    if (usedGrants.has(grant) || grant.covers === 'all') continue
    notes.push(
      `The label ${grant.label} by ${grant.by} approves only ${grant.covers.category} findings; no blocking finding is in that category.`
    )
  }

  if (softened > 0) {
    notes.push(
      policy.mode === 'warn'
        ? `Mode is warn: ${softened} blocking finding(s) reported as warnings.`
        : `Mode is observe: ${softened} blocking finding(s) reported only.`
    )
  }

  let verdict: VerdictValue = 'pass'
  if (blocking.length > 0) verdict = 'fail'
  else if (policy.mode !== 'observe' && (warnings > 0 || softened > 0)) verdict = 'warn'

  return {
    verdict,
    mode: policy.mode,
    overridden: approved.length > 0 && blocking.length === 0,
    approval: approvalRecord([...usedGrants], approved),
    blocking,
    approved,
    skipped: policy.skipped,
    notes
  }
}

function approvalRecord(grants: ApprovalGrant[], approved: Finding[]): ApprovalRecord | null {
  if (grants.length === 0) return null
  const primary = grants.find((g) => g.covers === 'all') ?? grants[0]!
  const categories = new Set<string>()
  for (const finding of approved) categories.add(finding.category ?? finding.rule)
  return {
    label: grants.map((g) => g.label).join(', '),
    by: [...new Set(grants.map((g) => g.by))].join(', '),
    role: primary.role,
    at: primary.at,
    headSha: primary.headSha,
    covers: [...categories].sort()
  }
}
