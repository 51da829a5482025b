import { isDirective } from './comments.js'
import type { ChangedLine, FileView, HunkView, Region } from './file-view.js'
import { tokenKey } from './file-view.js'
import { isRustAttribute, isRustUseBody, rustUseBindings, startsRustUse } from './imports-rust.js'
import type { Language, Token, TokenizedLine } from './tokenize/types.js'

interface ImportStatement {
  /** Identity modulo order: specifier lists sorted. */
  key: string
  /** The statement as written, layout aside. */
  raw: string
  /** Each name bound, with where it comes from: one statement split in two binds the same. */
  bindings: string[]
  lines: ChangedLine[]
  changed: boolean
}

/** An import statement, or a break between groups: a blank line or other code. */
type Item = ImportStatement | 'blank' | 'code' | Delimiter

/** The `import (` and `)` lines of a Go import block: grouping, part of a regroup. */
interface Delimiter {
  line: ChangedLine | undefined
}

/** How a file writes its imports: its language's, or Rust's `use` among the C-like languages. */
type ImportSyntax = Language | 'rust'

const IMPORT_LANGUAGES = new Set<ImportSyntax>([
  'javascript',
  'typescript',
  'python',
  'go',
  'java',
  'rust'
])

function syntaxOf(view: FileView): ImportSyntax {
  return view.language === 'c-family' && view.file.path.endsWith('.rs') ? 'rust' : view.language
}

/** Marks import lines that were only reordered or regrouped: same statements, another order. */
export function classifyImports(view: FileView): void {
  const syntax = syntaxOf(view)
  if (!IMPORT_LANGUAGES.has(syntax)) return
  markBreaksBetweenImports(view, syntax)
  markImportHeadings(view, syntax)
  if (!hasEssentialImport(view.lines, syntax)) return
  const byPosition = changedByPosition(view)
  const oldItems = sideItems(view, syntax, 'del', byPosition)
  const newItems = sideItems(view, syntax, 'add', byPosition)
  const oldChanged = statements(oldItems).filter((s) => s.changed)
  const newChanged = statements(newItems).filter((s) => s.changed)
  const matchedOld = matchByKey(oldChanged, newChanged)
  const matchedNew = matchByKey(newChanged, oldChanged)
  matchRegrouped(oldChanged, newChanged, matchedOld, matchedNew)
  if (matchedOld.size === 0) return
  const oldOrder = order(oldItems, matchedOld)
  const newOrder = order(newItems, matchedNew)
  if (oldOrder === newOrder) return
  // One import wrapped into a Go block to take new ones beside it keeps its place.
  const added = newChanged.some((s) => !matchedNew.has(s))
  if (added && order(oldItems, matchedOld, false) === order(newItems, matchedNew, false)) return
  for (const items of [oldItems, newItems]) {
    const matched = items === oldItems ? matchedOld : matchedNew
    for (const statement of matched) {
      for (const line of statement.lines) if (line.cls === 'essential') line.cls = 'import'
    }
  }
  markGroupBreaks(view, oldItems, newItems)
  for (const item of [...oldItems, ...newItems]) {
    if (typeof item !== 'string' && 'line' in item && item.line?.cls === 'essential') {
      item.line.cls = 'import'
    }
  }
}

/**
 * Each tokenized hunk's changed lines by hunk line index (other hunks have no tokens, so no
 * line of theirs is read as an import): no key string per line, where a file has thousands.
 */
function changedByPosition(view: FileView): (ChangedLine | undefined)[][] {
  return view.hunks.map((hv) => {
    const at = new Array<ChangedLine | undefined>(hv.tokenized ? hv.hunk.lines.length : 0)
    for (const region of hv.regions) {
      for (const line of region.dels) at[line.at] = line
      for (const line of region.adds) at[line.at] = line
    }
    return at
  })
}

function statements(items: readonly Item[]): ImportStatement[] {
  return items.filter((item): item is ImportStatement => typeof item !== 'string' && 'key' in item)
}

