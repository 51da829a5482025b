import { defineRule } from '../../rule.js'

export const ACTION_BUDGET = defineRule({
  id: 'action-budget',
  family: 'discipline',
  defaultLevel: 'warn',
  summary: 'The agent run took more actions than `max_actions_per_run`.',
  why: 'A run longer than `max_actions_per_run` is a cost, not a risk in the diff (needs a manifest).',
  fix: 'Review the run log, or raise max_actions_per_run if such runs are expected.',
  docs: { page: 'run-discipline.md', anchor: 'action-budget' },
  example: 'The manifest lists 180 actions with the default budget of 50.',
  settings: ['max_actions_per_run'],
  pointsAt: 'manifest'
})
