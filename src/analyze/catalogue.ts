/** The rule catalogue: every rule's metadata, from the generated list of rule modules. */
import { RULE_CATALOGUE } from './catalogue.generated.js'
import type { RuleFamily, RuleMeta } from './rule.js'

export type { RuleFamily, RuleMeta } from './rule.js'
export { FAMILY_ORDER, FAMILY_TITLE } from './rule.js'

/** Every rule in report order (by family). */
export const RULES: readonly RuleMeta<RuleId>[] = RULE_CATALOGUE

export type RuleId = (typeof RULE_CATALOGUE)[number]['id']

export const RULE_IDS: readonly RuleId[] = RULE_CATALOGUE.map((meta) => meta.id)

const BY_ID: ReadonlyMap<string, RuleMeta> = new Map(RULES.map((meta) => [meta.id, meta]))

export function isRuleId(value: string): value is RuleId {
  return BY_ID.has(value)
}

/** The metadata of a rule id, or undefined for a string that names no rule. */
export function ruleMeta(id: string): RuleMeta | undefined {
  return BY_ID.get(id)
}

/** The report family of a finding's rule; a rule the catalogue does not know counts as data. */
export function familyOf(id: string): RuleFamily {
  return BY_ID.get(id)?.family ?? 'data'
}
