import type { ChangedFile } from '../../model.js'
import type { DetectorGroup } from '../family.js'
import { attachAddedComments, attachRenameNotes, freeComments } from './comments.js'
import { inferredRenames, reportedRenames } from './file-rename.js'
import type { FileRename } from './file-rename.js'
import { buildFileView, releaseContextTokens } from './file-view.js'
import type { FileView } from './file-view.js'
import { minimalityFindings } from './findings.js'
import { classifyLayout, resolveBlankLines } from './format.js'
import { findGeneratedFiles } from './generated.js'
import { classifyImports } from './imports.js'
import { findMovedBlocks } from './moved.js'
import { findRenames, followFileRenames, renamesInMoves } from './rename.js'
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
    const reported: FileRename[] = []
    // Each file's own analysis runs as soon as its view is built, so that its context tokens
    // can be released before the next file is read.
    for (const file of changeSet.files) {
      const skip = generatedFiles.has(file) || file.binary || file.patchMissing
      const view = skip || file.hunks.length === 0 ? undefined : buildFileView(file)
      if (view !== undefined) views.set(file, view)
      for (const rename of reportedRenames([file], views)) reported.push(rename)
      if (view === undefined) continue
      classifyImports(view)
      classifyLayout(view)
      releaseContextTokens(view)
    }
    const list = [...views.values()]
    const symbolRenames = findRenames(list)
    followFileRenames(list, reported)
    const inMoves = renamesInMoves(
      list,
      findMovedBlocks(list, config.minimality.min_moved_lines),
      symbolRenames
    )
    const renames = inMoves.renames
    const moved = inferredRenames(inMoves.blocks)
    for (const view of list) {
      freeComments(view)
      attachAddedComments(view)
      attachRenameNotes(view, renames)
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
