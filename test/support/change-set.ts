/**
 * The one way tests make a ChangeSet: files written as git would print them, read by the
 * collector's own diff parser, and assembled by the collector's own `changeSetOf`, so detectors
 * see the hunks and packed lines a real run gives them.
 */
import { changeSetOf } from '../../src/collect/change-set.js'
import { parseUnifiedDiff } from '../../src/collect/diff-text.js'
import type {
  RunManifest,
  ChangedFile,
  ChangeSet,
  CommitInfo,
  FileStatus,
  ManifestState,
  PullRequestInfo
} from '../../src/model.js'

/**
 * A hunk's lines as a diff prints them: `+added`, `-removed`, ` context` ('' is an empty context
 * line). `oldStart` and `newStart` are the starts its `@@` header prints.
 */
export interface HunkSpec {
  oldStart?: number
  newStart?: number
  /** The heading git prints after the second `@@` (the enclosing function). */
  section?: string
  lines: readonly string[]
}

export interface FileSpec {
  /** Default: `renamed` when `oldPath` differs from `path`, else `modified`. */
  status?: FileStatus
  /** The path before a rename or copy. */
  oldPath?: string
  /** Hunks given as bare line lists are placed 10 lines after the previous one. */
  hunks?: readonly (readonly string[] | HunkSpec)[]
  /** Default 90 for a rename with hunks, 100 (what git prints) for one without. */
  similarity?: number
  /** The file mode on both sides, as git prints it (`120000` a symlink, `160000` a submodule). */
  mode?: string
  binary?: boolean
  /**
   * Read as GitHub's listFiles gives a file too big for a patch: counts, no hunks, no modes.
   * The hunks, when given, only make the counts.
   */
  patchMissing?: boolean
}

const BLOB_BEFORE = '1111111'
const BLOB_AFTER = '2222222'
const NO_BLOB = '0000000'

/** Files as a `git diff` prints them. */
export function diffText(files: readonly (FileSpec & { path: string })[]): string {
  return files.map(fileText).join('')
}

/** The files of a unified diff, read by the collector; a diff it finds problems in throws. */
export function filesOf(text: string): ChangedFile[] {
  const { files, problems } = parseUnifiedDiff(text)
  if (problems.length > 0) {
    throw new Error(`the test diff is not one git would print: ${problems.join('; ')}\n${text}`)
  }
  return files
}

/** One changed file, read back from the diff git would print for it. */
export function changedFile(path: string, spec: FileSpec = {}): ChangedFile {
  const [file] = filesOf(fileText({ ...spec, path, patchMissing: false }))
  if (file === undefined) throw new Error(`the test diff of ${path} holds no file`)
  if (spec.patchMissing !== true) return file
  if (file.additions + file.deletions === 0) {
    throw new Error(`${path}: GitHub omits the patch only of a file with changed lines; give hunks`)
  }
  // listFiles reports counts and status only: no hunks, modes or similarity
  return { ...file, hunks: [], oldMode: null, newMode: null, similarity: null, patchMissing: true }
}

/** A new file: every line added. */
export function addedFile(path: string, lines: readonly string[]): ChangedFile {
  return changedFile(path, { status: 'added', hunks: [lines.map((l) => `+${l}`)] })
}

/** A file with `additions` added and `deletions` removed lines in one hunk (none when binary). */
export function churnedFile(
  path: string,
  additions: number,
  deletions: number,
  spec: Omit<FileSpec, 'hunks'> = {}
): ChangedFile {
  const lines = [
    ...Array.from({ length: deletions }, (_, i) => `-old line ${i + 1}`),
    ...Array.from({ length: additions }, (_, i) => `+new line ${i + 1}`)
  ]
  return changedFile(path, { ...spec, hunks: lines.length === 0 || spec.binary ? [] : [lines] })
}

export type ChangeSetOptions = Partial<Omit<ChangeSet, 'files'>> & {
  /** Why the source could not deliver the whole change: the collector marks it incomplete. */
  problems?: readonly string[]
}

/**
 * A ChangeSet around the files (or a unified diff's text), assembled as the collector does;
 * `options` then sets what collect fills in later (manifest, CI history) or a field directly.
 */
export function changeSet(
  files: readonly ChangedFile[] | string = [],
  options: ChangeSetOptions = {}
): ChangeSet {
  const { problems, ...fields } = options
  const assembled = changeSetOf({
    source: fields.source ?? 'diff',
    files: typeof files === 'string' ? filesOf(files) : [...files],
    problems,
    base: fields.base,
    head: fields.head,
    pr: fields.pr,
    commits: fields.commits,
    gitattributes: fields.gitattributes
  })
  return { ...assembled, ...fields }
}

/** A manifest the change carries, as the manifest loader reports one it accepted. */
export function manifestState(manifest: RunManifest, source = 'test'): ManifestState {
  return { status: 'present', source, manifest }
}

