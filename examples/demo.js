/**
 * `npm start`: builds the bundled example agent PR as a real git repository in a temp directory
 * (base on main, the agent's work on codex/fix-pagination) and gates it with the built CLI.
 * No token, no network. Extra arguments go to the CLI (for example: -- --format json).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const repo = mkdtempSync(join(tmpdir(), 'agent-pr-gate-demo-'))
const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Demo Human',
  GIT_AUTHOR_EMAIL: 'human@example.com',
  GIT_COMMITTER_NAME: 'Demo Human',
  GIT_COMMITTER_EMAIL: 'human@example.com'
}
const git = (...args) => execFileSync('git', args, { cwd: repo, env, stdio: 'pipe' })

try {
  git('init', '-q', '-b', 'main')
  cpSync(join(here, 'demo-pr', 'base'), repo, { recursive: true })
  git('add', '-A')
  git('commit', '-q', '-m', 'Shop with pagination')
  git('checkout', '-q', '-b', 'codex/fix-pagination')
  cpSync(join(here, 'demo-pr', 'head'), repo, { recursive: true })
  git('add', '-A')
  git('commit', '-q', '-m', 'Fix pagination off-by-one\n\nCo-authored-by: codex <codex@openai.com>')
  const cli = join(here, '..', 'dist', 'cli.js')
  const args = [
    cli,
    '--repo',
    repo,
    '--base',
    'main',
    '--manifest',
    join(here, 'demo-pr', 'manifest.json'),
    ...process.argv.slice(2)
  ]
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' })
  // The example is meant to be blocked: exit 1 is the gate working, only 2 is an error.
  process.exitCode = run.status === 1 ? 0 : (run.status ?? 2)
} finally {
  rmSync(repo, { recursive: true, force: true })
}
