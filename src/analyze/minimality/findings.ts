import type { Finding, Hunk } from '../../model.js'
import { PackedHunk } from '../../packed-lines.js'
import type { RuleId } from '../catalogue.js'
import type { AnalysisInput } from '../family.js'
import type { ChangedLine, FileView, LineClass, Region } from './file-view.js'
import type { FileRename } from './file-rename.js'
import type { GeneratedFile } from './generated.js'
import type { MovedBlock } from './moved.js'
import type { SymbolRename } from './rename.js'
import { requestClue, unrequestedSeverity } from './request.js'
import { wholeTaskOf, type WholeTask } from './task.js'
import { COMMENT_ONLY } from './rules/comment-only.js'
import { FILE_RENAME } from './rules/file-rename.js'
import { FORMAT_ONLY } from './rules/format-only.js'
import { GENERATED_CHURN } from './rules/generated-churn.js'
import { IMPORT_REORDER } from './rules/import-reorder.js'
import { MOVED_CODE } from './rules/moved-code.js'
import { RENAME_SYMBOL } from './rules/rename-symbol.js'

export interface Classified {
  views: readonly FileView[]
  generated: readonly GeneratedFile[]
  renames: readonly SymbolRename[]
  blocks: readonly MovedBlock[]
  fileRenames: readonly FileRename[]
}

const HUNK_KINDS: readonly [LineClass, RuleId][] = [
  ['format', FORMAT_ONLY.id],
  ['import', IMPORT_REORDER.id],
  ['comment', COMMENT_ONLY.id]
]

/** What a hunk-level finding says its lines do. */
const WHAT: Readonly<Record<string, string>> = {
  [FORMAT_ONLY.id]:
    'only change layout (whitespace, wrapping, quotes, commas, semicolons, parentheses)',
  [IMPORT_REORDER.id]: 'only reorder or regroup imports',
  [COMMENT_ONLY.id]: 'only change comments or docstrings'
}

const TEXT: Readonly<Record<string, { why: string; fix: string }>> = {
  [FORMAT_ONLY.id]: {
    why: 'Formatting the task did not ask for hides the behavioural change from the reviewer.',
    fix: 'Revert the formatting or send it as its own PR; or allow it with task.allow: [format].'
  },
  [IMPORT_REORDER.id]: {
    why: 'Reordered imports are noise the reviewer must read past.',
    fix: 'Revert the reordering or send it as its own PR; or allow it with task.allow: [format].'
  },
  [COMMENT_ONLY.id]: {
    why: 'Comment edits away from the change dilute the review.',
    fix: 'Keep comment edits to the code you changed, or allow them with task.allow: [refactor].'
  },
  [RENAME_SYMBOL.id]: {
    why: 'A rename touches every use of a name: noise around the behavioural change.',
    fix: 'Send the rename as its own PR, or allow it with task.allow: [rename].'
  },
  [MOVED_CODE.id]: {
    why: 'Moved code reads as new code in the diff and hides what changed.',
    fix: 'Move code in its own PR, or allow it with task.allow: [move].'
  },
  [FILE_RENAME.id]: {
    why: 'A moved file makes its real changes hard to see.',
    fix: 'Rename files in their own PR, or allow it with task.allow: [move].'
  }
}

/** The analysis input and, when the change is all one kind of work, that work. */
interface Context {
  input: AnalysisInput
  whole: WholeTask | null
}

/** Turns the line classes into findings: one per hunk and kind, or one per file when it is all one kind. */
export function minimalityFindings(result: Classified, input: AnalysisInput): Finding[] {
  const renamed = new Set(result.fileRenames.map((rename) => rename.to))
  const whole = wholeTaskOf(input.changeSet.files, result.views, result.generated, renamed)
  const ctx: Context = { input, whole }
  const counted: Counted = { lines: new Set(), swept: new Map() }
  const findings: Finding[] = []
  for (const g of result.generated) findings.push(generatedFinding(g, ctx))
  for (const view of result.views) for (const item of hunkFindings(view, ctx)) findings.push(item)
  for (const item of renameFindings(result.renames, ctx, counted)) findings.push(item)
  for (const item of movedFindings(result.blocks, ctx, counted)) findings.push(item)
  for (const item of fileRenameFindings(result.fileRenames, ctx, counted)) findings.push(item)
  return findings
}

