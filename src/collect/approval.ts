/**
 * The label override, verified live through the API on every run (never from the event payload,
 * which a re-run replays). A label counts only if every check below passes; otherwise it yields
 * one plain line saying why and what to do. Every API failure fails closed.
 */
import type { GateConfig } from '../config/types.js'
import { coAuthorTrailers } from '../trailers.js'
import type { Approval, ApprovalGrant, CommitInfo, PullRequestInfo, Role } from '../model.js'
import {
  getRoleName,
  listCheckSuites,
  listIssueEvents,
  type IssueEventRecord,
  type RepoRef
} from './approval-github.js'
import type { GitHubClient } from '../github/client.js'
import { MalformedResponseError, RequestAbortedError } from '../github/errors.js'

export interface ApprovalTarget {
  owner: string
  repo: string
  pr: PullRequestInfo
  commits: CommitInfo[]
}

const ROLE_ORDER: readonly Role[] = ['read', 'triage', 'write', 'maintain', 'admin']

/** Events after which the PR's head may be a commit that was already in the repository. */
const HEAD_RESET_EVENTS = new Set(['head_ref_force_pushed', 'head_ref_restored', 'reopened'])

interface Candidate {
  label: string
  covers: ApprovalGrant['covers']
}

type Checked<T> = { ok: true; value: T } | { ok: false; reason: string }

interface HeadArrival {
  at: string
}

export async function verifyApproval(
  client: GitHubClient,
  target: ApprovalTarget,
  config: GateConfig
): Promise<Approval> {
  const rejections: string[] = []
  const candidates: Candidate[] = []
  for (const label of target.pr.labels) {
    const candidate = approvalCandidate(label, config)
    if (candidate === null) continue
    if (candidate.ok) candidates.push(candidate.value)
    else rejections.push(candidate.reason)
  }
  if (candidates.length === 0) return { grants: [], rejections }

  const ref: RepoRef = { owner: target.owner, repo: target.repo }
  let events: IssueEventRecord[]
  try {
    events = await listIssueEvents(client, ref, target.pr.number)
  } catch (error) {
    const problem = apiProblem(error, "read the pull request's label events", 'pull-requests: read')
    return {
      grants: [],
      rejections: [...rejections, ...candidates.map((c) => unverified(c, problem))]
    }
  }

  let arrival: Promise<Checked<HeadArrival>> | null = null
  const roles = new Map<string, Promise<Checked<string>>>()
  const grants: ApprovalGrant[] = []
  for (const candidate of candidates) {
    const applied = appliedEvent(candidate, events, target, config)
    if (!applied.ok) {
      rejections.push(applied.reason)
      continue
    }
    const { login, at } = applied.value
    arrival ??= headArrival(client, ref, target.pr, events)
    const head = await arrival
    if (!head.ok) {
      rejections.push(unverified(candidate, head.reason))
      continue
    }
    if (!(Date.parse(at) > Date.parse(head.value.at))) {
      rejections.push(
        `label "${candidate.label}" was applied by @${login} at ${at}, before head ` +
          `${short(target.pr.headSha)} arrived at ${head.value.at}: ask a maintainer to remove and ` +
          're-apply it to approve the current head'
      )
      continue
    }
    let role = roles.get(login.toLowerCase())
    if (!role) {
      role = collaboratorRole(client, ref, login)
      roles.set(login.toLowerCase(), role)
    }
    const roleName = await role
    if (!roleName.ok) {
      rejections.push(unverified(candidate, roleName.reason))
      continue
    }
    const ranked = rankedRole(candidate, login, roleName.value, config.override.min_role)
    if (!ranked.ok) {
      rejections.push(ranked.reason)
      continue
    }
    grants.push({
      label: candidate.label,
      by: login,
      role: ranked.value,
      at,
      headSha: target.pr.headSha,
      covers: candidate.covers
    })
  }
  return { grants, rejections }
}

