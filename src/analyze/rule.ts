/**
 * What one rule module declares. Every list of rules (ids, config descriptions, report groups,
 * SARIF rules, docs/rules.md) is derived from these declarations, never typed twice.
 */
import type { Finding, Level } from '../model.js'
import type { AnalysisInput } from './family.js'

/** The report's families, in the order of the rule table (architecture 2.4). */
export const FAMILY_ORDER = ['minimality', 'risk', 'verifier', 'discipline', 'data'] as const

export type RuleFamily = (typeof FAMILY_ORDER)[number]

export const FAMILY_TITLE: Readonly<Record<RuleFamily, string>> = {
  minimality: 'Minimality and refactors',
  risk: 'Risk surface',
  verifier: 'Verifier integrity',
  discipline: 'Run discipline',
  data: 'Data'
}

export interface RuleMeta<Id extends string = string> {
  /** Stable: users configure it and reports name it. Never rename one. */
  id: Id
  /** The report family that groups its findings. */
  family: RuleFamily
  /** The level when the config says nothing. */
  defaultLevel: Level
  /** The config cannot lower it below `block` (an agent must not loosen its own supervision). */
  locked?: boolean
  /** The configured level lowers the rule's severity but never raises it (thresholded rules). */
  levelIsCeiling?: boolean
  /** One line: what the rule detects. */
  summary: string
  /** One line: why a reviewer should care. */
  why: string
  /** One line: how to resolve a finding. */
  fix: string
  /** The hand-written page explaining how it works and the anchor there, or null. */
  docs: { page: string; anchor: string } | null
  /** A short change that triggers it. */
  example: string
  /** Config keys, besides `rules.<id>`, that change what it reports. */
  settings?: readonly string[]
  /** Where a finding without a path points in SARIF: the run manifest or the gate config. */
  pointsAt?: 'manifest'
  /** A rule needing no scan shared with others detects on its own; the registry runs it. */
  detect?: (input: AnalysisInput) => readonly Finding[]
}

/** Declares a rule; the id keeps its literal type, so detectors write `FORMAT_ONLY.id`. */
export function defineRule<const Id extends string>(meta: RuleMeta<Id>): Readonly<RuleMeta<Id>> {
  return Object.freeze(meta)
}
