/**
 * The head commit's CI history, for reruns until green: every check run (`filter=all` keeps the
 * failed attempts a rerun hides), the workflow runs on the head SHA, and the earlier attempts of
 * runs that were re-run. One page of each in the common case; attempts only when a run was
 * re-run. What the token cannot read (fork PRs, expired runs) becomes a note, never a failure.
 */
import type { RestEndpointMethodTypes } from '@octokit/rest'
import type { CheckRunRecord, CiHistory, WorkflowRunAttempt, WorkflowRunRecord } from '../model.js'
import type { GitHubClient } from '../github/client.js'
import { toGitHubApiError } from '../github/errors.js'

type CheckRunData =
  RestEndpointMethodTypes['checks']['listForRef']['response']['data']['check_runs'][number]
type WorkflowRunData =
  RestEndpointMethodTypes['actions']['listWorkflowRunsForRepo']['response']['data']['workflow_runs'][number]

export interface CiHistoryTarget {
  owner: string
  repo: string
  headSha: string
  /** The gate's own check run (default `agent-pr-gate`): its earlier verdicts are not CI. */
  excludeCheckName?: string
  /** The gate's workflow name (`GITHUB_WORKFLOW`): runs so named are the gate's, as a fallback. */
  excludeWorkflowName?: string | null
  /** The workflow run the gate runs in (`GITHUB_RUN_ID`): its workflow's runs are the gate's. */
  excludeWorkflowRunId?: number | null
}

const PER_PAGE = 100
/** Past this many pages of check runs or workflow runs, the rest is left out with a note. */
const MAX_PAGES = 5
/** Earlier attempts read at most, newest runs first. */
const MAX_ATTEMPT_REQUESTS = 10

/** Not readable with this token or no longer kept: the other sources still count. */
const UNAVAILABLE = new Set([403, 404, 410])

export async function collectCiHistory(
  client: GitHubClient,
  target: CiHistoryTarget
): Promise<CiHistory> {
  const notes: string[] = []
  const short = target.headSha.slice(0, 12)
  // Read side by side; each keeps its own notes so that their order does not depend on timing.
  const checkNotes: string[] = []
  const runNotes: string[] = []
  const [checks, runs] = await Promise.all([
    degrade(listCheckRuns(client, target, checkNotes), checkNotes, `check runs on ${short}`),
    degrade(listWorkflowRuns(client, target, runNotes), runNotes, `workflow runs on ${short}`)
  ])
  for (const note of [...checkNotes, ...runNotes]) notes.push(note)
  const ownRuns = gateWorkflowRuns(runs ?? [], target)
  const ownIds = new Set(ownRuns.map((r) => r.id))
  const ownSuites = new Set(ownRuns.map((r) => r.check_suite_id))
  const excludeName = target.excludeCheckName ?? 'agent-pr-gate'
  const otherChecks = (checks ?? []).filter(
    (c) => c.name !== excludeName && !(c.check_suite && ownSuites.has(c.check_suite.id))
  )
  const otherRuns = (runs ?? []).filter((r) => !ownIds.has(r.id))
  const ownChecks = (checks ?? []).length - otherChecks.length
  if (ownChecks + ownRuns.length > 0) {
    notes.push(
      `Left out ${plural(ownChecks, 'check run')} and ${plural(ownRuns.length, 'workflow run')} on ${short} as the gate's own: its earlier verdicts are not CI.`
    )
  }
  const workflowRuns = await withAttempts(client, target, otherRuns, notes)
  return { checkRuns: otherChecks.map(toCheckRunRecord), workflowRuns, junit: [], notes }
}

/**
 * The gate's own workflow runs: every run of the current run's workflow (by `workflow_id`, which a
 * rename or a same-named workflow cannot fake); by name only when the current run is not listed.
 */