function matchByKey(
  from: readonly ImportStatement[],
  to: readonly ImportStatement[]
): Set<ImportStatement> {
  const available = new Map<string, number>()
  for (const s of to) available.set(s.key, (available.get(s.key) ?? 0) + 1)
  const matched = new Set<ImportStatement>()
  for (const s of from) {
    const left = available.get(s.key) ?? 0
    if (left > 0 && s.lines.some((line) => line.cls === 'essential')) {
      available.set(s.key, left - 1)
      matched.add(s)
    }
  }
  return matched
}

/** The side's import layout: statements still there (unchanged or matched) and group breaks. */
function order(
  items: readonly Item[],
  matched: ReadonlySet<ImportStatement>,
  blocks = true
): string {
  const out: string[] = []
  for (const item of items) {
    if (typeof item === 'string') {
      // Breaks collapse: leading, repeated and trailing ones carry no order.
      if (out.length > 0 && out[out.length - 1] !== item) out.push(item)
    } else if (!('key' in item)) {
      if (blocks) out.push('block')
    } else if (!item.changed || matched.has(item)) out.push(item.raw)
  }
  while (out[out.length - 1] === 'blank' || out[out.length - 1] === 'code') out.pop()
  return out.join('\n')
}

/** Blank lines added or removed between import groups are part of the regrouping. */
function markGroupBreaks(view: FileView, oldItems: readonly Item[], newItems: readonly Item[]) {
  const touched = new Set<number>()
  for (const items of [oldItems, newItems]) {
    for (const s of statements(items))
      for (const line of s.lines) if (line.cls === 'import') touched.add(line.hunk)
  }
  for (const line of view.lines) {
    if (
      line.cls === 'essential' &&
      touched.has(line.hunk) &&
      !line.code &&
      line.tok.comment === ''
    ) {
      const region = [...line.region.dels, ...line.region.adds]
      if (region.some((other) => other.cls === 'import')) line.cls = 'import'
    }
  }
}

/**
 * Blank lines only added or removed at an import statement (between import groups, or between
 * the imports and what surrounds them) regroup the imports, even where no statement moved: an
 * import sorter's spacing.
 */
function markBreaksBetweenImports(view: FileView, syntax: ImportSyntax): void {
  for (const hv of view.hunks) {
    for (const region of hv.regions) {
      if (!blankOnly(region.dels, region.adds) || !bordersImports(hv, region, syntax)) continue
      for (const line of region.dels) if (line.cls === 'essential') line.cls = 'import'
      for (const line of region.adds) if (line.cls === 'essential') line.cls = 'import'
    }
  }
}

/**
 * The nearest code line above or below the blank region, on its side, is an import. A function
 * of its own: its closures are made only for the regions that get this far.
 */
function bordersImports(hv: HunkView, region: Region, syntax: ImportSyntax): boolean {
  const tokens = region.adds.length > 0 ? hv.newTokens : hv.oldTokens
  const other = region.adds.length > 0 ? 'del' : 'add'
  const code = (k: number) => hv.hunk.lines[k].kind !== other && (tokens[k]?.tokens.length ?? 0) > 0
  let above = region.start - 1
  while (above >= 0 && !code(above)) above--
  let below = region.end
  while (below < hv.hunk.lines.length && !code(below)) below++
  return (
    (above >= 0 && endsImport(tokens, above, syntax, true)) ||
    isImportLine(tokens[below], syntax, true)
  )
}

/** Some line, and every line, of the two lists is blank. */
function blankOnly(dels: readonly ChangedLine[], adds: readonly ChangedLine[]): boolean {
  if (dels.length === 0 && adds.length === 0) return false
  for (const line of dels) if (!line.sketch.blank) return false
  for (const line of adds) if (!line.sketch.blank) return false
  return true
}

/** Words a section heading has at most: a label (`Third party`), not a sentence. */
const HEADING_WORDS = 4

/**
 * A short comment added or removed alone between two import groups (import statements above it
 * past a blank line, one right below it) is a section heading, as isort's `import_heading_*`
 * settings write them: part of the regroup, not a comment edit.
 */
