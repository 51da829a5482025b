/** `action-budget`: a run longer than `max_actions_per_run` needs a human's approval. */
import type { Finding } from '../../model.js'
import type { RunManifest } from '../../manifest/types.js'

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
      rule: 'action-budget',
      severity: 'block',
      message: `The agent's run took ${count} actions, over the budget of ${limit}: a run this long needs a human's approval.`,
      evidence: { actions: actions.length, highestSeq, limit },
      why: 'A long run drifts: more actions mean more unreviewed decisions between the task and the diff.',
      fix: 'Have a maintainer review the run log and approve, or split the task into smaller runs.'
    }
  ]
}