/** Null when the label is not an approval label at all. */
function approvalCandidate(label: string, config: GateConfig): Checked<Candidate> | null {
  const { label: general, category_label_prefix: prefix } = config.override
  const lower = label.toLowerCase()
  if (lower === general.toLowerCase()) return { ok: true, value: { label, covers: 'all' } }
  if (!prefix || !lower.startsWith(prefix.toLowerCase())) return null
  const named = label.slice(prefix.length).trim().toLowerCase()
  const category = Object.keys(config.sensitive).find((c) => c.toLowerCase() === named)
  if (category) return { ok: true, value: { label, covers: { category } } }
  const known = Object.keys(config.sensitive).join(', ')
  return {
    ok: false,
    reason:
      `label "${label}" names no sensitive category of the config (known: ${known}): ` +
      `remove it and apply ${prefix}<category> for the category that needs approval`
  }
}

/** The latest `labeled` event of the label, if it stands and its actor may approve. */
function appliedEvent(
  candidate: Candidate,
  events: IssueEventRecord[],
  target: ApprovalTarget,
  config: GateConfig
): Checked<{ login: string; at: string }> {
  const name = candidate.label.toLowerCase()
  const own = events.filter(
    (e) => (e.event === 'labeled' || e.event === 'unlabeled') && e.label?.toLowerCase() === name
  )
  const lastLabeled = own.findLastIndex((e) => e.event === 'labeled')
  const label = `label "${candidate.label}"`
  if (lastLabeled < 0) {
    return {
      ok: false,
      reason:
        `${label} is on the PR but GitHub's events show no one applying it, so it does not ` +
        'count: ask a maintainer to remove and re-apply it'
    }
  }
  const removal = own.slice(lastLabeled + 1).find((e) => e.event === 'unlabeled')
  if (removal) {
    return {
      ok: false,
      reason:
        `${label} was removed${removal.actor ? ` by @${removal.actor.login}` : ''} at ` +
        `${removal.at} after it was last applied: ask a maintainer to apply it again`
    }
  }
  const event = own[lastLabeled]!
  const again = 'ask a maintainer to remove and re-apply it'
  if (!event.actor) {
    return { ok: false, reason: `${label} was applied by a deleted account: ${again}` }
  }
  const login = event.actor.login
  if (event.viaApp) {
    return {
      ok: false,
      reason: `${label} was applied by the app ${event.viaApp} acting for @${login}; only a person applying it counts: ${again}`
    }
  }
  if (event.actor.type === 'Bot' || login.toLowerCase().endsWith('[bot]')) {
    return {
      ok: false,
      reason: `${label} was applied by the bot @${login}; bots cannot approve: ${again}`
    }
  }
  if (event.actor.type !== 'User') {
    return {
      ok: false,
      reason: `${label} was applied by @${login}, a ${event.actor.type} account, not a user: ${again}`
    }
  }
  if (!config.override.allow_author && sameLogin(login, target.pr.author.login)) {
    return {
      ok: false,
      reason: `${label} was applied by @${login}, the PR's author, who cannot approve their own PR: ask a maintainer to apply it`
    }
  }
  const coauthored = config.override.allow_coauthors
    ? null
    : coauthoredCommit(login, target.commits)
  if (coauthored) {
    return {
      ok: false,
      reason: `${label} was applied by @${login}, a co-author of commit ${short(coauthored)}, who cannot approve it: ask another maintainer to apply it`
    }
  }
  return { ok: true, value: { login, at: event.at } }
}

function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

/** The SHA of a head commit that names the login in a `Co-authored-by` trailer, else null. */
function coauthoredCommit(login: string, commits: CommitInfo[]): string | null {
  const lower = login.toLowerCase()
  const noreply = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i
  for (const commit of commits) {
    for (const co of coAuthorTrailers(commit.message)) {
      const email = noreply.exec(co.email.trim())?.[1]?.toLowerCase()
      if (email === lower || co.name.trim().toLowerCase() === lower) return commit.sha
    }
  }
  return null
}

