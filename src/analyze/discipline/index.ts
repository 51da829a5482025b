/**
 * Run discipline: what the agent did, how much, and what it had seen when it made each change,
 * read from its run manifest (untrusted: cross-checked against the diff and CI, never a grant),
 * and whether the PR says why.
 */
import type { Finding } from '../../model.js'
import type { DetectorGroup } from '../family.js'
import { actionBudget } from './action-budget.js'
import { explanationFindings } from './explanation.js'
import { runClaimMismatches } from './run-claims.js'
import { untracedChanges } from './untraced.js'

export const disciplineDetectors: DetectorGroup = {
  name: 'discipline',
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
