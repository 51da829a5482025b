import { classifyCodeEqual, classifyOneSided, floatingComments, isDirective } from './comments.js'
import { isBlank, keysOf, lineKey } from './file-view.js'
import type { ChangedLine, FileView, HunkView, LineClass, Region } from './file-view.js'
import { layoutFree, layoutFreeStream, mayBeSameLayout, sameStream } from './layout.js'
import type { StreamLine } from './layout.js'
import { contentAt, endAt, kindAt, packedOf, startAt } from '../../packed-lines.js'
import type { PackedHunk } from '../../packed-lines.js'
import { alignTokens, lcsPairs } from './sequence.js'
import { tokenKey } from './tokenize/types.js'
import type { Language, TokenizedLine } from './tokenize/types.js'

/** Classifies each region's layout-only and comment-only lines; the rest stay essential. */
export function classifyLayout(view: FileView): void {
  for (const hv of view.hunks) {
    // Untokenized hunks have no regions: nothing of theirs is layout or comment work.
    if (hv.regions.length === 0) continue
    if (hv.hunk.lines.length < MIN_REMEMBERED_LINES) readHunk(hv, view.language)
    else rememberedRead(hv, view.language)
  }
}

/** The layout reading of one tokenized hunk: it reads only the hunk, its language and classes. */
function readHunk(hv: HunkView, language: Language): void {
  let firstRead: RegionRead | null = null
  hv.regions.forEach((region, r) => {
    const read = classifyRegion(region, language)
    if (r === 0) firstRead = read
  })
  alignHunk(hv, language, firstRead)
  realignComments(hv)
  for (const region of hv.regions) reworkedProse(region)
  if (language === 'text') for (const region of hv.regions) followTitles(region)
}

/**
 * Hunks at least this long are remembered with their reading, so that a diff repeating one (a
 * copied or vendored file) reads it once: shorter ones cost less to read than to compare.
 */
const MIN_REMEMBERED_LINES = 16
/** Readings kept per diff text: bounds the memory the classes take. */
const MAX_REMEMBERED = 4096

/** A hunk read before: its changed lines' classes before and after the reading. */
interface Reading {
  hunk: PackedHunk
  language: Language
  before: LineClass[]
  after: LineClass[]
}

/** Readings by the text the hunks were read from (dropped with it), then by length and start. */
const readings = new WeakMap<object, Map<string, Reading>>()

/**
 * The reading depends on the hunk's lines (their tokens are made from them alone), its language
 * and its lines' classes before it: a hunk equal in all three takes the reading made first.
 */
function rememberedRead(hv: HunkView, language: Language): void {
  const hunk = packedOf(hv.hunk)
  let byKey = readings.get(hunk.source)
  if (byKey === undefined) readings.set(hunk.source, (byKey = new Map()))
  const last = hunk.count - 1
  const key = `${language} ${hunk.count} ${endAt(hunk, last) - startAt(hunk, 0)} ${contentAt(hunk, 0)}`
  const lines = changedLines(hv)
  const before = lines.map((line) => line.cls)
  const known = byKey.get(key)
  if (
    known !== undefined &&
    known.language === language &&
    sameStream(known.before, before) &&
    sameLines(known.hunk, hunk)
  ) {
    for (let i = 0; i < lines.length; i++) lines[i].cls = known.after[i]
    return
  }
  readHunk(hv, language)
  if (known === undefined && byKey.size < MAX_REMEMBERED) {
    byKey.set(key, { hunk, language, before, after: lines.map((line) => line.cls) })
  }
}

/** The hunk's changed lines, region by region, deleted lines first: the same order each time. */
function changedLines(hv: HunkView): ChangedLine[] {
  const out: ChangedLine[] = []
  for (const region of hv.regions) {
    for (let i = 0; i < region.dels.length; i++) out.push(region.dels[i])
    for (let i = 0; i < region.adds.length; i++) out.push(region.adds[i])
  }
  return out
}

