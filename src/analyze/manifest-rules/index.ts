import type { Finding, ManifestProblem } from '../../model.js'
import type { DetectorGroup } from '../family.js'
import { RUN_MANIFEST_INVALID } from './rules/run-manifest-invalid.js'
import { RUN_MANIFEST_MISSING } from './rules/run-manifest-missing.js'

/** Problems listed one by one; the rest are counted in one more finding. */
const MAX_LISTED_PROBLEMS = 20

function problemFinding(source: string, problem: ManifestProblem): Finding {
  const where = problem.pointer === '' ? 'the document' : problem.pointer
  return {
    rule: RUN_MANIFEST_INVALID.id,
    severity: 'warn',
    message: `Run manifest from ${source} is invalid at ${where}: ${problem.message}`,
    evidence: { source, pointer: problem.pointer },
    why: 'The gate cannot check scope, tests or actions against a manifest it cannot read.',
    fix: `Correct ${where} in the manifest so it matches agent-run/v1 (schema/agent-run.schema.json).`
  }
}

/** Whether the agent attached a readable run manifest (agent-run/v1). */
export const manifestDetectors: DetectorGroup = {
  name: 'manifest',
  detect({ changeSet, isAgent }) {
    const state = changeSet.manifest
    if (state.status === 'absent') {
      if (!isAgent) return { findings: [] }
      return {
        findings: [
          {
            rule: RUN_MANIFEST_MISSING.id,
            severity: 'info',
            message:
              'This agent-authored PR has no run manifest (agent-run/v1): every diff check ran; scope, test attempts and actions were not checked.',
            why: 'With a manifest the gate also checks what the agent was asked, ran and retried.',
            fix: "Optional: attach one: point the action's `manifest` input (CLI: --manifest) at the file the agent wrote, or add an ```agent-run fenced block with the JSON to the PR body."
          }
        ]
      }
    }
    if (state.status === 'present') return { findings: [] }
    const listed = state.problems.slice(0, MAX_LISTED_PROBLEMS)
    const findings = listed.map((problem) => problemFinding(state.source, problem))
    const rest = state.problems.length - listed.length
    if (rest > 0) {
      findings.push({
        rule: RUN_MANIFEST_INVALID.id,
        severity: 'warn',
        message: `Run manifest from ${state.source} has ${rest} more problem${rest === 1 ? '' : 's'} not listed here.`,
        evidence: { source: state.source, unlisted: rest },
        why: 'The gate cannot check scope, tests or actions against a manifest it cannot read.',
        fix: 'Fix the problems above, then re-run the gate to see the rest.'
      })
    }
    return { findings }
  }
}
