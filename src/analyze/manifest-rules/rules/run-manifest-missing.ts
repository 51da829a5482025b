import { defineRule } from '../../rule.js'

export const RUN_MANIFEST_MISSING = defineRule({
  id: 'run-manifest-missing',
  family: 'discipline',
  defaultLevel: 'info',
  summary: 'An agent-authored PR carries no run manifest.',
  why: 'Few agents write a manifest yet; every diff check runs without one.',
  fix: "Optional: attach one through the action's manifest input or an ```agent-run block in the PR body.",
  docs: { page: 'manifest.md', anchor: 'what-the-gate-reports' },
  example: 'A PR from `copilot/fix-paging` whose body has no agent-run block.',
  pointsAt: 'manifest'
})
