import { defineRule } from '../../rule.js'

export const TIMEOUT_RAISED = defineRule({
  id: 'timeout-raised',
  family: 'verifier',
  defaultLevel: 'warn',
  summary: 'A test or CI job timeout is raised.',
  why: 'A raised timeout can hide a slowdown.',
  fix: 'Find why it got slower instead of raising the limit.',
  docs: { page: 'verifier-integrity.md', anchor: 'timeout-raised' },
  example: '`timeout-minutes: 10` becomes `timeout-minutes: 60`.'
})
