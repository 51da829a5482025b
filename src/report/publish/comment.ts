/**
 * Keeps one gate comment per pull request: found by its hidden marker and updated in place, never
 * posted twice. Best-effort: a read-only token (fork PRs) is a warning.
 */
import type { GitHubClient } from '../../collect/github-client.js'
import { STICKY_MARKER } from '../render/comment.js'
import { warnUnpublished, type PublishLog } from './check-run.js'

export interface CommentTarget {
  owner: string
  repo: string
  /** The pull request's number. */
  number: number
}

export interface StickyCommentOptions {
  /** False: update the comment if there is one, post none (a clean PR never had one to correct). */
  create?: boolean
}

interface StickyComment {
  id: number
  body: string
}

export async function publishStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  log: PublishLog,
  options: StickyCommentOptions = {}
): Promise<void> {
  let existing: StickyComment | null
  try {
    existing = await findStickyComment(client, target)
  } catch (error) {
    warnUnpublished(error, `looking for the gate's comment on #${target.number}`, log)
    return
  }
  if (existing === null && options.create === false) return
  if (existing?.body === body) {
    log.info(`The gate's comment on #${target.number} is up to date.`)
    return
  }
  try {
    if (existing) {
      await updateComment(client, target, existing.id, body)
      log.info(`Updated the gate's comment on #${target.number}.`)
    } else {
      await createComment(client, target, body)
      log.info(`Commented on #${target.number}.`)
    }
  } catch (error) {
    warnUnpublished(error, `writing the gate's comment on #${target.number}`, log)
  }
}

/**
 * The oldest comment that starts with the marker, preferring one a bot wrote: a person quoting
 * the gate's comment does not start with the marker, and a person's own copy is a last resort.
 */
async function findStickyComment(
  client: GitHubClient,
  target: CommentTarget
): Promise<StickyComment | null> {
  const comments = await client.octokit.paginate(client.octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100
  })
  const marked = comments.filter((c) => (c.body ?? '').trimStart().startsWith(STICKY_MARKER))
  const chosen = marked.find((c) => c.user?.type === 'Bot') ?? marked[0]
  return chosen ? { id: chosen.id, body: chosen.body ?? '' } : null
}

async function updateComment(
  client: GitHubClient,
  target: CommentTarget,
  commentId: number,
  body: string
): Promise<void> {
  await client.octokit.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: commentId,
    body
  })
}

async function createComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string
): Promise<void> {
  await client.octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    body
  })
}
