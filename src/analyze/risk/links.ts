/**
 * What a diff says about files that are not files: a symlink (mode 120000) whose target is a
 * sensitive path or lies outside the repository, and a submodule (mode 160000, `.gitmodules`)
 * moved to another commit or pointed at another repository.
 */
import type { GateConfig } from '../../config/types.js'
import type { ChangedFile, Finding } from '../../model.js'
import { approvalFix, severityFor } from './approval-hint.js'
import { changedLines, netAdded } from './hunk-lines.js'
import { NO_FINDINGS } from './no-findings.js'
import type { SensitiveCategory } from './sensitive-paths.js'
import { DEPENDENCY_CHANGE } from './rules/dependency-change.js'
import { SENSITIVE_PATH } from './rules/sensitive-path.js'

export const SYMLINK_MODE = '120000'
const SUBMODULE_MODE = '160000'
const SUBPROJECT = /^Subproject commit ([0-9a-f]{7,64})/
const GITMODULES = /(?:^|\/)\.gitmodules$/
const MODULE_URL = /^\s*url\s*=\s*(\S+)/

/**
 * A symlink added or retargeted: its target is matched against every sensitive category (the
 * target's path, not the link's, decides: a link in `tests/` to `.env.production` is a secret).
 */
export function detectSymlink(
  file: ChangedFile,
  categories: readonly SensitiveCategory[],
  config: GateConfig
): readonly Finding[] {
  if (file.newMode !== SYMLINK_MODE) return NO_FINDINGS
  const added = file.hunks.flatMap((h) => h.lines.filter((l) => l.kind === 'add'))
  const target = added[0]?.content.trim()
  if (target === undefined || target === '') return NO_FINDINGS
  const resolved = resolveTarget(file.path, target)
  const matched: { category: string; reason: string }[] = []
  if (resolved === null) {
    matched.push({ category: 'secrets', reason: 'outside the repository' })
  } else {
    for (const { category, matcher } of categories) {
      if (matcher.match(resolved) !== null || matcher.match(target) !== null) {
        matched.push({ category, reason: `a sensitive path (${category})` })
      }
    }
  }
  return matched.map(({ category, reason }) => ({
    rule: SENSITIVE_PATH.id,
    severity: severityFor(config, category),
    message: `Adds a symlink \`${file.path}\` that points at ${reason}: \`${target}\``,
    path: file.path,
    category,
    evidence: { symlink: true, target, resolved },
    why: 'Whatever reads the link reads its target: a link turns a harmless-looking path into a secret or a deploy file.',
    fix: approvalFix(config, category)
  }))
}

/** The link's target as a repository path, or null when it is absolute or climbs out. */
function resolveTarget(linkPath: string, target: string): string | null {
  if (target.startsWith('/') || target.startsWith('~') || /^[A-Za-z]:[\\/]/.test(target)) {
    return null
  }
  const parts = linkPath.split('/').slice(0, -1)
  for (const part of target.split(/[\\/]/)) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return null
      parts.pop()
    } else {
      parts.push(part)
    }
  }
  return parts.join('/')
}

/**
 * A submodule moved to another commit (as a dependency bump), and a `.gitmodules` url changed
 * (the code now comes from another repository: blocks).
 */
export function detectSubmodule(file: ChangedFile, config: GateConfig): readonly Finding[] {
  if (GITMODULES.test(file.path)) return repointedModules(file, config)
  if (file.newMode !== SUBMODULE_MODE && file.oldMode !== SUBMODULE_MODE) return NO_FINDINGS
  const commits = { old: null as string | null, new: null as string | null }
  for (const hunk of file.hunks) {
    for (const line of hunk.lines) {
      const m = SUBPROJECT.exec(line.content)
      if (m === null) continue
      if (line.kind === 'del') commits.old = m[1]!
      if (line.kind === 'add') commits.new = m[1]!
    }
  }
  const what =
    commits.old === null
      ? 'Adds a submodule'
      : commits.new === null
        ? 'Removes a submodule'
        : 'Moves a submodule to another commit'
  return [
    {
      rule: DEPENDENCY_CHANGE.id,
      severity: severityFor(config, 'dependencies'),
      message: `${what}: \`${file.path}\``,
      path: file.path,
      category: 'dependencies',
      evidence: { submodule: file.path, from: commits.old, to: commits.new },
      why: 'A submodule commit is code that ships with the repository; the diff shows only its id, not what changed.',
      fix: approvalFix(config, 'dependencies')
    }
  ]
}

function repointedModules(file: ChangedFile, config: GateConfig): readonly Finding[] {
  const added: { key: string; line: number; url: string }[] = []
  const removed: { key: string; line: number; url: string }[] = []
  for (const { line } of changedLines(file)) {
    const m = MODULE_URL.exec(line.content)
    if (m === null) continue
    const entry = { key: m[1]!, line: line.newLine ?? 0, url: m[1]! }
    ;(line.kind === 'add' ? added : removed).push(entry)
  }
  return netAdded(added, removed).map(({ url, line }) => ({
    rule: DEPENDENCY_CHANGE.id,
    severity: 'block',
    message: `Points a submodule at \`${url}\``,
    path: file.path,
    ...(line > 0 ? { line } : {}),
    category: 'dependencies',
    evidence: { submoduleUrl: url },
    why: 'A submodule url decides which repository the code comes from: another url can serve any code.',
    fix: approvalFix(config, 'dependencies')
  }))
}