function markImportHeadings(view: FileView, syntax: ImportSyntax): void {
  for (const line of view.lines) {
    if (line.cls !== 'essential' || line.code || line.tok.comment === '') continue
    if (wordCount(line.tok.comment) > HEADING_WORDS || isDirective(line)) continue
    if (isImportHeading(view.hunks[line.hunk], line, syntax)) line.cls = 'import'
  }
}

/**
 * The comment line sits past a blank line below imports, right above another import. A function
 * of its own: its closures are made only for the lines that get this far.
 */
function isImportHeading(hv: HunkView, line: ChangedLine, syntax: ImportSyntax): boolean {
  const tokens = line.kind === 'add' ? hv.newTokens : hv.oldTokens
  const other = line.kind === 'add' ? 'del' : 'add'
  const side = (k: number) => hv.hunk.lines[k].kind !== other
  const blank = (k: number) => tokens[k]?.tokens.length === 0 && tokens[k]?.comment === ''
  let above = line.at - 1
  while (above >= 0 && !side(above)) above--
  if (above < 0 || !blank(above)) return false
  while (above >= 0 && (!side(above) || blank(above))) above--
  let below = line.at + 1
  while (below < hv.hunk.lines.length && !side(below)) below++
  const next = tokens[below]?.tokens ?? []
  const importBelow = startsImport(next, syntax) || (syntax === 'rust' && isRustAttribute(next))
  return importBelow && above >= 0 && endsImport(tokens, above, syntax, false)
}

/** Words of a comment as `commentWords` leaves it: single-spaced, none at either end. */
function wordCount(comment: string): number {
  let count = 1
  for (let at = comment.indexOf(' '); at >= 0; at = comment.indexOf(' ', at + 1)) count++
  return count
}

/** Some changed line still essential opens an import statement. */
function hasEssentialImport(lines: readonly ChangedLine[], syntax: ImportSyntax): boolean {
  for (const line of lines) {
    if (line.cls === 'essential' && isImportLine(line.tok, syntax, true)) return true
  }
  return false
}

/**
 * The line opens an import statement; with `goSpecs`, a bare spec inside a Go import block too.
 * Module-level rather than a closure per file: this runs once for every file of the diff.
 */
function isImportLine(
  tok: TokenizedLine | undefined,
  syntax: ImportSyntax,
  goSpecs: boolean
): boolean {
  if (tok === undefined) return false
  return (
    startsImport(tok.tokens, syntax) || (goSpecs && syntax === 'go' && isGoImportSpec(tok.tokens))
  )
}

/** Line `k` is an import statement or the closing line of a multi-line one. */
function endsImport(
  tokens: readonly (TokenizedLine | undefined)[],
  k: number,
  syntax: ImportSyntax,
  goSpecs: boolean
): boolean {
  if (isImportLine(tokens[k], syntax, goSpecs)) return true
  const line = tokens[k]?.tokens ?? []
  if (line.length > 2 || !(line[0]?.text === ')' || line[0]?.text === '}')) return false
  for (let j = k - 1; j >= 0; j--) {
    const tok = tokens[j]
    if (tok === undefined || tok.tokens.length === 0) continue
    if (isImportLine(tok, syntax, goSpecs)) return true
    // Only names and commas (and Rust's paths) between the opening import line and its closer.
    const body =
      syntax === 'rust' ? isRustUseBody : (t: Token) => t.kind === 'word' || t.text === ','
    if (!tok.tokens.every(body)) return false
  }
  return false
}

