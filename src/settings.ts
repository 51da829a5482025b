/**
 * Action inputs and runner environment, parsed once into a frozen Settings object. Nothing
 * downstream reads the environment or inputs.
 */
import type { ApplyTo, GateConfig } from './config/types.js'
import type { Mode } from './model.js'

export class SettingsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SettingsError'
  }
}

export interface InputOverrides {
  mode: Mode | null
  applyTo: ApplyTo | null
  failOnIncomplete: boolean | null
}

export interface PullRequestTarget {
  owner: string
  repo: string
  number: number
  headSha: string
  baseSha: string
}

export interface ActionSettings extends InputOverrides {
  token: string
  configPath: string
  manifestPath: string | null
  eventName: string
  target: PullRequestTarget
  apiUrl: string
  workspace: string | null
  reportDir: string
  /** The running workflow's name (`GITHUB_WORKFLOW`): its runs on the head SHA are the gate's own. */
  workflow: string | null
  /** The running workflow run (`GITHUB_RUN_ID`), null when unset or not a positive integer. */
  runId: number | null
}

export type InputReader = (name: string) => string

const MODES: readonly Mode[] = ['enforce', 'warn', 'observe']
const APPLY_TO: readonly ApplyTo[] = ['agents', 'all']
const PR_EVENTS = ['pull_request', 'pull_request_target']

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T | null {
  const value = raw.trim()
  if (value === '') return null
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new SettingsError(
    `Input "${name}" is "${value}", which is not one of ${allowed.join(', ')}. Set it to one of those, or remove it to use the config file's value.`
  )
}

function yamlBoolean(name: string, raw: string): boolean | null {
  const value = raw.trim()
  if (value === '') return null
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new SettingsError(
    `Input "${name}" is "${value}", which is not a boolean. Use true or false (YAML 1.2 core schema).`
  )
}

/** A run id is a positive integer; anything else is ignored, not guessed at. */
function runIdFrom(raw: string | undefined): number | null {
  const value = (raw ?? '').trim()
  if (!/^[1-9]\d*$/.test(value)) return null
  const id = Number(value)
  return Number.isSafeInteger(id) ? id : null
}

function readEvent(eventPath: string | undefined, readFile: (path: string) => string): unknown {
  if (!eventPath) {
    throw new SettingsError(
      'GITHUB_EVENT_PATH is not set, so the gate cannot tell which pull request to judge. Run the action in a GitHub Actions workflow, or use the CLI (agent-pr-gate --help) locally.'
    )
  }
  try {
    return JSON.parse(readFile(eventPath)) as unknown
  } catch (error) {
    throw new SettingsError(
      `Cannot read the event payload at GITHUB_EVENT_PATH: ${error instanceof Error ? error.message : String(error)}. The runner writes this file; re-run the job.`,
      { cause: error }
    )
  }
}

function pick(value: unknown, ...path: string[]): unknown {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

/** The PR the event is about. Only identifiers come from the payload: nothing in it is trusted. */
export function pullRequestTarget(
  event: unknown,
  eventName: string,
  repository: string
): PullRequestTarget {
  if (!PR_EVENTS.includes(eventName)) {
    throw new SettingsError(
      `The workflow event is "${eventName}", but agent-pr-gate judges pull requests. Trigger it with "pull_request" (or "pull_request_target", see the README's security model).`
    )
  }
  const number = pick(event, 'pull_request', 'number') ?? pick(event, 'number')
  const headSha = pick(event, 'pull_request', 'head', 'sha')
  const baseSha = pick(event, 'pull_request', 'base', 'sha')
  const fullName = pick(event, 'repository', 'full_name') ?? repository
  if (typeof number !== 'number' || typeof headSha !== 'string' || typeof baseSha !== 'string') {
    throw new SettingsError(
      'The event payload has no pull_request with a number, head.sha and base.sha. Trigger the action on pull_request events.'
    )
  }
  const [owner, repo] = typeof fullName === 'string' ? fullName.split('/') : []
  if (!owner || !repo) {
    throw new SettingsError(
      `Cannot tell the repository from "${String(fullName)}": expected owner/name.`
    )
  }
  return Object.freeze({ owner, repo, number, headSha, baseSha })
}

export function readSettings(
  input: InputReader,
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string
): ActionSettings {
  const token = input('github-token').trim()
  if (token === '') {
    throw new SettingsError(
      'Input "github-token" is empty. Leave it at its default (${{ github.token }}) and grant the job "pull-requests: read" and "contents: read" (plus "checks: write" and "pull-requests: write" to publish).'
    )
  }
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const event = readEvent(env.GITHUB_EVENT_PATH, readFile)
  const settings: ActionSettings = {
    token,
    configPath: input('config').trim() || '.github/agent-pr-gate.yml',
    manifestPath: input('manifest').trim() || null,
    mode: oneOf('mode', input('mode'), MODES),
    applyTo: oneOf('apply-to', input('apply-to'), APPLY_TO),
    failOnIncomplete: yamlBoolean('fail-on-incomplete', input('fail-on-incomplete')),
    eventName,
    target: pullRequestTarget(event, eventName, env.GITHUB_REPOSITORY ?? ''),
    apiUrl: withoutTrailingSlashes(env.GITHUB_API_URL ?? 'https://api.github.com'),
    workspace: env.GITHUB_WORKSPACE || null,
    reportDir: env.RUNNER_TEMP || env.GITHUB_WORKSPACE || '.',
    // Kept as given: it is compared with the workflow runs' names as GitHub reports them.
    workflow: env.GITHUB_WORKFLOW?.trim() ? env.GITHUB_WORKFLOW : null,
    runId: runIdFrom(env.GITHUB_RUN_ID)
  }
  return Object.freeze(settings)
}

const MODE_STRICTNESS: Record<Mode, number> = { observe: 0, warn: 1, enforce: 2 }

/**
 * Inputs come from the PR's own workflow file under `pull_request`, so an input may make the gate
 * stricter than the base-branch config, never weaker; a weaker input is ignored with a note.
 */
export function applyInputOverrides(
  config: GateConfig,
  overrides: InputOverrides
): { config: GateConfig; notes: string[] } {
  const notes: string[] = []
  let { mode, apply_to: applyTo, fail_on_incomplete: failOnIncomplete } = config
  if (overrides.mode !== null && overrides.mode !== mode) {
    if (MODE_STRICTNESS[overrides.mode] > MODE_STRICTNESS[mode]) mode = overrides.mode
    else
      notes.push(
        `Input mode "${overrides.mode}" ignored: it is weaker than the base config's "${mode}".`
      )
  }
  if (overrides.applyTo !== null && overrides.applyTo !== applyTo) {
    if (overrides.applyTo === 'all') applyTo = 'all'
    else
      notes.push(
        `Input apply-to "${overrides.applyTo}" ignored: it is weaker than the base config's "${applyTo}".`
      )
  }
  if (overrides.failOnIncomplete !== null && overrides.failOnIncomplete !== failOnIncomplete) {
    if (overrides.failOnIncomplete) failOnIncomplete = true
    else
      notes.push(
        'Input fail-on-incomplete "false" ignored: set fail_on_incomplete: false in the base config to allow it.'
      )
  }
  return {
    config: Object.freeze({
      ...config,
      mode,
      apply_to: applyTo,
      fail_on_incomplete: failOnIncomplete
    }),
    notes
  }
}

function withoutTrailingSlashes(url: string): string {
  let end = url.length
  while (end > 0 && url.charCodeAt(end - 1) === 47) end--
  return url.slice(0, end)
}
