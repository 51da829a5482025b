import { defineRule } from '../../rule.js'

export const WORKFLOW_PRIVILEGE = defineRule({
  id: 'workflow-privilege',
  family: 'risk',
  defaultLevel: 'block',
  summary:
    'Raises CI privilege: token permissions, pull_request_target, secrets, unpinned actions.',
  why: 'More CI privilege reaches the repository token and secrets.',
  fix: 'Keep the workflow at least privilege (read-only token, pinned actions), or have a maintainer approve it.',
  docs: { page: 'risk-surface.md', anchor: 'workflow-privilege' },
  example: '`permissions: write-all` is added to `.github/workflows/ci.yml`.'
})
