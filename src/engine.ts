/**
 * The package's library entry, for an agent that wants to gate itself in-process before it opens
 * a PR. The engine itself (analyze -> decide -> build the report) is `runGate`, in run-gate.ts.
 */
// The library hands any JUnit report to the analysis: its XML parser is loaded up front.
import './analyze/verifier/junit-parser.js'
export { analyze, RULES, DETECTOR_GROUPS } from './analyze/index.js'
export { RULE_IDS, isRuleId, ruleMeta, familyOf } from './analyze/catalogue.js'
export type { RuleId, RuleMeta, RuleFamily } from './analyze/catalogue.js'
export { changeSetOf } from './collect/change-set.js'
export { parseUnifiedDiff } from './collect/diff-text.js'
export { collectFromGit } from './collect/local-git.js'
export { DEFAULT_CONFIG } from './config/defaults.js'
export { parseConfig } from './config/loader.js'
export { classifyChange } from './decide/classify.js'
export { decide } from './decide/policy.js'
export { parseManifest } from './manifest/loader.js'
export { buildReport } from './report/build.js'
export { renderJson } from './report/render/json.js'
export { renderMarkdown } from './report/render/markdown.js'
export { renderSarif } from './report/render/sarif.js'
export { renderText } from './report/render/text.js'
export type * from './model.js'
export type { Audience, Classify, Collection } from './collect/collection.js'
export type { GateConfig } from './config/types.js'
export { EVERY_CHANGE, collectionOf, runGate } from './run-gate.js'
export type { GateOutcome } from './run-gate.js'
