import type { DiffLine } from '../../model.js'
import {
  KIND_ADD,
  KIND_CONTEXT,
  KIND_DEL,
  contentAt,
  endAt,
  kindAt,
  packedOf,
  startAt
} from '../../packed-lines.js'
import type { ChangedLine, FileView, Region } from './file-view.js'
import { layoutFree } from './layout.js'
import type { MovedBlock } from './moved.js'
import { containsWord, eachName, identifierShaped, keptLineNames, runEnd } from './names.js'
import { alignTokens } from './sequence.js'
import { squeeze, squeezedEqual } from './spacing.js'
import { isWordPart, isWordStart } from './tokenize/types.js'
import type { Language, Token } from './tokenize/types.js'

export interface SymbolRename {
  from: string
  to: string
  occurrences: number
  byFile: Map<FileView, RenameInFile>
  /** The old name kept as a new declaration that calls the new one (a deprecated wrapper). */
  wrapper: { view: FileView; line: ChangedLine } | null
}

export interface RenameInFile {
  occurrences: number
  /** The lines this rename accounts for (a line renaming two symbols counts under the first). */
  lines: ChangedLine[]
  /** Every line where the rename occurs: where the finding points. */
  at: ChangedLine[]
}

interface Candidate {
  view: FileView
  lines: ChangedLine[]
  subs: [string, string][]
  /** The lines also change otherwise: they confirm the rename and stay edits. */
  mixed: boolean
}

interface MappingStats {
  /** Each new name the old one became, with how often. */
  to: Map<string, number>
  count: number
  declared: boolean
  /** The new names given where the old one is declared. */
  declaredTo: Set<string>
  /** Occurrences as bare code identifiers (not in strings, not members), and their files. */
  code: number
  files: Set<FileView>
  /** Uses (declarations aside) after a `.`, and elsewhere: `c.Engine` and the type `Engine` differ. */
  members: number
  bare: number
  /** Spelled like a contextual keyword on one side (`fn` -> `symbol`): needs its declaration. */
  keyword: boolean
}

/** Fewer occurrences than this is one changed reference: a behavioural edit, not a rename. */
const MIN_OCCURRENCES = 2
/** Without its declaration in the diff, a rename must reach this far to be told from an edit. */
const UNDECLARED_OCCURRENCES = 3
const UNDECLARED_FILES = 2
/** A name mapped to several new ones is renamed to the one that takes this share of its uses. */
const DOMINANT_SHARE = 0.9
/** ...and at least this many: a rename seen a few times must be consistent. */
const DOMINANT_MIN = 10
/** Longer line groups are not aligned token by token (the alignment costs their product). */
const MAX_ALIGNED_TOKENS = 400
/** Valid mappings applied to text (comments, prose); more would be a bulk rewrite, not a rename. */
const MAX_TEXT_MAPPINGS = 64
/** Added lines naming the old name that a wrapper left behind may hold. */
const MAX_WRAPPER_LINES = 8

const DECLARERS = new Set(
  (
    'kfunction kclass kconst klet kvar kinterface kenum knamespace kdef kfunc ktype krecord ' +
    'wtype wstruct kfn kstruct ktrait kmod kunion kfun kval kobject wdef wclass wmodule'
  ).split(' ')
)
const MODIFIERS = new Set([
  'kreadonly',
  'kprivate',
  'kpublic',
  'kprotected',
  'kstatic',
  'kabstract'
])
const TYPED_DECLARATION = new Set<Language>(['java', 'c-family', 'typescript', 'javascript'])
const AFTER_TYPED_NAME = new Set(['p=', 'p;', 'p(', 'p,', 'p)', ''])

/**
 * Identifiers renamed consistently: lines whose only difference is old name -> new name (in
 * code, string keys and paths, comments and prose), the same mapping everywhere, the old name
 * gone from the new side (but for a wrapper left behind) and the new name absent from the old
 * side unless the declaration itself is renamed. The declaration is renamed in the diff, or the
 * rename reaches several files.
 */
