import { classifyCodeEqual, classifyOneSided, floatingComments, isDirective } from './comments.js'
import { isBlank, keysOf, lineKey } from './file-view.js'
import type { ChangedLine, FileView, HunkView, LineClass, Region } from './file-view.js'
import { layoutFree, layoutFreeStream, mayBeSameLayout, sameStream } from './layout.js'
import type { StreamLine } from './layout.js'
import { alignTokens, lcsPairs } from './sequence.js'
import type { Language, TokenizedLine } from './tokenize/types.js'

/** Classifies each region's layout-only and comment-only lines; the rest stay essential. */
export function classifyLayout(view: FileView): void {
  for (const hv of view.hunks) {
    // Untokenized hunks have no regions: nothing of theirs is layout or comment work.
    if (hv.regions.length === 0) continue
    let firstRead: RegionRead | null = null
    hv.regions.forEach((region, r) => {
      const read = classifyRegion(region, view.language)
      if (r === 0) firstRead = read
    })
    alignHunk(hv, view.language, firstRead)
    realignComments(hv)
    for (const region of hv.regions) reworkedProse(region)
    if (view.language === 'text') for (const region of hv.regions) followTitles(region)
  }
}

/** A heading underline re-sized because its title changed is part of that change. */
function followTitles(region: Region): void {
  const lines = [...region.dels, ...region.adds]
  if (!lines.some((line) => line.cls === 'essential' && line.code)) return
  for (const line of lines) {
    const keys = keysOf(line.tok)
    if (line.cls === 'format' && keys.length === 1 && (keys[0] === 'p---' || keys[0] === 'p===')) {
      line.cls = 'essential'
    }
  }
}

const open = (line: ChangedLine): boolean => line.cls === 'essential'

function anchorKey(line: ChangedLine): string {
  const key = lineKey(line.tok)
  return line.level >= 0 ? key + '\u21e5' + line.level : key
}

/** A region's open lines and their layout-free keys, as `classifyRegion` read them. */
interface RegionRead {
  dels: readonly ChangedLine[]
  adds: readonly ChangedLine[]
  delKeys: readonly string[]
  addKeys: readonly string[]
}

/** Classifies the region's lines; returns what it read when it built both sides' streams. */
function classifyRegion(region: Region, language: Language): RegionRead | null {
  if (!region.tokenized) return null
  const dels = region.dels.filter(open)
  const adds = region.adds.filter(open)
  if (dels.length === 0 || adds.length === 0) {
    classifyOneSided(dels.length > 0 ? dels : adds)
    return null
  }
  // Most regions change code: their streams differ beyond layout, which is cheap to tell.
  const maybeLayout = mayBeSameLayout(dels, adds)
  const read = maybeLayout
    ? { dels, adds, delKeys: layoutFree(dels, language), addKeys: layoutFree(adds, language) }
    : null
  if (read !== null && sameStream(read.delKeys, read.addKeys)) {
    classifyCodeEqual(dels, adds)
    return read
  }
  const codeDels = dels.filter((line) => line.code)
  const codeAdds = adds.filter((line) => line.code)
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
        mayBeSameLayout(gapDels, gapAdds) &&
        sameStream(layoutFree(gapDels, language), layoutFree(gapAdds, language))
      if (equal) for (const item of classifyCodeEqual(gapDels, gapAdds)) soft.push(item)
      else mixed = true
    }
    if (i < codeDels.length) {
      const del = codeDels[i]
      const add = codeAdds[j]
      for (const item of classifyCodeEqual([del], [add])) soft.push(item)
      if (del.diff.content.trim() === add.diff.content.trim()) soft.push(del, add)
    }
    pi = i + 1
    pj = j + 1
  }
  // Re-indented or re-commented lines next to a behavioural change are part of that change.
  if (mixed) for (const line of soft) line.cls = 'essential'
  return read
}

/** Edits a hunk's token alignment may need before it gives up (the rest stays essential). */
const MAX_EDITS = 1000

/** Token comparisons one hunk's alignment may cost: Myers' search is O((n + m) * edits). */
const MAX_ALIGN_WORK = 20_000_000

function editBudget(n: number, m: number): number {
  return Math.min(MAX_EDITS, Math.floor(MAX_ALIGN_WORK / (n + m + 1)))
}

/**
 * Re-reads the whole hunk when some region is still essential: git aligns blank lines and
 * braces as context inside a re-indented or re-wrapped block, so a layout change can spread
 * over regions that are each unequal. Tokens are aligned across the hunk; a region whose
 * changed lines' tokens all align is layout.
 */
