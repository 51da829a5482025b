import { defineRule } from '../../rule.js'

export const MOVED_CODE = defineRule({
  id: 'moved-code',
  family: 'minimality',
  defaultLevel: 'warn',
  summary: 'A block deleted in one place and added unchanged (maybe re-indented) elsewhere.',
  why: 'Unrequested moved code. Info when the score is at least 80.',
  fix: 'Move the code back, or move it in a PR of its own.',
  docs: { page: 'minimality.md', anchor: 'moved-code' },
  example: 'A 20-line helper is deleted from `a.ts` and added unchanged to `b.ts`.'
})
