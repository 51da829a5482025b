import type { ChangedFile } from '../../model.js'
import type { ChangedLine, FileView } from './file-view.js'
import type { MovedBlock } from './moved.js'

export interface FileRename {
  file: ChangedFile
  from: string
  to: string
  /** 0-100: as the diff reports it, or the share of lines that moved between the two files. */
  similarity: number | null
  /** Changed lines that only follow the rename (a package line, a moved body). */
  lines: ChangedLine[]
  inferred: boolean
}

/** A Java or Go package declaration, which moves with the file. */
const PACKAGE_LINE = /^\s*package\s+[\w.]+(?:\s*;)?\s*$/

/** A delete and an add count as one rename when at least this share of each side moved. */
const MIN_INFERRED_SHARE = 0.5

/** Renames the diff reports, with the package declarations they force. */
export function reportedRenames(
  files: readonly ChangedFile[],
  views: ReadonlyMap<ChangedFile, FileView>
): FileRename[] {
  const out: FileRename[] = []
  for (const file of files) {
    if (file.status !== 'renamed' || file.oldPath === null || file.oldPath === file.path) continue
    const lines = (views.get(file)?.lines ?? []).filter(
      (line) => line.cls === 'essential' && PACKAGE_LINE.test(line.diff.content)
    )
    for (const line of lines) line.cls = 'renamed-file'
    out.push({
      file,
      from: file.oldPath,
      to: file.path,
      similarity: file.similarity,
      lines,
      inferred: false
    })
  }
  return out
}

/** A deleted file whose content mostly reappears in an added file: a rename the diff missed. */
export function inferredRenames(blocks: readonly MovedBlock[]): {
  renames: FileRename[]
  remaining: MovedBlock[]
} {
  const pairs = new Map<string, { from: FileView; to: FileView; blocks: MovedBlock[] }>()
  for (const block of blocks) {
    const from = block.dels[0].region.view
    const to = block.adds[0].region.view
    if (from.file.status !== 'deleted' || to.file.status !== 'added') continue
    const id = `${from.file.path}\u0000${to.file.path}`
    const pair = pairs.get(id) ?? { from, to, blocks: [] }
    pairs.set(id, pair)
    pair.blocks.push(block)
  }
  const ranked = [...pairs.values()]
    .map((pair) => ({ ...pair, moved: moved(pair.blocks) }))
    .sort((a, b) => b.moved.dels + b.moved.adds - (a.moved.dels + a.moved.adds))
  const used = new Set<FileView>()
  const absorbed = new Set<MovedBlock>()
  const renames: FileRename[] = []
  for (const { from, to, blocks: pairBlocks, moved: m } of ranked) {
    if (used.has(from) || used.has(to)) continue
    const delTotal = from.file.deletions
    const addTotal = to.file.additions
    if (m.dels < delTotal * MIN_INFERRED_SHARE || m.adds < addTotal * MIN_INFERRED_SHARE) continue
    used.add(from)
    used.add(to)
    const lines = pairBlocks.flatMap((block) => [...block.dels, ...block.adds])
    for (const line of lines) line.cls = 'renamed-file'
    for (const block of pairBlocks) absorbed.add(block)
    renames.push({
      file: to.file,
      from: from.file.path,
      to: to.file.path,
      similarity: Math.round((100 * (m.dels + m.adds)) / (delTotal + addTotal)),
      lines,
      inferred: true
    })
  }
  return { renames, remaining: blocks.filter((block) => !absorbed.has(block)) }
}

function moved(blocks: readonly MovedBlock[]): { dels: number; adds: number } {
  let dels = 0
  let adds = 0
  for (const block of blocks) {
    dels += block.dels.length
    adds += block.adds.length
  }
  return { dels, adds }
}
