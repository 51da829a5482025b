import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GitError } from '../../src/collect/errors.js'
import { collectFromGit, hasCommits, readGitFile } from '../../src/collect/local-git.js'
import type { ChangedFile } from '../../src/model.js'
import { makeRepo, type TestRepo } from '../support/git-repo.js'
import { plainFiles } from '../support/plain-diff.js'

const summary = (files: ChangedFile[]) =>
  files.map((f) => [f.status, f.oldPath, f.path, f.binary, f.additions, f.deletions])

async function failureOf(promise: Promise<unknown>): Promise<GitError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(GitError)
  return error as GitError
}

/** A repository with one commit on `main` and nothing else. */
async function oneCommitRepo(): Promise<TestRepo> {
  const repo = await makeRepo()
  await repo.write('a.txt', 'a\n')
  await repo.commit('base')
  return repo
}

describe('collectFromGit on a feature branch', () => {
  let repo: TestRepo
  let branchPoint: string
  let feature: string

  beforeAll(async () => {
    repo = await makeRepo()
    await repo.write(
      'src/a.ts',
      Array.from({ length: 20 }, (_, i) => `const a${i} = ${i}\n`).join('')
    )
    await repo.write('old name.txt', 'same text\n'.repeat(10))
    await repo.write('bin.dat', new Uint8Array([0, 1, 2, 3]))
    await repo.write('run.sh', 'echo hi\n')
    await repo.write('docs/café.md', 'bonjour\n')
    await repo.write('gone.txt', 'bye\n')
    await repo.write('.gitattributes', '*.png binary\n')
    branchPoint = await repo.commit('base')
    await repo.branch('feature')
    await repo.checkout('feature')
    await repo.write(
      'src/a.ts',
      Array.from({ length: 20 }, (_, i) => `const a${i} = ${i * 2}\n`).join('')
    )
    await repo.mv('old name.txt', 'new name.txt')
    await repo.write('bin.dat', new Uint8Array([0, 1, 2, 4]))
    await repo.chmod('run.sh', 0o755)
    await repo.commit('feat: first step\n\nWhy it is done.\n\nCo-authored-by: A <a@example.com>')
    await repo.write('docs/café.md', 'bonjour\nsalut\n')
    await repo.rm('gone.txt')
    await repo.write('with space.ts', 'export {}\n')
    // the head marks its own changes binary: that must not hide them
    await repo.write('.gitattributes', '*.png binary\n* -diff\n')
    await repo.git('add', '--all')
    await repo.git(
      'commit',
      '--quiet',
      '-m',
      'second step',
      '--author',
      'Copilot <198982749+Copilot@users.noreply.github.com>'
    )
    feature = await repo.sha()
    await repo.checkout('main')
    await repo.write('main-only.txt', 'main moved on\n')
    await repo.commit('main moves on')
    await repo.checkout('feature')
  })

  afterAll(async () => {
    await repo.cleanup()
  })

  it('diffs HEAD against its merge-base with main', async () => {
    const result = await collectFromGit({ repo: repo.dir })
    expect(result).toMatchObject({
      base: branchPoint,
      head: feature,
      baseRef: 'main',
      headRef: 'HEAD',
      problems: []
    })
    expect(summary(result.files)).toEqual([
      ['modified', '.gitattributes', '.gitattributes', false, 1, 0],
      ['modified', 'bin.dat', 'bin.dat', true, 0, 0],
      ['modified', 'docs/café.md', 'docs/café.md', false, 1, 0],
      ['deleted', 'gone.txt', 'gone.txt', false, 0, 1],
      ['renamed', 'old name.txt', 'new name.txt', false, 0, 0],
      ['modified', 'run.sh', 'run.sh', false, 0, 0],
      ['modified', 'src/a.ts', 'src/a.ts', false, 19, 19],
      ['added', null, 'with space.ts', false, 1, 0]
    ])
    const runSh = result.files.find((f) => f.path === 'run.sh')!
    expect([runSh.oldMode, runSh.newMode]).toEqual(['100644', '100755'])
  })

  it('lists the commits oldest first with their full messages', async () => {
    const { commits } = await collectFromGit({ repo: repo.dir })
    expect(
      commits.map(({ message, authorLogin, authorEmail }) => ({
        message,
        authorLogin,
        authorEmail
      }))
    ).toEqual([
      {
        message: 'feat: first step\n\nWhy it is done.\n\nCo-authored-by: A <a@example.com>',
        authorLogin: null,
        authorEmail: 'author@example.com'
      },
      {
        message: 'second step',
        authorLogin: 'Copilot',
        authorEmail: '198982749+Copilot@users.noreply.github.com'
      }
    ])
    expect(commits[1]!.sha).toBe(feature)
  })

  it('reads .gitattributes as the merge-base has it', async () => {
    expect((await collectFromGit({ repo: repo.dir })).gitattributes).toBe('*.png binary\n')
  })

  it('takes explicit refs and a base that is a SHA', async () => {
    const named = await collectFromGit({ repo: repo.dir, base: 'main', head: 'feature' })
    expect(named).toMatchObject({
      base: branchPoint,
      head: feature,
      baseRef: 'main',
      headRef: 'feature'
    })
    const bySha = await collectFromGit({ repo: repo.dir, base: branchPoint, head: feature })
    expect(plainFiles(bySha.files)).toEqual(plainFiles(named.files))
  })

  it('finds nothing to report when head is the base', async () => {
    const result = await collectFromGit({ repo: repo.dir, base: 'feature', head: 'feature' })
    expect(result).toMatchObject({ base: feature, head: feature, files: [], commits: [] })
  })

  it('names an unknown ref and how to fetch it', async () => {
    const error = await failureOf(collectFromGit({ repo: repo.dir, base: 'nope' }))
    expect(error.message).toBe(
      `unknown base ref "nope": ${repo.dir} has no commit by that name; fetch it ` +
        '(git fetch origin nope) or pass an existing --base'
    )
    expect(error.exitCode).toBe(1)
    expect(error.args).toContain('nope^{commit}')
  })

  it('refuses a ref that git would read as an option, before running git', async () => {
    const trap = join(repo.dir, 'written-by-git')
    for (const options of [{ base: `--output=${trap}` }, { head: '-p' }]) {
      const error = await failureOf(collectFromGit({ repo: repo.dir, ...options }))
      expect(error.message).toMatch(/ref "-.*" starts with "-", so git would take it for an option/)
      expect(error.args).toEqual([])
      expect(error.exitCode).toBeNull()
    }
    expect(existsSync(trap)).toBe(false)
  })

  it('reads files at a ref, and null for a missing path or a directory', async () => {
    expect(await readGitFile(repo.dir, branchPoint, '.gitattributes')).toBe('*.png binary\n')
    expect(await readGitFile(repo.dir, 'feature', 'docs/café.md')).toBe('bonjour\nsalut\n')
    expect(await readGitFile(repo.dir, 'main', 'with space.ts')).toBeNull()
    expect(await readGitFile(repo.dir, 'main', 'docs')).toBeNull()
    expect(await readGitFile(repo.dir, 'main', '*.txt')).toBeNull()
    await failureOf(readGitFile(repo.dir, 'nope', '.gitattributes'))
    await failureOf(readGitFile(repo.dir, '--all', '.gitattributes'))
  })

  it('tells whether every commit is in the repository', async () => {
    expect(await hasCommits(repo.dir, [branchPoint, feature])).toBe(true)
    expect(await hasCommits(repo.dir, [branchPoint.slice(0, 12)])).toBe(true)
    expect(await hasCommits(repo.dir, [branchPoint, 'f'.repeat(40)])).toBe(false)
    expect(await hasCommits(repo.dir, ['HEAD'])).toBe(false)
    const tree = (await repo.git('rev-parse', 'HEAD^{tree}')).trim()
    expect(await hasCommits(repo.dir, [tree])).toBe(false)
  })
})

