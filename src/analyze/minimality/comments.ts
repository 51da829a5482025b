import { BLANK } from './file-view.js'
import type { ChangedLine, FileView, Region } from './file-view.js'
import type { SymbolRename } from './rename.js'

function commentText(lines: readonly ChangedLine[]): string {
  return lines
    .map((line) => line.tok.comment)
    .filter((words) => words !== '')
    .join(' ')
}

/** Comment words that make the comment an instruction a tool reads, not prose. */
const DIRECTIVES = [
  'noqa',
  'type: ignore',
  'pragma',
  'pylint:',
  'mypy:',
  'isort:',
  'fmt: off',
  'fmt: on',
  'eslint-disable',
  'eslint-enable',
  '@ts-',
  'prettier-ignore',
  'istanbul ignore',
  'c8 ignore',
  'go:',
  '+build',
  'nolint',
  'rubocop:'
]

/**
 * A comment a tool obeys (an encoding cookie, a lint suppression, a build constraint): editing
 * it changes what the interpreter, compiler or linter does, so it is no comment-only edit.
 */
export function isDirective(line: ChangedLine): boolean {
  const words = line.tok.comment
  if (words === '') return false
  const text = line.diff.content.trimStart()
  if (text.startsWith('#!') || (text.startsWith('#') && /coding[:=]/.test(text))) return true
  return DIRECTIVES.some((directive) => words.includes(directive))
}

/**
 * Lines whose code is equal on both sides: `comment` where the comment words changed, else
 * `format`. Returns the comment lines, which are part of a behavioural change in the same place.
 */
export function classifyCodeEqual(
  dels: readonly ChangedLine[],
  adds: readonly ChangedLine[]
): ChangedLine[] {
  const changed = commentText(dels) !== commentText(adds)
  const soft: ChangedLine[] = []
  for (const line of [...dels, ...adds]) {
    // Lines without code in a changed comment (` *`, `/**`) belong to the comment.
    if (isDirective(line)) line.cls = 'essential'
    else if (changed && (line.tok.comment !== '' || !line.code)) {
      line.cls = 'comment'
      soft.push(line)
    } else line.cls = 'format'
  }
  return soft
}

/** A one-sided run of changed lines: comment-only when it holds comments and no code. */
export function classifyOneSided(lines: readonly ChangedLine[]): void {
  if (lines.some((line) => line.code) || lines.every((line) => line.tok.comment === '')) return
  for (const line of lines) if (!line.sketch.blank && !isDirective(line)) line.cls = 'comment'
}

/** Comment-only lines beside changed code (a fix and its updated comment) belong to the fix. */
export function floatingComments(lines: readonly ChangedLine[]): ChangedLine[] {
  const soft: ChangedLine[] = []
  for (const line of lines) {
    if (!line.code && line.tok.comment !== '' && !isDirective(line)) {
      line.cls = 'comment'
      soft.push(line)
    }
  }
  return soft
}

const refactoredLine = (line: ChangedLine): boolean =>
  !line.sketch.blank && (line.cls === 'rename' || line.cls === 'moved')

/**
 * Comment lines the layout pass left with a code change in their region, where that code turned
 * out to be a rename or a move: with no behavioural code beside them, they are a comment edit.
 */
export function freeComments(view: FileView): void {
  for (const hv of view.hunks) {
    for (const region of hv.regions) {
      // Most regions hold no refactor: they are answered before any list is made.
      if (!region.dels.some(refactoredLine) && !region.adds.some(refactoredLine)) continue
      const lines = [...region.dels, ...region.adds].filter((line) => !line.sketch.blank)
      const pending = lines.filter((line) => line.cls === 'essential')
      if (pending.length === 0) continue
      // Lines without code (` */`, a docstring's closing quotes) belong to the comment.
      if (pending.some((line) => line.code)) continue
      if (pending.every((line) => line.tok.comment === '')) continue
      for (const line of pending) if (!isDirective(line)) line.cls = 'comment'
    }
  }
}

/**
 * In a file whose code changed, comments only added, or edited a few lines from a code change,
 * document that change (a fix and the comment explaining it): part of it, not a comment edit.
 */
export function attachAddedComments(view: FileView): void {
  for (const hv of view.hunks) for (const region of hv.regions) retypedDocTags(region)
  if (!hasCodeChange(view)) return
  for (const hv of view.hunks) {
    hv.regions.forEach((region, r) => {
      const added = !region.dels.some((line) => !line.sketch.blank)
      if (!added && !nearCodeChange(hv.regions, r)) return
      for (const line of region.dels) if (line.cls === 'comment') line.cls = 'essential'
      for (const line of region.adds) if (line.cls === 'comment') line.cls = 'essential'
    })
  }
}

