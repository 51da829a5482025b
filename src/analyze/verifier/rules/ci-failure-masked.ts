import { defineRule } from '../../rule.js'

export const CI_FAILURE_MASKED = defineRule({
  id: 'ci-failure-masked',
  family: 'verifier',
  defaultLevel: 'block',
  summary:
    'A failure is made to pass (`continue-on-error`, `|| true`, ...) or coverage is lowered.',
  why: 'A failure made to pass is a green build that means nothing.',
  fix: 'Let the step fail again and fix what fails.',
  docs: { page: 'verifier-integrity.md', anchor: 'ci-failure-masked' },
  example: '`run: npm test` becomes `run: npm test || true`.'
})