/** Why a kind of change is requested, as a sentence for its message; null when it is not. */
function requestNote(rule: RuleId, ctx: Context, clue: string | null): string | null {
  if (ctx.whole !== null && ctx.whole.rules.has(rule)) {
    return `This is ${ctx.whole.name}: that is its task.`
  }
  if (clue === null) return null
  return clue === 'the task' ? 'Allowed by the task.' : `Allowed by the task stated in ${clue}.`
}

function decorate(rule: RuleId, ctx: Context, finding: Omit<Finding, 'severity'>): Finding {
  const note = requestNote(rule, ctx, requestClue(rule, ctx.input))
  const requested = note !== null
  const text = TEXT[rule]
  return {
    ...finding,
    severity: requested ? 'info' : unrequestedSeverity(rule),
    message: requested ? `${finding.message} ${note}` : finding.message,
    evidence: {
      ...finding.evidence,
      requested,
      ...(requested && ctx.whole ? { task: ctx.whole.name } : {})
    },
    ...(text && !requested ? { why: text.why, fix: text.fix } : {})
  }
}

/** Where a set of lines sits in the new file (old lines for a deleted file). */
function span(lines: readonly ChangedLine[], hunk: Hunk, deleted: boolean) {
  let line = Infinity
  let endLine = 0
  for (const l of lines) {
    const n = deleted ? l.diff.oldLine : l.diff.newLine
    if (n === null) continue
    line = Math.min(line, n)
    endLine = Math.max(endLine, n)
  }
  if (line === Infinity) {
    const anchor = Math.max(1, deleted ? hunk.oldStart : hunk.newStart)
    return { line: anchor, endLine: anchor }
  }
  return { line, endLine }
}

function hunkFindings(view: FileView, ctx: Context): Finding[] {
  const path = view.file.path
  const deleted = view.file.status === 'deleted'
  const out: Finding[] = []
  const byClass = new Map<LineClass, ChangedLine[]>()
  // Indexed: this reads every materialized line, and an iterator step costs more than the test.
  const all = view.lines
  for (let i = 0; i < all.length; i++) {
    const line = all[i]
    if (line.cls === 'format' || line.cls === 'import' || line.cls === 'comment') {
      const list = byClass.get(line.cls)
      if (list === undefined) byClass.set(line.cls, [line])
      else list.push(line)
    }
  }
  for (const [cls, rule] of HUNK_KINDS) {
    const lines = byClass.get(cls) ?? []
    if (lines.length === 0) continue
    const what = WHAT[rule]
    if (lines.length === view.compact.count) {
      const first = span(
        lines.filter((l) => l.hunk === lines[0].hunk),
        view.file.hunks[lines[0].hunk],
        deleted
      )
      const lastHunk = lines[lines.length - 1].hunk
      const last = span(
        lines.filter((l) => l.hunk === lastHunk),
        view.file.hunks[lastHunk],
        deleted
      )
      out.push(
        decorate(rule, ctx, {
          rule,
          message: `All ${lines.length} changed lines of this file ${what}.`,
          path,
          line: first.line,
          endLine: lastHunk === lines[0].hunk ? first.endLine : last.endLine,
          lines: lines.length,
          evidence: { hunks: [...new Set(lines.map((l) => l.hunk))] }
        })
      )
      continue
    }
    const byHunk = new Map<number, ChangedLine[]>()
    for (const line of lines) {
      const inHunk = byHunk.get(line.hunk)
      if (inHunk === undefined) byHunk.set(line.hunk, [line])
      else inHunk.push(line)
    }
    for (const [hunk, inHunk] of byHunk) {
      out.push(
        decorate(rule, ctx, {
          rule,
          message: `${inHunk.length} changed line${inHunk.length === 1 ? '' : 's'} of this hunk ${what}.`,
          path,
          ...span(inHunk, view.file.hunks[hunk], deleted),
          lines: inHunk.length,
          evidence: { hunks: [hunk] }
        })
      )
    }
  }
  return out
}

