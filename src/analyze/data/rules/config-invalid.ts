import { defineRule } from '../../rule.js'

export const CONFIG_INVALID = defineRule({
  id: 'config-invalid',
  family: 'data',
  defaultLevel: 'block',
  locked: true,
  summary: `The gate's configuration on the base branch is invalid, so defaults were used.`,
  why: 'The gate runs on defaults; a human must fix the config.',
  fix: 'Fix the config on the base branch (schema/config.schema.json), or have a maintainer approve this run.',
  docs: null,
  example: '`.github/agent-pr-gate.yml` on the base branch sets `mode: strict`.'
})
