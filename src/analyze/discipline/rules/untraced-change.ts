import { defineRule } from '../../rule.js'

export const UNTRACED_CHANGE = defineRule({
  id: 'untraced-change',
  family: 'discipline',
  defaultLevel: 'warn',
  summary: 'A file changed after a context snapshot that does not reference it.',
  why: 'A change made after a context snapshot that never mentions the file (needs a manifest).',
  fix: 'Check the change was meant, or have the agent say why it made it.',
  docs: { page: 'run-discipline.md', anchor: 'untraced-change' },
  example: 'After snapshot 3, which names only `src/page.ts`, the agent edits `src/auth.ts`.',
  pointsAt: 'manifest'
})
