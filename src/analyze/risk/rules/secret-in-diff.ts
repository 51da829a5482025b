import { defineRule } from '../../rule.js'

export const SECRET_IN_DIFF = defineRule({
  id: 'secret-in-diff',
  family: 'risk',
  defaultLevel: 'block',
  summary: 'Adds a line holding a credential: a known token format or a secret-like assignment.',
  why: 'A credential in a diff is leaked the moment it is pushed.',
  fix: 'Remove the secret from the history and rotate it; read it from a secret store instead.',
  docs: { page: 'risk-surface.md', anchor: 'secret-in-diff' },
  example: '`+ const token = "ghp_…"` is added to `src/client.ts`.',
  settings: ['secrets.allow_paths', 'secrets.allow_patterns']
})
