import type { Severity } from '../../model.js'
import { ruleMeta, type RuleId } from '../catalogue.js'
import type { AnalysisInput } from '../family.js'
import { ALLOWED_BY, statedTask, type Allowance } from './task.js'

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

/** An unrequested finding's severity: its rule's default (the registry applies the config once). */
export function unrequestedSeverity(rule: RuleId): Severity {
  return ruleMeta(rule)?.defaultLevel === 'block' ? 'block' : 'warn'
}