export function findRenames(views: readonly FileView[]): SymbolRename[] {
  const candidates: Candidate[] = []
  const pure: Evidence = { stats: new Map(), reverse: new Map() }
  // Lines that also changed otherwise, kept apart: their alignment may pair unrelated names.
  const mixed: Evidence = { stats: new Map(), reverse: new Map() }
  const inStrings = new Map<string, Map<string, number>>()
  for (const view of views) {
    const code = isCode(view)
    const manifest = isPackageManifest(view)
    if (!code && !manifest) continue
    for (const hv of view.hunks) {
      let repaired: Repaired | null = null
      for (const region of hv.regions) {
        if (!region.tokenized) continue
        const dels = region.dels.filter((line) => line.cls === 'essential' && line.code)
        const adds = region.adds.filter((line) => line.cls === 'essential' && line.code)
        if (dels.length === 0 || adds.length === 0) continue
        // Paired line by line when the counts agree, else read as one group.
        const paired = dels.length === adds.length
        if (paired) repaired ??= repairedLines(hv.regions)
        for (let g = 0; g < (paired ? dels.length : 1); g++) {
          const d = paired ? [dels[g]] : dels
          const a = paired ? [adds[g]] : adds
          // Prose and config name a symbol; only a package manifest's name field declares one.
          if (!code && !(d.length === 1 && namesPackage(d[0]))) continue
          // A line deleted and added again unchanged was paired with another by position only:
          // read as a rename only when the other line is new (the old one left as a wrapper).
          const moved = repaired?.deleted(d[0]) === true
          if (moved && repaired?.added(a[0]) === true) continue
          const candidate = substitutions(view, d, a, pure, moved ? null : mixed, inStrings)
          if (candidate !== null) candidates.push(candidate)
        }
      }
    }
  }
  const plausible = new Map<string, string>()
  const evidence = new Map<string, MappingStats>()
  for (const from of new Set([...pure.stats.keys(), ...mixed.stats.keys()])) {
    const mapping = mappingOf(from, pure, mixed)
    if (mapping === null) continue
    const { to, st } = mapping
    const reach = st.keyword
      ? st.declared
      : st.declared || (st.code >= UNDECLARED_OCCURRENCES && st.files.size >= UNDECLARED_FILES)
    const count = st.count + (inStrings.get(from)?.get(to) ?? 0)
    if (count >= MIN_OCCURRENCES && reach) {
      plausible.set(from, to)
      evidence.set(from, st)
    }
  }
  if (plausible.size === 0) {
    followedInComments(views)
    return []
  }
  const names = new Set([...plausible.keys(), ...plausible.values()])
  const superCalls = new Set<ChangedLine>()
  for (const candidate of candidates) {
    if (!candidate.subs.some(([from, to]) => from === 'super' && plausible.has(to))) continue
    for (const line of candidate.lines) superCalls.add(line)
  }
  const seen = presence(views, names)
  const valid = new Map<string, string>()
  const wrappers = new Map<string, { view: FileView; line: ChangedLine }>()
  const targets = new Set(plausible.values())
  for (const [from, to] of plausible) {
    // Two blocks swapped read as `a` -> `b` and `b` -> `a`: a move, not a rename.
    if (plausible.get(to) === from) continue
    const st = evidence.get(from) as MappingStats
    const space = st.bare === 0 && st.members > 0 ? MEMBER : st.members === 0 ? BARE : ANY
    // In a chain (`a` -> `b`, `b` -> `c`) the middle name is on both sides, renamed each time.
    // A renamed declaration may take a name another type's member already has.
    // An edited line may declare another variable in a renamed one's place: its declaration
    // counts here only beside clean lines that rename its uses.
    const clean = pure.stats.get(from)
    const renamedDeclaration =
      clean?.declaredTo.has(to) === true ||
      (clean?.to.has(to) === true && mixed.stats.get(from)?.declaredTo.has(to) === true)
    if (occurs(seen.old, to, space) && !plausible.has(to) && !renamedDeclaration) continue
    if (!occurs(seen.new, from, space) || targets.has(from)) valid.set(from, to)
    else if (st.declared && shadowedOnly(from, to, seen)) valid.set(from, to)
    else if (st.declared && superSpelledOut(from, seen, superCalls)) valid.set(from, to)
    else {
      const wrapper = wrapperOf(from, to, seen)
      if (wrapper === null) continue
      valid.set(from, to)
      wrappers.set(from, wrapper)
    }
  }
  const renames = new Map<string, SymbolRename>()
  const renamedBy = new Map<ChangedLine, string>()
  const entryFor = (from: string, view: FileView) => {
    const to = valid.get(from) as string
    const rename = renames.get(from) ?? {
      from,
      to,
      occurrences: 0,
      byFile: new Map(),
      wrapper: wrappers.get(from) ?? null
    }
    renames.set(from, rename)
    const entry = rename.byFile.get(view) ?? { occurrences: 0, lines: [], at: [] }
    rename.byFile.set(view, entry)
    return { rename, entry }
  }
  for (const candidate of candidates) {
    if (candidate.mixed) {
      for (const [from, to] of candidate.subs) {
        if (valid.get(from) !== to) continue
        const { rename, entry } = entryFor(from, candidate.view)
        rename.occurrences++
        entry.occurrences++
        for (const item of candidate.lines) entry.at.push(item)
      }
      continue
    }
    if (!candidate.subs.every(([from, to]) => valid.get(from) === to)) continue
    for (const [from] of candidate.subs) {
      const { rename, entry } = entryFor(from, candidate.view)
      rename.occurrences++
      entry.occurrences++
      for (const item of candidate.lines) entry.at.push(item)
    }
    // A line renaming two symbols is counted once, under the first.
    const { entry } = entryFor(candidate.subs[0][0], candidate.view)
    for (const line of candidate.lines) {
      line.cls = 'rename'
      entry.lines.push(line)
      renamedBy.set(line, candidate.subs[0][0])
    }
  }
  if (valid.size <= MAX_TEXT_MAPPINGS) {
    for (const view of views) renamedText(view, valid, entryFor, renamedBy)
  }
  followedInComments(views)
  return [...renames.values()]
}

/** A renamed file's path, base name and stem, each as the text that names it elsewhere. */
function pathNames(from: string, to: string): [string, string][] {
  const base = (path: string) => path.slice(path.lastIndexOf('/') + 1)
  const stem = (name: string) =>
    name.lastIndexOf('.') > 0 ? name.slice(0, name.lastIndexOf('.')) : name
  const names: [string, string][] = [
    [from, to],
    [base(from), base(to)],
    [stem(base(from)), stem(base(to))]
  ]
  return names.filter(([a, b], i) => a !== b && a !== '' && names.findIndex(([c]) => c === a) === i)
}

/** `text` with every whole-name occurrence of `from` (not inside a longer name) made `to`. */
function replaceName(text: string, from: string, to: string): string {
  let out = ''
  let last = 0
  for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.length)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32
    const after = at + from.length < text.length ? text.charCodeAt(at + from.length) : 32
    if (isWordPart(before) || isWordPart(after)) continue
    out += text.slice(last, at) + to
    last = at + from.length
  }
  return out + text.slice(last)
}

/**
 * Lines that only change a renamed file's path or name where it is mentioned (a comment, a
 * require, a build script): they follow the file rename, which takes them.
 */
