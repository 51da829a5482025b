import { defineRule } from '../../rule.js'

export const RERUN_TO_GREEN = defineRule({
  id: 'rerun-to-green',
  family: 'verifier',
  defaultLevel: 'block',
  summary:
    'A test failed, then passed on a rerun with no code change (blocks when it runs the changed code, else warns).',
  why: 'A flip to green with no code change is luck, not a fix (warns when it does not run the changed code).',
  fix: 'Fix the flaky test or the code it runs, then rerun on a new commit.',
  docs: { page: 'verifier-integrity.md', anchor: 'rerun-to-green' },
  example:
    'Attempt 1 of `npm test` fails `pagination > last page`; attempt 2 on the same tree passes.',
  settings: ['tests.junit'],
  pointsAt: 'manifest'
})