/** Added and removed lines; a packed hunk counts them without making its lines objects. */
function changedLines(hunk: Hunk): number {
  if (hunk instanceof PackedHunk) return hunk.changed
  return hunk.lines.filter((line) => line.kind !== 'context').length
}

function generatedFinding(g: GeneratedFile, ctx: Context): Finding {
  const lines =
    g.file.hunks.length > 0
      ? g.file.hunks.reduce((n, h) => n + changedLines(h), 0)
      : g.file.additions + g.file.deletions
  const follows =
    g.source !== null ? `it follows ${g.source}` : 'it follows the hand-written change'
  // A dependency bump explains a lockfile; any generated file needs a task that regenerates.
  const clue = requestClue(
    GENERATED_CHURN.id,
    ctx.input,
    g.kind === 'lockfile' ? ['deps', 'generated'] : ['generated']
  )
  const note = g.expected ? null : requestNote(GENERATED_CHURN.id, ctx, clue)
  const expected = g.expected || note !== null
  return {
    rule: GENERATED_CHURN.id,
    severity: expected ? 'info' : unrequestedSeverity(GENERATED_CHURN.id),
    message: g.expected
      ? `Generated file (${g.kind}), ${lines} lines: ${follows}; skip it when reviewing.`
      : note !== null
        ? `Generated file (${g.kind}), ${lines} lines; skip it when reviewing. ${note}`
        : `Generated file (${g.kind}) changed, ${lines} lines, with no source change it follows.`,
    path: g.file.path,
    line: 1,
    lines,
    evidence: { kind: g.kind, source: g.source, expected },
    ...(expected
      ? {}
      : {
          why: 'Regenerated files nobody asked for are churn: they bloat the diff and hide edits.',
          fix: 'Drop the regenerated file from the PR, or include the change it follows.'
        })
  }
}

function renameFindings(
  renames: readonly SymbolRename[],
  ctx: Context,
  counted: Counted
): Finding[] {
  const out: Finding[] = []
  for (const rename of renames) {
    for (const [view, entry] of rename.byFile) {
      const lines = withBlanks(entry.lines, 'rename', counted)
      const inHunk = entry.at.filter((line) => line.hunk === entry.at[0].hunk)
      const occurrences = `${entry.occurrences} occurrence${entry.occurrences === 1 ? '' : 's'}`
      const w = rename.wrapper
      const wrapper =
        w === null
          ? null
          : {
              path: w.view.file.path,
              line: w.line.diff.newLine ?? w.view.file.hunks[w.line.hunk].newStart
            }
      const kept =
        wrapper === null
          ? ''
          : ` \`${rename.from}\` is kept as a wrapper at ${wrapper.path}:${wrapper.line}.`
      out.push(
        decorate(RENAME_SYMBOL.id, ctx, {
          rule: RENAME_SYMBOL.id,
          message: `Renamed \`${rename.from}\` → \`${rename.to}\`: ${occurrences} here, ${rename.occurrences} in ${filesOf(rename)}.${kept}`,
          path: view.file.path,
          ...span(inHunk, view.file.hunks[entry.at[0].hunk], view.file.status === 'deleted'),
          lines: lines.length,
          evidence: {
            from: rename.from,
            to: rename.to,
            occurrences: entry.occurrences,
            totalOccurrences: rename.occurrences,
            files: rename.byFile.size,
            paths: [...rename.byFile.keys()].map((v) => v.file.path),
            wrapper
          }
        })
      )
    }
  }
  return out
}

/** The files a rename touches, named when they are few. */
function filesOf(rename: SymbolRename): string {
  const paths = [...rename.byFile.keys()].map((view) => view.file.path)
  if (paths.length === 1) return 'the change (this file only)'
  const named = paths.slice(0, 3).join(', ')
  const more = paths.length > 3 ? ` and ${paths.length - 3} more` : ''
  return `${paths.length} files (${named}${more})`
}

function range(from: number, to: number): string {
  return to > from ? `${from}-${to}` : String(from)
}