function alignHunk(hv: HunkView, language: Language, firstRead: RegionRead | null): void {
  const openCode = (l: ChangedLine) => open(l) && l.code
  if (!hv.regions.some((r) => r.dels.some(openCode) || r.adds.some(openCode))) return
  if (hv.regions.length < 2 && !commasOnly(hv.regions[0], language, firstRead)) return
  const oldSide: StreamLine[] = []
  const newSide: StreamLine[] = []
  const oldLine: (ChangedLine | null)[] = []
  const newLine: (ChangedLine | null)[] = []
  const oldAt: number[] = []
  const newAt: number[] = []
  const byAt = changedByAt(hv)
  hv.hunk.lines.forEach((diff, k) => {
    const changed = byAt[k] ?? null
    if (changed !== null && changed.cls === 'import') return
    if (diff.kind !== 'add') {
      oldSide.push({ tok: hv.oldTokens[k] ?? changed?.tok ?? EMPTY, level: hv.oldLevels[k] ?? -1 })
      oldLine.push(diff.kind === 'del' ? changed : null)
      oldAt.push(k)
    }
    if (diff.kind !== 'del') {
      newSide.push({ tok: hv.newTokens[k] ?? changed?.tok ?? EMPTY, level: hv.newLevels[k] ?? -1 })
      newLine.push(diff.kind === 'add' ? changed : null)
      newAt.push(k)
    }
  })
  const { keys: a, lineOf: oldOrigin } = layoutFreeStream(oldSide, language)
  const { keys: b, lineOf: newOrigin } = layoutFreeStream(newSide, language)
  // The regions the alignment could turn to layout: those with lines it would reclassify.
  const layoutCandidates = hv.regions.filter(
    (r) => r.dels.some(reclassifiable) || r.adds.some(reclassifiable)
  )
  const worthSearching = (unmatchableA: Uint8Array, unmatchableB: Uint8Array) => {
    // A region with a token no script matches stays mixed whatever the alignment.
    const sure = new Set<Region>()
    const note = (unmatchable: Uint8Array, origin: Int32Array, lines: (ChangedLine | null)[]) => {
      for (let i = 0; i < unmatchable.length; i++) {
        const line = unmatchable[i] === 1 ? lines[origin[i]] : null
        if (line !== null) sure.add(line.region)
      }
    }
    note(unmatchableA, oldOrigin, oldLine)
    note(unmatchableB, newOrigin, newLine)
    return layoutCandidates.some((region) => !sure.has(region))
  }
  const aligned = alignTokens(a, b, editBudget(a.length, b.length), worthSearching)
  if (aligned === null) return
  const mixed = new Set<Region>()
  const outOfStep = new Set<number>()
  const mark = (
    matched: Uint8Array,
    origin: Int32Array,
    lines: (ChangedLine | null)[],
    at: number[]
  ) => {
    matched.forEach((m, i) => {
      if (m === 1) return
      const line = lines[origin[i]]
      if (line !== null) mixed.add(line.region)
      // An unchanged line out of step (swapped lines): the regions around it changed order.
      else if (!outOfStep.has(at[origin[i]])) {
        outOfStep.add(at[origin[i]])
        for (const region of regionsAround(hv, at[origin[i]])) mixed.add(region)
      }
    })
  }
  mark(aligned.matchedA, oldOrigin, oldLine, oldAt)
  mark(aligned.matchedB, newOrigin, newLine, newAt)
  for (const region of hv.regions) {
    const lines = [...region.dels, ...region.adds]
    // A region with any unaligned token keeps its own reading (a real edit is in it).
    if (mixed.has(region)) continue
    for (const line of lines) if (reclassifiable(line)) line.cls = 'format'
  }
}

const reclassifiable = (line: ChangedLine): boolean => open(line) && !isDirective(line)

/**
 * A lone region whose two sides differ only in commas: a trailing comma against a closer on a
 * context line (`}` -> `},`), which only the hunk's context shows to be layout.
 */
function commasOnly(region: Region, language: Language, read: RegionRead | null): boolean {
  const dels = region.dels.filter(open)
  const adds = region.adds.filter(open)
  if (!mayBeSameLayout(dels, adds)) return false
  // The region's first reading still holds while the same lines are open.
  const reuse = read !== null && sameStream(dels, read.dels) && sameStream(adds, read.adds)
  const noCommas = (keys: readonly string[]) => keys.filter((key) => key !== 'p,')
  return sameStream(
    noCommas(reuse ? read.delKeys : layoutFree(dels, language)),
    noCommas(reuse ? read.addKeys : layoutFree(adds, language))
  )
}

/** The hunk's changed lines by their index in the hunk (context lines have none). */
function changedByAt(hv: HunkView): (ChangedLine | undefined)[] {
  const byAt = new Array<ChangedLine | undefined>(hv.hunk.lines.length).fill(undefined)
  for (const r of hv.regions) {
    for (const l of r.dels) byAt[l.at] = l
    for (const l of r.adds) byAt[l.at] = l
  }
  return byAt
}

/**
 * Comment words aligned across the hunk: a comment that only moved to another region (git
 * aligned the lines differently on each side) is layout, not a comment change.
 */
