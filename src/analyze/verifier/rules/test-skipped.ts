import { defineRule } from '../../rule.js'

export const TEST_SKIPPED = defineRule({
  id: 'test-skipped',
  family: 'verifier',
  defaultLevel: 'block',
  summary: 'A skip, todo, expected-failure or `.only` marker is added.',
  why: 'A skipped test hides a failure.',
  fix: 'Remove the marker and fix the failing test, or get a maintainer to approve the skip.',
  docs: { page: 'verifier-integrity.md', anchor: 'test-skipped' },
  example: "`it('last page', …)` becomes `it.skip('last page', …)`."
})
