import { beforeEach, describe, expect, it } from '@jest/globals'
import { collectFromGitHub, fetchPullRequest, readRepoFile } from '../../src/collect/github.js'
import type { GitHubClient } from '../../src/github/client.js'
import { GitHubApiError, NotAFileError } from '../../src/github/errors.js'
import { commit, manyCommits } from '../fixtures/github/commit.js'
import { contentDirectory, contentSubmodule } from '../fixtures/github/content.js'
import {
  addedPatch,
  binaryEntry,
  diffEntry,
  hunkPatch,
  manyEntries,
  unifiedDiff
} from '../fixtures/github/diff-entry.js'
import type { DiffEntry } from '../fixtures/github/diff-entry.js'
import { BASE_SHA, HEAD_SHA, pullRequest } from '../fixtures/github/pull-request.js'
import type { PullRequestSpec } from '../fixtures/github/pull-request.js'
import { DIFF_TOO_LARGE, NOT_FOUND, servePullRequest } from '../fixtures/github/serve.js'
import type { PullRequestScenario } from '../fixtures/github/serve.js'
import type { FakeGitHub } from '../support/fake-github.js'
import type { FakeApi } from '../support/api-client.js'
import { useFakeGitHub } from '../support/github-fixture.js'

const REPO = '/repos/octo-org/octo-repo'
const PR = { owner: 'octo-org', repo: 'octo-repo', number: 7 }

let fake: FakeGitHub
let client: GitHubClient
let logged: FakeApi['logged']

useFakeGitHub((api) => {
  ;({ fake, client, logged } = api)
})

function serve(
  files: DiffEntry[],
  spec: PullRequestSpec = {},
  extra: Partial<PullRequestScenario> = {}
): void {
  servePullRequest(fake, { pr: pullRequest({ files, ...spec }), files, ...extra })
}

/** What the gate asked GitHub for, in order, as `GET path[?page=n][ (diff)]`. */
function asked(): string[] {
  return fake.requests.map((r) => {
    const page = r.query.get('page')
    const diff = String(r.headers.accept ?? '').includes('.diff') ? ' (diff)' : ''
    return `${r.method} ${r.path.replace(REPO, '')}${page ? `?page=${page}` : ''}${diff}`
  })
}

const smallFiles = (): DiffEntry[] => [
  diffEntry('src/pagination/page.ts', {
    patch: hunkPatch({
      start: 12,
      removed: ['  return items.slice(0, -1)'],
      added: ['  return items']
    })
  }),
  diffEntry('test/pagination/page.test.ts', {
    status: 'added',
    patch: addedPatch([
      "it('keeps the last page', () => {",
      '  expect(page(3)).toHaveLength(3)',
      '})'
    ])
  }),
  binaryEntry('docs/pagination.png')
]

