import type { ChangedFile } from '../../model.js'
import type { DetectorGroup } from '../family.js'
import { attachAddedComments, freeComments } from './comments.js'
import { inferredRenames, reportedRenames } from './file-rename.js'
import { buildFileView } from './file-view.js'
import type { FileView } from './file-view.js'
import { minimalityFindings } from './findings.js'
import { classifyLayout, resolveBlankLines } from './format.js'
import { findGeneratedFiles } from './generated.js'
import { classifyImports } from './imports.js'
import { findMovedBlocks } from './moved.js'
import { findRenames, followFileRenames } from './rename.js'
import { splitPlan } from './split-plan.js'

export { lowMinimalityDetector, quietSmallNoise, scoreMinimality } from './score.js'

/**
 * Minimality and unrequested refactors: every changed line gets one class, in this order of
 * precedence: generated file, package line of a renamed file, import reorder, layout or comment
 * (within its region), symbol rename, moved block (or a rename inferred from one), essential.
 */
export const minimalityDetectors: DetectorGroup = {
  name: 'minimality',
  detect(input) {
    const { changeSet, config } = input
    const generated = findGeneratedFiles(changeSet.files, changeSet.gitattributes, config.generated)
    const generatedFiles = new Set(generated.map((g) => g.file))
    const views = new Map<ChangedFile, FileView>()
    for (const file of changeSet.files) {
      if (generatedFiles.has(file) || file.binary || file.patchMissing) continue
      if (file.hunks.length > 0) views.set(file, buildFileView(file))
    }
    const list = [...views.values()]
    const reported = reportedRenames(changeSet.files, views)
    for (const view of list) {
      classifyImports(view)
      classifyLayout(view)
    }
    const renames = findRenames(list)
    followFileRenames(list, reported)
    const moved = inferredRenames(findMovedBlocks(list, config.minimality.min_moved_lines))
    for (const view of list) {
      freeComments(view)
      attachAddedComments(view)
      resolveBlankLines(view)
    }
    const fileRenames = [...reported, ...moved.renames]
    const findings = minimalityFindings(
      { views: list, generated, renames, blocks: moved.remaining, fileRenames },
      input
    )
    const plan = splitPlan(changeSet.files, views, generated, fileRenames)
    return plan === undefined ? { findings } : { findings, splitPlan: plan }
  }
}
