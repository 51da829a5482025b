import { defineRule } from '../../rule.js'

export const GATE_CONFIG_CHANGE = defineRule({
  id: 'gate-config-change',
  family: 'risk',
  defaultLevel: 'block',
  locked: true,
  summary: 'Changes the gate config, the workflow running the gate, CODEOWNERS or rulesets.',
  why: 'An agent must not edit the gate that judges it.',
  fix: 'Blocks in every mode until a maintainer approves it with the label.',
  docs: { page: 'risk-surface.md', anchor: 'gate-config-change' },
  example: 'The PR sets `mode: observe` in `.github/agent-pr-gate.yml`.'
})
