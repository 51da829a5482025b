import { defineRule } from '../../rule.js'

export const INCOMPLETE_DIFF = defineRule({
  id: 'incomplete-diff',
  family: 'data',
  defaultLevel: 'block',
  summary: 'The gate could not see the whole change (truncated diff, missing patches, file cap).',
  why: 'The gate did not see the whole change: it fails closed.',
  fix: 'Split the PR, or have a maintainer review it and apply the approval label.',
  docs: null,
  example: 'A PR of 3,500 files: the API lists only 3,000.',
  settings: ['fail_on_incomplete']
})
