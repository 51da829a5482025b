/** The GitHub reads the label override needs, one function per call, mapped to plain records. */
import type { GitHubClient } from '../github/client.js'
import { readPages } from '../github/pages.js'

/** 1,000 events: a PR with more is read no further, and its labels then do not count. */
const MAX_EVENT_PAGES = 10
/** 500 check suites on one commit is far past any real CI setup. */
const MAX_SUITE_PAGES = 5

export interface RepoRef {
  owner: string
  repo: string
}

export interface IssueEventRecord {
  id: number
  /** `labeled`, `unlabeled`, `head_ref_force_pushed`, ... */
  event: string
  /** The label's name for `labeled`/`unlabeled` events, else null. */
  label: string | null
  /** Null when the account was deleted. */
  actor: { login: string; type: string } | null
  /** Slug of the GitHub App that acted for the actor, when one did. */
  viaApp: string | null
  /** Server-side time of the event (ISO). */
  at: string
}

export interface CheckSuiteRecord {
  headBranch: string | null
  /** Server-side creation time (ISO), null when GitHub omits it. */
  createdAt: string | null
}

/** Every event of a pull request's issue, oldest first (paginated). */
export async function listIssueEvents(
  client: GitHubClient,
  ref: RepoRef,
  number: number
): Promise<IssueEventRecord[]> {
  const events = await readPages(
    client.octokit.paginate.iterator(client.octokit.rest.issues.listEvents, {
      owner: ref.owner,
      repo: ref.repo,
      issue_number: number,
      per_page: 100
    }),
    `listing the events of #${number}`,
    MAX_EVENT_PAGES
  )
  return events.map((e) => {
    const label = 'label' in e && e.label ? e.label.name : null
    const actor = e.actor ? { login: e.actor.login, type: e.actor.type } : null
    return {
      id: e.id,
      event: e.event,
      label,
      actor,
      viaApp: e.performed_via_github_app ? (e.performed_via_github_app.slug ?? 'an app') : null,
      at: e.created_at
    }
  })
}

/** The check suites GitHub holds for a commit SHA (paginated). */
export async function listCheckSuites(
  client: GitHubClient,
  ref: RepoRef,
  sha: string
): Promise<CheckSuiteRecord[]> {
  const suites = await readPages(
    client.octokit.paginate.iterator(client.octokit.rest.checks.listSuitesForRef, {
      owner: ref.owner,
      repo: ref.repo,
      ref: sha,
      per_page: 100
    }),
    `listing the check suites of ${sha.slice(0, 12)}`,
    MAX_SUITE_PAGES
  )
  return suites.map((s) => ({ headBranch: s.head_branch, createdAt: s.created_at }))
}

/** A collaborator's repository role name (`admin`, `maintain`, ..., or a custom role's name). */
export async function getRoleName(
  client: GitHubClient,
  ref: RepoRef,
  login: string
): Promise<string> {
  const { data } = await client.octokit.rest.repos.getCollaboratorPermissionLevel({
    owner: ref.owner,
    repo: ref.repo,
    username: login
  })
  return data.role_name
}
