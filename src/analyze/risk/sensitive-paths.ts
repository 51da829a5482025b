import type { GateConfig } from '../../config/types.js'
import type { ChangedFile, Finding } from '../../model.js'
import { approvalFix, severityFor } from './approval-hint.js'
import { NO_FINDINGS } from './no-findings.js'
import { compileGlobs, matchChangedPaths } from './path-matcher.js'
import type { FileMatch, PathMatcher } from './path-matcher.js'
import { SENSITIVE_PATH } from './rules/sensitive-path.js'

/** Categories reported by their own rule (agent-config-change, gate-config-change, dependency-change). */
const DEDICATED_CATEGORIES: ReadonlySet<string> = new Set(['agent_config', 'gate', 'dependencies'])

/** Keyed by the config's category names: a Map, so no name can reach `Object.prototype`. */
const WHY: ReadonlyMap<string, string> = new Map([
  ['deploy', 'Deployment files decide what runs in production and how it is exposed.'],
  ['prod_config', 'Production settings act on live users and data as soon as they ship.'],
  ['billing', 'Billing code moves money: a subtle change overcharges customers or loses revenue.'],
  ['secrets', 'Key, certificate and env files hold credentials or decide where they come from.'],
  ['ci', 'CI files decide what runs with the repository token and secrets.']
])

export interface SensitiveCategory {
  category: string
  matcher: PathMatcher
}

export function compileSensitiveCategories(config: GateConfig): SensitiveCategory[] {
  const testPaths = compileGlobs(config.tests.paths)
  const exempt = new Set(config.tests.exempt_categories)
  return Object.entries(config.sensitive)
    .filter(([category]) => !DEDICATED_CATEGORIES.has(category))
    .map(([category, globs]) => {
      const matcher = compileGlobs(globs)
      return { category, matcher: exempt.has(category) ? outside(testPaths, matcher) : matcher }
    })
}

/**
 * `matcher` on paths that are not tests or fixtures. Each side of a rename is judged on its own,
 * so moving a production file into `tests/` still matches on its old path.
 */
function outside(testPaths: PathMatcher, matcher: PathMatcher): PathMatcher {
  return { match: (path) => (testPaths.match(path) === null ? matcher.match(path) : null) }
}

export function detectSensitivePaths(
  file: ChangedFile,
  categories: readonly SensitiveCategory[],
  config: GateConfig
): readonly Finding[] {
  let findings: Finding[] | null = null
  for (const { category, matcher } of categories) {
    const match = matchChangedPaths(matcher, file.path, file.oldPath)
    if (match === null) continue
    findings ??= []
    findings.push({
      rule: SENSITIVE_PATH.id,
      severity: severityFor(config, category),
      message: describeChange(file, match, `a sensitive path (${category})`),
      path: file.path,
      category,
      evidence: pathEvidence(file, match),
      why: WHY.get(category) ?? `The gate config marks this path as sensitive (${category}).`,
      approve: approvalFix(config, category)
    })
  }
  return findings ?? NO_FINDINGS
}

/** What happened to a matched file, rename direction included; `what` is a noun phrase. */
export function describeChange(file: ChangedFile, match: FileMatch, what: string): string {
  if (match.movedInto) return `Moves \`${file.oldPath}\` into ${what}: \`${file.path}\``
  if (match.movedOutOf) return `Moves ${what} out: \`${match.path}\` to \`${file.path}\``
  const verb = file.status === 'added' ? 'Adds' : file.status === 'deleted' ? 'Deletes' : 'Changes'
  return `${verb} ${what}: \`${file.path}\``
}

export function pathEvidence(file: ChangedFile, match: FileMatch): Record<string, unknown> {
  const moved = file.oldPath !== null && file.oldPath !== file.path
  return moved ? { glob: match.glob, from: file.oldPath, to: file.path } : { glob: match.glob }
}
