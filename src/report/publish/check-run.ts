/**
 * The `agent-pr-gate` check run on the head SHA, over the whole run: marked `in_progress` before
 * anything is read, so an earlier `success` never outlives a run that fails, and completed last.
 * Best-effort: a read-only token (fork PRs) or any other HTTP failure is a warning; the exit code
 * stays the gate.
 */
import type { GitHubClient } from '../../github/client.js'
import { GitHubApiError, toGitHubApiError } from '../../github/errors.js'
import { batchAnnotations, type CheckAnnotation } from '../render/annotations.js'
import type { RenderedCheckRun } from '../render/check-run.js'

export const CHECK_RUN_NAME = 'agent-pr-gate'

export interface CheckRunTarget {
  owner: string
  repo: string
  headSha: string
}

export interface PublishLog {
  warning(msg: string): void
  info(msg: string): void
}

/** The check run this run owns. */
export interface StartedCheckRun {
  /** The check run to complete; null when none could be created or taken over. */
  id: number | null
  /** The GitHub App behind the token (`github-actions` for GITHUB_TOKEN), from GitHub's answer. */
  appSlug: string | null
  /** The token may not write checks (a fork PR's read-only token): completing is not tried. */
  forbidden: boolean
}

const IN_PROGRESS = {
  title: 'Running',
  summary:
    'agent-pr-gate is reading this pull request. This check stays in progress (or fails) until ' +
    'the gate has a verdict: a result from an earlier run on this commit no longer stands.'
}

/** Creates the check run `in_progress`; if that fails, takes over the head's existing one. */
export async function startCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  log: PublishLog
): Promise<StartedCheckRun> {
  try {
    const { data } = await client.octokit.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: CHECK_RUN_NAME,
      head_sha: target.headSha,
      status: 'in_progress',
      started_at: new Date().toISOString(),
      output: IN_PROGRESS
    })
    return { id: data.id, appSlug: data.app?.slug ?? null, forbidden: false }
  } catch (error) {
    const failure = asApiFailure(error, `creating the ${CHECK_RUN_NAME} check run`)
    if (failure.status === 403 && !failure.rateLimited) {
      log.warning(`${failure.message} The verdict and exit code stand without a check run.`)
      return { id: null, appSlug: null, forbidden: true }
    }
    log.warning(`${failure.message} Taking over this commit's existing check run instead.`)
  }
  return takeOverCheckRun(client, target, log, { status: 'in_progress', output: IN_PROGRESS })
}

type TakeOver =
  | { status: 'in_progress'; output: { title: string; summary: string } }
  | {
      status: 'completed'
      conclusion: RenderedCheckRun['conclusion']
      completed_at: string
      output: { title: string; summary: string; annotations: CheckAnnotation[] }
    }

/**
 * The newest `agent-pr-gate` run on the head, updated with `update`; where GitHub keeps it
 * completed after being set back to `in_progress`, it is failed instead, so that an earlier
 * success cannot stand for this run.
 */
async function takeOverCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  log: PublishLog,
  update: TakeOver
): Promise<StartedCheckRun> {
  const none: StartedCheckRun = { id: null, appSlug: null, forbidden: false }
  try {
    const { data } = await client.octokit.rest.checks.listForRef({
      owner: target.owner,
      repo: target.repo,
      ref: target.headSha,
      check_name: CHECK_RUN_NAME,
      filter: 'latest',
      per_page: 10
    })
    const newest = data.check_runs
      .filter((run) => run.name === CHECK_RUN_NAME)
      .sort((a, b) => b.id - a.id)[0]
    if (!newest) return none
    const { data: updated } = await client.octokit.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: newest.id,
      ...update
    })
    if (
      update.status === 'in_progress' &&
      updated.status === 'completed' &&
      updated.conclusion !== 'failure'
    ) {
      await client.octokit.rest.checks.update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: newest.id,
        conclusion: 'failure',
        output: {
          title: 'Re-running: the earlier result no longer stands',
          summary: IN_PROGRESS.summary
        }
      })
    }
    return { id: newest.id, appSlug: updated.app?.slug ?? null, forbidden: false }
  } catch (error) {
    const failure = asApiFailure(error, `taking over the ${CHECK_RUN_NAME} check run`)
    log.warning(`${failure.message} No earlier check run of this commit could be taken over.`)
    return none
  }
}

