import { defineRule } from '../../rule.js'

export const DEPENDENCY_CHANGE = defineRule({
  id: 'dependency-change',
  family: 'risk',
  defaultLevel: 'warn',
  summary: 'Changes dependency manifests or lockfiles; a new or changed install script blocks.',
  why: 'New packages run code at install time (a new install script blocks).',
  fix: 'Check the new packages and their install scripts, or move the bump to its own PR.',
  docs: { page: 'risk-surface.md', anchor: 'dependency-change' },
  example: 'A new dependency is added to `package.json`.'
})
