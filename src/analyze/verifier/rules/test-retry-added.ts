import { defineRule } from '../../rule.js'

export const TEST_RETRY_ADDED = defineRule({
  id: 'test-retry-added',
  family: 'verifier',
  defaultLevel: 'warn',
  summary: 'Test retries are added or raised.',
  why: 'Retries can hide a flaky failure.',
  fix: 'Fix the flaky test instead of retrying it.',
  docs: { page: 'verifier-integrity.md', anchor: 'test-retry-added' },
  example: '`retries: 3` is added to `jest.config.js`.'
})
