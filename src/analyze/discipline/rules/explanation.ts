import { defineRule } from '../../rule.js'

export const EXPLANATION = defineRule({
  id: 'explanation',
  family: 'discipline',
  defaultLevel: 'warn',
  summary:
    'The PR has no description and a vague title (warn); a body with no reason or over `explanation.max_words` is info.',
  why: 'Only when there is no description and the title does not name the change; a body with no reason, or over `explanation.max_words`, is info.',
  fix: 'Say in the PR body what changed and why.',
  docs: { page: 'run-discipline.md', anchor: 'explanation' },
  example: 'A PR titled "Update files" with an empty body.',
  settings: ['explanation.max_words']
})