function sideItems(
  view: FileView,
  syntax: ImportSyntax,
  changedKind: 'add' | 'del',
  byPosition: readonly (readonly (ChangedLine | undefined)[])[]
) {
  const items: Item[] = []
  view.hunks.forEach((hv, h) => {
    // An untokenized hunk has no tokens: none of its lines is read, it only ends a group.
    if (!hv.tokenized) {
      items.push('code')
      return
    }
    const tokens = changedKind === 'del' ? hv.oldTokens : hv.newTokens
    let current: { tokens: Token[]; lines: ChangedLine[]; changed: boolean; depth: number } | null =
      null
    let goBlock = false
    // Rust attributes above a use declaration belong to it: `#[cfg(...)]` decides if it binds.
    let attributes: {
      tokens: Token[]
      lines: ChangedLine[]
      changed: boolean
      depth: number
    } | null = null
    hv.hunk.lines.forEach((diff, k) => {
      if (diff.kind !== 'context' && diff.kind !== changedKind) return
      const tok = tokens[k]
      if (tok === undefined) return
      const changed = byPosition[h][k]
      const lineTokens = tok.tokens
      if (current === null) {
        if (lineTokens.length === 0) {
          if (tok.comment === '') items.push('blank')
          return
        }
        // A hunk that starts inside a Go import block shows its specs without `import (`.
        if (goBlock || (view.language === 'go' && isBareGoSpec(lineTokens))) {
          if (lineTokens[0].text === ')') {
            goBlock = false
            items.push({ line: changed })
            return
          }
          items.push(
            statement(syntax, lineTokens, changed ? [changed] : [], diff.kind !== 'context')
          )
          return
        }
        if (attributes !== null && attributes.depth > 0) {
          collect(attributes, lineTokens, changed, diff.kind !== 'context')
          return
        }
        if (syntax === 'rust' && isRustAttribute(lineTokens)) {
          attributes ??= { tokens: [], lines: [], changed: false, depth: 0 }
          collect(attributes, lineTokens, changed, diff.kind !== 'context')
          return
        }
        if (!startsImport(lineTokens, syntax)) {
          attributes = null
          items.push('code')
          return
        }
        if (view.language === 'go' && lineTokens[1]?.text === '(' && lineTokens.length === 2) {
          goBlock = true
          items.push({ line: changed })
          return
        }
        current = attributes ?? { tokens: [], lines: [], changed: false, depth: 0 }
        attributes = null
      }
      collect(current, lineTokens, changed, diff.kind !== 'context')
      if (current.depth <= 0) {
        items.push(statement(syntax, current.tokens, current.lines, current.changed))
        current = null
      }
    })
    items.push('code')
  })
  return items
}

/** Adds a line to a statement being read, with the bracket depth it leaves open. */
function collect(
  into: { tokens: Token[]; lines: ChangedLine[]; changed: boolean; depth: number },
  tokens: readonly Token[],
  line: ChangedLine | undefined,
  changed: boolean
): void {
  for (const item of tokens) into.tokens.push(item)
  if (line) into.lines.push(line)
  if (changed) into.changed = true
  for (const t of tokens) {
    if (t.kind !== 'punct') continue
    if (t.text === '(' || t.text === '{' || t.text === '[') into.depth++
    else if (t.text === ')' || t.text === '}' || t.text === ']') into.depth--
  }
}

/** A line of a Go import block: `"path"` or `alias "path"`. */
function isGoImportSpec(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1]
  return last?.kind === 'string' && tokens.length <= 2
}

/** An import spec even out of its block: `"path"`, `alias "path"`, `_ "path"`, `. "path"`. */
function isBareGoSpec(tokens: readonly Token[]): boolean {
  if (!isGoImportSpec(tokens)) return false
  const alias = tokens.length === 2 ? tokens[0] : null
  return alias === null || alias.kind === 'word' || alias.text === '.'
}

export function startsImport(tokens: readonly Token[], syntax: ImportSyntax): boolean {
  const first = tokens[0]
  if (first === undefined) return false
  const second = tokens[1]?.text
  switch (syntax) {
    case 'rust':
      return startsRustUse(tokens)
    case 'python':
      return first.text === 'import' || (first.text === 'from' && first.kind === 'keyword')
    case 'go':
    case 'java':
      return first.text === 'import' && first.kind === 'keyword'
    default:
      if (first.text === 'import') return second !== '(' && second !== '.'
      if (first.text === 'export') {
        return (second === '{' || second === '*') && indexOfText(tokens, 'from', 0) >= 0
      }
      if (first.text !== 'const' && first.text !== 'let' && first.text !== 'var') return false
      for (
        let i = indexOfText(tokens, 'require', 0);
        i >= 0;
        i = indexOfText(tokens, 'require', i + 1)
      ) {
        if (tokens[i + 1]?.text === '(') return true
      }
      return false
  }
}

/**
 * Where a token of this text first sits at or after `from`, or -1: a loop, not a closure per
 * call, since every `const` line of a file asks.
 */
