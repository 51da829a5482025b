import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { main, type CliIo } from '../../src/cli/main.js'
import { CONFIG_PATH, WORKFLOW_PATH } from '../../src/cli/init.js'
import { loadConfigFile } from '../../src/config/loader.js'
import { VERSION } from '../../src/version.js'
import { makeRepo, type TestRepo } from '../support/git-repo.js'

function io(cwd: string, out: { stdout: string; stderr: string }): CliIo {
  return {
    stdin: (async function* () {})(),
    stdout: {
      write: (t: string) => (out.stdout += t),
      isTTY: false
    },
    stderr: { write: (t: string) => (out.stderr += t) },
    env: {},
    cwd
  }
}

async function cli(argv: string[], cwd: string) {
  const out = { stdout: '', stderr: '' }
  const code = await main(argv, io(cwd, out))
  return { code, ...out }
}

const repos: TestRepo[] = []
async function repo(): Promise<TestRepo> {
  const r = await makeRepo()
  repos.push(r)
  return r
}
afterEach(async () => {
  for (const r of repos.splice(0)) await r.cleanup()
})

describe('agent-pr-gate init', () => {
  it('writes the workflow and a config that the config loader accepts, then the next steps', async () => {
    const r = await repo()
    await r.write('src/a.ts', 'export const a = 1\n')
    await r.commit('start')
    const run = await cli(['init'], join(r.dir, 'src'))
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`wrote ${WORKFLOW_PATH}`)
    expect(run.stdout).toMatch(/required/)
    expect(run.stdout).toContain('agent-pr-gate/approved')

    const { config, source } = await loadConfigFile(join(r.dir, CONFIG_PATH), { required: true })
    expect(source).toBe(join(r.dir, CONFIG_PATH))
    expect(config).toMatchObject({ version: 1, mode: 'enforce', apply_to: 'agents' })
    expect(readFileSync(join(r.dir, CONFIG_PATH), 'utf8')).toMatch(/^# /m)

    const workflow = parse(readFileSync(join(r.dir, WORKFLOW_PATH), 'utf8')) as {
      on: Record<string, { types: string[] }>
      permissions: Record<string, string>
      jobs: { gate: { steps: { uses: string }[] } }
    }
    expect(workflow.on.pull_request!.types).toEqual([
      'opened',
      'synchronize',
      'reopened',
      'ready_for_review',
      'labeled',
      'unlabeled',
      'edited'
    ])
    expect(workflow.on.merge_group!.types).toEqual(['checks_requested'])
    expect(workflow.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      checks: 'write',
      actions: 'read'
    })
    expect(workflow.jobs.gate.steps).toEqual([{ uses: `agent-pr-gate/agent-pr-gate@v${VERSION}` }])
  })

  it('refuses to overwrite without --force, and overwrites with it', async () => {
    const r = await repo()
    await r.write(CONFIG_PATH, 'version: 1\nmode: warn\n')
    const refused = await cli(['init'], r.dir)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(
      `agent-pr-gate: ${CONFIG_PATH} already exists; nothing was written. Pass --force to overwrite, or edit the file by hand\n`
    )
    expect(readFileSync(join(r.dir, CONFIG_PATH), 'utf8')).toBe('version: 1\nmode: warn\n')
    expect(() => readFileSync(join(r.dir, WORKFLOW_PATH))).toThrow()

    const forced = await cli(['init', '--force'], r.dir)
    expect(forced.code).toBe(0)
    expect(readFileSync(join(r.dir, CONFIG_PATH), 'utf8')).toMatch(/^mode: enforce$/m)
  })

  it('exits 2 outside a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-init-'))
    const run = await cli(['init', '--repo', dir], '/')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/is not inside a git repository/)
  })
})

describe('the base in local git mode', () => {
  it('says in text and JSON which base it picked and how', async () => {
    const r = await repo()
    await r.write('src/a.ts', 'export const a = 1\n')
    const baseSha = await r.commit('base')
    await r.branch('codex/fix')
    await r.checkout('codex/fix')
    await r.write('src/a.ts', 'export const a = 2\n')
    const headSha = await r.commit('fix')

    const text = await cli([], r.dir)
    expect(text.stdout).toContain(
      `Base main (the default branch; pass --base to choose), merge-base ${baseSha.slice(0, 7)}; head HEAD ${headSha.slice(0, 7)}`
    )
    const json = await cli(['--base', 'main', '--head', 'codex/fix', '--format', 'json'], r.dir)
    expect(JSON.parse(json.stdout).base).toEqual({
      ref: 'main',
      sha: baseSha,
      how: 'given',
      headRef: 'codex/fix',
      headSha
    })
  })

  it('leaves base out of a report on a ready diff', async () => {
    const r = await repo()
    writeFileSync(join(r.dir, 'x.diff'), '--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n')
    const run = await cli(['--diff', 'x.diff', '--format', 'json'], r.dir)
    expect(JSON.parse(run.stdout)).not.toHaveProperty('base')
  })
})

describe('an internal error', () => {
  it('says it is a bug, where to report it, and exits 2', async () => {
    const r = await repo()
    const broken: CliIo = {
      ...io(r.dir, { stdout: '', stderr: '' }),
      stdout: {
        write: () => {
          throw new TypeError('stdout exploded')
        }
      }
    }
    let stderr = ''
    broken.stderr = { write: (t: string) => (stderr += t) }
    const code = await main(['--version'], broken)
    expect(code).toBe(2)
    expect(stderr).toBe(
      `agent-pr-gate: internal error (a bug in agent-pr-gate ${VERSION}, not in your input): stdout exploded. Please report it at https://github.com/agent-pr-gate/agent-pr-gate/issues with the command you ran.\n`
    )
  })
})
