import type { DetectorGroup } from '../family.js'
import { INCOMPLETE_DIFF } from './rules/incomplete-diff.js'

/** Fail closed: a change the gate could not see whole is never reported as "no findings". */
export const dataDetectors: DetectorGroup = {
  name: 'data',
  detect({ changeSet, config }) {
    if (changeSet.complete) return { findings: [] }
    return {
      findings: [
        {
          rule: INCOMPLETE_DIFF.id,
          severity: config.fail_on_incomplete ? 'block' : 'warn',
          message: `The gate could not see the whole change: ${changeSet.incompleteReason ?? 'reason unknown'}`,
          why: 'Unseen lines cannot be checked, so the gate fails closed instead of reporting "no changes".',
          fix: INCOMPLETE_DIFF.fix
        }
      ]
    }
  }
}