function indexOfText(tokens: readonly Token[], text: string, from: number): number {
  for (let i = from; i < tokens.length; i++) if (tokens[i].text === text) return i
  return -1
}

function statement(
  language: ImportSyntax,
  tokens: readonly Token[],
  lines: ChangedLine[],
  changed: boolean
): ImportStatement {
  const keys = tokens.map(tokenKey).filter((key, i, all) => {
    if (key === 'p;' && i === all.length - 1) return false
    return !(key === 'p,' && (all[i + 1] === 'p}' || all[i + 1] === 'p)'))
  })
  if (language === 'rust') {
    // Grouped or not, a use declaration is the set of paths it binds.
    const paths = rustUseBindings(keys)
    const key = paths === null ? keys.join('\u0001') : [...paths].sort().join('\u0001')
    return { key, raw: keys.join('\u0001'), bindings: paths ?? [], lines, changed }
  }
  const body = language === 'go' && keys[0] === 'kimport' ? keys.slice(1) : keys
  const sorted = sortedSpecifiers(language, body)
  const key = sorted.join('\u0001')
  return { key, raw: body.join('\u0001'), bindings: bindingsOf(language, body), lines, changed }
}

/**
 * Statements split or merged (`from m import a, b` and `from m import a` + `from m import b`):
 * the changed statements left unmatched on each side bind the same names from the same places.
 */
function matchRegrouped(
  oldChanged: readonly ImportStatement[],
  newChanged: readonly ImportStatement[],
  matchedOld: Set<ImportStatement>,
  matchedNew: Set<ImportStatement>
): void {
  const open = (s: ImportStatement) =>
    s.bindings.length > 0 && s.lines.some((l) => l.cls === 'essential')
  const olds = oldChanged.filter((s) => !matchedOld.has(s) && open(s))
  const news = newChanged.filter((s) => !matchedNew.has(s) && open(s))
  if (olds.length === 0 || news.length === 0 || olds.length === news.length) return
  const all = (list: readonly ImportStatement[]) =>
    list
      .flatMap((s) => s.bindings)
      .sort()
      .join('\u0001')
  if (all(olds) !== all(news)) return
  for (const s of olds) matchedOld.add(s)
  for (const s of news) matchedNew.add(s)
}

/** `module name` for each name a `from ... import` or `import { ... } from` statement binds. */
function bindingsOf(language: Language, keys: readonly string[]): string[] {
  const python = language === 'python' && keys[0] === 'kfrom'
  const at = python ? keys.indexOf('kimport') : keys.indexOf('p{')
  const end = python ? keys.length : keys.indexOf('p}')
  if (at < 0 || end < 0 || (!python && keys[0] !== 'kimport')) return []
  const source = python ? keys.slice(0, at).join(' ') : keys.slice(end + 1).join(' ')
  const names: string[] = []
  let name: string[] = []
  for (const key of keys.slice(at + 1, end)) {
    if (key === 'p(' || key === 'p)') continue
    if (key !== 'p,') name.push(key)
    else if (name.length > 0) {
      names.push(name.join(' '))
      name = []
    }
  }
  if (name.length > 0) names.push(name.join(' '))
  return names.map((n) => `${source}\u0002${n}`)
}

/** `{ b, a }` and `import (b, a)` name the same bindings as `{ a, b }`. */
function sortedSpecifiers(language: Language, keys: readonly string[]): string[] {
  const open = language === 'python' ? keys.indexOf('kimport') : keys.indexOf('p{')
  if (open < 0) return [...keys]
  let from = open + 1
  let to = language === 'python' ? keys.length : keys.indexOf('p}', from)
  if (to < 0) return [...keys]
  if (keys[from] === 'p(') {
    from++
    if (keys[to - 1] === 'p)') to--
  }
  const names: string[][] = [[]]
  for (let i = from; i < to; i++) {
    if (keys[i] === 'p,') names.push([])
    else names[names.length - 1].push(keys[i])
  }
  const sorted = names.map((name) => name.join(' ')).sort()
  return [...keys.slice(0, from), ...sorted, ...keys.slice(to)]
}