/** The two hunks' lines are of the same kinds and texts, compared where they sit. */
function sameLines(a: PackedHunk, b: PackedHunk): boolean {
  if (a.count !== b.count) return false
  for (let k = 0; k < a.count; k++) {
    if (kindAt(a, k) !== kindAt(b, k)) return false
    const start = startAt(a, k)
    const length = endAt(a, k) - start
    const other = startAt(b, k)
    if (endAt(b, k) - other !== length) return false
    for (let i = 0; i < length; i++) {
      if (a.text.charCodeAt(start + i) !== b.text.charCodeAt(other + i)) return false
    }
  }
  return true
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
  // Indexed, not destructured: cold, each destructuring steps an iterator.
  for (let p = 0; p < pairs.length; p++) {
    const i = pairs[p][0]
    const j = pairs[p][1]
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
  // The regions the alignment could turn to layout: those with lines it would reclassify.
  const layoutCandidates = hv.regions.filter(
    (r) => r.dels.some(reclassifiable) || r.adds.some(reclassifiable)
  )
  const quotedKeys = language === 'javascript' || language === 'typescript'
  // A region holding alike words on both sides (a re-layout, likely) makes the look-up moot.
  if (
    !layoutCandidates.some(alikeWords) &&
    allForeign(layoutCandidates, oldSide, oldLine, newSide, newLine, quotedKeys)
  )
    return
  const { keys: a, lineOf: oldOrigin } = layoutFreeStream(oldSide, language)
  const { keys: b, lineOf: newOrigin } = layoutFreeStream(newSide, language)
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

/** Whether the region's two sides hold as many words, of alike lengths and ends (a checksum). */
function alikeWords(region: Region): boolean {
  return wordSum(region.dels) === wordSum(region.adds)
}

function wordSum(lines: readonly ChangedLine[]): number {
  let sum = 0
  for (const line of lines) {
    const tokens = line.tok.tokens
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].kind === 'punct') continue
      const text = tokens[i].text
      const ends = text.length > 0 ? text.charCodeAt(0) * 31 + text.charCodeAt(text.length - 1) : 0
      sum = (sum + 1 + text.length * 7919 + ends) | 0
    }
  }
  return sum
}

/** Per token key, the `dropForeign` pass that sought it (its `wanted`) or found it (`held`). */
const seenKeys = new Map<string, number>()
let seenStamp = 0
/** Keys `seenKeys` keeps before it starts over: bounds the memory it keeps alive. */
const MAX_SEEN_KEYS = 1 << 16

/**
 * True when every region holds a changed line with a token the other side of the hunk never
 * holds (punctuation aside, which the layout reading may drop): no alignment matches that
 * token, so each region stays mixed, as the alignment would find, without building the streams.
 * `quotedKeys`: a quoted object key may be read as the name it spells (JavaScript).
 */
function allForeign(
  regions: readonly Region[],
  oldSide: readonly StreamLine[],
  oldLine: readonly (ChangedLine | null)[],
  newSide: readonly StreamLine[],
  newLine: readonly (ChangedLine | null)[],
  quotedKeys: boolean
): boolean {
  if (regions.length === 0) return true
  const left = new Set(regions)
  // Most edits add a name: the added lines are read first, against the old side.
  dropForeign(left, newSide, newLine, oldSide, quotedKeys)
  // Nothing foreign added (a re-layout, most likely): the alignment is worth running.
  if (left.size === regions.length) return false
  if (left.size > 0) dropForeign(left, oldSide, oldLine, newSide, quotedKeys)
  return left.size === 0
}

/**
 * Drops from `left` the regions whose changed lines on `side` hold a token `other` lacks. The
 * tokens sought are noted first, so that `other` is only looked up, and only until all are found.
 */
function dropForeign(
  left: Set<Region>,
  side: readonly StreamLine[],
  lines: readonly (ChangedLine | null)[],
  other: readonly StreamLine[],
  quotedKeys: boolean
): void {
  if (seenKeys.size > MAX_SEEN_KEYS) seenKeys.clear()
  seenStamp += 2
  const wanted = seenStamp
  const held = seenStamp + 1
  let missing = 0
  for (let n = 0; n < side.length; n++) {
    const line = lines[n]
    if (line === null || !left.has(line.region)) continue
    const tokens = side[n].tok.tokens
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]
      // A quoted key may be read as a name: left out, it can only keep a region in the search.
      if (token.kind === 'punct' || (quotedKeys && token.kind === 'string')) continue
      const key = tokenKey(token)
      if (seenKeys.get(key) === wanted) continue
      seenKeys.set(key, wanted)
      missing++
    }
  }
  for (let n = 0; n < other.length && missing > 0; n++) {
    const tokens = other[n].tok.tokens
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]
      if (token.kind === 'punct') continue
      // The other side's quoted key may be read as the name sought.
      const key = quotedKeys && token.kind === 'string' ? 'w' + token.text : tokenKey(token)
      if (seenKeys.get(key) !== wanted) continue
      seenKeys.set(key, held)
      missing--
    }
  }
  if (missing === 0) return
  for (let n = 0; n < side.length && left.size > 0; n++) {
    const line = lines[n]
    if (line === null || !left.has(line.region)) continue
    const tokens = side[n].tok.tokens
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]
      if (token.kind === 'punct' || (quotedKeys && token.kind === 'string')) continue
      if (seenKeys.get(tokenKey(token)) !== wanted) continue
      left.delete(line.region)
      break
    }
  }
}

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
  // Only such lines can be re-read: the alignment is not made for the others.
  const touched = (l: ChangedLine) =>
    (l.cls === 'comment' || l.cls === 'format') && l.tok.comment !== ''
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
      // Only blank lines are set: a region without one is not sorted.
      if (!region.dels.some(isBlank) && !region.adds.some(isBlank)) continue
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
