import { defineRule } from '../../rule.js'

export const TEST_DELETED = defineRule({
  id: 'test-deleted',
  family: 'verifier',
  defaultLevel: 'block',
  summary: 'Test files or test cases are removed on net.',
  why: 'A deleted test checks nothing.',
  fix: 'Restore the tests, or say in the PR why they no longer apply and get approval.',
  docs: { page: 'verifier-integrity.md', anchor: 'test-deleted' },
  example: '`test/pagination.test.ts` is deleted.'
})
