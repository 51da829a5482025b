/**
 * `.gitattributes` decides what a diff shows (`-diff`, `binary`, a `diff=` driver) and what
 * counts as generated (`linguist-generated`, `linguist-vendored`): a pull request that changes
 * those lines changes what the gate sees of the next change, so it is a change to the gate.
 */
import type { GateConfig } from '../../config/types.js'
import type { ChangedFile, Finding } from '../../model.js'
import { approvalFix } from './approval-hint.js'
import { NO_FINDINGS } from './no-findings.js'
import { GATE_CONFIG_CHANGE } from './rules/gate-config-change.js'

/** Attributes that hide a diff or mark a file generated, set, unset or given a value. */
const VIEW_ATTRIBUTES: ReadonlySet<string> = new Set([
  'diff',
  'binary',
  'linguist-generated',
  'linguist-vendored',
  'linguist-documentation'
])

/** Lines quoted in a finding at most. */
const MAX_QUOTED = 5

const WHY =
  'Attributes decide which changes a diff shows as text and which files count as generated: ' +
  'changing them can hide this or a later change from review and from the gate.'

export function isGitattributes(path: string): boolean {
  return path === '.gitattributes' || path.endsWith('/.gitattributes')
}

/** A `.gitattributes` line that sets, unsets or defines (`[attr]`) a diff or generated attribute. */
export function affectsView(line: string): boolean {
  const text = line.trim()
  if (text === '' || text.startsWith('#')) return false
  // a macro can stand for any attribute under any name: every change to one counts
  if (text.startsWith('[attr]')) return true
  const fields = text.split(/[ \t]+/)
  for (let i = 1; i < fields.length; i++) {
    const field = fields[i]!
    const start = field.startsWith('-') || field.startsWith('!') ? 1 : 0
    const equals = field.indexOf('=')
    const name = field.slice(start, equals === -1 ? field.length : equals)
    if (VIEW_ATTRIBUTES.has(name)) return true
  }
  return false
}

export function detectGitattributes(file: ChangedFile, config: GateConfig): readonly Finding[] {
  if (!isGitattributes(file.path) && !(file.oldPath !== null && isGitattributes(file.oldPath))) {
    return NO_FINDINGS
  }
  const unseen = file.patchMissing || file.binary
  const changed: string[] = []
  for (const hunk of file.hunks) {
    for (const line of hunk.lines) {
      if (line.kind === 'context' || !affectsView(line.content)) continue
      changed.push(`${line.kind === 'add' ? '+' : '-'}${line.content.trim()}`)
    }
  }
  const renamed = file.oldPath !== null && file.oldPath !== file.path
  if (!unseen && !renamed && changed.length === 0) return NO_FINDINGS
  const what = unseen
    ? 'whose lines the diff does not show'
    : renamed && changed.length === 0
      ? `moved from \`${file.oldPath}\``
      : `lines that decide what diffs show or what is generated: ${changed
          .slice(0, MAX_QUOTED)
          .map((line) => `\`${line}\``)
          .join(
            ', '
          )}${changed.length > MAX_QUOTED ? ` and ${changed.length - MAX_QUOTED} more` : ''}`
  return [
    {
      rule: GATE_CONFIG_CHANGE.id,
      severity: 'block',
      enforced: true,
      message: `Changes \`${file.path}\` ${what}`,
      path: file.path,
      category: 'gate',
      evidence: { attributes: changed.slice(0, MAX_QUOTED), unseen },
      why: WHY,
      fix: `Blocks in every mode until approved; or send the attribute change as its own PR. ${approvalFix(config, 'gate')}`
    }
  ]
}
