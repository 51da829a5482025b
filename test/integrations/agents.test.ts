/**
 * The agent integrations in `integrations/`, run as shipped: each hook command or script is taken
 * from its file, pointed at the built CLI instead of npx, fed a scripted session, and the manifest
 * it leaves is validated against the agent-run/v1 schema.
 */
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { findManifestInBody, parseManifest } from '../../src/manifest/loader.js'
import type { RunManifest } from '../../src/model.js'
import { makeRepo, type TestRepo } from '../support/git-repo.js'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../..')
const CLI = join(ROOT, 'dist/cli.js')
const GATE = `node '${CLI}'`
const NPX = 'npx --no-install agent-pr-gate'

const repos: TestRepo[] = []
const dirs: string[] = []

beforeAll(async () => {
  await expect(readFile(CLI)).resolves.toBeDefined()
})

afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()))
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function repo(): Promise<TestRepo> {
  const made = await makeRepo()
  repos.push(made)
  await made.write('src/page.js', 'export const pages = (n, size) => Math.floor(n / size)\n')
  await made.commit('base')
  return made
}

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gate-agents-'))
  dirs.push(dir)
  return dir
}

interface Ran {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs a shell command line as an agent would run a hook, with `input` on stdin. */
function sh(
  command: string,
  options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }
): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn('sh', ['-c', command], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH, HOME: tmpdir(), ...options.env }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
    child.stdin.end(options.input ?? '')
  })
}

async function valid(path: string): Promise<RunManifest> {
  const state = parseManifest(await readFile(path, 'utf8'), path)
  if (state.status !== 'present') throw new Error(`invalid manifest: ${JSON.stringify(state)}`)
  return state.manifest
}

async function issueFile(dir: string): Promise<string> {
  const path = join(dir, 'task.json')
  await writeFile(
    path,
    JSON.stringify({
      number: 123,
      title: 'Pagination counts one page too few',
      body: 'The last partial page is dropped.\n\nScope: src/**, test/**'
    })
  )
  return path
}

async function startManifest(at: TestRepo, agent: string): Promise<string> {
  const manifest = join(at.dir, '.agent-run.json')
  const task = await issueFile(await scratch())
  const started = await sh(
    `${GATE} manifest init --manifest .agent-run.json --agent ${agent} --task-file '${task}'`,
    { cwd: at.dir }
  )
  expect(started).toMatchObject({ code: 0, stderr: '' })
  return manifest
}

/** A test command that fails on its first run and passes after (the counter lives outside the repo). */
async function flakyTest(): Promise<string> {
  const counter = join(await scratch(), 'runs')
  return `node -e "const f='${counter}',fs=require('fs');const n=fs.existsSync(f)?+fs.readFileSync(f,'utf8'):0;fs.writeFileSync(f,String(n+1));process.exit(n?0:1)"`
}