/** JSDoc tags that declare a type: `@param {T} name`, `@returns {T}`, `@type {T}`... */
const TYPE_TAGS = new Set(
  'param arg argument return returns type typedef property prop this enum template throws'.split(
    ' '
  )
)

/** Where the `{` of a JSDoc type tag's type opens in the line, or -1 when it is no type tag. */
function typeOpen(text: string): number {
  let i = 0
  const skipSpaces = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++
  }
  skipSpaces()
  if (text.startsWith('/**', i)) i += 3
  else if (text[i] === '*') i++
  skipSpaces()
  if (text[i] !== '@') return -1
  const start = ++i
  while (i < text.length && /[a-z]/.test(text[i])) i++
  if (!TYPE_TAGS.has(text.slice(start, i))) return -1
  skipSpaces()
  return text[i] === '{' ? i : -1
}

/** The tag line with its `{type}` cut out, or null when it is no type tag (or it never closes). */
function withoutType(text: string): string | null {
  const open = typeOpen(text)
  if (open < 0) return null
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const c = text[i]
    if (c === '{') depth++
    else if (c === '}' && --depth === 0) return text.slice(0, open) + text.slice(i + 1)
  }
  return null
}

/**
 * JSDoc type tags whose type alone changed (`{object}` to `{object|Function}`): the type checker
 * reads them as the code's types, so the edit is a type change, not a comment edit.
 */
function retypedDocTags(region: Region): void {
  const dels = region.dels.filter((line) => line.cls === 'comment')
  const adds = region.adds.filter((line) => line.cls === 'comment')
  if (dels.length === 0 || dels.length !== adds.length) return
  for (let i = 0; i < dels.length; i++) {
    const a = withoutType(dels[i].diff.content)
    if (a === null || a !== withoutType(adds[i].diff.content)) return
  }
  for (const line of [...dels, ...adds]) line.cls = 'essential'
}

/** Hunk lines between a comment and the code change it explains, at most. */
const NEAR = 3

/** A neighbouring region of the hunk, a few lines away, changes code. */
function nearCodeChange(regions: readonly Region[], r: number): boolean {
  const changesCode = (region: Region | undefined) =>
    region !== undefined &&
    [...region.dels, ...region.adds].some((line) => line.cls === 'essential' && line.code)
  const before = regions[r - 1]
  const after = regions[r + 1]
  return (
    (before !== undefined && regions[r].start - before.end <= NEAR && changesCode(before)) ||
    (after !== undefined && after.start - regions[r].end <= NEAR && changesCode(after))
  )
}

function hasCodeChange(view: FileView): boolean {
  const c = view.compact
  for (let i = 0; i < c.count; i++) {
    const line = c.lineOf(i)
    if (line === undefined) {
      if ((c.flagsOf(i) & BLANK) === 0) return true
    } else if (line.cls === 'essential' && line.code) return true
  }
  return false
}

/** Identifiers in comment words: `:meth:`name``, `name()` and `name.` all name `name`. */
const NAME = /[A-Za-z_$][\w$]*/g

/** How often the comment lines name one of `names`, and the first one they name. */
function mentions(lines: readonly ChangedLine[], names: ReadonlyMap<string, SymbolRename>) {
  let count = 0
  let first: SymbolRename | null = null
  for (const line of lines) {
    for (const word of line.tok.comment.match(NAME) ?? []) {
      const rename = names.get(word)
      if (rename === undefined) continue
      count++
      first ??= rename
    }
  }
  return { count, first }
}

/**
 * A comment edit that names a symbol renamed in the same file more often than before (`Renamed
 * from old`, `set it with the new name`) documents the rename: part of it, not a comment edit.
 */
export function attachRenameNotes(view: FileView, renames: readonly SymbolRename[]): void {
  const names = new Map<string, SymbolRename>()
  const here = renames.filter((rename) => rename.byFile.has(view))
  // A name that is one rename's new name and another's old one is read as the new name.
  for (const rename of here) names.set(rename.from, rename)
  for (const rename of here) names.set(rename.to, rename)
  if (names.size === 0) return
  for (const hv of view.hunks) {
    for (const region of hv.regions) {
      const dels = region.dels.filter((line) => line.cls === 'comment')
      const adds = region.adds.filter((line) => line.cls === 'comment')
      const after = mentions(adds, names)
      if (after.first === null || after.count <= mentions(dels, names).count) continue
      const entry = after.first.byFile.get(view)
      for (const line of [...dels, ...adds]) {
        line.cls = 'rename'
        entry?.lines.push(line)
      }
    }
  }
}
