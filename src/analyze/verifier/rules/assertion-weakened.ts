import { defineRule } from '../../rule.js'

export const ASSERTION_WEAKENED = defineRule({
  id: 'assertion-weakened',
  family: 'verifier',
  defaultLevel: 'block',
  summary: 'Fewer assertions, a looser matcher, or an assertion commented out.',
  why: 'A looser assertion lets a regression through.',
  fix: 'Restore the assertion and fix the code it checks.',
  docs: { page: 'verifier-integrity.md', anchor: 'assertion-weakened' },
  example: '`expect(page).toEqual(3)` becomes `expect(page).toBeDefined()`.'
})
