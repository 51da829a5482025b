/**
 * Publishes the `agent-pr-gate` check run on the head SHA. Best-effort: a read-only token (fork
 * PRs) or any other HTTP failure is a warning; the exit code stays the gate.
 */
import type { GitHubClient } from '../../collect/github-client.js'
import { GitHubApiError, toGitHubApiError } from '../../collect/github-errors.js'
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

export async function publishCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  rendered: RenderedCheckRun,
  annotations: CheckAnnotation[],
  log: PublishLog
): Promise<void> {
  const [first = [], ...rest] = batchAnnotations(annotations)
  let checkRunId: number
  try {
    checkRunId = await createCheckRun(client, target, rendered, first)
  } catch (error) {
    warnUnpublished(error, `creating the ${CHECK_RUN_NAME} check run`, log)
    return
  }
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

async function createCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  rendered: RenderedCheckRun,
  annotations: CheckAnnotation[]
): Promise<number> {
  const { data } = await client.octokit.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: CHECK_RUN_NAME,
    head_sha: target.headSha,
    status: 'completed',
    conclusion: rendered.conclusion,
    output: { title: rendered.title, summary: rendered.summary, annotations }
  })
  return data.id
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

/** Logs an HTTP failure (a 403 on a fork PR, say) as a warning; anything else is a bug. */
export function warnUnpublished(error: unknown, what: string, log: PublishLog): void {
  const failure = toGitHubApiError(error, what)
  if (!(failure instanceof GitHubApiError)) throw error
  log.warning(`${failure.message} Publishing is best-effort: the verdict and exit code stand.`)
}
