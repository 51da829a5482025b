import { defineRule } from '../../rule.js'

export const SENSITIVE_PATH = defineRule({
  id: 'sensitive-path',
  family: 'risk',
  defaultLevel: 'block',
  summary: 'Changes a sensitive path; blocks for categories in require_human_approval_for.',
  why: 'Deploy, production config, billing and secret files act on users and money (other categories warn).',
  fix: 'Have a maintainer review the change and apply the approval label (or the category label).',
  docs: { page: 'risk-surface.md', anchor: 'sensitive-path' },
  example: 'The PR edits `deploy/helm/values.yaml` (category deploy).',
  settings: ['sensitive', 'require_human_approval_for']
})
