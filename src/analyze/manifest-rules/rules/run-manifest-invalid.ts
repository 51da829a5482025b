import { defineRule } from '../../rule.js'

export const RUN_MANIFEST_INVALID = defineRule({
  id: 'run-manifest-invalid',
  family: 'discipline',
  defaultLevel: 'warn',
  summary: 'The run manifest does not match agent-run/v1.',
  why: 'A manifest that cannot be read; the author can fix it. Nothing else depends on it.',
  fix: 'Correct the manifest so it matches agent-run/v1 (schema/agent-run.schema.json).',
  docs: { page: 'manifest.md', anchor: 'what-the-gate-reports' },
  example: 'The manifest has `"schema": "agent-run/v2"`.',
  pointsAt: 'manifest'
})
