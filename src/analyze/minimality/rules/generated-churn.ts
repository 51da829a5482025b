import { defineRule } from '../../rule.js'

export const GENERATED_CHURN = defineRule({
  id: 'generated-churn',
  family: 'minimality',
  defaultLevel: 'warn',
  summary:
    'A lockfile, build output or generated file changed: info when it follows a hand-written change in the same PR.',
  why: 'A regenerated file with no change it follows. Info when it follows one, or when the score is at least 80.',
  fix: 'Regenerate the file only with the source change it follows, or drop it from the PR.',
  docs: { page: 'minimality.md', anchor: 'generated-churn' },
  example: '`package-lock.json` changes in a PR that touches no `package.json`.',
  settings: ['generated']
})