export function commit(message: string, overrides: Partial<CommitInfo> = {}): CommitInfo {
  return { sha: '0'.repeat(40), message, authorLogin: null, authorEmail: null, ...overrides }
}

/** An open agent PR, as the collector reads `pulls.get`. */
export function pullRequest(overrides: Partial<PullRequestInfo> = {}): PullRequestInfo {
  return {
    owner: 'acme',
    repo: 'shop',
    number: 7,
    title: 'Fix pagination',
    body: '',
    author: { login: 'Copilot', type: 'Bot' },
    appSlug: null,
    headRef: 'copilot/task',
    baseRef: 'main',
    headSha: 'a'.repeat(40),
    baseSha: 'b'.repeat(40),
    labels: [],
    draft: false,
    url: 'https://github.com/acme/shop/pull/7',
    changedFiles: 1,
    additions: 1,
    deletions: 1,
    ...overrides
  }
}

function fileText(spec: FileSpec & { path: string }): string {
  const status =
    spec.status ??
    (spec.oldPath !== undefined && spec.oldPath !== spec.path ? 'renamed' : 'modified')
  const oldPath = spec.oldPath ?? spec.path
  const hunks = placed(spec.hunks ?? [], status)
  const mode = spec.mode ?? '100644'
  const out = [`diff --git a/${oldPath} b/${spec.path}`]
  if (status === 'added') out.push(`new file mode ${mode}`, `index ${NO_BLOB}..${BLOB_AFTER}`)
  else if (status === 'deleted')
    out.push(`deleted file mode ${mode}`, `index ${BLOB_BEFORE}..${NO_BLOB}`)
  else {
    if (status === 'renamed' || status === 'copied') {
      const word = status === 'renamed' ? 'rename' : 'copy'
      const similarity = spec.similarity ?? (hunks.length === 0 && !spec.binary ? 100 : 90)
      out.push(
        `similarity index ${similarity}%`,
        `${word} from ${oldPath}`,
        `${word} to ${spec.path}`
      )
    }
    if (hunks.length > 0 || spec.binary === true || status === 'modified') {
      out.push(`index ${BLOB_BEFORE}..${BLOB_AFTER} ${mode}`)
    }
  }
  const before = status === 'added' ? '/dev/null' : `a/${oldPath}`
  const after = status === 'deleted' ? '/dev/null' : `b/${spec.path}`
  if (spec.binary === true) out.push(`Binary files ${before} and ${after} differ`)
  else if (hunks.length > 0) {
    out.push(`--- ${before}`, `+++ ${after}`)
    for (const hunk of hunks) out.push(...hunkText(hunk))
  }
  return out.join('\n') + '\n'
}

interface Placed {
  oldStart: number
  newStart: number
  section: string
  lines: readonly string[]
}

/** Starts for hunks given without them: 10 lines after the previous hunk, 1 for the first. */
function placed(hunks: readonly (readonly string[] | HunkSpec)[], status: FileStatus): Placed[] {
  const out: Placed[] = []
  let oldNext = 1
  let newNext = 1
  for (const h of hunks) {
    const spec: HunkSpec = isLines(h) ? { lines: h } : h
    const oldCount = spec.lines.filter((l) => l === '' || l[0] === ' ' || l[0] === '-').length
    const newCount = spec.lines.filter((l) => l === '' || l[0] === ' ' || l[0] === '+').length
    if (status === 'added' && oldCount > 0) throw new Error('a new file has only added lines')
    if (status === 'deleted' && newCount > 0)
      throw new Error('a deleted file has only removed lines')
    const oldStart = spec.oldStart ?? headerStart(oldNext, oldCount)
    const newStart = spec.newStart ?? headerStart(newNext, newCount)
    out.push({ oldStart, newStart, section: spec.section ?? '', lines: spec.lines })
    oldNext = (spec.oldStart ?? oldNext) + oldCount + 10
    newNext = (spec.newStart ?? newNext) + newCount + 10
  }
  return out
}

/** A `@@` header's start for a side whose first line is `line`: git prints the line before an
 * empty side's position (0 for an empty file). */
export function headerStart(line: number, count: number): number {
  return count === 0 ? Math.max(line - 1, 0) : line
}

function isLines(h: readonly string[] | HunkSpec): h is readonly string[] {
  return Array.isArray(h)
}

function hunkText(hunk: Placed): string[] {
  const lines = hunk.lines.map((line) => {
    if (line === '') return ' '
    if (!/^[-+ \\]/.test(line)) throw new Error(`a hunk line starts with '+', '-' or ' ': ${line}`)
    return line
  })
  const oldCount = lines.filter((l) => l[0] === ' ' || l[0] === '-').length
  const newCount = lines.filter((l) => l[0] === ' ' || l[0] === '+').length
  const heading = hunk.section === '' ? '' : ` ${hunk.section}`
  return [`@@ -${hunk.oldStart},${oldCount} +${hunk.newStart},${newCount} @@${heading}`, ...lines]
}