describe('collectFromGitHub, small PR', () => {
  it('reads the PR, then its commits and its diff media type: three requests', async () => {
    serve(smallFiles(), { labels: ['agent'], body: 'Fixes #12' })
    const result = await collectFromGitHub(client, PR)
    expect(asked()).toEqual(['GET /pulls/7', 'GET /pulls/7/commits?page=1', 'GET /pulls/7 (diff)'])
    expect(client.apiCalls()).toBe(3)
    expect(result.complete).toBe(true)
    expect(result.incompleteReason).toBeNull()
    expect(result.files.map((f) => [f.path, f.status, f.binary])).toEqual([
      ['src/pagination/page.ts', 'modified', false],
      ['test/pagination/page.test.ts', 'added', false],
      ['docs/pagination.png', 'added', true]
    ])
    const [page] = result.files
    expect(page?.hunks[0]).toMatchObject({ oldStart: 12, newStart: 12 })
    expect(page?.hunks[0]?.lines.map((l) => [l.kind, l.content])).toEqual([
      ['del', '  return items.slice(0, -1)'],
      ['add', '  return items']
    ])
  })

  it('takes SHAs, totals, author, labels and the app from pulls.get', async () => {
    serve(smallFiles(), { labels: ['agent', 'bug'], body: null, author: 'claude[bot]' })
    const { pr } = await collectFromGitHub(client, PR)
    expect(pr).toMatchObject({
      owner: 'octo-org',
      repo: 'octo-repo',
      number: 7,
      headSha: HEAD_SHA,
      baseSha: BASE_SHA,
      headRef: 'claude/fix-pagination',
      baseRef: 'main',
      body: '',
      labels: ['agent', 'bug'],
      author: { login: 'claude[bot]', type: 'Bot' },
      appSlug: 'claude',
      draft: false,
      changedFiles: 3,
      additions: 4,
      deletions: 1,
      url: 'https://github.com/octo-org/octo-repo/pull/7'
    })
  })

  it('leaves the app empty for a human author', async () => {
    serve(smallFiles(), { author: 'octocat' })
    const { pr } = await collectFromGitHub(client, PR)
    expect(pr.author).toEqual({ login: 'octocat', type: 'User' })
    expect(pr.appSlug).toBeNull()
  })

  it('reads commit authors and messages', async () => {
    serve(
      smallFiles(),
      {},
      {
        commits: [
          commit('c'.repeat(40), {
            message: 'Fix paging\n\nCo-authored-by: Claude <noreply@anthropic.com>',
            login: 'claude[bot]',
            email: 'bot@example.com'
          }),
          commit('d'.repeat(40), { login: null, email: 'someone@example.com' })
        ]
      }
    )
    const { commits, notes } = await collectFromGitHub(client, PR)
    expect(commits).toEqual([
      {
        sha: 'c'.repeat(40),
        message: 'Fix paging\n\nCo-authored-by: Claude <noreply@anthropic.com>',
        authorLogin: 'claude[bot]',
        authorEmail: 'bot@example.com'
      },
      {
        sha: 'd'.repeat(40),
        message: 'Fix the off-by-one in pagination',
        authorLogin: null,
        authorEmail: 'someone@example.com'
      }
    ])
    expect(notes).toEqual([])
  })

  it('saves the pulls.get request when given the PR it already read', async () => {
    serve(smallFiles())
    const pr = await fetchPullRequest(client, PR)
    const result = await collectFromGitHub(client, pr)
    expect(result.files).toHaveLength(3)
    expect(client.apiCalls()).toBe(3)
  })

  it('retries a 500 on the diff and counts the retry', async () => {
    const files = smallFiles()
    serve(files)
    let diffCalls = 0
    fake.on('GET', `${REPO}/pulls/7`, (req) => {
      if (!String(req.headers.accept).includes('.diff')) return { body: pullRequest({ files }) }
      diffCalls++
      return diffCalls === 1
        ? { status: 500, body: { message: 'Server Error' } }
        : { body: unifiedDiff(files), headers: { 'content-type': 'text/plain; charset=utf-8' } }
    })
    const result = await collectFromGitHub(client, PR)
    expect(result.complete).toBe(true)
    expect(diffCalls).toBe(2)
    expect(client.apiCalls()).toBe(4)
  })

  it('waits out a secondary rate limit on pulls.get and goes on', async () => {
    serve(smallFiles())
    const pr = pullRequest({ files: smallFiles() })
    fake.on('GET', `${REPO}/pulls/7`, [
      {
        status: 403,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit.' }
      },
      { body: pr }
    ])
    const info = await fetchPullRequest(client, PR)
    expect(info.headSha).toBe(HEAD_SHA)
    expect(client.apiCalls()).toBe(2)
    expect(logged.warning).toEqual([expect.stringContaining('waiting 1s')])
  })
})

