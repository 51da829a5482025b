/**
 * The task a change states, for the minimality rules: which kinds of refactor it asked for. The
 * run manifest's `task.allow` says it when there is a manifest (and then nothing else counts);
 * without one, the PR title and commit subjects are the task statement, read for the words in
 * TASK_WORDS. A change whose every line is one kind of noise (all layout, all renames...) is
 * doing that task whatever it says. Allowing a kind only makes its minimality findings info:
 * no risk or verifier rule reads it, so a forged title cannot hide a risky change.
 */
import type { TaskAllowance } from '../../model.js'
import type { ChangeSet, ChangedFile } from '../../model.js'
import type { RuleId } from '../catalogue.js'
import type { FileView, LineClass } from './file-view.js'
import type { GeneratedFile } from './generated.js'
import { COMMENT_ONLY } from './rules/comment-only.js'
import { FILE_RENAME } from './rules/file-rename.js'
import { FORMAT_ONLY } from './rules/format-only.js'
import { GENERATED_CHURN } from './rules/generated-churn.js'
import { IMPORT_REORDER } from './rules/import-reorder.js'
import { MOVED_CODE } from './rules/moved-code.js'
import { RENAME_SYMBOL } from './rules/rename-symbol.js'

/** `task.allow` values, and two kinds only a title states: comment edits, regenerated files. */
export type Allowance = TaskAllowance | 'comments' | 'generated'

/** Conventional-commit types that state a kind, e.g. `style:`; a `deps` scope states `deps`. */
export const TASK_PREFIXES: ReadonlyMap<string, Allowance> = new Map<string, Allowance>([
  ['style', 'format'],
  ['format', 'format'],
  ['refactor', 'refactor'],
  ['docs', 'comments'],
  ['deps', 'deps']
])
/** A feature states new behaviour: its plain words ("date format option") state no refactor. */
export const FEATURE_TYPES: ReadonlySet<string> = new Set(['feat', 'feature'])

/** Plain words of a title or commit subject that state a kind, e.g. "run prettier". */
export const TASK_WORDS: Readonly<Record<Allowance, readonly string[]>> = {
  format: [
    'format',
    'formatted',
    'formatter',
    'formatting',
    'reformat',
    'reformatted',
    'prettier',
    'black',
    'gofmt',
    'rustfmt',
    'clang-format',
    'autopep8',
    'whitespace',
    'indentation',
    'lint',
    'linting',
    'eslint'
  ],
  refactor: ['refactor', 'refactored', 'refactoring', 'cleanup', 'tidy', 'restructure'],
  rename: ['rename', 'renamed', 'renames', 'renaming'],
  move: ['move', 'moved', 'moves', 'moving', 'extract', 'extracted', 'relocate', 'split'],
  comments: [
    'typo',
    'typos',
    'spelling',
    'comment',
    'comments',
    'docstring',
    'docstrings',
    'document',
    'documentation',
    'docs'
  ],
  deps: ['bump', 'bumps', 'bumped', 'upgrade', 'upgrades', 'dependency', 'dependencies', 'deps'],
  generated: ['regenerate', 'regenerated', 'codegen', 'lockfile'],
  tests: [],
  config: []
}

/** Which allowances make each minimality rule requested. */
export const ALLOWED_BY: Partial<Record<RuleId, readonly Allowance[]>> = {
  [FORMAT_ONLY.id]: ['format', 'refactor'],
  [IMPORT_REORDER.id]: ['format', 'refactor'],
  [COMMENT_ONLY.id]: ['format', 'refactor', 'comments'],
  [RENAME_SYMBOL.id]: ['rename', 'refactor'],
  [MOVED_CODE.id]: ['move', 'refactor'],
  [FILE_RENAME.id]: ['move', 'rename', 'refactor'],
  // A lockfile follows a dependency bump; other generated files need `generated` (see findings).
  [GENERATED_CHURN.id]: ['deps', 'generated']
}

/** Title and subjects are lines: read at most this much of each, and this many subjects. */
const MAX_SUBJECT_CHARS = 200
const MAX_SUBJECTS = 100
const PREFIX = /^([a-z]{1,20})(?:\(([^()]{0,60})\))?!?:/
const WORD_SPLIT = /[^a-z0-9-]+/

const WORD_KIND: ReadonlyMap<string, Allowance> = new Map(
  (Object.entries(TASK_WORDS) as [Allowance, readonly string[]][]).flatMap(([kind, words]) =>
    words.map((word): [string, Allowance] => [word, kind])
  )
)

/** What the change says it is for, and for each allowed kind, where it says so. */
export interface StatedTask {
  source: 'manifest' | 'title' | 'none'
  /** Allowance -> the clue, for the finding's message (`the task`, `"prettier" in the PR title`). */
  allow: ReadonlyMap<Allowance, string>
}

const stated = new WeakMap<ChangeSet, StatedTask>()

export function statedTask(changeSet: ChangeSet): StatedTask {
  let task = stated.get(changeSet)
  if (task === undefined) {
    task = readTask(changeSet)
    stated.set(changeSet, task)
  }
  return task
}

