import { defineRule } from '../../rule.js'

export const FILE_RENAME = defineRule({
  id: 'file-rename',
  family: 'minimality',
  defaultLevel: 'warn',
  summary: 'A file renamed or moved, reported by the diff or inferred from a delete and an add.',
  why: 'An unrequested file move. Info when the score is at least 80.',
  fix: 'Keep the old path, or rename the file in its own PR.',
  docs: { page: 'minimality.md', anchor: 'file-rename' },
  example: '`src/util.ts` is renamed to `src/helpers/util.ts`.'
})
