/**
 * Action inputs and runner environment, parsed once into a frozen Settings object. Nothing
 * downstream reads the environment or inputs.
 */
import type { ApplyTo, GateConfig } from './config/types.js'
import type { Mode } from './model.js'
import type { PullRequestTarget } from './collect/pull-request.js'

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

export type { PullRequestTarget }

/** A merge queue group: its head commit is the base plus the queued pull request(s). */
export interface MergeGroupTarget {
  owner: string
  repo: string
  headSha: string
  baseSha: string
  /** `refs/heads/gh-readonly-queue/<base>/pr-<number>-<base sha>` */
  headRef: string
  /** The queued pull request, read from `headRef`; null when the ref does not name one. */
  prNumber: number | null
}

/** What the event asks of the gate. */
export type GateEvent =
  | { kind: 'pull_request'; target: PullRequestTarget }
  | { kind: 'merge_group'; target: MergeGroupTarget }
  | { kind: 'unsupported'; name: string }

export const DEFAULT_CONFIG_PATH = '.github/agent-pr-gate.yml'
/** Reads stop at this deadline by default; then the gate publishes a failing verdict. */
export const DEFAULT_DEADLINE_SECONDS = 120
const MAX_DEADLINE_SECONDS = 1800

export interface ActionSettings extends InputOverrides {
  token: string
  configPath: string
  /** The `config` input names a file other than the default: it must exist on the base. */
  configExplicit: boolean
  manifestPath: string | null
  eventName: string
  event: Exclude<GateEvent, { kind: 'unsupported' }>
  /** Milliseconds the gate may spend reading before it gives up with a failing verdict. */
  deadlineMs: number
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
const MERGE_GROUP_EVENT = 'merge_group'

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

/** Whether the gate runs on this event at all; decided before anything else is read. */
export function eventKind(eventName: string): GateEvent['kind'] {
  if (PR_EVENTS.includes(eventName)) return 'pull_request'
  return eventName === MERGE_GROUP_EVENT ? 'merge_group' : 'unsupported'
}

/** The PR the event is about. Only identifiers come from the payload: nothing in it is trusted. */
export function pullRequestTarget(event: unknown, repository: string): PullRequestTarget {
  const number = pick(event, 'pull_request', 'number') ?? pick(event, 'number')
  const headSha = pick(event, 'pull_request', 'head', 'sha')
  const baseSha = pick(event, 'pull_request', 'base', 'sha')
  if (typeof number !== 'number' || typeof headSha !== 'string' || typeof baseSha !== 'string') {
    throw new SettingsError(
      'The event payload has no pull_request with a number, head.sha and base.sha. Trigger the action on pull_request events.'
    )
  }
  const { owner, repo } = repositoryOf(event, repository)
  return Object.freeze({ owner, repo, number, headSha, baseSha })
}

/** The queued group of a `merge_group` event; the PR number comes from GitHub's queue ref. */
export function mergeGroupTarget(event: unknown, repository: string): MergeGroupTarget {
  const headSha = pick(event, 'merge_group', 'head_sha')
  const baseSha = pick(event, 'merge_group', 'base_sha')
  const headRef = pick(event, 'merge_group', 'head_ref')
  if (typeof headSha !== 'string' || typeof baseSha !== 'string' || typeof headRef !== 'string') {
    throw new SettingsError(
      'The merge_group event payload has no merge_group with head_sha, base_sha and head_ref. The runner writes this file; re-run the job.'
    )
  }
  const { owner, repo } = repositoryOf(event, repository)
  const number = /\/pr-([1-9]\d{0,9})-[0-9a-f]+$/.exec(headRef)?.[1]
  return Object.freeze({
    owner,
    repo,
    headSha,
    baseSha,
    headRef,
    prNumber: number === undefined ? null : Number(number)
  })
}

function repositoryOf(event: unknown, repository: string): { owner: string; repo: string } {
  const fullName = pick(event, 'repository', 'full_name') ?? repository
  const [owner, repo] = typeof fullName === 'string' ? fullName.split('/') : []
  if (!owner || !repo) {
    throw new SettingsError(
      `Cannot tell the repository from "${String(fullName)}": expected owner/name.`
    )
  }
  return { owner, repo }
}

function deadlineMs(raw: string): number {
  const value = raw.trim()
  if (value === '') return DEFAULT_DEADLINE_SECONDS * 1000
  const seconds = Number(value)
  if (!/^\d+$/.test(value) || seconds < 1 || seconds > MAX_DEADLINE_SECONDS) {
    throw new SettingsError(
      `Input "deadline-seconds" is "${value}", which is not a whole number of seconds from 1 to ${MAX_DEADLINE_SECONDS}. Remove it to use ${DEFAULT_DEADLINE_SECONDS}.`
    )
  }
  return seconds * 1000
}

/**
 * The settings, or the unsupported event's name: an event the gate does not judge is not an
 * error (the workflow may list it for other jobs), so nothing else is read or checked then.
 */
export function readSettings(
  input: InputReader,
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string
): ActionSettings | { unsupported: string } {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const kind = eventKind(eventName)
  if (kind === 'unsupported') return { unsupported: eventName }
  const token = input('github-token').trim()
  if (token === '') {
    throw new SettingsError(
      'Input "github-token" is empty. Leave it at its default (${{ github.token }}) and grant the job "pull-requests: read" and "contents: read" (plus "checks: write" and "pull-requests: write" to publish).'
    )
  }
  const event = readEvent(env.GITHUB_EVENT_PATH, readFile)
  const repository = env.GITHUB_REPOSITORY ?? ''
  const configPath = input('config').trim() || DEFAULT_CONFIG_PATH
  const settings: ActionSettings = {
    token,
    configPath,
    configExplicit: configPath !== DEFAULT_CONFIG_PATH,
    manifestPath: input('manifest').trim() || null,
    mode: oneOf('mode', input('mode'), MODES),
    applyTo: oneOf('apply-to', input('apply-to'), APPLY_TO),
    failOnIncomplete: yamlBoolean('fail-on-incomplete', input('fail-on-incomplete')),
    eventName,
    event:
      kind === 'merge_group'
        ? { kind, target: mergeGroupTarget(event, repository) }
        : { kind, target: pullRequestTarget(event, repository) },
    deadlineMs: deadlineMs(input('deadline-seconds')),
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
