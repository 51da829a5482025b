/**
 * Runs the built action (`dist/index.js`, or GATE_DIST/index.js) as a real subprocess with the
 * runner's environment, and reads back what a runner would: outputs, job summary, exit code.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const DIST_DIR = resolve(process.env.GATE_DIST ?? 'dist')

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  dir: string
}

export interface ActionRunOptions {
  apiUrl: string
  event: unknown
  eventName?: string
  inputs?: Record<string, string>
  /** Extra environment (a workspace, a different token). */
  env?: Record<string, string>
  /** The node binary to run with (CI also runs the action on Node 24). */
  node?: string
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'gate-action-'))
  const eventPath = join(dir, 'event.json')
  const outputPath = join(dir, 'output.txt')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(options.event))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const repo =
    (options.event as { repository?: { full_name?: string } }).repository?.full_name ??
    'octo-org/octo-repo'
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: repo,
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'ghs_testtoken',
    ...Object.fromEntries(
      Object.entries(options.inputs ?? {}).map(([k, v]) => [
        `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
        v
      ])
    ),
    ...options.env
  }
  const child = spawn(
    options.node ?? process.env.GATE_NODE ?? process.execPath,
    [join(DIST_DIR, 'index.js')],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? -1)))
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
    dir
  }
}

/** Parses the `GITHUB_OUTPUT` file format (`name<<DELIM` heredocs and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc
      const value: string[] = []
      i++
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++]!)
      out[name!] = value.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      out[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return out
}
