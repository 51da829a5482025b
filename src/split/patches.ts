/**
 * Writes the split as two patches made by git from real trees: base -> middle (essential) and
 * middle -> head (refactor). The middle tree is built in a temporary index, so the user's index
 * and work tree are never touched; its blobs are written to the object store as `git stash`
 * would. Applying both patches to the base is then checked to rebuild the head tree exactly.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChangedFile } from '../model.js'
import { GitError } from '../collect/errors.js'
import type { Git, GitRun } from '../collect/local-git.js'
import { carve, type FileSplit } from './carve.js'

export interface SplitPatches {
  essential: string
  refactor: string
  /** The middle tree: the base with the essential changes only. */
  middleTree: string
  /** Applying both patches in order to the base gave the head tree. */
  rebuildsHead: boolean
}

interface TreeEntry {
  mode: string
  sha: string
}

const EMPTY = Buffer.alloc(0)
/** Modes whose content is not a text file to carve: symlinks and submodules go whole. */
const WHOLE_MODES = new Set(['120000', '160000'])

export async function writeSplit(
  git: Git,
  base: string,
  head: string,
  splits: readonly FileSplit[]
): Promise<SplitPatches> {
  const dir = await mkdtemp(join(tmpdir(), 'agent-pr-gate-split-'))
  try {
    const index = { GIT_INDEX_FILE: join(dir, 'index') }
    const [baseEntries, headEntries] = await Promise.all([
      entriesAt(
        git,
        base,
        splits.flatMap((s) => pathsOf(s.file))
      ),
      entriesAt(
        git,
        head,
        splits.map((s) => s.file.path)
      )
    ])
    await must(git, ['read-tree', `${base}^{tree}`], { env: index })
    const updates: string[] = []
    for (const split of splits) {
      const { file } = split
      for (const path of pathsOf(file)) updates.push(`0 ${zeroSha(base)}\t${path}\0`)
      const oldEntry = baseEntries.get(file.oldPath ?? file.path)
      const newEntry = headEntries.get(file.path)
      const middle = await middleEntry(git, split, oldEntry, newEntry)
      if (middle !== null) updates.push(`${middle.mode} ${middle.sha}\t${middle.path}\0`)
    }
    // removals first, then additions, so a rename's two lines never undo each other
    const removals = updates.filter((u) => u.startsWith('0 '))
    const additions = updates.filter((u) => !u.startsWith('0 '))
    await must(git, ['update-index', '-z', '--index-info'], {
      env: index,
      input: [...removals, ...additions].join('')
    })
    const middleTree = (await must(git, ['write-tree'], { env: index })).stdout
      .toString('utf8')
      .trim()
    const [essential, refactor] = await Promise.all([
      patch(git, `${base}^{tree}`, middleTree),
      patch(git, middleTree, `${head}^{tree}`)
    ])
    const rebuildsHead = await rebuilds(git, dir, base, head, [essential, refactor])
    return { essential, refactor, middleTree, rebuildsHead }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The index paths a file's change replaces: a rename frees its old path, a copy does not. */
function pathsOf(file: ChangedFile): string[] {
  return file.status === 'renamed' && file.oldPath !== null
    ? [file.oldPath, file.path]
    : [file.path]
}

/** What the middle tree holds for this file: where, with which mode and blob; null when absent. */
async function middleEntry(
  git: Git,
  split: FileSplit,
  oldEntry: TreeEntry | undefined,
  newEntry: TreeEntry | undefined
): Promise<(TreeEntry & { path: string }) | null> {
  const { file, part } = split
  const oldPath = file.oldPath ?? file.path
  if (part.side === 'essential') return newEntry ? { ...newEntry, path: file.path } : null
  if (part.side === 'refactor') return oldEntry ? { ...oldEntry, path: oldPath } : null
  const path = part.keepOldPath ? oldPath : file.path
  const entry = newEntry ?? oldEntry
  const wholeFile = part.refactorHunks.size === 0 && part.mixed.length === 0
  if (entry === undefined || wholeFile || WHOLE_MODES.has(entry.mode)) {
    return newEntry ? { ...newEntry, path } : null
  }
  const [before, after] = await Promise.all([blob(git, oldEntry), blob(git, newEntry)])
  const content = carve(file, before, after, part.refactorHunks, part.mixed)
  // a carved file lost to both sides stays absent, as in the base
  if (content.length === 0 && oldEntry === undefined) return null
  const sha = (await must(git, ['hash-object', '-w', '--stdin'], { input: content })).stdout
    .toString('utf8')
    .trim()
  return { mode: entry.mode, sha, path }
}

async function blob(git: Git, entry: TreeEntry | undefined): Promise<Buffer> {
  if (entry === undefined) return EMPTY
  return (await must(git, ['cat-file', 'blob', entry.sha])).stdout
}

/** Mode and blob of each path at a commit, read in one `ls-tree` for all of them. */
async function entriesAt(
  git: Git,
  commit: string,
  paths: string[]
): Promise<Map<string, TreeEntry>> {
  const entries = new Map<string, TreeEntry>()
  if (paths.length === 0) return entries
  const run = await must(git, ['ls-tree', '-z', '--full-tree', commit, '--', ...new Set(paths)], {
    env: { GIT_LITERAL_PATHSPECS: '1' }
  })
  for (const record of run.stdout.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t')
    if (tab === -1) continue
    const [mode, , sha] = record.slice(0, tab).split(' ')
    if (mode !== undefined && sha !== undefined) entries.set(record.slice(tab + 1), { mode, sha })
  }
  return entries
}

async function patch(git: Git, from: string, to: string): Promise<string> {
  const run = await must(git, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--binary',
    '--full-index',
    '-M',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    from,
    to,
    '--'
  ])
  return run.stdout.toString('utf8')
}

/** Applies the patches in order to the base in a scratch index and compares with the head. */
async function rebuilds(
  git: Git,
  dir: string,
  base: string,
  head: string,
  patches: string[]
): Promise<boolean> {
  const env = { GIT_INDEX_FILE: join(dir, 'check-index') }
  await must(git, ['read-tree', `${base}^{tree}`], { env })
  for (const text of patches) {
    if (text === '') continue
    const applied = await git(['apply', '--cached', '--binary', '-'], { env, input: text })
    if (applied.exitCode !== 0) return false
  }
  const tree = (await must(git, ['write-tree'], { env })).stdout.toString('utf8').trim()
  const headTree = (await must(git, ['rev-parse', `${head}^{tree}`])).stdout.toString('utf8').trim()
  return tree === headTree
}

function zeroSha(like: string): string {
  return '0'.repeat(like.length === 64 ? 64 : 40)
}

async function must(
  git: Git,
  args: string[],
  options?: { env?: Record<string, string>; input?: string | Buffer }
): Promise<GitRun> {
  const run = await git(args, options)
  if (run.exitCode === 0) return run
  const said = run.stderr.split('\n').find((line) => line.trim() !== '') ?? 'git said nothing'
  throw new GitError(`git ${args[0]} failed while writing the split (${said.trim()})`, {
    args,
    exitCode: run.exitCode,
    stderr: run.stderr
  })
}