export function followFileRenames(
  views: readonly FileView[],
  renames: readonly { from: string; to: string; lines: ChangedLine[] }[]
): void {
  const names = renames.map((rename) => {
    const pairs = pathNames(rename.from, rename.to)
    // The stem is in the base name, the base name in the path: the last one is in every other.
    return { rename, pairs, shortest: pairs.at(-1)?.[0] ?? '' }
  })
  if (names.length === 0) return
  const open = (line: ChangedLine) =>
    (line.cls === 'essential' || line.cls === 'comment') && !line.sketch.blank
  for (const view of views) {
    for (const hv of view.hunks) {
      for (const region of hv.regions) {
        // A one-sided region has no pair to compare: answered before any list is made.
        if (region.dels.length === 0 || region.adds.length === 0) continue
        const dels = region.dels.filter(open)
        const adds = region.adds.filter(open)
        if (dels.length === 0 || dels.length !== adds.length) continue
        // Whether each pair is already equal: the answer for every rename its line lacks.
        const unchanged: (boolean | undefined)[] = []
        const same = (i: number) =>
          (unchanged[i] ??= squeezedEqual(dels[i].diff.content, adds[i].diff.content))
        for (const { rename, pairs, shortest } of names) {
          const follows = dels.every((del, i) => {
            const text = del.diff.content
            // A line naming none of the file's names is left as it is by every pair.
            if (pairs.length > 0 && !text.includes(shortest)) return same(i)
            return pairs.some(([from, to]) => {
              const renamed = replaceName(text, from, to)
              return renamed === text ? same(i) : squeezedEqual(renamed, adds[i].diff.content)
            })
          })
          if (!follows) continue
          for (const line of [...dels, ...adds]) {
            line.cls = 'renamed-file'
            rename.lines.push(line)
          }
          break
        }
      }
    }
  }
}

type EntryFor = (from: string, view: FileView) => { rename: SymbolRename; entry: RenameInFile }

/**
 * Lines the identifier pass could not read (docstrings, comments, messages, prose, manifests)
 * that the valid renames turn into their new text, and lines of a renamed region that only
 * changed spacing (gofmt re-aligning the neighbours of a renamed field).
 */
function renamedText(
  view: FileView,
  valid: ReadonlyMap<string, string>,
  entryFor: EntryFor,
  renamedBy: Map<ChangedLine, string>
): void {
  const oldNames = [...valid.keys()]
  // Text renamed, or a comment naming a renamed symbol, holds an old name on a deleted line.
  const mentions = (line: ChangedLine) => oldNames.some((name) => line.diff.content.includes(name))
  for (const hv of view.hunks) {
    for (const region of hv.regions) {
      if (!region.dels.some(mentions)) {
        absorbRespacing(region, entryFor, renamedBy)
        continue
      }
      const pending = (line: ChangedLine) =>
        (line.cls === 'essential' || line.cls === 'comment') && !line.sketch.blank
      const dels = region.dels.filter(pending)
      const adds = region.adds.filter(pending)
      if (dels.length > 0 && adds.length > 0) {
        const groups: [ChangedLine[], ChangedLine[]][] =
          dels.length === adds.length ? dels.map((del, i) => [[del], [adds[i]]]) : [[dels, adds]]
        for (const [d, a] of groups) {
          const from = substitutedText(d, a, valid)
          if (from === null) continue
          const { rename, entry } = entryFor(from.first, view)
          rename.occurrences += from.count
          entry.occurrences += from.count
          for (const line of [...d, ...a]) {
            line.cls = 'rename'
            entry.lines.push(line)
            entry.at.push(line)
            renamedBy.set(line, from.first)
          }
        }
      }
      renamedComments(region, valid, entryFor, renamedBy)
      absorbRespacing(region, entryFor, renamedBy)
    }
  }
}

/** Whole-name occurrences of each name in the lines' text. */
function nameCounts(lines: readonly ChangedLine[]): Map<string, number> {
  const counts = new Map<string, number>()
  const count = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1)
  for (const line of lines) eachName(line.diff.content, count)
  return counts
}

/** The comment lines a region changed (code-less lines, a JSDoc closer among them), or null. */
function commentEdit(region: Region): { dels: ChangedLine[]; adds: ChangedLine[] } | null {
  const edited = (line: ChangedLine) =>
    !line.sketch.blank && !line.code && (line.cls === 'comment' || line.cls === 'essential')
  // Most regions hold no comment: they are answered before any list is made.
  const commented = (line: ChangedLine) => edited(line) && line.tok.comment !== ''
  if (!region.dels.some(commented) && !region.adds.some(commented)) return null
  return { dels: region.dels.filter(edited), adds: region.adds.filter(edited) }
}

/** Names whose mentions a comment edit dropped (`gone`) and added (`added`). */
function mentionShift(edit: { dels: ChangedLine[]; adds: ChangedLine[] }) {
  const before = nameCounts(edit.dels)
  const after = nameCounts(edit.adds)
  const gone = [...before].filter(([name, n]) => n > (after.get(name) ?? 0)).map(([name]) => name)
  const added = [...after].filter(([name, n]) => n > (before.get(name) ?? 0)).map(([name]) => name)
  return { before, after, gone: new Set(gone), added: new Set(added) }
}

/** The words of the lines' text, punctuation and spacing left out, each name mapped. */
function wordsOf(lines: readonly ChangedLine[], from: string, to: string): string {
  const words: string[] = []
  for (const line of lines) {
    const text = line.diff.content
    for (let i = 0; i < text.length;) {
      const j = runEnd(text, i)
      if (isWordPart(text.charCodeAt(i))) {
        const run = text.slice(i, j)
        words.push(run === from ? to : run)
      }
      i = j
    }
  }
  return words.join(' ')
}

/**
 * A comment edit whose words differ only by a renamed symbol's name (comment markers and
 * spacing aside) is part of the rename; one reworded beyond the name stays a comment edit.
 */
function renamedComments(
  region: Region,
  valid: ReadonlyMap<string, string>,
  entryFor: EntryFor,
  renamedBy: Map<ChangedLine, string>
): void {
  const edit = commentEdit(region)
  if (edit === null) return
  // Only a renamed name the comment dropped can explain it: most comment edits name none.
  let renamedNamed = false
  const note = (name: string) => {
    renamedNamed ||= valid.has(name)
  }
  for (const line of edit.dels) eachName(line.diff.content, note)
  if (!renamedNamed) return
  const shift = mentionShift(edit)
  const gone = [...shift.gone].filter((name) => valid.has(name))
  if (gone.length === 0) return
  const target = wordsOf(edit.adds, '', '')
  const from = gone.find((name) => wordsOf(edit.dels, name, valid.get(name) as string) === target)
  if (from === undefined) return
  const count = (shift.before.get(from) ?? 0) - (shift.after.get(from) ?? 0)
  const { rename, entry } = entryFor(from, region.view)
  rename.occurrences += count
  entry.occurrences += count
  for (const line of [...edit.dels, ...edit.adds]) {
    line.cls = 'rename'
    entry.lines.push(line)
    entry.at.push(line)
    renamedBy.set(line, from)
  }
}

