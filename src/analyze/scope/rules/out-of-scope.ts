import { defineRule } from '../../rule.js'

export const OUT_OF_SCOPE = defineRule({
  id: 'out-of-scope',
  family: 'minimality',
  defaultLevel: 'block',
  summary: `A changed file matches none of the run manifest's task.scope.paths.`,
  why: 'The manifest scoped the task; a file outside it was not asked for (needs a manifest).',
  fix: 'Ask the human to widen task.scope.paths or move this change to its own PR.',
  docs: { page: 'manifest.md', anchor: 'what-the-gate-reports' },
  example: 'task.scope.paths is `src/pagination/**` and the PR also edits `src/auth/login.ts`.'
})