function movedFindings(blocks: readonly MovedBlock[], ctx: Context, counted: Counted): Finding[] {
  return blocks.map((block) => {
    const to = block.adds[0]
    const from = block.dels[0]
    const toView = to.region.view
    const fromAt = { path: from.region.view.file.path, line: from.diff.oldLine ?? 0 }
    const toAt = { path: toView.file.path, line: to.diff.newLine ?? 0 }
    const lines = withBlanks([...block.dels, ...block.adds], 'moved', counted)
    const moved = block.extracted ? 'extracted into a new function' : 'moved'
    const fromEnd = block.dels.at(-1)?.diff.oldLine ?? fromAt.line
    const toEnd = block.adds.at(-1)?.diff.newLine ?? toAt.line
    const renamed = block.renamed.map(([a, b]) => `\`${a}\` → \`${b}\``).join(', ')
    const details = [
      ...(renamed === '' ? [] : [`with ${renamed}`]),
      ...(block.edited === null ? [] : [`line ${block.edited} edited`])
    ]
    return decorate(MOVED_CODE.id, ctx, {
      rule: MOVED_CODE.id,
      message:
        `${block.adds.length} lines ${moved} from ${fromAt.path}:${range(fromAt.line, fromEnd)} ` +
        `to ${toAt.path}:${range(toAt.line, toEnd)}` +
        (details.length === 0 ? '.' : ` (${details.join('; ')}).`),
      path: toAt.path,
      ...span(block.adds, toView.file.hunks[to.hunk], false),
      lines: lines.length,
      evidence: {
        from: fromAt,
        to: toAt,
        lines: block.adds.length,
        deletedLines: lines.filter((line) => line.kind === 'del').length,
        addedLines: lines.filter((line) => line.kind === 'add').length,
        fromEnd,
        toEnd,
        extracted: block.extracted,
        renamed: block.renamed.map(([a, b]) => ({ from: a, to: b })),
        editedLine: block.edited
      }
    })
  })
}

function fileRenameFindings(
  renames: readonly FileRename[],
  ctx: Context,
  counted: Counted
): Finding[] {
  return renames.map((rename) => {
    const similarity = rename.similarity === null ? '' : ` (${rename.similarity}% similar)`
    const inferred = rename.inferred ? ', inferred from a delete and an add' : ''
    const lines = withBlanks(rename.lines, 'renamed-file', counted)
    return decorate(FILE_RENAME.id, ctx, {
      rule: FILE_RENAME.id,
      message: `Renamed from ${rename.from}${similarity}${inferred}.`,
      path: rename.to,
      line: 1,
      // The path change itself counts as one changed line, so a pure rename is not free.
      lines: 1 + lines.length,
      evidence: {
        from: rename.from,
        to: rename.to,
        similarity: rename.similarity,
        inferred: rename.inferred,
        deletedLines: lines.filter((line) => line.kind === 'del').length,
        addedLines: lines.filter((line) => line.kind === 'add').length
      }
    })
  })
}

/** Lines already in a finding, and the regions whose lines of a class all are. */
interface Counted {
  lines: Set<ChangedLine>
  /** Classes do not change while findings are made: a region swept for one is done with it. */
  swept: Map<LineClass, Set<Region>>
}

/** The lines plus blank lines of their regions that took the same class, each counted once. */
function withBlanks(
  lines: readonly ChangedLine[],
  cls: LineClass,
  counted: Counted
): ChangedLine[] {
  const out = lines.filter((line) => !counted.lines.has(line))
  for (const line of out) counted.lines.add(line)
  const swept = counted.swept.get(cls) ?? new Set<Region>()
  counted.swept.set(cls, swept)
  // Many blocks moved out of one long region would otherwise each read all of it again.
  for (const region of new Set(lines.map((line) => line.region))) {
    if (swept.has(region)) continue
    swept.add(region)
    for (const line of [...region.dels, ...region.adds]) {
      if (line.cls === cls && !counted.lines.has(line)) {
        counted.lines.add(line)
        out.push(line)
      }
    }
  }
  return out
}