/**
 * The names on each side of a file's behavioural changed lines (lines of hunks the tokenizer
 * skipped are behavioural: they are read as text).
 */
function behaviouralNames(view: FileView): { deleted: Set<string>; added: Set<string> } {
  // By hunk, the indices of lines read as something else; the hunk's text is read in place.
  const other: Set<number>[] = []
  for (const line of view.lines) {
    if (line.cls !== 'essential' || !line.code) (other[line.hunk] ??= new Set()).add(line.at)
  }
  const deleted = new Set<string>()
  const added = new Set<string>()
  const addDeleted = (name: string) => deleted.add(name)
  const addAdded = (name: string) => added.add(name)
  view.file.hunks.forEach((h, index) => {
    const hunk = packedOf(h)
    const skip = other[index]
    for (let k = 0; k < hunk.count; k++) {
      const kind = kindAt(hunk, k)
      if (kind === KIND_CONTEXT || skip?.has(k) === true) continue
      const into = kind === KIND_DEL ? addDeleted : addAdded
      eachName(hunk.text, into, startAt(hunk, k), endAt(hunk, k))
    }
  })
  return { deleted, added }
}

/**
 * A comment edit that swaps a name for another the way the file's behavioural code does (the
 * old name gone from the comment and from that code, the new one added to both) documents that
 * change, an unconfirmed rename among it: it belongs to the change, not to a comment-only edit.
 */
function followedInComments(views: readonly FileView[]): void {
  for (const view of views) {
    let code: { deleted: Set<string>; added: Set<string> } | null = null
    for (const hv of view.hunks) {
      for (const region of hv.regions) {
        const edit = commentEdit(region)
        // A one-sided edit cannot both drop a name and add one: its words are not counted.
        if (edit === null || edit.dels.length === 0 || edit.adds.length === 0) continue
        const shift = mentionShift(edit)
        if (shift.gone.size === 0 || shift.added.size === 0) continue
        const names = (code ??= behaviouralNames(view))
        const follows =
          [...shift.gone].some((name) => names.deleted.has(name)) &&
          [...shift.added].some((name) => names.added.has(name))
        if (follows) for (const line of [...edit.dels, ...edit.adds]) line.cls = 'essential'
      }
    }
  }
}

/** Whitespace-only lines of a region whose other changed lines are all the rename. */
function absorbRespacing(
  region: Region,
  entryFor: EntryFor,
  renamedBy: ReadonlyMap<ChangedLine, string>
): void {
  const isRenamed = (line: ChangedLine) => line.cls === 'rename'
  const renamed = region.dels.find(isRenamed) ?? region.adds.find(isRenamed)
  if (renamed === undefined) return
  const lines = [...region.dels, ...region.adds]
  // Blank lines are not read yet: they follow their neighbours later.
  const other = (line: ChangedLine) =>
    line.cls !== 'rename' && line.cls !== 'format' && !line.sketch.blank
  if (lines.some(other)) return
  const { entry } = entryFor(renamedBy.get(renamed) as string, region.view)
  for (const line of lines) {
    if (line.cls !== 'format') continue
    line.cls = 'rename'
    entry.lines.push(line)
  }
}

/** What the line pairs say of each old name, and which old names each new name replaced. */
interface Evidence {
  stats: Map<string, MappingStats>
  reverse: Map<string, Set<string>>
}

function emptyStats(): MappingStats {
  return {
    to: new Map<string, number>(),
    count: 0,
    declared: false,
    declaredTo: new Set<string>(),
    code: 0,
    files: new Set<FileView>(),
    members: 0,
    bare: 0,
    keyword: false
  }
}

/**
 * The new name an old name took, consistently (no other old name took it), with the evidence
 * for it. Lines that also changed otherwise count only for the mapping the clean lines show;
 * with no clean line, they must agree among themselves.
 */
function mappingOf(
  from: string,
  pure: Evidence,
  mixed: Evidence
): { to: string; st: MappingStats } | null {
  const clean = pure.stats.get(from)
  const edited = mixed.stats.get(from)
  const to = clean !== undefined ? dominantTarget(clean) : dominantTarget(edited as MappingStats)
  if (to === null) return null
  if (clean !== undefined) {
    const sources = pure.reverse.get(to) ?? new Set<string>()
    if (sources.size !== 1 && !fieldAndType(sources, pure.stats)) return null
  } else if (pure.reverse.has(to) || (edited as MappingStats).to.size !== 1) return null
  else if (mixed.reverse.get(to)?.size !== 1) return null
  const st = emptyStats()
  for (const part of [clean, edited]) {
    const n = part?.to.get(to) ?? 0
    if (part === undefined || n === 0) continue
    st.to.set(to, (st.to.get(to) ?? 0) + n)
    // Only the occurrences of this mapping count: a mixed line's other pairings are noise.
    st.count += part === clean ? part.count : n
    st.declared ||= part === clean ? part.declared : part.declaredTo.has(to)
    st.code += part === clean ? part.code : Math.min(part.code, n)
    for (const file of part.files) st.files.add(file)
    st.members += part.members
    st.bare += part.bare
    st.keyword ||= part.keyword
  }
  return { to, st }
}

/**
 * Lines of a hunk deleted and added again unchanged (spacing aside): pairing them with their
 * neighbours by position would read a declaration inserted above as a chain of renames.
 */
