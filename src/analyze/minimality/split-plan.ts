import type { ChangedFile, MixedHunk, SplitPlan } from '../../model.js'
import type { RuleId } from '../catalogue.js'
import { BLANK } from './file-view.js'
import type { FileView, LineClass } from './file-view.js'
import type { FileRename } from './file-rename.js'
import type { GeneratedFile } from './generated.js'
import { COMMENT_ONLY } from './rules/comment-only.js'
import { FILE_RENAME } from './rules/file-rename.js'
import { FORMAT_ONLY } from './rules/format-only.js'
import { GENERATED_CHURN } from './rules/generated-churn.js'
import { IMPORT_REORDER } from './rules/import-reorder.js'
import { MOVED_CODE } from './rules/moved-code.js'
import { RENAME_SYMBOL } from './rules/rename-symbol.js'

const RULE_OF: Readonly<Record<Exclude<LineClass, 'essential'>, RuleId>> = {
  format: FORMAT_ONLY.id,
  comment: COMMENT_ONLY.id,
  import: IMPORT_REORDER.id,
  rename: RENAME_SYMBOL.id,
  moved: MOVED_CODE.id,
  'renamed-file': FILE_RENAME.id
}

/**
 * Hunks with no essential line go to a separate refactor PR (hunk numbers index
 * `ChangedFile.hunks`, from 0); hunks with any behavioural line remain, and name their refactor
 * lines (`mixed`) so that `split` can carve them at line level. Undefined when nothing would move.
 */
export function splitPlan(
  files: readonly ChangedFile[],
  views: ReadonlyMap<ChangedFile, FileView>,
  generated: readonly GeneratedFile[],
  fileRenames: readonly FileRename[]
): SplitPlan | undefined {
  const renamed = new Set(fileRenames.filter((r) => !r.inferred).map((r) => r.file))
  if (generated.length === 0 && renamed.size === 0 && onlyEssential(views)) return undefined
  const generatedFiles = new Set(generated.map((g) => g.file))
  const plan: SplitPlan = { separate: [], remaining: [] }
  for (const file of files) {
    const all = file.hunks.map((_, i) => i)
    if (generatedFiles.has(file)) {
      plan.separate.push({ path: file.path, hunks: all, reason: GENERATED_CHURN.id })
      continue
    }
    const view = views.get(file)
    const separate: number[] = []
    const remaining: number[] = []
    const reasons = new Set<RuleId>(renamed.has(file) ? [FILE_RENAME.id] : [])
    const essential = new Uint8Array(file.hunks.length)
    const kinds = new Map<number, Set<RuleId>>()
    const refactorLines = new Map<number, number[]>()
    const c = view?.compact
    for (let i = 0; c !== undefined && i < c.count; i++) {
      const line = c.lineOf(i)
      // Lines never materialized are behavioural (blank ones go with their neighbours).
      if (line === undefined) {
        if ((c.flagsOf(i) & BLANK) === 0) essential[c.changes.hunkOf(i)] = 1
      } else if (line.cls === 'essential') essential[line.hunk] = 1
      else {
        kinds.set(line.hunk, (kinds.get(line.hunk) ?? new Set()).add(RULE_OF[line.cls]))
        const lines = refactorLines.get(line.hunk)
        if (lines === undefined) refactorLines.set(line.hunk, [line.at])
        else lines.push(line.at)
      }
    }
    const mixed: MixedHunk[] = []
    view?.hunks.forEach((_, h) => {
      if (essential[h] === 1 || !kinds.has(h)) {
        remaining.push(h)
        const lines = refactorLines.get(h)
        if (lines !== undefined) {
          const reason = [...(kinds.get(h) ?? [])].join(', ')
          mixed.push({ hunk: h, lines: lines.sort((a, b) => a - b), reason })
        }
      } else {
        separate.push(h)
        for (const rule of kinds.get(h) ?? []) reasons.add(rule)
      }
    })
    if (view === undefined) for (const item of all) remaining.push(item)
    if (separate.length > 0 || (renamed.has(file) && remaining.length === 0)) {
      plan.separate.push({ path: file.path, hunks: separate, reason: [...reasons].join(', ') })
    }
    if (remaining.length > 0 || (!renamed.has(file) && separate.length === 0)) {
      plan.remaining.push(
        mixed.length > 0
          ? { path: file.path, hunks: remaining, mixed }
          : { path: file.path, hunks: remaining }
      )
    }
  }
  const carved = plan.remaining.some((entry) => entry.mixed !== undefined)
  return plan.separate.length > 0 || carved ? plan : undefined
}

/** No line was classed as refactor work (lines never materialized are behavioural). */
function onlyEssential(views: ReadonlyMap<ChangedFile, FileView>): boolean {
  for (const view of views.values()) {
    for (const line of view.lines) if (line.cls !== 'essential') return false
  }
  return true
}
