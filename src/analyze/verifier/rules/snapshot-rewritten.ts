import { defineRule } from '../../rule.js'

export const SNAPSHOT_REWRITTEN = defineRule({
  id: 'snapshot-rewritten',
  family: 'verifier',
  defaultLevel: 'warn',
  summary: 'Stored snapshots are rewritten or set to update.',
  why: 'A rewritten snapshot accepts whatever the code now does.',
  fix: 'Check each rewritten snapshot is the intended output, or revert it.',
  docs: { page: 'verifier-integrity.md', anchor: 'snapshot-rewritten' },
  example: '`__snapshots__/page.test.ts.snap` is rewritten by `jest -u`.'
})