function repairedLines(regions: readonly Region[]): Repaired {
  const dels = regions.flatMap((region) => region.dels)
  const adds = regions.flatMap((region) => region.adds)
  const text = (line: ChangedLine) => squeeze(line.diff.content)
  // Each side's texts are made on the first question that needs them: most hunks ask one side.
  let deletedText: Set<string> | null = null
  let addedText: Set<string> | null = null
  return {
    deleted: (line) => (addedText ??= new Set(adds.map(text))).has(text(line)),
    added: (line) => (deletedText ??= new Set(dels.map(text))).has(text(line))
  }
}

/** Whether a deleted line of the hunk is added again (`deleted`), an added one deleted before. */
interface Repaired {
  deleted(line: ChangedLine): boolean
  added(line: ChangedLine): boolean
}

/** One name replaced by another at one place of a line pair. */
interface Sub {
  from: string
  to: string
  declared: boolean
  /** A code identifier (not a string's words, not a manifest's name). */
  inCode: boolean
  /** Neither after nor before a `.`: a member or a qualifier swapped is an API change. */
  bare: boolean
  member: boolean
  /** Spelled like a contextual keyword on one side. */
  keyword: boolean
}

function substitutions(
  view: FileView,
  dels: ChangedLine[],
  adds: ChangedLine[],
  pure: Evidence,
  mixedEvidence: Evidence | null,
  inStrings: Map<string, Map<string, number>>
): Candidate | null {
  const before = layoutFree(dels, view.language)
  const after = layoutFree(adds, view.language)
  let subs = before.length === after.length ? sameShape(view, before, after) : null
  const mixed = subs === null
  if (subs === null) subs = mixedEvidence === null ? [] : alignedNames(view, before, after)
  if (subs.length === 0) return null
  const { stats, reverse } = mixed ? (mixedEvidence as Evidence) : pure
  for (const sub of subs) {
    const { from, to } = sub
    if (!sub.inCode && !sub.declared) {
      // Strings only confirm a rename the code shows: a changed string alone is an edit.
      const counts = inStrings.get(from) ?? new Map<string, number>()
      inStrings.set(from, counts)
      counts.set(to, (counts.get(to) ?? 0) + 1)
      continue
    }
    const s = stats.get(from) ?? emptyStats()
    stats.set(from, s)
    s.to.set(to, (s.to.get(to) ?? 0) + 1)
    s.count++
    s.declared ||= sub.declared
    if (sub.declared) s.declaredTo.add(to)
    s.keyword ||= sub.keyword
    if (sub.inCode && !sub.declared) {
      if (sub.member) s.members++
      else s.bare++
    }
    if (sub.bare) {
      s.code++
      s.files.add(view)
    }
    const back = reverse.get(to) ?? new Set<string>()
    reverse.set(to, back)
    back.add(from)
  }
  return { view, lines: [...dels, ...adds], subs: subs.map((sub) => [sub.from, sub.to]), mixed }
}

/** The names replaced between two layout-free streams of one shape; null when else differs. */
function sameShape(view: FileView, before: string[], after: string[]): Sub[] | null {
  const subs: Sub[] = []
  const manifest = isPackageManifest(view)
  for (let k = 0; k < before.length; k++) {
    if (before[k] === after[k]) continue
    if (before[k][0] === 's' && after[k][0] === 's') {
      // A string key, module path or package name renamed with the symbol it names.
      const inString = nameSubstitutions(before[k].slice(1), after[k].slice(1))
      if (inString === null) return null
      for (const [from, to] of inString) {
        subs.push({
          from,
          to,
          declared: false,
          inCode: false,
          bare: false,
          member: false,
          keyword: false
        })
      }
      continue
    }
    const named = (key: string) => key[0] === 'w' || contextualName(key, view.language)
    if (!named(before[k]) || !named(after[k])) return null
    // `number` to `string` is a type change; only a name may take a contextual keyword's spelling.
    if (before[k][0] !== 'w' && after[k][0] !== 'w') return null
    subs.push({
      ...nameAt(before, k, after[k].slice(1), view.language, manifest),
      keyword: before[k][0] !== 'w' || after[k][0] !== 'w'
    })
  }
  return subs
}

function nameAt(
  before: readonly string[],
  k: number,
  to: string,
  language: Language,
  manifest: boolean
): Sub {
  return {
    from: before[k].slice(1),
    to,
    declared: manifest || isDeclaration(before, k, language),
    inCode: !manifest,
    bare: !manifest && before[k - 1] !== 'p.' && before[k + 1] !== 'p.',
    member: before[k - 1] === 'p.',
    keyword: false
  }
}

/**
 * Lines that also changed otherwise (`p = a and b` -> `path = a && b`, a value or a call
 * changed beside the renamed name): the token alignment's replaced runs of names, name for
 * name, where the two sides are mostly alike. They confirm a rename; the lines stay edits.
 */
function alignedNames(view: FileView, before: string[], after: string[]): Sub[] {
  const total = before.length + after.length
  if (total > MAX_ALIGNED_TOKENS) return []
  const aligned = alignTokens(before, after, Math.ceil(total / 2))
  if (aligned === null) return []
  const subs: Sub[] = []
  let i = 0
  let j = 0
  while (i < before.length || j < after.length) {
    const i0 = i
    const j0 = j
    while (i < before.length && aligned.matchedA[i] === 0) i++
    while (j < after.length && aligned.matchedB[j] === 0) j++
    if (i - i0 === j - j0) {
      for (let k = 0; k < i - i0; k++) {
        const x = before[i0 + k]
        const y = after[j0 + k]
        if (x[0] === 'w' && y[0] === 'w')
          subs.push(nameAt(before, i0 + k, y.slice(1), view.language, false))
      }
    }
    i++
    j++
  }
  return subs
}

/**
 * Two old names that became one new name: a field and its type renamed together (Go's
 * `Groups []Group` to `Flags []Flags`), the field used only as a member, the type never.
 */
