/** `action-budget`: a run longer than `max_actions_per_run` deserves a look at its log. */
import type { Finding } from '../../model.js'
import type { RunManifest } from '../../model.js'
import { ACTION_BUDGET } from './rules/action-budget.js'

export function actionBudget(manifest: RunManifest, limit: number): Finding[] {
  const actions = manifest.actions ?? []
  const highestSeq = actions.reduce(
    (max, a) => (Number.isFinite(a.seq) ? Math.max(max, a.seq) : max),
    0
  )
  // A gap in `seq` counts: leaving entries out must not shorten a run.
  const count = Math.max(actions.length, highestSeq)
  if (count <= limit) return []
  return [
    {
      rule: ACTION_BUDGET.id,
      severity: 'warn',
      message: `The agent's run took ${count} actions, over the budget of ${limit}.`,
      evidence: { actions: actions.length, highestSeq, limit },
      why: 'A long run drifts: more actions mean more unreviewed decisions between the task and the diff.',
      fix: 'Skim the run log for detours; next time, split the task into smaller runs.'
    }
  ]
}
