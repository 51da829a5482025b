/**
 * Real git repositories in temp dirs, built with the git CLI, for tests of anything that reads
 * git. The helper's own git calls ignore the user's and the system's git config.
 */
import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface TestRepo {
  /** The repository's work tree (a real path, symlinks resolved). */
  dir: string
  /** Runs git in the repository and returns its stdout. */
  git(...args: string[]): Promise<string>
  /** Writes a file (parent directories created); text is written as UTF-8 as is. */
  write(path: string, content: string | Uint8Array): Promise<void>
  rm(path: string): Promise<void>
  /** Moves a file with `git mv`. */
  mv(from: string, to: string): Promise<void>
  chmod(path: string, mode: number): Promise<void>
  /** Stages everything and commits; returns the new commit's SHA. */
  commit(message: string): Promise<string>
  /** Creates a branch at HEAD without switching to it. */
  branch(name: string): Promise<void>
  checkout(name: string): Promise<void>
  /** The SHA a ref points to. */
  sha(ref?: string): Promise<string>
  cleanup(): Promise<void>
}

/** Environment for the helper's git: no user or system config, fixed identities and dates. */
function gitEnv(commitIndex: number): NodeJS.ProcessEnv {
  const date = `${1767225600 + commitIndex * 60} +0000`
  return {
    PATH: process.env.PATH,
    HOME: tmpdir(),
    LC_ALL: 'C',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date
  }
}

export async function makeRepo(): Promise<TestRepo> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'gate-repo-')))
  let commits = 0
  const git = async (...args: string[]): Promise<string> => {
    const { stdout } = await run('git', args, {
      cwd: dir,
      env: gitEnv(commits),
      maxBuffer: 256 * 1024 * 1024
    })
    return stdout
  }
  await git('init', '--quiet', '-b', 'main')
  await git('config', 'user.name', 'Test Author')
  await git('config', 'user.email', 'author@example.com')
  await git('config', 'commit.gpgsign', 'false')
  await git('config', 'core.autocrlf', 'false')
  return {
    dir,
    git,
    async write(path, content) {
      const file = join(dir, path)
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, content)
    },
    async rm(path) {
      await git('rm', '--quiet', '-r', '--', path)
    },
    async mv(from, to) {
      await mkdir(dirname(join(dir, to)), { recursive: true })
      await git('mv', '--', from, to)
    },
    async chmod(path, mode) {
      await chmod(join(dir, path), mode)
    },
    async commit(message) {
      await git('add', '--all')
      commits++
      await git('commit', '--quiet', '--allow-empty', '--no-verify', '-m', message)
      return (await git('rev-parse', 'HEAD')).trim()
    },
    async branch(name) {
      await git('branch', '--', name)
    },
    async checkout(name) {
      await git('checkout', '--quiet', name, '--')
    },
    async sha(ref = 'HEAD') {
      return (await git('rev-parse', '--verify', `${ref}^{commit}`)).trim()
    },
    async cleanup() {
      await rm(dir, { recursive: true, force: true })
    }
  }
}