describe('collectFromGitHub, large PR', () => {
  it('skips the diff media type past 300 files and pages listFiles 100 at a time', async () => {
    serve(manyEntries(400))
    const result = await collectFromGitHub(client, PR)
    expect(asked().sort()).toEqual(
      [
        'GET /pulls/7',
        'GET /pulls/7/files?page=1',
        'GET /pulls/7/files?page=2',
        'GET /pulls/7/files?page=3',
        'GET /pulls/7/files?page=4',
        'GET /pulls/7/commits?page=1'
      ].sort()
    )
    expect(fake.calls('GET', `${REPO}/pulls/7/files`).map((r) => r.query.get('per_page'))).toEqual([
      '100',
      '100',
      '100',
      '100'
    ])
    expect(result.files).toHaveLength(400)
    expect(result.files[399]?.path).toBe('src/file-0400.ts')
    expect(result.files[0]?.hunks[0]?.lines.map((l) => l.kind)).toEqual(['del', 'add'])
    expect(result.complete).toBe(true)
  })

  it('skips the diff media type past 20,000 changed lines', async () => {
    serve([diffEntry('data/seed.sql', { patch: addedPatch(Array(20001).fill('insert 1;')) })])
    const result = await collectFromGitHub(client, PR)
    expect(asked()).not.toContain('GET /pulls/7 (diff)')
    expect(result.files[0]?.additions).toBe(20001)
    expect(result.complete).toBe(true)
  })

  it('falls back to listFiles when GitHub answers 406 to the diff', async () => {
    serve(manyEntries(120), {}, { diff: DIFF_TOO_LARGE })
    const result = await collectFromGitHub(client, PR)
    expect(asked()).toContain('GET /pulls/7 (diff)')
    expect(asked()).toContain('GET /pulls/7/files?page=2')
    expect(result.files).toHaveLength(120)
    expect(result.complete).toBe(true)
    expect(client.apiCalls()).toBe(5)
  })

  it('is incomplete when GitHub omits the patch of a text file', async () => {
    const files = [
      ...manyEntries(350),
      diffEntry('package-lock.json', { patch: undefined, additions: 4200, deletions: 3100 })
    ]
    serve(files)
    const result = await collectFromGitHub(client, PR)
    const lock = result.files.find((f) => f.path === 'package-lock.json')
    expect(lock).toMatchObject({ patchMissing: true, binary: false, additions: 4200, hunks: [] })
    expect(result.complete).toBe(false)
    expect(result.incompleteReason).toMatch(
      /^GitHub omitted the patch of 1 file \(package-lock\.json\)\. .*split the PR\.$/
    )
  })

  it('stays complete when the file without a patch is binary', async () => {
    serve([
      ...manyEntries(350),
      binaryEntry('assets/logo.png', 'modified'),
      binaryEntry('bin/tool')
    ])
    const result = await collectFromGitHub(client, PR)
    expect(result.files.filter((f) => f.binary).map((f) => f.path)).toEqual([
      'assets/logo.png',
      'bin/tool'
    ])
    expect(result.files.some((f) => f.patchMissing)).toBe(false)
    expect(result.complete).toBe(true)
  })

  it('maps listFiles statuses and keeps the previous name of a rename', async () => {
    serve([
      ...manyEntries(300),
      diffEntry('src/new-name.ts', { status: 'renamed', previous_filename: 'src/old-name.ts' }),
      diffEntry('src/moved.ts', {
        status: 'renamed',
        previous_filename: 'lib/moved.ts',
        patch: undefined,
        additions: 0,
        deletions: 0
      }),
      diffEntry('src/gone.ts', { status: 'removed' }),
      diffEntry('scripts/run.sh', {
        status: 'changed',
        patch: undefined,
        additions: 0,
        deletions: 0
      })
    ])
    const result = await collectFromGitHub(client, PR)
    const byPath = new Map(result.files.map((f) => [f.path, f]))
    expect(byPath.get('src/new-name.ts')).toMatchObject({
      status: 'renamed',
      oldPath: 'src/old-name.ts'
    })
    expect(byPath.get('src/moved.ts')).toMatchObject({
      status: 'renamed',
      oldPath: 'lib/moved.ts',
      binary: false,
      patchMissing: false
    })
    expect(byPath.get('src/gone.ts')).toMatchObject({ status: 'deleted', oldPath: 'src/gone.ts' })
    expect(byPath.get('scripts/run.sh')).toMatchObject({ status: 'modified', binary: false })
    expect(byPath.get('src/file-0001.ts')?.oldPath).toBe('src/file-0001.ts')
    expect(result.complete).toBe(true)
  })

  it('keeps CRLF line ends and missing final newlines of a listFiles patch', async () => {
    const patch =
      '@@ -1,2 +1,2 @@\n-const a = 1\r\n+const a = 2\r\n end()\n\\ No newline at end of file'
    serve([...manyEntries(300), diffEntry('src/win.ts', { patch })])
    const result = await collectFromGitHub(client, PR)
    const lines = result.files.find((f) => f.path === 'src/win.ts')?.hunks[0]?.lines
    expect(lines).toEqual([
      expect.objectContaining({ kind: 'del', content: 'const a = 1', crlf: true }),
      expect.objectContaining({ kind: 'add', content: 'const a = 2', crlf: true }),
      expect.objectContaining({
        kind: 'context',
        content: 'end()',
        crlf: false,
        noNewlineAtEof: true
      })
    ])
    expect(result.complete).toBe(true)
  })

  it('is incomplete when the files do not add up to the totals of pulls.get', async () => {
    const files = manyEntries(350)
    serve(files, { additions: 400 })
    const result = await collectFromGitHub(client, PR)
    expect(result.complete).toBe(false)
    expect(result.incompleteReason).toContain(
      'the files add up to +350 -350 lines but the pull request reports +400 -350'
    )
  })

  it('is incomplete past the 3,000 files listFiles will list, after 30 pages', async () => {
    serve(manyEntries(3500))
    const result = await collectFromGitHub(client, PR)
    expect(fake.calls('GET', `${REPO}/pulls/7/files`)).toHaveLength(30)
    expect(result.files).toHaveLength(3000)
    expect(result.complete).toBe(false)
    expect(result.incompleteReason).toMatch(
      /^GitHub listed 3000 of the 3500 changed files \(the API lists at most 3000\)\./
    )
    expect(client.apiCalls()).toBe(32)
  })

  it('reads at most 250 commits and notes it', async () => {
    serve(smallFiles(), { commits: 260 }, { commits: manyCommits(260) })
    const result = await collectFromGitHub(client, PR)
    expect(result.commits).toHaveLength(250)
    expect(fake.calls('GET', `${REPO}/pulls/7/commits`)).toHaveLength(3)
    expect(result.notes).toEqual([expect.stringContaining('first 250 commits')])
    expect(result.complete).toBe(true)
  })
})

