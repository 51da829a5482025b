import { defineRule } from '../../rule.js'

export const COMMENT_ONLY = defineRule({
  id: 'comment-only',
  family: 'minimality',
  defaultLevel: 'warn',
  summary: 'Changes only to comments or docstrings.',
  why: 'Unrequested comment edits away from the change. Info when the score is at least 80.',
  fix: 'Revert the comment edits away from the change, or move them to their own PR.',
  docs: { page: 'minimality.md', anchor: 'comment-only' },
  example: 'A docstring is reworded in a file whose code the task did not change.'
})
