import type { DetectorFamily } from './family.js'

/** Fail closed: a change the gate could not see whole is never reported as "no findings". */
export const dataFamily: DetectorFamily = {
  name: 'data',
  rules: [
    {
      id: 'incomplete-diff',
      defaultLevel: 'block',
      summary:
        'The gate could not see the whole change (truncated diff, missing patches, file cap).'
    },
    {
      id: 'config-invalid',
      defaultLevel: 'block',
      summary: "The gate's configuration on the base branch is invalid, so defaults were used.",
      locked: true
    }
  ],
  detect({ changeSet, config }) {
    if (changeSet.complete) return { findings: [] }
    return {
      findings: [
        {
          rule: 'incomplete-diff',
          severity: config.fail_on_incomplete ? 'block' : 'warn',
          message: `The gate could not see the whole change: ${changeSet.incompleteReason ?? 'reason unknown'}`,
          why: 'Unseen lines cannot be checked, so the gate fails closed instead of reporting "no changes".',
          fix: 'Split the PR, or have a maintainer review it and apply the approval label.'
        }
      ]
    }
  }
}