function gateWorkflowRuns(
  runs: readonly WorkflowRunData[],
  target: CiHistoryTarget
): WorkflowRunData[] {
  const current = runs.find((r) => r.id === target.excludeWorkflowRunId)
  if (current) return runs.filter((r) => r.workflow_id === current.workflow_id)
  const name = target.excludeWorkflowName
  return name ? runs.filter((r) => r.name === name) : []
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** All check runs on the ref, every attempt included. */
async function listCheckRuns(
  client: GitHubClient,
  target: CiHistoryTarget,
  notes: string[]
): Promise<CheckRunData[]> {
  const out: CheckRunData[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await client.octokit.rest.checks.listForRef({
      owner: target.owner,
      repo: target.repo,
      ref: target.headSha,
      filter: 'all',
      per_page: PER_PAGE,
      page
    })
    for (const item of data.check_runs) out.push(item)
    if (out.length >= data.total_count || data.check_runs.length < PER_PAGE) return out
  }
  notes.push(`Only the first ${out.length} check runs on ${target.headSha.slice(0, 12)} were read.`)
  return out
}

/** The workflow runs GitHub Actions made for the head SHA. */
async function listWorkflowRuns(
  client: GitHubClient,
  target: CiHistoryTarget,
  notes: string[]
): Promise<WorkflowRunData[]> {
  const out: WorkflowRunData[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await client.octokit.rest.actions.listWorkflowRunsForRepo({
      owner: target.owner,
      repo: target.repo,
      head_sha: target.headSha,
      per_page: PER_PAGE,
      page
    })
    for (const item of data.workflow_runs) out.push(item)
    if (out.length >= data.total_count || data.workflow_runs.length < PER_PAGE) return out
  }
  notes.push(
    `Only the first ${out.length} workflow runs on ${target.headSha.slice(0, 12)} were read.`
  )
  return out
}

/** One earlier attempt of a re-run workflow run. */
async function getWorkflowRunAttempt(
  client: GitHubClient,
  target: CiHistoryTarget,
  runId: number,
  attempt: number
): Promise<WorkflowRunAttempt> {
  const { data } = await client.octokit.rest.actions.getWorkflowRunAttempt({
    owner: target.owner,
    repo: target.repo,
    run_id: runId,
    attempt_number: attempt,
    exclude_pull_requests: true
  })
  return { attempt, conclusion: data.conclusion ?? null, startedAt: data.run_started_at ?? null }
}

async function withAttempts(
  client: GitHubClient,
  target: CiHistoryTarget,
  runs: readonly WorkflowRunData[],
  notes: string[]
): Promise<WorkflowRunRecord[]> {
  const wanted: { run: WorkflowRunData; attempt: number }[] = []
  const newestFirst = [...runs].sort((a, b) => b.id - a.id)
  for (const run of newestFirst) {
    for (let attempt = (run.run_attempt ?? 1) - 1; attempt >= 1; attempt--)
      wanted.push({ run, attempt })
  }
  if (wanted.length > MAX_ATTEMPT_REQUESTS) {
    notes.push(
      `${wanted.length - MAX_ATTEMPT_REQUESTS} earlier workflow run attempts were not read (at most ${MAX_ATTEMPT_REQUESTS}).`
    )
  }
  // Read together; each keeps its own notes so that their order does not depend on timing.
  const read = await Promise.all(
    wanted.slice(0, MAX_ATTEMPT_REQUESTS).map(async ({ run, attempt }) => {
      const own: string[] = []
      const found = await degrade(
        getWorkflowRunAttempt(client, target, run.id, attempt),
        own,
        `attempt ${attempt} of workflow run ${run.id} ("${run.name ?? ''}")`
      )
      return { runId: run.id, found, notes: own }
    })
  )
  for (const r of read) for (const item of r.notes) notes.push(item)
  return runs.map((run) => {
    const latest: WorkflowRunAttempt = {
      attempt: run.run_attempt ?? 1,
      conclusion: run.conclusion ?? null,
      startedAt: run.run_started_at ?? null
    }
    const earlier = read
      .filter((r) => r.runId === run.id && r.found !== null)
      .map((r) => r.found!)
      .sort((a, b) => a.attempt - b.attempt)
    return {
      id: run.id,
      name: run.name ?? run.display_title,
      runAttempt: latest.attempt,
      conclusion: latest.conclusion,
      attempts: [...earlier, latest]
    }
  })
}

function toCheckRunRecord(run: CheckRunData): CheckRunRecord {
  return {
    id: run.id,
    name: run.name,
    status: run.status,
    conclusion: run.conclusion ?? null,
    startedAt: run.started_at ?? null,
    completedAt: run.completed_at ?? null,
    appSlug: run.app?.slug ?? null
  }
}

/** The value, or null with a note when GitHub says the token cannot see it or it is gone. */
async function degrade<T>(request: Promise<T>, notes: string[], what: string): Promise<T | null> {
  try {
    return await request
  } catch (error) {
    const status = httpStatus(error)
    if (status === null || !UNAVAILABLE.has(status) || rateLimited(error)) {
      throw toGitHubApiError(error, `reading the ${what}`)
    }
    notes.push(
      `Could not read the ${what} (HTTP ${status}: ${UNAVAILABLE_REASON[status]}); reruns there were not checked.`
    )
    return null
  }
}

const UNAVAILABLE_REASON: Record<number, string> = {
  403: 'the token lacks `checks: read` or `actions: read`, as on fork pull requests',
  404: 'not found or not visible to the token; old runs expire',
  410: 'no longer kept'
}

/** A 403 that is a spent rate limit is not a missing permission: the whole gate is affected. */
function rateLimited(error: unknown): boolean {
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers
  return headers?.['x-ratelimit-remaining'] === '0' || headers?.['retry-after'] !== undefined
}

function httpStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('status' in error)) return null
  const status = (error as { status: unknown }).status
  return typeof status === 'number' ? status : null
}
