/**
 * Run discipline: what the agent did, how much, and what it had seen when it made each change,
 * read from its run manifest (untrusted: cross-checked against the diff and CI, never a grant),
 * and whether the PR says why.
 */
import type { Finding, RuleMeta } from '../../model.js'
import type { DetectorFamily } from '../family.js'
import { actionBudget } from './action-budget.js'
import { explanationFindings } from './explanation.js'
import { runClaimMismatches } from './run-claims.js'
import { untracedChanges } from './untraced.js'

const RULES: readonly RuleMeta[] = [
  {
    id: 'action-budget',
    // Many actions are a cost, not a risk in the diff: a maintainer reads it, nothing to approve.
    defaultLevel: 'warn',
    summary: 'The agent run took more actions than `max_actions_per_run`.'
  },
  {
    id: 'untraced-change',
    defaultLevel: 'warn',
    summary: 'A file changed after a context snapshot that does not reference it.'
  },
  {
    id: 'run-claim-mismatch',
    defaultLevel: 'block',
    summary: 'The manifest says tests passed on something other than the head, or CI disagrees.'
  },
  {
    id: 'explanation',
    defaultLevel: 'warn',
    summary:
      'The PR has no description and a vague title (warn); a body with no reason or over `explanation.max_words` is info.'
  }
]

export const disciplineFamily: DetectorFamily = {
  name: 'discipline',
  rules: RULES,
  detect({ changeSet, config, isAgent }) {
    const findings: Finding[] = []
    if (changeSet.manifest.status === 'present') {
      const { manifest } = changeSet.manifest
      const found = [
        actionBudget(manifest, config.max_actions_per_run),
        untracedChanges(changeSet, manifest),
        runClaimMismatches(changeSet, manifest)
      ]
      for (const list of found) for (const item of list) findings.push(item)
    }
    if (isAgent && changeSet.pr) {
      for (const item of explanationFindings(changeSet.pr, config.explanation.max_words))
        findings.push(item)
    }
    return { findings }
  }
}