function fieldAndType(sources: ReadonlySet<string>, stats: ReadonlyMap<string, MappingStats>) {
  if (sources.size !== 2) return false
  const [a, b] = [...sources].map((name) => stats.get(name))
  if (a === undefined || b === undefined) return false
  const field = (st: MappingStats) => st.members > 0 && st.bare === 0
  const type = (st: MappingStats) => st.members === 0 && st.bare > 0
  return (field(a) && type(b)) || (type(a) && field(b))
}

/**
 * The one new name an old name became, or the new name of nearly all its occurrences: a local
 * such as `t` renamed to `e` in many methods may take another name where that one was taken
 * (`t` -> `e1` beside an `e`); those lines stay edits.
 */
function dominantTarget(st: MappingStats): string | null {
  let best: string | null = null
  let most = 0
  for (const [to, n] of st.to) {
    if (n > most) {
      best = to
      most = n
    }
  }
  if (st.to.size === 1) return best
  return most >= DOMINANT_SHARE * st.count && most >= DOMINANT_MIN ? best : null
}

/** Name-for-name replacements turning string `a` into `b`; null when anything else changed. */
function nameSubstitutions(a: string, b: string): [string, string][] | null {
  const out: [string, string][] = []
  let i = 0
  let j = 0
  // Run by run in place: a long string (a generated table) is not cut into one string per character.
  while (i < a.length && j < b.length) {
    const i2 = runEnd(a, i)
    const j2 = runEnd(b, j)
    if (!sameSpan(a, i, i2, b, j, j2)) {
      if (!isWordStart(a.charCodeAt(i)) || !isWordStart(b.charCodeAt(j))) return null
      out.push([a.slice(i, i2), b.slice(j, j2)])
    }
    i = i2
    j = j2
  }
  // One string has runs left over: they differ in more than names.
  return i < a.length || j < b.length ? null : out
}

function sameSpan(x: string, i: number, i2: number, y: string, j: number, j2: number): boolean {
  if (i2 - i !== j2 - j) return false
  for (let k = 0; k < i2 - i; k++) if (x.charCodeAt(i + k) !== y.charCodeAt(j + k)) return false
  return true
}

/** JavaScript and TypeScript words the tokenizer reads as keywords that may also name a value. */
const CONTEXTUAL = new Set(
  'any async bigint boolean declare keyof namespace never number object readonly satisfies string symbol unknown'.split(
    ' '
  )
)

function contextualName(key: string, language: Language): boolean {
  return (
    key[0] === 'k' &&
    (language === 'javascript' || language === 'typescript') &&
    CONTEXTUAL.has(key.slice(1))
  )
}

/** Files whose words are code: every tokenized language, and Ruby (read by the `#` tokenizer). */
function isCode(view: FileView): boolean {
  if (view.language !== 'text' && view.language !== 'hash') return true
  const path = view.file.path
  const name = path.slice(path.lastIndexOf('/') + 1)
  return (
    view.language === 'hash' &&
    (name.endsWith('.rb') || name.endsWith('.rake') || name === 'Rakefile' || name === 'Gemfile')
  )
}

/** `package.json`: its `"name"` field declares the package name that imports refer to. */
function isPackageManifest(view: FileView): boolean {
  return view.file.path === 'package.json' || view.file.path.endsWith('/package.json')
}

function namesPackage(line: ChangedLine): boolean {
  return /^\s*"name"\s*:/.test(line.diff.content)
}

/**
 * The valid renames applied to the deleted lines' text give the added lines' text (spacing
 * aside): which rename came first, and how many names it replaced.
 */
function substitutedText(
  dels: readonly ChangedLine[],
  adds: readonly ChangedLine[],
  valid: ReadonlyMap<string, string>
): { first: string; count: number } | null {
  let first: string | null = null
  let count = 0
  const note = (name: string) => {
    if (!valid.has(name)) return
    first ??= name
    count++
  }
  for (const line of dels) eachName(line.diff.content, note)
  // Most line groups name no renamed symbol: their text is not rebuilt.
  if (first === null) return null
  let renamed = ''
  for (const line of dels) renamed += renamedLine(line.diff.content, valid) + '\n'
  const target = adds.map((line) => line.diff.content).join('\n') + '\n'
  return squeezedEqual(renamed, target) ? { first, count } : null
}

/** The line with every identifier that `valid` renames replaced by its new name. */
function renamedLine(text: string, valid: ReadonlyMap<string, string>): string {
  let out = ''
  let last = 0
  eachName(text, (name, from, to) => {
    const renamed = valid.get(name)
    if (renamed === undefined) return
    out += text.slice(last, from) + renamed
    last = to
  })
  return out + text.slice(last)
}

/**
 * A rename whose old name is still declared on the new side: a wrapper left behind for
 * compatibility, new code that declares the old name and calls the new one in the same place.
 */
function wrapperOf(
  from: string,
  to: string,
  seen: Presence
): { view: FileView; line: ChangedLine } | null {
  if (seen.newContext.has(from)) return null
  // A wrapper is one declaration: a name added on many lines is new code, not a wrapper.
  const lines = seen.newAdded.get(from) ?? []
  if (lines.length > MAX_WRAPPER_LINES) return null
  for (const line of lines) {
    const keys = layoutFree([line], line.region.view.language)
    const k = keys.indexOf('w' + from)
    if (k < 0 || !isDeclaration(keys, k, line.region.view.language)) continue
    const calls = line.region.adds.some(
      (add) => add !== line && add.tok.tokens.some((t) => t.kind === 'word' && t.text === to)
    )
    if (calls) return { view: line.region.view, line }
  }
  return null
}

/**
 * A name that shadowed what it was made from (`http := http.Client{}`), renamed to stop: in the
 * files of the renamed declaration the old name is left only in its initializer, where it names
 * the outer one (which other files may use as before).
 */
