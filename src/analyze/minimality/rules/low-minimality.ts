import { defineRule } from '../../rule.js'

export const LOW_MINIMALITY = defineRule({
  id: 'low-minimality',
  family: 'minimality',
  defaultLevel: 'block',
  levelIsCeiling: true,
  summary:
    'The minimality score is below minimality.warn_below (warn) or minimality.block_below (block).',
  why: 'Below 50 most of the diff is not the task (warns below 80). Never on a PR that is all one kind of work.',
  fix: 'Follow the split plan: move the noise to its own PR, or allow it in task.allow.',
  docs: { page: 'minimality.md', anchor: 'low-minimality' },
  example: 'A one-line fix arrives with 300 reformatted lines: the score is 0.',
  settings: ['minimality.warn_below', 'minimality.block_below']
})
