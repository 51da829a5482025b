/**
 * The engine as a library: the same pipeline the action and the CLI run, for scripts (bench,
 * eval) and for an agent that wants to gate itself in-process before it opens a PR.
 */
export { analyze, RULES, FAMILIES } from './analyze/index.js'
export { parseUnifiedDiff } from './collect/diff-text.js'
export { collectFromGit } from './collect/local-git.js'
export { DEFAULT_CONFIG } from './config/defaults.js'
export { parseConfig } from './config/loader.js'
export { decide } from './decide/policy.js'
export { parseManifest } from './manifest/loader.js'
export { runGate } from './pipeline.js'
export { buildReport } from './report/build.js'
export { renderJson } from './report/render/json.js'
export { renderMarkdown } from './report/render/markdown.js'
export { renderSarif } from './report/render/sarif.js'
export { renderText } from './report/render/text.js'
export type * from './model.js'
export type { GateConfig } from './config/types.js'