/**
 * Completes the started check run with the verdict (or creates it completed, when starting
 * failed), then sends the remaining annotation batches.
 */
export async function completeCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  started: StartedCheckRun,
  rendered: RenderedCheckRun,
  annotations: CheckAnnotation[],
  log: PublishLog
): Promise<void> {
  if (started.forbidden) return
  const [first = [], ...rest] = batchAnnotations(annotations)
  const output = { title: rendered.title, summary: rendered.summary, annotations: first }
  let checkRunId: number | null
  try {
    if (started.id !== null) {
      await client.octokit.rest.checks.update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: started.id,
        status: 'completed',
        conclusion: rendered.conclusion,
        completed_at: new Date().toISOString(),
        output
      })
      checkRunId = started.id
    } else {
      checkRunId = await createCompleted(client, target, rendered, output, log)
    }
  } catch (error) {
    warnUnpublished(error, `completing the ${CHECK_RUN_NAME} check run`, log)
    return
  }
  if (checkRunId === null) return
  for (const batch of rest) {
    try {
      await addAnnotations(client, target, checkRunId, rendered, batch)
    } catch (error) {
      warnUnpublished(error, `adding annotations to the ${CHECK_RUN_NAME} check run`, log)
      return
    }
  }
  log.info(
    `Check run ${CHECK_RUN_NAME}: ${rendered.conclusion}, ${annotations.length} annotation(s).`
  )
}

/**
 * Created completed at the end; where even that fails, the head's existing run is completed.
 * Null when there was none to complete (each failure was logged).
 */
async function createCompleted(
  client: GitHubClient,
  target: CheckRunTarget,
  rendered: RenderedCheckRun,
  output: { title: string; summary: string; annotations: CheckAnnotation[] },
  log: PublishLog
): Promise<number | null> {
  try {
    const { data } = await client.octokit.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: CHECK_RUN_NAME,
      head_sha: target.headSha,
      status: 'completed',
      conclusion: rendered.conclusion,
      output
    })
    return data.id
  } catch (error) {
    const failure = asApiFailure(error, `creating the ${CHECK_RUN_NAME} check run`)
    if (failure.status === 403 && !failure.rateLimited) throw error
    log.warning(`${failure.message} Completing this commit's existing check run instead.`)
  }
  const taken = await takeOverCheckRun(client, target, log, {
    status: 'completed',
    conclusion: rendered.conclusion,
    completed_at: new Date().toISOString(),
    output
  })
  return taken.id
}

async function addAnnotations(
  client: GitHubClient,
  target: CheckRunTarget,
  checkRunId: number,
  rendered: RenderedCheckRun,
  annotations: CheckAnnotation[]
): Promise<void> {
  // GitHub appends annotations sent in an update; title and summary are required with them.
  await client.octokit.rest.checks.update({
    owner: target.owner,
    repo: target.repo,
    check_run_id: checkRunId,
    output: { title: rendered.title, summary: rendered.summary, annotations }
  })
}

function asApiFailure(error: unknown, what: string): GitHubApiError {
  const failure = toGitHubApiError(error, what)
  if (failure instanceof GitHubApiError) return failure
  throw error
}

/** Logs an HTTP failure (a 403 on a fork PR, say) as a warning; anything else is a bug. */
export function warnUnpublished(error: unknown, what: string, log: PublishLog): void {
  const failure = toGitHubApiError(error, what)
  if (!(failure instanceof GitHubApiError)) throw error
  log.warning(`${failure.message} Publishing is best-effort: the verdict and exit code stand.`)
}