function realignComments(hv: HunkView): void {
  if (hv.regions.length < 2) return
  const touched = (l: ChangedLine) => l.cls === 'comment' || l.cls === 'format'
  if (!hv.regions.some((r) => r.dels.some(touched) || r.adds.some(touched))) return
  const byAt = changedByAt(hv)
  const oldWords: string[] = []
  const newWords: string[] = []
  const oldOrigin: (ChangedLine | null)[] = []
  const newOrigin: (ChangedLine | null)[] = []
  const addWords = (
    tok: TokenizedLine | undefined,
    changed: ChangedLine | null,
    words: string[],
    origin: (ChangedLine | null)[]
  ) => {
    if (tok === undefined || tok.comment === '') return
    for (const word of tok.comment.split(' ')) {
      if (word === '') continue
      words.push(word)
      origin.push(changed)
    }
  }
  hv.hunk.lines.forEach((diff, k) => {
    const changed = byAt[k] ?? null
    if (diff.kind !== 'add') addWords(hv.oldTokens[k], changed, oldWords, oldOrigin)
    if (diff.kind !== 'del') addWords(hv.newTokens[k], changed, newWords, newOrigin)
  })
  const aligned = alignTokens(oldWords, newWords, editBudget(oldWords.length, newWords.length))
  if (aligned === null) return
  const changedComment = new Set<ChangedLine>()
  const note = (matched: Uint8Array, origin: readonly (ChangedLine | null)[]) => {
    for (let i = 0; i < matched.length; i++) {
      const line = matched[i] === 0 ? origin[i] : null
      if (line !== null) changedComment.add(line)
    }
  }
  note(aligned.matchedA, oldOrigin)
  note(aligned.matchedB, newOrigin)
  const recomment = (line: ChangedLine) => {
    if (line.tok.comment === '') return
    if (line.cls === 'comment' && !changedComment.has(line)) line.cls = 'format'
    else if (line.cls === 'format' && changedComment.has(line))
      line.cls = isDirective(line) ? 'essential' : 'comment'
  }
  for (const region of hv.regions) {
    region.dels.forEach(recomment)
    region.adds.forEach(recomment)
  }
}

/** Comment markers a prose line may open with: `//`, `///`, `//!`, `/*`, `*`, `#`, `--`, `;`. */
const MARKERS = new Set(['/', '*', '#', ';', '!', '-'])

/** A comment line's prose: its marker, the spaces around it and trailing spaces left out. */
function prose(line: ChangedLine): string {
  const text = line.diff.content.trim()
  let i = 0
  while (i < text.length && MARKERS.has(text[i])) i++
  return text.slice(i).trim()
}

/**
 * Comment lines whose words are unchanged but whose prose was re-spaced or re-wrapped, or that
 * sit in a comment edited beside them: the formatters leave comment text alone (they re-indent
 * it), so this is someone editing the comment.
 */
function reworkedProse(region: Region): void {
  const proseLine = (line: ChangedLine) =>
    line.cls === 'format' && !line.code && line.tok.comment !== ''
  const dels = region.dels.filter(proseLine)
  const adds = region.adds.filter(proseLine)
  if (dels.length === 0 && adds.length === 0) return
  const lines = [...region.dels, ...region.adds]
  const edited = lines.some((line) => line.cls === 'comment')
  // A comment joined to or split from code (`{ /* x */ }`) is a formatter's re-wrap.
  const besideCode = lines.some((line) => line.code && line.tok.comment !== '')
  if (!edited) {
    if (besideCode) return
    const a = dels.map(prose)
    const b = adds.map(prose)
    if (a.length === b.length && a.every((text, i) => text === b[i])) return
  }
  for (const line of [...dels, ...adds]) line.cls = 'comment'
}

/** The regions just before and just after hunk line `at`. */
function regionsAround(hv: HunkView, at: number): Region[] {
  const before = hv.regions.filter((r) => r.end <= at).at(-1)
  const after = hv.regions.find((r) => r.start > at)
  return [before, after].filter((r): r is Region => r !== undefined)
}

const EMPTY = { tokens: [], comment: '', indent: 0, statementStart: false }

/** Blank lines follow their neighbours; a hunk that only adds or drops blank lines is layout. */
export function resolveBlankLines(view: FileView): void {
  for (const hv of view.hunks) {
    if (hv.regions.length === 0) continue
    if (!hv.regions.some((r) => r.dels.some(isBlank) || r.adds.some(isBlank))) continue
    const hunkLines = hv.regions.flatMap((region) => [...region.dels, ...region.adds])
    hunkLines.sort((a, b) => a.at - b.at)
    const fromHunk = nearestClasses(hunkLines)
    for (const region of hv.regions) {
      const lines = [...region.dels, ...region.adds].sort((a, b) => a.at - b.at)
      const fromRegion = nearestClasses(lines)
      for (const line of lines) {
        // An import sorter's spacing was read with the imports.
        if (isBlank(line) && line.cls !== 'import')
          line.cls = fromRegion.get(line) ?? fromHunk.get(line) ?? 'format'
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