describe('collectFromGitHub, failures', () => {
  it('names the fix when the PR is not found', async () => {
    fake.on('GET', `${REPO}/pulls/7`, NOT_FOUND)
    const error = await collectFromGitHub(client, PR).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error).toMatchObject({ status: 404, method: 'GET' })
    expect((error as Error).message).toMatch(/^Reading pull request octo-org\/octo-repo#7 failed/)
    expect((error as Error).message).toContain('pull-requests: read')
    expect(client.apiCalls()).toBe(1)
  })

  it('says the token is invalid on a 401', async () => {
    fake.on('GET', `${REPO}/pulls/7`, { status: 401, body: { message: 'Bad credentials' } })
    const error = await collectFromGitHub(client, PR).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'GitHubApiError', status: 401 })
    expect((error as Error).message).toContain('github-token')
  })

  it('fails rather than reporting no changes when listing files keeps failing', async () => {
    serve(manyEntries(400))
    fake.on('GET', `${REPO}/pulls/7/files`, { status: 503, body: { message: 'Unavailable' } })
    const error = await collectFromGitHub(client, PR).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'GitHubApiError', status: 503 })
    expect((error as Error).message).toMatch(
      /^Listing the files of pull request .* after 3 retries/
    )
  })
})

describe('readRepoFile', () => {
  const CONFIG = '.github/agent-pr-gate.yml'

  beforeEach(() => {
    serve(
      smallFiles(),
      {},
      {
        contents: {
          [BASE_SHA]: { [CONFIG]: 'version: 1\nmode: enforce\n' },
          [HEAD_SHA]: { [CONFIG]: 'version: 1\nmode: observe\n' }
        }
      }
    )
  })

  it('reads the file at the ref it is asked for', async () => {
    const text = await readRepoFile(client, { ...PR, path: CONFIG, ref: BASE_SHA })
    expect(text).toBe('version: 1\nmode: enforce\n')
    expect(decodeURIComponent(fake.requests[0]?.path ?? '')).toBe(`${REPO}/contents/${CONFIG}`)
    expect(fake.requests[0]?.query.get('ref')).toBe(BASE_SHA)
  })

  it('is null when the file does not exist at that ref', async () => {
    expect(await readRepoFile(client, { ...PR, path: 'absent.yml', ref: BASE_SHA })).toBeNull()
  })

  it('reads a file past 1 MB through the raw media type', async () => {
    const big = `# generated\n${'x'.repeat(1024 * 1024)}\n`
    servePullRequest(fake, {
      pr: pullRequest(),
      files: [],
      contents: { [BASE_SHA]: { 'data/big.txt': big } }
    })
    const text = await readRepoFile(client, { ...PR, path: 'data/big.txt', ref: BASE_SHA })
    expect(text).toBe(big)
    expect(client.apiCalls()).toBe(2)
  })

  it('refuses a directory or a submodule with an error naming the path', async () => {
    fake.on('GET', `${REPO}/contents/*`, (_, params) => ({
      body:
        params.rest === '.github'
          ? contentDirectory('.github', ['a.yml'])
          : contentSubmodule('vendor/lib')
    }))
    const dir = await readRepoFile(client, { ...PR, path: '.github', ref: BASE_SHA }).catch(
      (e: unknown) => e
    )
    expect(dir).toBeInstanceOf(NotAFileError)
    expect((dir as Error).message).toMatch(/^\.github at b+ is a directory, not a file/)
    const sub = await readRepoFile(client, { ...PR, path: 'vendor/lib', ref: BASE_SHA }).catch(
      (e: unknown) => e
    )
    expect(sub).toMatchObject({ name: 'NotAFileError', kind: 'submodule' })
  })

  it('fails on a 403 with the permission to grant', async () => {
    fake.on('GET', `${REPO}/contents/*`, { status: 403, body: { message: 'Forbidden' } })
    const error = await readRepoFile(client, { ...PR, path: CONFIG, ref: BASE_SHA }).catch(
      (e: unknown) => e
    )
    expect(error).toMatchObject({ name: 'GitHubApiError', status: 403 })
    expect((error as Error).message).toContain('`contents: read`')
  })
})
