/**
 * GitHub API failures as one typed error whose message says what failed, why it matters to the
 * gate and how to fix it. Classified by HTTP status and response headers, never by message text.
 */
import { SERVER_ERROR_RETRIES } from './github-client.js'

export interface GitHubRequestDetails {
  status: number
  method: string
  url: string
  /** `x-github-request-id`: what GitHub support asks for. */
  requestId: string | null
}

export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError'
  readonly status: number
  readonly method: string
  readonly url: string
  readonly requestId: string | null

  constructor(message: string, details: GitHubRequestDetails, options?: { cause?: unknown }) {
    super(message, options)
    this.status = details.status
    this.method = details.method
    this.url = details.url
    this.requestId = details.requestId
  }
}

/** A repository path the gate must read as a file is a directory, a submodule or a symlink. */
export class NotAFileError extends Error {
  override readonly name = 'NotAFileError'
  readonly path: string
  readonly ref: string
  /** What GitHub says the path is: `dir`, `submodule`, `symlink`. */
  readonly kind: string

  constructor(target: { path: string; ref: string }, kind: string) {
    super(
      `${target.path} at ${target.ref} is a ${kind}, not a file: the gate cannot read it. ` +
        `Point the setting at a regular file committed on the base branch.`
    )
    this.path = target.path
    this.ref = target.ref
    this.kind = kind
  }
}

/** The shape of `@octokit/request-error`'s RequestError that classification needs. */
interface HttpFailure {
  status: number
  request: { method: string; url: string }
  response?: { headers: Record<string, string | number | undefined>; data?: unknown }
}

function isHttpFailure(error: unknown): error is HttpFailure {
  if (typeof error !== 'object' || error === null) return false
  const candidate = error as Partial<HttpFailure>
  return (
    typeof candidate.status === 'number' &&
    typeof candidate.request === 'object' &&
    candidate.request !== null &&
    typeof candidate.request.method === 'string' &&
    typeof candidate.request.url === 'string'
  )
}

/**
 * Wraps an Octokit request failure into a GitHubApiError that names `what` the gate was doing
 * (e.g. `reading pull request octo/app#7`). Anything that is not an HTTP failure is returned as is.
 */
export function toGitHubApiError(error: unknown, what: string): GitHubApiError | unknown {
  if (error instanceof GitHubApiError || !isHttpFailure(error)) return error
  const headers = error.response?.headers ?? {}
  const requestId = header(headers, 'x-github-request-id')
  const details: GitHubRequestDetails = {
    status: error.status,
    method: error.request.method,
    url: error.request.url,
    requestId
  }
  const where = `${details.method} ${pathOf(details.url)}`
  const said = apiMessage(error.response?.data)
  const reference = requestId ? ` (request id ${requestId})` : ''
  const message = `${capitalize(what)} failed: ${explain(error, headers, where, said)}${reference}`
  return new GitHubApiError(message, details, { cause: error })
}

function explain(
  error: HttpFailure,
  headers: Record<string, string | number | undefined>,
  where: string,
  said: string
): string {
  const status = error.status
  if (!error.response) {
    return (
      `GitHub could not be reached (${where}, after ${SERVER_ERROR_RETRIES} retries` +
      `${said ? `: ${said}` : ''}). Check GITHUB_API_URL and the runner's network, then rerun.`
    )
  }
  if (status === 401) {
    return (
      `GitHub rejected the token (401 on ${where}): it is invalid or expired. ` +
      'Pass a valid token in the `github-token` input (the default `${{ github.token }}` works).'
    )
  }
  if (isRateLimited(status, headers)) {
    const primary = header(headers, 'x-ratelimit-remaining') === '0'
    const reset = Number(header(headers, 'x-ratelimit-reset'))
    const retryAfter = header(headers, 'retry-after')
    const wait =
      primary && reset > 0
        ? `the quota resets at ${new Date(reset * 1000).toISOString()}`
        : retryAfter
          ? `GitHub asks to wait ${retryAfter}s (a secondary rate limit: too many requests at once)`
          : 'GitHub did not say for how long'
    return (
      `the GitHub API rate limit is exhausted (${status} on ${where}), and ${wait}. ` +
      'Rerun the job after that, or give the gate a token with its own quota.'
    )
  }
  if (status === 403) {
    const permission = missingPermission(headers, error.request.method, error.request.url)
    return (
      `the token lacks a permission (403 on ${where}${said ? `: ${said}` : ''}). ` +
      `Grant ${permission} in the workflow's \`permissions:\` block ` +
      '(fork pull requests get a read-only token).'
    )
  }
  if (status === 404) {
    return (
      `GitHub answered 404 on ${where}: the pull request, the repository or the ref does not ` +
      'exist, or the token cannot see it. Check the repository and number, and that the token ' +
      'has `contents: read` and `pull-requests: read` on this repository.'
    )
  }
  if (status === 406) {
    return (
      `GitHub refused to render the diff (406 on ${where}): it is too large for the diff media ` +
      'type (over 300 files or 20,000 lines). The gate reads such PRs file by file instead.'
    )
  }
  if (status === 422) {
    return (
      `GitHub rejected the request as invalid (422 on ${where}${said ? `: ${said}` : ''}). ` +
      'The pull request may have changed during the run: rerun the job, and report it if it ' +
      'persists.'
    )
  }
  if (status >= 500) {
    return (
      `GitHub is failing (${status} on ${where}, still after ${SERVER_ERROR_RETRIES} retries). ` +
      'Rerun the job later; githubstatus.com shows whether GitHub knows of an incident.'
    )
  }
  return (
    `GitHub answered ${status} on ${where}${said ? `: ${said}` : ''}. ` +
    'Rerun the job, and report it if it persists.'
  )
}

function isRateLimited(status: number, headers: Record<string, string | number | undefined>) {
  if (status !== 403 && status !== 429) return false
  return (
    status === 429 ||
    header(headers, 'x-ratelimit-remaining') === '0' ||
    header(headers, 'retry-after') !== null
  )
}

/**
 * GitHub names what an installation token lacks in `x-accepted-github-permissions`: sets of
 * `name=access` pairs, `,` within a set, `;` between alternatives. Without it, infer from the path.
 */
function missingPermission(
  headers: Record<string, string | number | undefined>,
  method: string,
  url: string
): string {
  const accepted = header(headers, 'x-accepted-github-permissions')
  if (accepted) {
    const sets = accepted
      .split(';')
      .map((set) =>
        set
          .split(',')
          .map((pair) => pair.trim())
          .filter((pair) => pair.includes('='))
          .map((pair) => `\`${pair.replace(/_/g, '-').replace('=', ': ')}\``)
          .join(' and ')
      )
      .filter((set) => set.length > 0)
    if (sets.length > 0) return sets.join(' or ')
  }
  const access = method === 'GET' || method === 'HEAD' ? 'read' : 'write'
  const path = pathOf(url)
  const scope = /\/pulls(\/|$)/.test(path)
    ? 'pull-requests'
    : /\/issues(\/|$)/.test(path)
      ? 'issues'
      : /\/(check-runs|check-suites)(\/|$)/.test(path)
        ? 'checks'
        : /\/actions\//.test(path)
          ? 'actions'
          : 'contents'
  return `\`${scope}: ${access}\``
}

function header(headers: Record<string, string | number | undefined>, name: string) {
  const value = headers[name]
  return value === undefined ? null : String(value)
}

function apiMessage(data: unknown): string {
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const message = (data as { message: unknown }).message
    if (typeof message === 'string') return message
  }
  return ''
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.pathname + parsed.search
  } catch {
    return url
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
