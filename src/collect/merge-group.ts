/**
 * A merge queue group re-uses the verdict its pull request got on its own head: the group's
 * commit is the base plus that same change, and the approval label was checked against that head.
 * Only a completed `agent-pr-gate` run of the gate's own app counts; anything else fails closed
 * (the queue drops the PR with a reason, it never waits).
 */
import type { PullRequestInfo, VerdictValue } from '../model.js'
import { fetchPullRequest } from './github.js'
import type { GitHubClient } from '../github/client.js'
import { toGitHubApiError } from '../github/errors.js'

export interface QueuedVerdict {
  verdict: VerdictValue
  /** One line naming the PR, its head and the check run the verdict comes from. */
  reason: string
  pr: PullRequestInfo
}

export interface QueuedPullRequest {
  owner: string
  repo: string
  number: number
  /** The app the gate's check runs belong to; null when unknown (then any app's run counts). */
  appSlug: string | null
  checkName: string
}

export async function queuedVerdict(
  client: GitHubClient,
  queued: QueuedPullRequest
): Promise<QueuedVerdict> {
  const pr = await fetchPullRequest(client, queued)
  const head = pr.headSha.slice(0, 12)
  let runs
  try {
    const { data } = await client.octokit.rest.checks.listForRef({
      owner: queued.owner,
      repo: queued.repo,
      ref: pr.headSha,
      check_name: queued.checkName,
      filter: 'latest',
      per_page: 20
    })
    runs = data.check_runs
  } catch (error) {
    throw toGitHubApiError(error, `reading the ${queued.checkName} check runs of #${pr.number}`)
  }
  const own = runs
    .filter((r) => r.name === queued.checkName)
    .filter((r) => queued.appSlug === null || r.app?.slug === queued.appSlug)
    .sort((a, b) => b.id - a.id)[0]
  const label = `#${pr.number} at ${head}`
  if (!own || own.status !== 'completed') {
    return {
      verdict: 'fail',
      reason: `${label} has no completed ${queued.checkName} verdict of its own: let the gate finish on the pull request, then queue it again.`,
      pr
    }
  }
  if (own.conclusion === 'success') {
    return {
      verdict: 'pass',
      reason: `Re-used the verdict of ${label}: the gate passed it (check run ${own.id}).`,
      pr
    }
  }
  return {
    verdict: 'fail',
    reason: `Re-used the verdict of ${label}: the gate concluded "${own.conclusion ?? 'none'}" there (check run ${own.id}); fix or approve the pull request, then queue it again.`,
    pr
  }
}