function readTask(changeSet: ChangeSet): StatedTask {
  const manifest = changeSet.manifest
  if (manifest.status === 'present') {
    const allow = new Map<Allowance, string>()
    for (const entry of manifest.manifest.task.allow ?? []) allow.set(entry, 'the task')
    return { source: 'manifest', allow }
  }
  const allow = new Map<Allowance, string>()
  if (changeSet.pr !== null) readLine(changeSet.pr.title, 'the PR title', allow)
  for (const commit of changeSet.commits.slice(0, MAX_SUBJECTS)) {
    const end = commit.message.indexOf('\n')
    readLine(end === -1 ? commit.message : commit.message.slice(0, end), 'a commit subject', allow)
  }
  return { source: allow.size > 0 ? 'title' : 'none', allow }
}

/** The kinds one title or subject states, by its conventional prefix and its words. */
export function kindsStated(line: string): Map<Allowance, string> {
  const text = line.slice(0, MAX_SUBJECT_CHARS).toLowerCase()
  const found = new Map<Allowance, string>()
  const prefix = PREFIX.exec(text)
  if (prefix !== null) {
    const byType = TASK_PREFIXES.get(prefix[1])
    if (byType !== undefined) found.set(byType, `${prefix[1]}:`)
    const scope = prefix[2]
    if (scope !== undefined && /^deps\b/.test(scope)) found.set('deps', '(deps)')
    if (FEATURE_TYPES.has(prefix[1])) return found
  }
  for (const word of text.split(WORD_SPLIT)) {
    const kind = WORD_KIND.get(word)
    if (kind !== undefined && !found.has(kind)) found.set(kind, word)
  }
  return found
}

function readLine(line: string, where: string, allow: Map<Allowance, string>): void {
  for (const [kind, clue] of kindsStated(line)) {
    if (!allow.has(kind)) allow.set(kind, `"${clue}" in ${where}`)
  }
}

/** A change that is all one kind of work, and the rules that kind makes requested. */
export interface WholeTask {
  /** What the PR is, for messages: `a formatting-only PR`. */
  name: string
  rules: ReadonlySet<RuleId>
}

const LAYOUT: ReadonlySet<LineClass> = new Set(['format', 'import', 'comment'])
/** Prose documents: their changed lines are documentation, whatever the tokenizer makes of them. */
const DOCUMENT = /\.(?:md|mdx|markdown|rst|txt|adoc|asciidoc)$/i

/**
 * The kind of work when no line of the change is behavioural: every file is generated or a prose
 * document, or its every changed line is layout, comments, imports, renames or moves (a pure
 * rename counts).
 * Null when any line changes behaviour, or a file's lines are unknown (binary, patch missing).
 */
export function wholeTaskOf(
  files: readonly ChangedFile[],
  views: readonly FileView[],
  generated: readonly GeneratedFile[],
  renamedPaths: ReadonlySet<string>
): WholeTask | null {
  const byFile = new Map(views.map((view) => [view.file, view]))
  const generatedFiles = new Set(generated.map((g) => g.file))
  const classes = new Set<LineClass>()
  let anyGenerated = false
  let documents = false
  for (const file of files) {
    if (generatedFiles.has(file)) {
      anyGenerated = true
      continue
    }
    if (DOCUMENT.test(file.path) && !file.binary && !file.patchMissing) {
      documents = true
      continue
    }
    const view = byFile.get(file)
    if (view === undefined) {
      if (file.hunks.length === 0 && !file.binary && renamedPaths.has(file.path)) continue
      return null
    }
    if (view.lines.length !== view.compact.count) return null
    for (const line of view.lines) {
      if (line.cls === 'essential') return null
      classes.add(line.cls)
    }
  }
  if (classes.size === 0 && !anyGenerated && renamedPaths.size === 0) return null
  return describe(classes, {
    generated: anyGenerated,
    documents,
    fileRenames: renamedPaths.size > 0
  })
}

function describe(
  classes: Set<LineClass>,
  {
    generated,
    documents,
    fileRenames
  }: { generated: boolean; documents: boolean; fileRenames: boolean }
): WholeTask {
  const structural = [...classes].filter((cls) => !LAYOUT.has(cls))
  const rules = new Set<RuleId>([FORMAT_ONLY.id, IMPORT_REORDER.id, COMMENT_ONLY.id])
  if (generated) rules.add(GENERATED_CHURN.id)
  if (classes.has('rename')) rules.add(RENAME_SYMBOL.id)
  if (classes.has('moved')) rules.add(MOVED_CODE.id)
  if (fileRenames || classes.has('renamed-file')) rules.add(FILE_RENAME.id)
  let name: string
  if (structural.length === 0 && !fileRenames) {
    if (documents) name = 'a documentation-only PR'
    else if (classes.size === 0) name = 'a regenerated-files-only PR'
    else if (classes.has('format') || classes.has('import')) name = 'a formatting-only PR'
    else name = 'a comment-only PR'
  } else if (structural.every((cls) => cls === 'rename')) {
    name = fileRenames ? 'a rename-only PR' : 'a symbol-rename-only PR'
  } else if (structural.every((cls) => cls === 'moved' || cls === 'renamed-file')) {
    name = 'a move-only PR'
  } else name = 'a refactoring-only PR (no behaviour change)'
  return { name, rules }
}