describe('collectFromGit, default base', () => {
  it('prefers origin/HEAD, then main, then master', async () => {
    const repo = await oneCommitRepo()
    try {
      const tip = await repo.sha()
      await repo.git('branch', '-m', 'main', 'master')
      await repo.write('b.txt', 'b\n')
      await repo.commit('on master')
      expect((await collectFromGit({ repo: repo.dir })).baseRef).toBe('master')
      await repo.git('branch', 'main', tip)
      expect((await collectFromGit({ repo: repo.dir })).baseRef).toBe('main')
      await repo.git('update-ref', 'refs/remotes/origin/trunk', tip)
      await repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/trunk')
      const result = await collectFromGit({ repo: repo.dir })
      expect(result).toMatchObject({ baseRef: 'origin/HEAD', base: tip })
      expect(result.files.map((f) => f.path)).toEqual(['b.txt'])
    } finally {
      await repo.cleanup()
    }
  })

  it('asks for --base when there is no default branch', async () => {
    const repo = await oneCommitRepo()
    try {
      await repo.git('branch', '-m', 'main', 'trunk')
      const error = await failureOf(collectFromGit({ repo: repo.dir }))
      expect(error.message).toMatch(
        /none of origin\/HEAD, main or master exists there; pass --base REF$/
      )
    } finally {
      await repo.cleanup()
    }
  })

  it('says when base and head share no history', async () => {
    const repo = await oneCommitRepo()
    try {
      await repo.git('checkout', '--quiet', '--orphan', 'other')
      await repo.commit('unrelated')
      const error = await failureOf(collectFromGit({ repo: repo.dir }))
      expect(error.message).toMatch(/^main and HEAD share no history in .*fetch-depth: 0/)
    } finally {
      await repo.cleanup()
    }
  })
})

