/**
 * Keeps one gate comment per pull request: found by its hidden marker AND its author, the
 * account the gate's token writes as, and updated in place, never posted twice. A comment anyone
 * else wrote is never adopted, whatever it says. Best-effort: a read-only token is a warning.
 */
import type { GitHubClient } from '../../github/client.js'
import { readPages } from '../../github/pages.js'
import { STICKY_MARKER } from '../render/comment.js'
import { warnUnpublished, type PublishLog } from './check-run.js'

export interface CommentTarget {
  owner: string
  repo: string
  /** The pull request's number. */
  number: number
}

/** A comment of the PR's conversation, as far as the gate needs it. */
export interface ConversationComment {
  id: number
  body: string
  /** The author's login; null for a deleted account. */
  login: string | null
}

export interface StickyCommentOptions {
  /** False: update the comment if there is one, post none (a clean PR never had one to correct). */
  create?: boolean
  /** The login the token writes as (see gateIdentity); null when it could not be told. */
  identity: string | null
  /** The conversation, when it was read ahead of time. */
  comments?: Promise<ConversationComment[]>
}

/** 1,000 comments: a conversation longer than that is not searched further. */
const MAX_COMMENT_PAGES = 10

/** The PR's conversation, read with a page cap. */
export async function listConversation(
  client: GitHubClient,
  target: CommentTarget
): Promise<ConversationComment[]> {
  const comments = await readPages(
    client.octokit.paginate.iterator(client.octokit.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: 100
    }),
    `listing the comments of #${target.number}`,
    MAX_COMMENT_PAGES
  )
  return comments.map((c) => ({ id: c.id, body: c.body ?? '', login: c.user?.login ?? null }))
}

export async function publishStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  log: PublishLog,
  options: StickyCommentOptions
): Promise<void> {
  if (options.identity === null) {
    log.warning(
      `The gate's comment on #${target.number} was not written: the account its token writes ` +
        'as could not be told, so its earlier comment cannot be told from a copy. Grant the job ' +
        '`checks: write` (the check run names the app behind the token).'
    )
    return
  }
  let existing: ConversationComment | null
  try {
    const comments = await (options.comments ?? listConversation(client, target))
    existing = ownStickyComment(comments, options.identity)
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

/** The oldest comment that starts with the marker and was written by the gate's own account. */
export function ownStickyComment(
  comments: readonly ConversationComment[],
  identity: string
): ConversationComment | null {
  const own = identity.toLowerCase()
  return (
    comments.find(
      (c) => c.login?.toLowerCase() === own && c.body.trimStart().startsWith(STICKY_MARKER)
    ) ?? null
  )
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
