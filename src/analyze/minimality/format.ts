import { classifyCodeEqual, classifyOneSided, floatingComments } from './comments.js'
import { isBlank } from './file-view.js'
import type { ChangedLine, FileView, HunkView, LineClass, Region } from './file-view.js'
import { layoutFree, sameStream } from './layout.js'
import type { StreamLine } from './layout.js'
import { lcsPairs } from './sequence.js'
import type { Language } from './tokenize/types.js'

/** Longest run of neighbouring regions re-compared as one, when a wrap crossed a context line. */
const MAX_MERGED_REGIONS = 8

/** Classifies each region's layout-only and comment-only lines; the rest stay essential. */
export function classifyLayout(view: FileView): void {
  for (const hv of view.hunks) {
    for (const region of hv.regions) classifyRegion(region, view.language)
    mergeAcrossContext(hv, view.language)
  }
}

const open = (line: ChangedLine): boolean => line.cls === 'essential'

function anchorKey(line: ChangedLine): string {
  return line.level >= 0 ? line.key + '\u21e5' + line.level : line.key
}

function classifyRegion(region: Region, language: Language): void {
  if (!region.tokenized) return
  const dels = region.dels.filter(open)
  const adds = region.adds.filter(open)
  if (dels.length === 0 || adds.length === 0) {
    classifyOneSided(dels.length > 0 ? dels : adds)
    return
  }
  if (sameStream(layoutFree(dels, language), layoutFree(adds, language))) {
    classifyCodeEqual(dels, adds)
    return
  }
  const codeDels = dels.filter((line) => line.key !== '')
  const codeAdds = adds.filter((line) => line.key !== '')
  const soft: ChangedLine[] = floatingComments([...dels, ...adds])
  let mixed = false
  let pi = 0
  let pj = 0
  const pairs = lcsPairs(codeDels.map(anchorKey), codeAdds.map(anchorKey))
  pairs.push([codeDels.length, codeAdds.length])
  for (const [i, j] of pairs) {
    const gapDels = codeDels.slice(pi, i)
    const gapAdds = codeAdds.slice(pj, j)
    if (gapDels.length > 0 || gapAdds.length > 0) {
      const equal =
        gapDels.length > 0 &&
        gapAdds.length > 0 &&
        sameStream(layoutFree(gapDels, language), layoutFree(gapAdds, language))
      if (equal) soft.push(...classifyCodeEqual(gapDels, gapAdds))
      else mixed = true
    }
    if (i < codeDels.length) {
      const del = codeDels[i]
      const add = codeAdds[j]
      soft.push(...classifyCodeEqual([del], [add]))
      if (del.diff.content.trim() === add.diff.content.trim()) soft.push(del, add)
    }
    pi = i + 1
    pj = j + 1
  }
  // Re-indented or re-commented lines next to a behavioural change are part of that change.
  if (mixed) for (const line of soft) line.cls = 'essential'
}

/** A wrap that git split around an unchanged line: compare neighbouring regions as one. */
function mergeAcrossContext(hv: HunkView, language: Language): void {
  if (!hv.tokenized) return
  const pending = hv.regions.map((region) =>
    [...region.dels, ...region.adds].some((line) => open(line) && line.key !== '')
  )
  let start = 0
  while (start < pending.length) {
    if (!pending[start]) {
      start++
      continue
    }
    let end = start
    while (end + 1 < pending.length && pending[end + 1] && end - start + 1 < MAX_MERGED_REGIONS)
      end++
    if (end > start && !mergeSpan(hv, start, end, language)) {
      for (let r = start; r < end; r++) mergeSpan(hv, r, r + 1, language)
    }
    start = end + 1
  }
}

function mergeSpan(hv: HunkView, first: number, last: number, language: Language): boolean {
  const from = hv.regions[first].start
  const to = hv.regions[last].end
  const oldSide: StreamLine[] = []
  const newSide: StreamLine[] = []
  const changed: ChangedLine[] = []
  for (let r = first; r <= last; r++) {
    for (const line of [...hv.regions[r].dels, ...hv.regions[r].adds]) {
      if (line.cls === 'essential' || line.cls === 'format' || line.cls === 'comment')
        changed.push(line)
    }
  }
  const inSpan = new Set(changed.map((line) => line.at))
  for (let k = from; k < to; k++) {
    const kind = hv.hunk.lines[k].kind
    if (kind !== 'context' && !inSpan.has(k)) continue
    if (kind !== 'add') oldSide.push({ tok: hv.oldTokens[k]!, level: hv.oldLevels[k] ?? -1 })
    if (kind !== 'del') newSide.push({ tok: hv.newTokens[k]!, level: hv.newLevels[k] ?? -1 })
  }
  if (!sameStream(layoutFree(oldSide, language), layoutFree(newSide, language))) return false
  const dels = changed.filter((line) => line.kind === 'del')
  const adds = changed.filter((line) => line.kind === 'add')
  classifyCodeEqual(dels, adds)
  return true
}

/** Blank lines follow their neighbours; a hunk that only adds or drops blank lines is layout. */
export function resolveBlankLines(view: FileView): void {
  for (const hv of view.hunks) {
    if (!hv.regions.some((r) => r.dels.some(isBlank) || r.adds.some(isBlank))) continue
    const hunkLines = hv.regions.flatMap((region) => [...region.dels, ...region.adds])
    hunkLines.sort((a, b) => a.at - b.at)
    const fromHunk = nearestClasses(hunkLines)
    for (const region of hv.regions) {
      const lines = [...region.dels, ...region.adds].sort((a, b) => a.at - b.at)
      const fromRegion = nearestClasses(lines)
      for (const line of lines) {
        if (isBlank(line)) line.cls = fromRegion.get(line) ?? fromHunk.get(line) ?? 'format'
      }
    }
  }
}

/** For each blank line of a sorted run, the class of the nearest non-blank line in it. */
function nearestClasses(lines: readonly ChangedLine[]): Map<ChangedLine, LineClass> {
  const out = new Map<ChangedLine, LineClass>()
  const before: (ChangedLine | null)[] = []
  let last: ChangedLine | null = null
  for (const line of lines) {
    before.push(last)
    if (!isBlank(line)) last = line
  }
  let next: ChangedLine | null = null
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]
    if (!isBlank(line)) {
      next = line
      continue
    }
    const prev = before[i]
    const pick =
      prev === null || (next !== null && next.at - line.at < line.at - prev.at) ? next : prev
    if (pick !== null) out.set(line, pick.cls)
  }
  return out
}