describe('agent integrations', () => {
  it('Claude Code: the settings hook turns a scripted session into a valid manifest', async () => {
    const at = await repo()
    const manifest = await startManifest(at, 'claude-code')
    const settings = JSON.parse(
      await readFile(join(ROOT, 'integrations/claude-code/settings.json'), 'utf8')
    ) as { hooks: Record<string, { hooks: { command: string }[] }[]> }
    const hook = settings.hooks.PostToolUse![0]!.hooks[0]!.command.replace(NPX, GATE)
    const failureHook = settings.hooks.PostToolUseFailure![0]!.hooks[0]!.command.replace(NPX, GATE)
    const env = { CLAUDE_PROJECT_DIR: at.dir }
    const file = join(at.dir, 'src/page.js')
    const session = [
      {
        hook: hook,
        event: {
          hook_event_name: 'PostToolUse',
          cwd: at.dir,
          tool_name: 'Read',
          tool_input: { file_path: file }
        }
      },
      {
        hook: hook,
        event: {
          hook_event_name: 'PostToolUse',
          cwd: at.dir,
          tool_name: 'Edit',
          tool_input: { file_path: file, old_string: 'floor', new_string: 'ceil' },
          tool_response: { success: true }
        }
      },
      {
        hook: failureHook,
        event: {
          hook_event_name: 'PostToolUseFailure',
          cwd: at.dir,
          tool_name: 'Bash',
          tool_input: { command: 'npm run lint' },
          error: 'exit 1'
        }
      }
    ]
    for (const step of session) {
      expect(
        await sh(step.hook, { cwd: at.dir, env, input: JSON.stringify(step.event) })
      ).toMatchObject({ code: 0 })
    }
    await at.write('src/page.js', 'export const pages = (n, size) => Math.ceil(n / size)\n')
    const test = await flakyTest()
    expect(
      (await sh(`${GATE} record --manifest .agent-run.json -- ${test}`, { cwd: at.dir })).code
    ).toBe(1)
    expect(
      (await sh(`${GATE} record --manifest .agent-run.json -- ${test}`, { cwd: at.dir })).code
    ).toBe(0)

    const written = await valid(manifest)
    expect(written.agent.name).toBe('claude-code')
    expect(written.task).toMatchObject({ id: '#123', scope: { paths: ['src/**', 'test/**'] } })
    expect(written.actions?.map((a) => [a.seq, a.tool, a.summary, a.outcome, a.paths])).toEqual([
      [1, 'Read', 'Read src/page.js', 'ok', ['src/page.js']],
      [2, 'Edit', 'Edit src/page.js', 'ok', ['src/page.js']],
      [3, 'Bash', 'npm run lint', 'error', undefined]
    ])
    expect(written.tests?.map((t) => [t.attempt, t.status, t.recorded_by])).toEqual([
      [1, 'failed', 'agent-pr-gate record'],
      [2, 'passed', 'agent-pr-gate record']
    ])
    // the block attach prints is what the gate reads from a PR body
    const attached = await sh(`${GATE} manifest attach --manifest .agent-run.json`, { cwd: at.dir })
    const found = findManifestInBody(`Fixes #123\n\n${attached.stdout}`)
    expect(found).not.toBeNull()
    expect(parseManifest(found!.text, found!.source).status).toBe('present')
  })

  it('Claude Code: bad hook input is one line on stderr and exit 1, never a blocking exit 2', async () => {
    const at = await repo()
    await startManifest(at, 'claude-code')
    const settings = JSON.parse(
      await readFile(join(ROOT, 'integrations/claude-code/settings.json'), 'utf8')
    ) as { hooks: Record<string, { hooks: { command: string }[] }[]> }
    const hook = settings.hooks.PostToolUse![0]!.hooks[0]!.command.replace(NPX, GATE)
    const ran = await sh(hook, {
      cwd: at.dir,
      env: { CLAUDE_PROJECT_DIR: at.dir },
      input: 'not json'
    })
    expect(ran.code).toBe(1)
    expect(ran.stderr.trim().split('\n')).toHaveLength(1)
    expect(ran.stderr).toMatch(/not JSON/)
  })

  it('Cursor: the hooks.json commands record edits and shell commands and answer {}', async () => {
    const at = await repo()
    const manifest = await startManifest(at, 'cursor')
    const hooks = JSON.parse(
      await readFile(join(ROOT, 'integrations/cursor/hooks.json'), 'utf8')
    ) as {
      hooks: Record<string, { command: string }[]>
    }
    const edit = hooks.hooks.afterFileEdit![0]!.command.replace(NPX, GATE)
    const shell = hooks.hooks.afterShellExecution![0]!.command.replace(NPX, GATE)
    const base = { conversation_id: 'c1', generation_id: 'g1', workspace_roots: [at.dir] }
    const edited = await sh(edit, {
      cwd: at.dir,
      input: JSON.stringify({
        ...base,
        hook_event_name: 'afterFileEdit',
        file_path: join(at.dir, 'src/page.js'),
        edits: [{ old_string: 'floor', new_string: 'ceil' }]
      })
    })
    expect(edited).toMatchObject({ code: 0, stdout: '{}\n' })
    const ran = await sh(shell, {
      cwd: at.dir,
      input: JSON.stringify({
        ...base,
        hook_event_name: 'afterShellExecution',
        command: 'npm test',
        output: 'ok'
      })
    })
    expect(ran).toMatchObject({ code: 0, stdout: '{}\n' })
    const written = await valid(manifest)
    expect(written.actions?.map((a) => [a.tool, a.summary, a.paths])).toEqual([
      ['edit', 'edit src/page.js', ['src/page.js']],
      ['shell', 'npm test', undefined]
    ])
  })

  it('Codex: the exec --json event stream becomes actions, in both item shapes', async () => {
    const at = await repo()
    const manifest = await startManifest(at, 'codex')
    const events = [
      { type: 'thread.started', thread_id: 't1' },
      { type: 'turn.started' },
      {
        type: 'item.completed',
        item: { id: 'item_0', type: 'reasoning', text: 'Looking at pagination' }
      },
      {
        type: 'item.completed',
        item: {
          id: 'item_1',
          type: 'command_execution',
          command: 'bash -lc "npm test"',
          exit_code: 1,
          status: 'failed'
        }
      },
      {
        type: 'item.completed',
        item: {
          id: 'item_2',
          type: 'file_change',
          changes: [{ path: 'src/page.js', kind: 'update' }],
          status: 'completed'
        }
      },
      {
        type: 'item.completed',
        item: { id: 'item_3', item_type: 'command_execution', command: 'npm test', exit_code: 0 }
      },
      { type: 'turn.completed', usage: { input_tokens: 1, output_tokens: 1 } }
    ]
    const file = join(await scratch(), 'events.jsonl')
    await writeFile(file, `${events.map((e) => JSON.stringify(e)).join('\n')}\nnot json\n`)
    const workflow = await readFile(join(ROOT, 'integrations/codex/codex-agent.yml'), 'utf8')
    expect(workflow).toContain(`${NPX} manifest codex --manifest .agent-run.json --events`)
    const added = await sh(`${GATE} manifest codex --manifest .agent-run.json --events '${file}'`, {
      cwd: at.dir
    })
    expect(added.code).toBe(0)
    const written = await valid(manifest)
    expect(written.actions?.map((a) => [a.tool, a.summary, a.outcome, a.paths])).toEqual([
      ['shell', 'bash -lc "npm test"', 'error', undefined],
      ['edit', 'update src/page.js', 'ok', ['src/page.js']],
      ['shell', 'npm test', 'ok', undefined]
    ])
  })

  it('Copilot: the setup step starts the manifest from the issue in the event payload', async () => {
    const at = await repo()
    const workflow = parseYaml(
      await readFile(join(ROOT, 'integrations/copilot/copilot-setup-steps.yml'), 'utf8')
    ) as { jobs: Record<string, { steps: { name?: string; run?: string }[] }> }
    const step = workflow.jobs['copilot-setup-steps']!.steps.find(
      (s) => s.name === 'Start the run manifest'
    )
    expect(step?.run).toBeDefined()
    const dir = await scratch()
    const event = join(dir, 'event.json')
    await writeFile(
      event,
      JSON.stringify({
        action: 'assigned',
        issue: { number: 7, title: 'Fix pages', body: 'Scope: src/**' }
      })
    )
    const ran = await sh(step!.run!.replaceAll(NPX, GATE), {
      cwd: at.dir,
      env: { GITHUB_EVENT_PATH: event, RUNNER_TEMP: dir, GITHUB_RUN_ID: '42' }
    })
    expect(ran).toMatchObject({ code: 0, stderr: '' })
    const written = await valid(join(at.dir, '.agent-run.json'))
    expect(written.agent).toEqual({ name: 'copilot', run_id: '42' })
    expect(written.task).toMatchObject({
      id: '#7',
      request: 'Fix pages\n\nScope: src/**',
      scope: { paths: ['src/**'] }
    })
  })

  it('the shell wrapper records the agent, the files it changed and each test run', async () => {
    const at = await repo()
    const dir = await scratch()
    const task = join(dir, 'task.md')
    await writeFile(task, 'Fix the page count\n\nScope: src/**\n')
    const agent = `sh -c 'printf "export const pages = (n, size) => Math.ceil(n / size)\\n" > src/page.js; printf x > src/new.txt'`
    const ran = await sh(
      `'${join(ROOT, 'integrations/shell/agent-pr-gate-run.sh')}' --task-file '${task}' --scope 'test/**' --test 'exit 0' --agent aider -- ${agent}`,
      { cwd: at.dir, env: { AGENT_PR_GATE: `node ${CLI}` } }
    )
    expect(ran.code).toBe(0)
    const written = await valid(join(at.dir, '.agent-run.json'))
    expect(written.agent.name).toBe('aider')
    expect(written.task.scope?.paths).toEqual(['src/**', 'test/**'])
    expect(written.actions?.map((a) => a.tool)).toEqual(['agent', 'edit'])
    expect([...(written.actions?.[1]?.paths ?? [])].sort()).toEqual(['src/new.txt', 'src/page.js'])
    expect(written.tests).toEqual([
      expect.objectContaining({ attempt: 1, status: 'passed', command: "sh -c 'exit 0'" })
    ])
  })

  it('manifest init refuses to overwrite without --force and rejects an unknown --allow', async () => {
    const at = await repo()
    await startManifest(at, 'codex')
    const again = await sh(
      `${GATE} manifest init --manifest .agent-run.json --agent codex --task x`,
      { cwd: at.dir }
    )
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/exists already; pass --force/)
    const bad = await sh(
      `${GATE} manifest init --manifest other.json --agent codex --task x --allow everything`,
      { cwd: at.dir }
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--allow "everything" is not one of/)
    await run('git', ['status'], { cwd: at.dir })
  })
})
