import type { RuleId, RuleMeta, Severity } from '../../model.js'
import type { AnalysisInput } from '../family.js'
import { ALLOWED_BY, statedTask, type Allowance } from './task.js'

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

/**
 * Where the stated task allows this kind of change (`the task`, `"prettier" in the PR title`),
 * or null: the manifest's task.allow when there is a manifest, else the title and subjects.
 */
export function requestClue(
  rule: RuleId,
  input: AnalysisInput,
  allowances: readonly Allowance[] = ALLOWED_BY[rule] ?? []
): string | null {
  const { allow } = statedTask(input.changeSet)
  for (const entry of allowances) {
    const clue = allow.get(entry)
    if (clue !== undefined) return clue
  }
  return null
}

/** The severity of an unrequested finding: the configured level, else the rule's default. */
export function violationSeverity(rule: RuleId, input: AnalysisInput): Severity {
  const configured = input.config.rules[rule]
  if (configured === 'info' || configured === 'warn' || configured === 'block') return configured
  return MINIMALITY_RULES.find((meta) => meta.id === rule)?.defaultLevel === 'block'
    ? 'block'
    : 'warn'
}
