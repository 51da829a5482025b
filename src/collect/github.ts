/**
 * Collects a pull request through the GitHub REST API: `pulls.get` first (SHAs and totals), then
 * the diff media type when GitHub will render it, else `pulls.listFiles` page by page. Says when
 * GitHub did not deliver the whole change, so the gate fails closed instead of seeing less.
 */
import type { RestEndpointMethodTypes } from '@octokit/rest'
import type { ChangedFile, CommitInfo, FileStatus, Hunk, PullRequestInfo } from '../model.js'
import { parseUnifiedDiff } from './diff-text.js'
import { DiffParseError } from './errors.js'
import type { GitHubClient } from '../github/client.js'
import { MalformedResponseError, NotAFileError, toGitHubApiError } from '../github/errors.js'

type PullRequestData = RestEndpointMethodTypes['pulls']['get']['response']['data']
type DiffEntry = RestEndpointMethodTypes['pulls']['listFiles']['response']['data'][number]
type CommitData = RestEndpointMethodTypes['pulls']['listCommits']['response']['data'][number]

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

export interface GitHubCollectResult {
  pr: PullRequestInfo
  files: ChangedFile[]
  complete: boolean
  /** One line naming what is missing and how to get past it; null when complete. */
  incompleteReason: string | null
  commits: CommitInfo[]
  /** What was read only in part without making the change incomplete (commits past 250). */
  notes: string[]
}

/** GitHub answers 406 to the diff media type past 300 files or 20,000 changed lines. */
export const DIFF_MEDIA_MAX_FILES = 300
export const DIFF_MEDIA_MAX_LINES = 20000
const FILES_PER_PAGE = 100
/** `pulls.listFiles` stops at 3,000 files without saying so. */
export const LIST_FILES_MAX = 3000
const COMMITS_PER_PAGE = 100
/** `pulls.listCommits` stops at 250 commits. */
export const LIST_COMMITS_MAX = 250

const STATUS: Record<DiffEntry['status'], FileStatus> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'modified',
  unchanged: 'modified'
}