describe('collectFromGit, what it does not depend on', () => {
  let repo: TestRepo

  beforeAll(async () => {
    repo = await makeRepo()
    await repo.write('src/x.ts', Array.from({ length: 30 }, (_, i) => `x${i}\n\n`).join(''))
    await repo.write('caf\u00e9.txt', 'a\n')
    await repo.commit('base')
    await repo.branch('topic')
    await repo.checkout('topic')
    await repo.write(
      'src/x.ts',
      Array.from({ length: 30 }, (_, i) => `x${i % 7 ? i : 'y'}\n\n`).join('')
    )
    await repo.write('caf\u00e9.txt', 'b\n')
    await repo.commit('change')
  })

  afterAll(async () => {
    await repo.cleanup()
  })

  it('gives the same result whatever the diff and log config of the repository', async () => {
    const plain = await collectFromGit({ repo: repo.dir, base: 'main' })
    for (const [key, value] of [
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['diff.suppressBlankEmpty', 'true'],
      ['diff.context', '0'],
      ['diff.interHunkContext', '20'],
      ['diff.algorithm', 'patience'],
      ['diff.renames', 'false'],
      ['diff.external', 'false'],
      ['diff.relative', 'true'],
      ['color.ui', 'always'],
      ['core.quotePath', 'false'],
      ['log.showSignature', 'true']
    ]) {
      await repo.git('config', key!, value!)
    }
    try {
      expect(await collectFromGit({ repo: repo.dir, base: 'main' })).toEqual(plain)
    } finally {
      await repo.git('config', '--remove-section', 'diff')
    }
  })

  it('ignores GIT_DIR and GIT_INDEX_FILE set around it', async () => {
    const plain = await collectFromGit({ repo: repo.dir, base: 'main' })
    const other = await oneCommitRepo()
    const saved = { dir: process.env.GIT_DIR, index: process.env.GIT_INDEX_FILE }
    process.env.GIT_DIR = join(other.dir, '.git')
    process.env.GIT_INDEX_FILE = join(other.dir, '.git', 'index')
    try {
      expect(await collectFromGit({ repo: repo.dir, base: 'main' })).toEqual(plain)
    } finally {
      if (saved.dir === undefined) delete process.env.GIT_DIR
      else process.env.GIT_DIR = saved.dir
      if (saved.index === undefined) delete process.env.GIT_INDEX_FILE
      else process.env.GIT_INDEX_FILE = saved.index
      await other.cleanup()
    }
  })
})

describe('collectFromGit, unusual input', () => {
  it('reads a diff far past any output buffer limit', async () => {
    const repo = await oneCommitRepo()
    try {
      await repo.write('big.txt', Array.from({ length: 250_000 }, (_, i) => `line ${i}\n`).join(''))
      await repo.commit('big')
      const { files, problems } = await collectFromGit({ repo: repo.dir, base: 'HEAD~1' })
      expect(problems).toEqual([])
      expect(files.map((f) => [f.path, f.additions])).toEqual([['big.txt', 250_000]])
      expect(files[0]!.hunks[0]!.lines[249_999]).toMatchObject({
        content: 'line 249999',
        newLine: 250_000
      })
    } finally {
      await repo.cleanup()
    }
  })

  it('reads a text file with a NUL past where git looks for binary content', async () => {
    const repo = await oneCommitRepo()
    try {
      await repo.write('late-nul.txt', `${'a'.repeat(9000)}\nx\0y\n`)
      await repo.commit('late nul')
      const { files } = await collectFromGit({ repo: repo.dir, base: 'HEAD~1' })
      expect(files[0]).toMatchObject({ path: 'late-nul.txt', binary: false, additions: 2 })
      expect(files[0]!.hunks[0]!.lines[1]!.content).toBe('x\uFFFDy')
    } finally {
      await repo.cleanup()
    }
  })

  it('says when a directory is not a git repository', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gate-not-a-repo-'))
    try {
      const error = await failureOf(collectFromGit({ repo: dir }))
      expect(error.message).toMatch(/is not a git repository \(git: fatal: .*\); pass --repo DIR/)
      expect(error.exitCode).toBe(128)
      expect(await hasCommits(dir, [])).toBe(false)
      expect(await hasCommits(join(dir, 'missing'), [])).toBe(false)
      await failureOf(readGitFile(dir, 'HEAD', 'a.txt'))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('says when git is not installed', async () => {
    const repo = await oneCommitRepo()
    const path = process.env.PATH
    process.env.PATH = join(repo.dir, 'no-bin')
    try {
      const error = await failureOf(collectFromGit({ repo: repo.dir }))
      expect(error.message).toMatch(/^git is not installed or not on PATH/)
      expect((error.cause as NodeJS.ErrnoException).code).toBe('ENOENT')
      expect(await hasCommits(repo.dir, [])).toBe(false)
    } finally {
      process.env.PATH = path
      await repo.cleanup()
    }
  })
})
