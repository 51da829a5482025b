import type { GateConfig } from '../../config/types.js'
import type { Severity } from '../../model.js'

/** Blocks when the config requires a human approval for the category, else warns. */
export function severityFor(config: GateConfig, category: string): Severity {
  return config.require_human_approval_for.includes(category) ? 'block' : 'warn'
}

/** One line naming both labels that approve a category and who may add them. */
export function approvalFix(config: GateConfig, category: string): string {
  const { label, category_label_prefix: prefix, min_role: role, allow_author } = config.override
  const who = `a reviewer with the ${role} role or higher${allow_author ? '' : ' (not the PR author)'}`
  return `Approve: ${who} adds the label \`${prefix}${category}\` (this category) or \`${label}\` (the whole PR).`
}