function shadowedOnly(from: string, to: string, seen: Presence): boolean {
  const lines = seen.newAdded.get(from) ?? []
  if (lines.length === 0 || lines.length > MAX_WRAPPER_LINES) return false
  const declaring = lines.every((line) => {
    const language = line.region.view.language
    const keys = layoutFree([line], language)
    const k = keys.indexOf('w' + to)
    return k >= 0 && isDeclaration(keys, k, language) && keys.indexOf('w' + from) > k
  })
  if (!declaring) return false
  const decls = new Set(lines.map((line) => line.diff))
  for (const view of new Set(lines.map((line) => line.region.view))) {
    for (const hv of view.hunks) {
      const uses = (line: DiffLine, k: number) =>
        line.kind !== 'del' &&
        !decls.has(line) &&
        (hv.tokenized
          ? (hv.newTokens[k]?.tokens ?? []).some((t) => t.kind === 'word' && t.text === from)
          : containsWord(line.content, from))
      if (hv.hunk.lines.some(uses)) return false
    }
  }
  return true
}

/**
 * A renamed method whose bare `super` (Ruby: the parent's method of the same name) now calls
 * the parent by the old name: the old name is left only where `super` was.
 */
function superSpelledOut(from: string, seen: Presence, superCalls: ReadonlySet<ChangedLine>) {
  if (seen.newContext.has(from)) return false
  const lines = seen.newAdded.get(from) ?? []
  return lines.length > 0 && lines.every((line) => superCalls.has(line))
}

/** The name is introduced here: a declaration, assignment target, key, parameter or method. */
export function isDeclaration(keys: readonly string[], k: number, language: Language): boolean {
  const prev = keys[k - 1] ?? ''
  const next = keys[k + 1] ?? ''
  const statementStart = prev === '' || prev[0] === '\u21e5'
  if (DECLARERS.has(prev) || next === 'p:=') return true
  // A Rust field: `pub name: T`, `pub(crate) name: T`.
  if (keys[0] === 'kpub' && next === 'p:' && (prev === 'kpub' || prev === 'p)')) return true
  if (prev === 'p.' && (keys[k - 2] === 'kthis' || keys[k - 2] === 'wself')) return next === 'p='
  const opensList = prev === 'p{' || prev === 'p,' || prev === 'p('
  if ((next === 'p=' || next === 'p:') && (statementStart || opensList || MODIFIERS.has(prev))) {
    return true
  }
  if (statementStart && next === 'p(' && keys[keys.length - 1] === 'p{') return true
  if (TYPED_DECLARATION.has(language) && AFTER_TYPED_NAME.has(next)) {
    const typed = prev[0] === 'w' || prev === 'p>' || prev === 'p]' || isTypeKeyword(prev)
    if (typed) return true
  }
  if (language === 'go') {
    if ((statementStart || prev === 'p(' || prev === 'p,') && /^[wk]|^p[*[]$/.test(next))
      return true
    if (prev === 'p)' && keys[0] === 'kfunc') return true
  }
  // `Router.prototype.match = function (...)`, `exports.match = async () => ...`
  if (prev === 'p.' && next === 'p=') {
    const value = keys[k + 2] ?? ''
    if (keys[k - 2] === 'wprototype' || value === 'kfunction' || value === 'kasync') return true
  }
  const first = keys[0]?.[0] === '\u21e5' ? keys[1] : keys[0]
  const signature = first === 'kdef' || first === 'wdef' || first === 'kfunction' || hasArrow(keys)
  return signature && (prev === 'p(' || prev === 'p,') && (next === 'p)' || next === 'p,')
}

/** Whether a line's keys hold `=>`, read once per line however many names it declares. */
const ARROWS = new WeakMap<readonly string[], boolean>()

function hasArrow(keys: readonly string[]): boolean {
  let arrow = ARROWS.get(keys)
  if (arrow === undefined) {
    arrow = keys.includes('p=>')
    ARROWS.set(keys, arrow)
  }
  return arrow
}

const TYPE_KEYWORDS = new Set(
  'kint klong kshort kbyte kchar kboolean kdouble kfloat kvoid kstring knumber kboolean kbigint ksymbol kobject kunknown kany'.split(
    ' '
  )
)

function isTypeKeyword(key: string): boolean {
  return TYPE_KEYWORDS.has(key)
}

interface Presence {
  /** Names on new-side lines that are not added lines of a tokenized hunk. */
  newContext: Set<string>
  /** Added lines of tokenized hunks holding each name. */
  newAdded: Map<string, ChangedLine[]>
  /** Names by side and by place: after a `.` (`MEMBER`) or elsewhere (`BARE`). */
  old: [Set<string>, Set<string>]
  new: [Set<string>, Set<string>]
}

const BARE = 0
const MEMBER = 1
const ANY = 2

function occurs(side: readonly [Set<string>, Set<string>], name: string, space: number): boolean {
  return space === ANY ? side[0].has(name) || side[1].has(name) : side[space].has(name)
}

/** Where the candidate names occur, in code files (prose mentions are not references). */
function presence(views: readonly FileView[], names: ReadonlySet<string>): Presence {
  const seen: Presence = {
    newContext: new Set(),
    newAdded: new Map(),
    old: [new Set(), new Set()],
    new: [new Set(), new Set()]
  }
  // An identifier-shaped name is found whole in a line exactly when one of its word runs is it;
  // the rest (names holding other characters) are searched for one by one.
  const spelledOtherwise = [...names].filter((name) => !identifierShaped(name))
  const sieve = sieveOf(names)
  let kind = KIND_CONTEXT
  const found = (name: string) => {
    if (kind !== KIND_ADD) {
      seen.old[BARE].add(name)
      seen.old[MEMBER].add(name)
    }
    if (kind !== KIND_DEL) {
      seen.newContext.add(name)
      seen.new[BARE].add(name)
      seen.new[MEMBER].add(name)
    }
  }
  const mark = (run: string) => {
    if (names.has(run)) found(run)
  }
  for (const view of views) {
    if (!isCode(view)) continue
    for (const hv of view.hunks) {
      if (hv.tokenized) {
        const added = new Map<number, ChangedLine>()
        for (const region of hv.regions) for (const line of region.adds) added.set(line.at, line)
        const oldTokens = hv.oldTokens
        for (let k = 0; k < oldTokens.length; k++) {
          const tok = oldTokens[k]
          if (tok !== undefined) collect(tok.tokens, sieve, names, seen.old)
        }
        hv.newTokens.forEach((tok, k) => {
          if (tok === undefined) return
          const line = added.get(k)
          // One pass: where each name sits, and whether its line is added or context.
          const tokens = tok.tokens
          for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i]
            if (token.kind !== 'word' || !isCandidate(sieve, names, token.text)) continue
            seen.new[afterDot(tokens, i) ? MEMBER : BARE].add(token.text)
            if (line === undefined) seen.newContext.add(token.text)
            else {
              const list = seen.newAdded.get(token.text) ?? []
              if (list.at(-1) !== line) list.push(line)
              seen.newAdded.set(token.text, list)
            }
          }
        })
        continue
      }
      // Untokenized hunks: whole-word matches in the text (comments included, so stricter).
      const hunk = packedOf(hv.hunk)
      for (let k = 0; k < hunk.count; k++) {
        kind = kindAt(hunk, k)
        eachName(hunk.text, mark, startAt(hunk, k), endAt(hunk, k))
        if (spelledOtherwise.length === 0) continue
        const content = contentAt(hunk, k)
        for (const name of spelledOtherwise) if (containsWord(content, name)) found(name)
      }
    }
  }
  return seen
}

