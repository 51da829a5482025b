import { defineRule } from '../../rule.js'

export const FORMAT_ONLY = defineRule({
  id: 'format-only',
  family: 'minimality',
  defaultLevel: 'warn',
  summary:
    'A hunk or file changes only layout: whitespace, wrapping, quotes, trailing commas, semicolons, parentheses.',
  why: 'Unrequested layout changes. Info when the score is at least 80.',
  fix: 'Revert the layout changes, or move them to a formatting PR.',
  docs: { page: 'minimality.md', anchor: 'format-only' },
  example: '`foo(a,b)` becomes `foo(a, b)` in a file the task did not touch otherwise.'
})
