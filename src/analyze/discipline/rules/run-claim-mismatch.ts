import { defineRule } from '../../rule.js'

export const RUN_CLAIM_MISMATCH = defineRule({
  id: 'run-claim-mismatch',
  family: 'discipline',
  defaultLevel: 'block',
  summary: 'The manifest says tests passed on something other than the head, or CI disagrees.',
  why: 'The manifest claims test results the head or CI contradicts (needs a manifest).',
  fix: 'Run the tests on the head commit and attach the real results.',
  docs: { page: 'run-discipline.md', anchor: 'run-claim-mismatch' },
  example: 'The manifest says tests passed on tree `abc…`; the head tree is `def…`.',
  pointsAt: 'manifest'
})