function collect(
  tokens: readonly Token[],
  sieve: Uint8Array,
  names: ReadonlySet<string>,
  byPlace: readonly [Set<string>, Set<string>]
): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind !== 'word' || !isCandidate(sieve, names, token.text)) continue
    byPlace[afterDot(tokens, i) ? MEMBER : BARE].add(token.text)
  }
}

/** Slots of the sieve: a few names fill few of them, so nearly every other word misses. */
const SIEVE_SLOTS = 1024

/** Which (length, first and last character) slots the names take: most words are told apart without hashing them. */
function sieveOf(names: ReadonlySet<string>): Uint8Array {
  const sieve = new Uint8Array(SIEVE_SLOTS)
  for (const name of names) sieve[sieveSlot(name)] = 1
  return sieve
}

function sieveSlot(text: string): number {
  const n = text.length
  if (n === 0) return 0
  return (n * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(n - 1)) & (SIEVE_SLOTS - 1)
}

function isCandidate(sieve: Uint8Array, names: ReadonlySet<string>, text: string): boolean {
  return sieve[sieveSlot(text)] === 1 && names.has(text)
}

function afterDot(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i - 1].kind === 'punct' && tokens[i - 1].text === '.'
}

/** Words that declare the name after them in a moved block's text (`class Foo`, `def foo`). */
const DECLARING_WORDS = new Set(
  'class module def function func type struct interface enum const let var fn trait record'.split(
    ' '
  )
)
/** Names renamed inside moved blocks that are checked against the rest of the change. */
const MAX_MOVED_NAMES = 16

/**
 * Renames seen inside moved blocks. A block moved within its file only because its heading's
 * name was renamed (a sorted listing re-sorted) is that rename, not a move. A block moved
 * elsewhere that declares a name it renames (a class moved and renamed to avoid a clash) is
 * a move and a rename: the rename is reported, the lines stay with the move.
 */
export function renamesInMoves(
  views: readonly FileView[],
  blocks: readonly MovedBlock[],
  renames: readonly SymbolRename[]
): { blocks: MovedBlock[]; renames: SymbolRename[] } {
  const known = new Map(renames.map((rename) => [rename.from, rename]))
  const out = [...renames]
  const kept: MovedBlock[] = []
  let checked = 0
  for (const block of blocks) {
    const toView = block.adds[0].region.view
    const sameFile = block.dels[0].region.view === toView
    const heading = block.dels.find((line) => !line.sketch.blank)
    const resorted =
      sameFile &&
      heading !== undefined &&
      block.renamed.length > 0 &&
      block.renamed.every(([from, to]) => known.get(from)?.to === to) &&
      block.renamed.some(([from]) => containsWord(heading.diff.content, from))
    if (resorted) {
      const rename = known.get(block.renamed[0][0]) as SymbolRename
      const entry = rename.byFile.get(toView) ?? { occurrences: 0, lines: [], at: [] }
      rename.byFile.set(toView, entry)
      for (const line of [...block.dels, ...block.adds]) {
        line.cls = 'rename'
        entry.lines.push(line)
        entry.at.push(line)
      }
      const count = block.adds.filter((line) => containsWord(line.diff.content, rename.to)).length
      entry.occurrences += count
      rename.occurrences += count
      continue
    }
    kept.push(block)
    for (const [from, to] of block.renamed) {
      if (known.has(from) || checked >= MAX_MOVED_NAMES) continue
      checked++
      const rename = movedRename(views, block, from, to)
      if (rename === null) continue
      known.set(from, rename)
      out.push(rename)
    }
  }
  return { blocks: kept, renames: out }
}

/** A name the moved block declares and renames, the old name left nowhere on the new side. */
function movedRename(
  views: readonly FileView[],
  block: MovedBlock,
  from: string,
  to: string
): SymbolRename | null {
  const declares = (lines: readonly ChangedLine[], name: string) =>
    lines.some((line) => {
      const words: string[] = []
      eachName(line.diff.content, (word) => words.push(word))
      const k = words.indexOf(name)
      return k > 0 && DECLARING_WORDS.has(words[k - 1])
    })
  if (!declares(block.dels, from) || !declares(block.adds, to)) return null
  const view = block.adds[0].region.view
  for (const other of views) {
    for (const h of other.file.hunks) if (keptLineNames(packedOf(h), from)) return null
  }
  const at = block.adds.filter((line) => containsWord(line.diff.content, to))
  const entry: RenameInFile = { occurrences: at.length, lines: [], at }
  return { from, to, occurrences: at.length, byFile: new Map([[view, entry]]), wrapper: null }
}
