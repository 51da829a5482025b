import type { ChangedLine, FileView } from './file-view.js'
import { layoutFree } from './layout.js'
import { isWordPart } from './tokenize/types.js'
import type { Language, Token } from './tokenize/types.js'

export interface SymbolRename {
  from: string
  to: string
  occurrences: number
  byFile: Map<FileView, RenameInFile>
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
}

interface MappingStats {
  to: Set<string>
  count: number
  declared: boolean
}

/** Fewer occurrences than this is one changed reference: a behavioural edit, not a rename. */
const MIN_OCCURRENCES = 2

const DECLARERS = new Set(
  'kfunction kclass kconst klet kvar kinterface kenum knamespace kdef kfunc ktype krecord wtype wstruct'.split(
    ' '
  )
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
 * Identifiers renamed consistently: lines whose only difference is old name -> new name, the
 * same mapping everywhere, the declaration renamed too, the old name gone from the new side and
 * the new name absent from the old side.
 */
export function findRenames(views: readonly FileView[]): SymbolRename[] {
  const candidates: Candidate[] = []
  const stats = new Map<string, MappingStats>()
  const reverse = new Map<string, Set<string>>()
  for (const view of views) {
    if (view.language === 'text' || view.language === 'hash') continue
    for (const hv of view.hunks) {
      for (const region of hv.regions) {
        if (!region.tokenized) continue
        const dels = region.dels.filter((line) => line.cls === 'essential' && line.key !== '')
        const adds = region.adds.filter((line) => line.cls === 'essential' && line.key !== '')
        if (dels.length === 0 || adds.length === 0) continue
        const groups: [ChangedLine[], ChangedLine[]][] =
          dels.length === adds.length ? dels.map((del, i) => [[del], [adds[i]]]) : [[dels, adds]]
        for (const [d, a] of groups) {
          const candidate = substitutions(view, d, a, stats, reverse)
          if (candidate !== null) candidates.push(candidate)
        }
      }
    }
  }
  const plausible = new Map<string, string>()
  for (const [from, st] of stats) {
    const to = [...st.to][0]
    const consistent = st.to.size === 1 && reverse.get(to)?.size === 1
    if (consistent && st.count >= MIN_OCCURRENCES && st.declared) plausible.set(from, to)
  }
  if (plausible.size === 0) return []
  const names = new Set([...plausible.keys(), ...plausible.values()])
  const { oldSide, newSide } = presence(views, names)
  const valid = new Map<string, string>()
  for (const [from, to] of plausible)
    if (!newSide.has(from) && !oldSide.has(to)) valid.set(from, to)
  const renames = new Map<string, SymbolRename>()
  const entryFor = (from: string, view: FileView) => {
    const to = valid.get(from) as string
    const rename = renames.get(from) ?? { from, to, occurrences: 0, byFile: new Map() }
    renames.set(from, rename)
    const entry = rename.byFile.get(view) ?? { occurrences: 0, lines: [], at: [] }
    rename.byFile.set(view, entry)
    return { rename, entry }
  }
  for (const candidate of candidates) {
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
    }
  }
  return [...renames.values()]
}

function substitutions(
  view: FileView,
  dels: ChangedLine[],
  adds: ChangedLine[],
  stats: Map<string, MappingStats>,
  reverse: Map<string, Set<string>>
): Candidate | null {
  const before = layoutFree(dels, view.language)
  const after = layoutFree(adds, view.language)
  if (before.length !== after.length) return null
  const subs: [string, string][] = []
  const declared: boolean[] = []
  for (let k = 0; k < before.length; k++) {
    if (before[k] === after[k]) continue
    if (before[k][0] !== 'w' || after[k][0] !== 'w') return null
    subs.push([before[k].slice(1), after[k].slice(1)])
    declared.push(isDeclaration(before, k, view.language))
  }
  if (subs.length === 0) return null
  subs.forEach(([from, to], i) => {
    const s = stats.get(from) ?? { to: new Set<string>(), count: 0, declared: false }
    stats.set(from, s)
    s.to.add(to)
    s.count++
    s.declared ||= declared[i]
    const back = reverse.get(to) ?? new Set<string>()
    reverse.set(to, back)
    back.add(from)
  })
  return { view, lines: [...dels, ...adds], subs }
}

/** The name is introduced here: a declaration, assignment target, key, parameter or method. */
export function isDeclaration(keys: readonly string[], k: number, language: Language): boolean {
  const prev = keys[k - 1] ?? ''
  const next = keys[k + 1] ?? ''
  const statementStart = prev === '' || prev[0] === '\u21e5'
  if (DECLARERS.has(prev) || next === 'p:=') return true
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
  const first = keys[0]?.[0] === '\u21e5' ? keys[1] : keys[0]
  const signature = first === 'kdef' || first === 'kfunction' || keys.includes('p=>')
  return signature && (prev === 'p(' || prev === 'p,') && (next === 'p)' || next === 'p,')
}

const TYPE_KEYWORDS = new Set(
  'kint klong kshort kbyte kchar kboolean kdouble kfloat kvoid kstring knumber kboolean kbigint ksymbol kobject kunknown kany'.split(
    ' '
  )
)

function isTypeKeyword(key: string): boolean {
  return TYPE_KEYWORDS.has(key)
}

/** Which candidate names occur on the old side (context, deleted) and the new (context, added). */
function presence(
  views: readonly FileView[],
  names: ReadonlySet<string>
): { oldSide: Set<string>; newSide: Set<string> } {
  const oldSide = new Set<string>()
  const newSide = new Set<string>()
  for (const view of views) {
    for (const hv of view.hunks) {
      if (hv.tokenized) {
        for (const tok of hv.oldTokens) if (tok !== undefined) collect(tok.tokens, names, oldSide)
        for (const tok of hv.newTokens) if (tok !== undefined) collect(tok.tokens, names, newSide)
        continue
      }
      // Untokenized hunks: whole-word matches in the text (comments included, so stricter).
      for (const line of hv.hunk.lines) {
        for (const name of names) {
          if (!containsWord(line.content, name)) continue
          if (line.kind !== 'add') oldSide.add(name)
          if (line.kind !== 'del') newSide.add(name)
        }
      }
    }
  }
  return { oldSide, newSide }
}

function collect(tokens: readonly Token[], names: ReadonlySet<string>, into: Set<string>): void {
  for (const token of tokens) {
    if (token.kind === 'word' && names.has(token.text)) into.add(token.text)
  }
}

function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32
    if (!isWordPart(before) && !isWordPart(after)) return true
  }
  return false
}
