import { defineRule } from '../../rule.js'

export const RENAME_SYMBOL = defineRule({
  id: 'rename-symbol',
  family: 'minimality',
  defaultLevel: 'warn',
  summary: 'An identifier renamed consistently, declaration included, across lines and files.',
  why: 'An unrequested rename. Info when the score is at least 80.',
  fix: 'Revert the rename, or move it to its own PR (or allow it in task.allow).',
  docs: { page: 'minimality.md', anchor: 'rename-symbol' },
  example: '`fetchUser` becomes `loadUser` in its declaration and all 12 call sites.'
})
