import { defineRule } from '../../rule.js'

export const IMPORT_REORDER = defineRule({
  id: 'import-reorder',
  family: 'minimality',
  defaultLevel: 'warn',
  summary: 'Import statements only reordered or regrouped.',
  why: 'Unrequested import reordering. Info when the score is at least 80.',
  fix: 'Restore the import order, or move the reordering to its own PR.',
  docs: { page: 'minimality.md', anchor: 'import-reorder' },
  example: '`import { b } from "b"` moves above `import { a } from "a"`, nothing else changes.'
})
