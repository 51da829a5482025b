import type { GateConfig } from '../../config/types.js'
import type { ChangedFile, Finding, Hunk } from '../../model.js'
import { approvalFix, severityFor } from './approval-hint.js'
import { changedLines, enclosingKey, netAdded } from './hunk-lines.js'
import { NO_FINDINGS } from './no-findings.js'
import { matchChangedPaths } from './path-matcher.js'
import type { PathMatcher } from './path-matcher.js'
import { describeChange, pathEvidence } from './sensitive-paths.js'
import { DEPENDENCY_CHANGE } from './rules/dependency-change.js'

/** npm lifecycle scripts that run on `npm install` (of this package or as a git dependency). */
const INSTALL_SCRIPT =
  /^\s*"(preinstall|install|postinstall|preprepare|prepare|postprepare)"\s*:\s*("(?:[^"\\]|\\.)*")/
const PACKAGE_JSON = /(?:^|\/)package\.json$/i
const LOCKFILE = /(?:^|\/)[^/]*(?:lock[^/]*|\.sum)$/i

interface ScriptChange {
  key: string
  script: string
  line: number
}

export function detectDependencies(
  file: ChangedFile,
  matcher: PathMatcher,
  config: GateConfig
): readonly Finding[] {
  const scripts = PACKAGE_JSON.test(file.path) ? changedInstallScripts(file) : null
  if (scripts !== null && scripts.length > 0) {
    return scripts.map(({ script, line }) => ({
      rule: DEPENDENCY_CHANGE.id,
      severity: 'block',
      message: `Adds or changes the \`${script}\` script, which runs on every install`,
      path: file.path,
      line,
      category: 'dependencies',
      evidence: { script },
      why: 'An install script runs arbitrary code on every developer machine and CI job that installs the package.',
      approve: approvalFix(config, 'dependencies')
    }))
  }
  const match = matchChangedPaths(matcher, file.path, file.oldPath)
  if (match === null) return NO_FINDINGS
  const what = LOCKFILE.test(match.path) ? 'a lockfile' : 'a dependency manifest'
  return [
    {
      rule: DEPENDENCY_CHANGE.id,
      severity: severityFor(config, 'dependencies'),
      message: describeChange(file, match, what),
      path: file.path,
      category: 'dependencies',
      evidence: pathEvidence(file, match),
      why: 'New or upgraded packages run code at build and install time and ship to users.',
      approve: approvalFix(config, 'dependencies')
    }
  ]
}

/** Install-script lines added with a command that no removed line had (a move changes nothing). */
function changedInstallScripts(file: ChangedFile): ScriptChange[] {
  if (file.status === 'deleted') return []
  const added: ScriptChange[] = []
  const removed: ScriptChange[] = []
  for (const { hunk, index, line } of changedLines(file)) {
    const side = line.kind === 'add' ? 'new' : 'old'
    const script = installScriptAt(hunk, index, side)
    if (script === null) continue
    const change = { ...script, line: line.newLine ?? 0 }
    ;(line.kind === 'add' ? added : removed).push(change)
  }
  return netAdded(added, removed)
}

function installScriptAt(
  hunk: Hunk,
  index: number,
  side: 'new' | 'old'
): Omit<ScriptChange, 'line'> | null {
  const m = INSTALL_SCRIPT.exec(hunk.lines[index].content)
  if (m === null) return null
  const parent = enclosingKey(hunk, index, side)
  if (parent !== null && parent !== 'scripts') return null
  return { key: `${m[1]}=${m[2]}`, script: m[1] }
}
