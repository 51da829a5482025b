import { defineRule } from '../../rule.js'

export const AGENT_CONFIG_CHANGE = defineRule({
  id: 'agent-config-change',
  family: 'risk',
  defaultLevel: 'warn',
  summary: 'Changes agent instructions or tool config (AGENTS.md, CLAUDE.md, .cursor/, .mcp.json).',
  why: 'An agent editing its own instructions is worth a look.',
  fix: 'Have a human review the instruction change, or move it to its own PR.',
  docs: { page: 'risk-surface.md', anchor: 'agent-config-change' },
  example: 'The PR adds a line to `AGENTS.md`.'
})
