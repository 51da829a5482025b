import type { RuleId, RuleMeta, Severity } from '../../model.js'
import type { TaskAllowance } from '../../manifest/types.js'
import type { AnalysisInput } from '../family.js'

export const MINIMALITY_RULES: readonly RuleMeta[] = [
  {
    id: 'format-only',
    defaultLevel: 'warn',
    summary:
      'A hunk or file changes only layout: whitespace, wrapping, quotes, trailing commas, semicolons, parentheses.'
  },
  {
    id: 'import-reorder',
    defaultLevel: 'warn',
    summary: 'Import statements only reordered or regrouped.'
  },
  {
    id: 'rename-symbol',
    defaultLevel: 'warn',
    summary: 'An identifier renamed consistently, declaration included, across lines and files.'
  },
  {
    id: 'moved-code',
    defaultLevel: 'warn',
    summary: 'A block deleted in one place and added unchanged (maybe re-indented) elsewhere.'
  },
  {
    id: 'file-rename',
    defaultLevel: 'warn',
    summary: 'A file renamed or moved, reported by the diff or inferred from a delete and an add.'
  },
  {
    id: 'comment-only',
    defaultLevel: 'warn',
    summary: 'Changes only to comments or docstrings.'
  },
  {
    id: 'generated-churn',
    defaultLevel: 'warn',
    summary:
      'A lockfile, build output or generated file changed: info when it follows a hand-written change in the same PR.'
  },
  {
    id: 'low-minimality',
    defaultLevel: 'block',
    summary:
      'The minimality score is below minimality.warn_below (warn) or minimality.block_below (block).'
  }
]

/** The `task.allow` entries that make each refactor kind requested. */
const ALLOWED_BY: Partial<Record<RuleId, readonly TaskAllowance[]>> = {
  'format-only': ['format', 'refactor'],
  'import-reorder': ['format', 'refactor'],
  'comment-only': ['format', 'refactor'],
  'rename-symbol': ['rename', 'refactor'],
  'moved-code': ['move', 'refactor'],
  'file-rename': ['move', 'rename', 'refactor']
}

/** The manifest's task allows this kind of change (an invalid or absent manifest allows none). */
export function isRequested(rule: RuleId, input: AnalysisInput): boolean {
  const manifest = input.changeSet.manifest
  if (manifest.status !== 'present') return false
  const allow = manifest.manifest.task.allow ?? []
  return (ALLOWED_BY[rule] ?? []).some((entry) => allow.includes(entry))
}

/** The severity of an unrequested finding: the configured level, else the rule's default. */
export function violationSeverity(rule: RuleId, input: AnalysisInput): Severity {
  const configured = input.config.rules[rule]
  if (configured === 'warn' || configured === 'block') return configured
  return MINIMALITY_RULES.find((meta) => meta.id === rule)?.defaultLevel === 'block'
    ? 'block'
    : 'warn'
}