/**
 * When the current head commit arrived, by a server-side clock: the earliest check suite GitHub
 * created for the head SHA on this branch, after the PR's last force push, branch restore or
 * reopen (after those, the head may be a commit that was pushed earlier). The commit's own dates
 * are written by its author and never used.
 */
async function headArrival(
  client: GitHubClient,
  ref: RepoRef,
  pr: PullRequestInfo,
  events: IssueEventRecord[]
): Promise<Checked<HeadArrival>> {
  const resets = events.filter((e) => HEAD_RESET_EVENTS.has(e.event)).map((e) => Date.parse(e.at))
  const since = resets.reduce((latest, at) => Math.max(latest, at), Number.NEGATIVE_INFINITY)
  let suites
  try {
    suites = await listCheckSuites(client, ref, pr.headSha)
  } catch (error) {
    return {
      ok: false,
      reason: apiProblem(error, 'read the check suites of the head', 'checks: read')
    }
  }
  const times = suites
    .filter((s) => s.headBranch === null || s.headBranch === pr.headRef)
    .flatMap((s) => (s.createdAt ? [s.createdAt] : []))
    .filter((t) => Date.parse(t) >= since)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
  const first = times[0]
  if (first === undefined) {
    return {
      ok: false,
      reason:
        `GitHub has no check suite on head ${short(pr.headSha)} since its last push, so when ` +
        'it arrived is unknown: re-apply the label once CI has started on the current head'
    }
  }
  return { ok: true, value: { at: first } }
}

async function collaboratorRole(
  client: GitHubClient,
  ref: RepoRef,
  login: string
): Promise<Checked<string>> {
  try {
    return { ok: true, value: await getRoleName(client, ref, login) }
  } catch (error) {
    // GitHub answers 404 for an account that is not a collaborator of a private repository.
    if (httpStatus(error) === 404) return { ok: true, value: 'none' }
    return {
      ok: false,
      reason: apiProblem(error, `read the repository role of @${login}`, 'metadata: read')
    }
  }
}

function rankedRole(
  candidate: Candidate,
  login: string,
  roleName: string,
  min: Role
): Checked<Role> {
  const rank = ROLE_ORDER.indexOf(roleName as Role)
  const label = `label "${candidate.label}" was applied by @${login}`
  const ask = `ask a maintainer (${min} or higher) to remove and re-apply it`
  if (roleName === '' || roleName === 'none') {
    return { ok: false, reason: `${label}, who has no role on this repository: ${ask}` }
  }
  if (rank < 0) {
    return {
      ok: false,
      reason: `${label}, whose role "${roleName}" is not a built-in role and is treated as below ${min}: ${ask}`
    }
  }
  if (rank < ROLE_ORDER.indexOf(min)) {
    return { ok: false, reason: `${label} (${roleName}); needs ${min} or higher: ${ask}` }
  }
  return { ok: true, value: ROLE_ORDER[rank]! }
}

function unverified(candidate: Candidate, problem: string): string {
  return `label "${candidate.label}" could not be verified and does not count on this run: ${problem}`
}

/** An API failure as one line, by HTTP status; a non-HTTP error is a bug and is rethrown. */
function apiProblem(error: unknown, what: string, permission: string): string {
  if (error instanceof RequestAbortedError || error instanceof MalformedResponseError) {
    return `the gate could not ${what}: ${error.message}; re-run the job`
  }
  const status = httpStatus(error)
  if (status === null) throw error
  if (status === 401 || status === 403 || status === 404) {
    return `the token could not ${what} (HTTP ${status}): give the workflow the permission ${permission} and re-run the job`
  }
  return `GitHub failed to ${what} (HTTP ${status}): re-run the job`
}

function httpStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('status' in error)) return null
  return typeof error.status === 'number' ? error.status : null
}

function short(sha: string): string {
  return sha.slice(0, 7)
}
