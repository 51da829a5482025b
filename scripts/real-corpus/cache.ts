/**
 * Rebuilds each labelled commit's diff from a snapshot (a clone) of its public repository into a
 * git-ignored cache, with the flags and pinned config of the gate's local-git collector itself.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { DIFF_FLAGS, PINNED_CONFIG } from '../../src/collect/local-git.js'
import type { RealLabel } from './labels.js'

export const CACHE_DIR = new URL('../../.cache/real-corpus/', import.meta.url).pathname
export const REPOS_ENV = 'REAL_CORPUS_REPOS'

export interface CachedDiff {
  label: RealLabel
  diff: string
  gitattributes: string | null
}

export interface RebuildResult {
  diffs: CachedDiff[]
  /** Per repository not found under the snapshot folder: how many labelled commits it holds. */
  missingRepos: Map<string, number>
  /** Commits whose snapshot is there but lacks them (an older snapshot or clone). */
  missingCommits: RealLabel[]
}

function git(gitDir: string, args: string[]): { ok: boolean; out: string; err: string } {
  const run = spawnSync('git', [`--git-dir=${gitDir}`, ...PINNED_CONFIG, ...args], {
    maxBuffer: 1 << 30,
    env: { ...process.env, LC_ALL: 'C', GIT_NO_REPLACE_OBJECTS: '1', GIT_TERMINAL_PROMPT: '0' }
  })
  return { ok: run.status === 0, out: run.stdout?.toString('utf8') ?? '', err: String(run.stderr) }
}

/** The git directory of `owner/name` under `reposDir`, in any of the layouts a clone may have. */
export function snapshotOf(reposDir: string, repo: string): string | null {
  const [owner, name] = repo.split('/') as [string, string]
  const candidates = [
    join(reposDir, `${owner}+${name}`, 'repo'),
    join(reposDir, `${owner}+${name}`),
    join(reposDir, owner, name),
    join(reposDir, name)
  ]
  for (const dir of candidates) {
    if (!existsSync(dir)) continue
    const found = spawnSync('git', ['-C', dir, 'rev-parse', '--absolute-git-dir'])
    if (found.status === 0) return found.stdout.toString('utf8').trim()
  }
  return null
}

function cachePaths(cacheDir: string, label: RealLabel): { diff: string; attributes: string } {
  const base = join(cacheDir, 'diffs', label.repo.replace('/', '+'), label.commit)
  return { diff: `${base}.diff`, attributes: `${base}.gitattributes` }
}

function fromCache(cacheDir: string, label: RealLabel): CachedDiff | null {
  const paths = cachePaths(cacheDir, label)
  if (!existsSync(paths.diff)) return null
  return {
    label,
    diff: readFileSync(paths.diff, 'utf8'),
    gitattributes: existsSync(paths.attributes) ? readFileSync(paths.attributes, 'utf8') : null
  }
}

function build(gitDir: string, cacheDir: string, label: RealLabel): CachedDiff | null {
  if (!git(gitDir, ['cat-file', '-e', `${label.commit}^{commit}`]).ok) return null
  const parent = label.parent ?? `${label.commit}^1`
  if (!git(gitDir, ['cat-file', '-e', `${parent}^{commit}`]).ok) return null
  const run = git(gitDir, ['-c', `attr.tree=${parent}`, ...DIFF_FLAGS, parent, label.commit, '--'])
  if (!run.ok)
    throw new Error(`git diff ${parent} ${label.commit} failed in ${label.repo}: ${run.err}`)
  // as the gate reads it: a NUL in a text diff would otherwise read as binary
  const diff = run.out.replaceAll('\0', '\uFFFD')
  const attributes = git(gitDir, ['cat-file', 'blob', `${parent}:.gitattributes`])
  const paths = cachePaths(cacheDir, label)
  mkdirSync(dirname(paths.diff), { recursive: true })
  writeFileSync(paths.diff, diff)
  if (attributes.ok) writeFileSync(paths.attributes, attributes.out)
  return { label, diff, gitattributes: attributes.ok ? attributes.out : null }
}

/** Each label's diff from the cache, or rebuilt from its snapshot when the cache lacks it. */
export function rebuildCache(
  labels: readonly RealLabel[],
  options: { reposDir: string | null; cacheDir?: string }
): RebuildResult {
  const cacheDir = options.cacheDir ?? CACHE_DIR
  const result: RebuildResult = { diffs: [], missingRepos: new Map(), missingCommits: [] }
  const snapshots = new Map<string, string | null>()
  for (const label of labels) {
    const cached = fromCache(cacheDir, label)
    if (cached !== null) {
      result.diffs.push(cached)
      continue
    }
    if (!snapshots.has(label.repo))
      snapshots.set(
        label.repo,
        options.reposDir === null ? null : snapshotOf(options.reposDir, label.repo)
      )
    const gitDir = snapshots.get(label.repo) ?? null
    if (gitDir === null) {
      result.missingRepos.set(label.repo, (result.missingRepos.get(label.repo) ?? 0) + 1)
      continue
    }
    const built = build(gitDir, cacheDir, label)
    if (built === null) result.missingCommits.push(label)
    else result.diffs.push(built)
  }
  return result
}

/** What to do about missing snapshots, one line per repository. */
export function missingAdvice(result: RebuildResult, reposDir: string | null): string[] {
  const lines: string[] = []
  const where = reposDir ?? `<dir>`
  for (const [repo, count] of result.missingRepos) {
    lines.push(
      `  ${repo} (${count} commits): no snapshot; clone it: ` +
        `git clone https://github.com/${repo}.git ${where}/${repo}`
    )
  }
  for (const label of result.missingCommits) {
    lines.push(
      `  ${label.repo}@${label.commit.slice(0, 12)}: the snapshot lacks this commit or its ` +
        `parent; update it (git -C ${where}/${label.repo} fetch origin)`
    )
  }
  if (lines.length > 0 && reposDir === null)
    lines.push(
      `  then set ${REPOS_ENV}=<dir> (or pass --repos <dir>) to the folder holding the clones`
    )
  return lines
}