/** GitHub lists these with no patch; a missing patch on them hides no lines. */
const BINARY_EXTENSIONS = new Set([
  ...['png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'webp', 'avif', 'tif', 'tiff', 'psd'],
  ...['pdf', 'zip', 'gz', 'tgz', 'bz2', 'xz', '7z', 'rar', 'tar', 'jar', 'war', 'whl'],
  ...['woff', 'woff2', 'ttf', 'otf', 'eot', 'mp3', 'mp4', 'wav', 'ogg', 'mov', 'webm'],
  ...['exe', 'dll', 'so', 'dylib', 'a', 'o', 'bin', 'class', 'pyc', 'wasm', 'node'],
  ...['sqlite', 'db', 'parquet', 'onnx', 'pt', 'pkl', 'npy', 'docx', 'xlsx', 'pptx']
])

const INCOMPLETE_FIX =
  'Review the missing part by hand and approve the PR with the override label, or split the PR.'

/**
 * The change a pull request makes, as GitHub reports it. Pass the PullRequestInfo from
 * fetchPullRequest when you already have it, to save a request.
 */
export async function collectFromGitHub(
  client: GitHubClient,
  pr: PullRequestRef | PullRequestInfo
): Promise<GitHubCollectResult> {
  const info = isPullRequestInfo(pr) ? pr : await fetchPullRequest(client, pr)
  const [commits, changes] = await Promise.all([
    readPullRequestCommits(client, info),
    readPullRequestFiles(client, info)
  ])
  return { pr: info, ...changes, ...commits }
}

export interface PullRequestCommits {
  commits: CommitInfo[]
  /** What was read only in part without making the change incomplete (commits past 250). */
  notes: string[]
}

/** The commits of a pull request, up to GitHub's cap of 250 (a note says when it was hit). */
export async function readPullRequestCommits(
  client: GitHubClient,
  info: PullRequestInfo
): Promise<PullRequestCommits> {
  const commits = await listPullRequestCommits(client, info)
  const notes =
    commits.length >= LIST_COMMITS_MAX
      ? [
          `Read the first ${LIST_COMMITS_MAX} commits only: GitHub lists no more, so the ` +
            'trailers of later commits were not checked.'
        ]
      : []
  return { commits: commits.map(toCommitInfo), notes }
}

export type PullRequestFiles = Pick<GitHubCollectResult, 'files' | 'complete' | 'incompleteReason'>

/** The changed files, and whether they are the whole change `pulls.get` announced. */
export async function readPullRequestFiles(
  client: GitHubClient,
  info: PullRequestInfo
): Promise<PullRequestFiles> {
  const changes = await collectFiles(client, info)
  const reasons = [...changes.problems, ...completenessProblems(info, changes.files)]
  return {
    files: changes.files,
    complete: reasons.length === 0,
    incompleteReason: reasons.length === 0 ? null : `${reasons.join('; ')}. ${INCOMPLETE_FIX}`
  }
}

/** `pulls.get` as JSON: SHAs, totals, author, labels, body. */
export async function fetchPullRequest(
  client: GitHubClient,
  pr: PullRequestRef
): Promise<PullRequestInfo> {
  try {
    const response = await client.octokit.rest.pulls.get({
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number
    })
    const problem = pullRequestShapeProblem(response.data)
    if (problem !== null) {
      throw new MalformedResponseError({
        status: response.status,
        method: 'GET',
        url: response.url || `/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}`,
        problem
      })
    }
    return toPullRequestInfo(response.data, pr)
  } catch (error) {
    throw toGitHubApiError(error, `reading pull request ${label(pr)}`)
  }
}

/**
 * A file's text at a ref (the base SHA for the gate's config), or null when the path does not
 * exist there.
 */
export async function readRepoFile(
  client: GitHubClient,
  target: RepoFileTarget
): Promise<string | null> {
  const data = await getContent(client, target)
  if (data === null) return null
  if (Array.isArray(data)) throw new NotAFileError(target, 'directory')
  if (data.type !== 'file') throw new NotAFileError(target, data.type)
  if (data.encoding === 'base64') return Buffer.from(data.content, 'base64').toString('utf8')
  // Past 1 MB GitHub sends no content (`encoding: none`); the raw media type still has it.
  return getRawContent(client, target)
}

export interface RepoFileTarget {
  owner: string
  repo: string
  path: string
  ref: string
}

type ContentData = RestEndpointMethodTypes['repos']['getContent']['response']['data']

/** `repos.getContent` as JSON; null when the path does not exist at the ref. */
async function getContent(
  client: GitHubClient,
  target: RepoFileTarget
): Promise<ContentData | null> {
  try {
    const response = await client.octokit.rest.repos.getContent({
      owner: target.owner,
      repo: target.repo,
      path: target.path,
      ref: target.ref
    })
    return response.data
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw toGitHubApiError(error, `reading ${target.path} at ${target.ref}`)
  }
}

async function getRawContent(client: GitHubClient, target: RepoFileTarget): Promise<string> {
  try {
    const response = await client.octokit.rest.repos.getContent({
      owner: target.owner,
      repo: target.repo,
      path: target.path,
      ref: target.ref,
      mediaType: { format: 'raw' }
    })
    const data: unknown = response.data
    return typeof data === 'string' ? data : new TextDecoder().decode(data as ArrayBuffer)
  } catch (error) {
    throw toGitHubApiError(error, `reading ${target.path} at ${target.ref}`)
  }
}

/** The diff media type text, or null when GitHub refuses it as too large (406). */
async function getPullRequestDiff(
  client: GitHubClient,
  pr: PullRequestRef
): Promise<string | null> {
  try {
    const response = await client.octokit.rest.pulls.get({
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      mediaType: { format: 'diff' }
    })
    const data: unknown = response.data
    return typeof data === 'string' ? data : null
  } catch (error) {
    if (statusOf(error) === 406) return null
    throw toGitHubApiError(error, `reading the diff of pull request ${label(pr)}`)
  }
}

/**
 * Every page `pulls.listFiles` will give for `expected` files, fetched side by side. Pages are
 * converted only once all have arrived: converting between answers would hold back the requests
 * still queued behind the throttle's limit of 10 at a time.
 */
async function listPullRequestFiles(
  client: GitHubClient,
  pr: PullRequestRef,
  expected: number
): Promise<DiffEntry[][]> {
  const pages = Math.min(
    Math.max(Math.ceil(expected / FILES_PER_PAGE), 1),
    LIST_FILES_MAX / FILES_PER_PAGE
  )
  try {
    const answers = await Promise.all(
      Array.from({ length: pages }, (_, i) =>
        client.octokit.rest.pulls.listFiles({
          owner: pr.owner,
          repo: pr.repo,
          pull_number: pr.number,
          per_page: FILES_PER_PAGE,
          page: i + 1
        })
      )
    )
    return answers.map((answer) => answer.data)
  } catch (error) {
    throw toGitHubApiError(error, `listing the files of pull request ${label(pr)}`)
  }
}

/** Pages of `pulls.listCommits` until a short page or GitHub's cap of 250. */
async function listPullRequestCommits(
  client: GitHubClient,
  pr: PullRequestRef
): Promise<CommitData[]> {
  const commits: CommitData[] = []
  try {
    for (let page = 1; commits.length < LIST_COMMITS_MAX; page++) {
      const { data } = await client.octokit.rest.pulls.listCommits({
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        per_page: COMMITS_PER_PAGE,
        page
      })
      for (const item of data) commits.push(item)
      if (data.length < COMMITS_PER_PAGE) break
    }
  } catch (error) {
    throw toGitHubApiError(error, `listing the commits of pull request ${label(pr)}`)
  }
  return commits.slice(0, LIST_COMMITS_MAX)
}

interface CollectedFiles {
  files: ChangedFile[]
  /** Why the files are not the whole change, beyond what the totals show. */
  problems: string[]
}

async function collectFiles(client: GitHubClient, info: PullRequestInfo): Promise<CollectedFiles> {
  if (info.changedFiles === 0) return { files: [], problems: [] }
  const renderable =
    info.changedFiles < DIFF_MEDIA_MAX_FILES &&
    info.additions + info.deletions < DIFF_MEDIA_MAX_LINES
  const text = renderable ? await getPullRequestDiff(client, info) : null
  if (text !== null) {
    const parsed = parseDiffText(text)
    if (parsed) return parsed
  }
  const files: ChangedFile[] = []
  const problems: string[] = []
  for (const page of await listPullRequestFiles(client, info, info.changedFiles)) {
    for (const entry of page) {
      const converted = toChangedFile(entry)
      files.push(converted.file)
      for (const problem of converted.problems) problems.push(problem)
    }
  }
  return { files, problems }
}

/** The diff media type parsed; null when it cannot be parsed at all (listFiles can still tell). */
function parseDiffText(text: string): CollectedFiles | null {
  try {
    const { files, problems } = parseUnifiedDiff(text)
    if (problems.length === 0) return { files, problems: [] }
    return {
      files,
      problems: [
        `the diff GitHub rendered could not be read whole (${problems.length} ` +
          `${problems.length === 1 ? 'problem' : 'problems'}, first: ${problems[0]})`
      ]
    }
  } catch (error) {
    if (error instanceof DiffParseError) return null
    throw error
  }
}

function toChangedFile(entry: DiffEntry): { file: ChangedFile; problems: string[] } {
  const status = STATUS[entry.status]
  const binary = entry.patch === undefined && isBinaryEntry(entry)
  const parsed =
    entry.patch === undefined ? { hunks: [], problems: [] } : hunksOf(entry.filename, entry.patch)
  return {
    file: {
      path: entry.filename,
      oldPath: status === 'added' ? null : (entry.previous_filename ?? entry.filename),
      status,
      binary,
      similarity: null,
      oldMode: null,
      newMode: null,
      additions: entry.additions,
      deletions: entry.deletions,
      hunks: parsed.hunks,
      patchMissing: entry.patch === undefined && !binary && entry.changes > 0
    },
    problems: parsed.problems
  }
}

/** No patch and no counted lines on a content change, or an extension that is never text. */
function isBinaryEntry(entry: DiffEntry): boolean {
  const dot = entry.filename.lastIndexOf('.')
  const extension = dot < 0 ? '' : entry.filename.slice(dot + 1).toLowerCase()
  if (BINARY_EXTENSIONS.has(extension)) return true
  const contentChange =
    entry.status === 'added' || entry.status === 'removed' || entry.status === 'modified'
  return contentChange && entry.changes === 0
}

/** A listFiles `patch` is hunks only: a synthetic header lets the one diff parser read it. */
function hunksOf(path: string, patch: string): { hunks: Hunk[]; problems: string[] } {
  const body = patch.endsWith('\n') ? patch : `${patch}\n`
  const unreadable = { hunks: [], problems: [`the patch of ${path} could not be read`] }
  try {
    const { files, problems } = parseUnifiedDiff(`diff --git a/f b/f\n--- a/f\n+++ b/f\n${body}`)
    const file = files[0]
    if (!file) return unreadable
    if (problems.length > 0) {
      return { hunks: file.hunks, problems: [`the patch of ${path} could not be read whole`] }
    }
    return { hunks: file.hunks, problems: [] }
  } catch (error) {
    if (error instanceof DiffParseError) return unreadable
    throw error
  }
}

/** The silent truncations GitHub is known for, found by comparing with `pulls.get`. */
function completenessProblems(info: PullRequestInfo, files: ChangedFile[]): string[] {
  const problems: string[] = []
  if (files.length < info.changedFiles) {
    const cap = files.length >= LIST_FILES_MAX ? ` (the API lists at most ${LIST_FILES_MAX})` : ''
    problems.push(`GitHub listed ${files.length} of the ${info.changedFiles} changed files${cap}`)
  }
  const missing = files.filter((f) => f.patchMissing)
  if (missing.length > 0) {
    const named = missing
      .slice(0, 3)
      .map((f) => f.path)
      .join(', ')
    const more = missing.length > 3 ? ` and ${missing.length - 3} more` : ''
    const noun = missing.length === 1 ? 'file' : 'files'
    problems.push(`GitHub omitted the patch of ${missing.length} ${noun} (${named}${more})`)
  }
  const additions = files.reduce((sum, f) => sum + f.additions, 0)
  const deletions = files.reduce((sum, f) => sum + f.deletions, 0)
  if (
    files.length >= info.changedFiles &&
    (additions !== info.additions || deletions !== info.deletions)
  ) {
    problems.push(
      `the files add up to +${additions} -${deletions} lines but the pull request reports ` +
        `+${info.additions} -${info.deletions}`
    )
  }
  return problems
}

/** What `pulls.get` lacks of the fields the gate reads, or null; the answer is not trusted. */
function pullRequestShapeProblem(data: unknown): string | null {
  const missing = [
    ['user', 'login'],
    ['head', 'sha'],
    ['head', 'ref'],
    ['base', 'sha'],
    ['base', 'ref']
  ]
    .filter((path) => typeof pick(data, path) !== 'string')
    .map((path) => path.join('.'))
  for (const key of ['changed_files', 'additions', 'deletions', 'number']) {
    if (typeof pick(data, [key]) !== 'number') missing.push(key)
  }
  if (!Array.isArray(pick(data, ['labels']))) missing.push('labels')
  return missing.length === 0
    ? null
    : `the pull request it describes lacks ${missing.slice(0, 4).join(', ')}`
}

function pick(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      return undefined
    }
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

function toPullRequestInfo(data: PullRequestData, pr: PullRequestRef): PullRequestInfo {
  const login = data.user.login
  return {
    owner: pr.owner,
    repo: pr.repo,
    number: pr.number,
    title: data.title,
    body: data.body ?? '',
    author: { login, type: data.user.type },
    // A PR opened by a GitHub App is authored by its bot account, `<slug>[bot]`.
    appSlug: data.user.type === 'Bot' && login.endsWith('[bot]') ? login.slice(0, -5) : null,
    headRef: data.head.ref,
    baseRef: data.base.ref,
    headSha: data.head.sha,
    baseSha: data.base.sha,
    labels: data.labels.map((l) => l.name),
    draft: data.draft ?? false,
    url: data.html_url,
    changedFiles: data.changed_files,
    additions: data.additions,
    deletions: data.deletions
  }
}

function toCommitInfo(data: CommitData): CommitInfo {
  return {
    sha: data.sha,
    message: data.commit.message,
    authorLogin: data.author && 'login' in data.author ? data.author.login : null,
    authorEmail: data.commit.author?.email ?? null
  }
}

function isPullRequestInfo(pr: PullRequestRef | PullRequestInfo): pr is PullRequestInfo {
  return 'changedFiles' in pr && 'headSha' in pr
}

function statusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('status' in error)) return null
  return typeof error.status === 'number' ? error.status : null
}

function label(pr: PullRequestRef): string {
  return `${pr.owner}/${pr.repo}#${pr.number}`
}
