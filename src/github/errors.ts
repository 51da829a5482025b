/**
 * GitHub API failures as one typed error whose message says what failed, why it matters to the
 * gate and how to fix it. Classified by HTTP status and response headers, never by message text.
 */

/** Retries of a 5xx or an unreachable API before the gate gives up (the retry plugin's count). */
export const SERVER_ERROR_RETRIES = 3

export interface GitHubRequestDetails {
  status: number
  method: string
  url: string
  /** `x-github-request-id`: what GitHub support asks for. */
  requestId: string | null
  /** A primary or secondary rate limit, not a missing permission. */
  rateLimited?: boolean
}

export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError'
  readonly status: number
  readonly method: string
  readonly url: string
  readonly requestId: string | null
  readonly rateLimited: boolean

  constructor(message: string, details: GitHubRequestDetails, options?: { cause?: unknown }) {
    super(message, options)
    this.status = details.status
    this.method = details.method
    this.url = details.url
    this.requestId = details.requestId
    this.rateLimited = details.rateLimited ?? false
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

export interface AbortDetails {
  /** `timeout`: one attempt took too long; `deadline`: the run's read deadline ran out. */
  kind: 'timeout' | 'deadline'
  method: string
  url: string
  /** The attempt's timeout, or the whole deadline, in milliseconds. */
  timeoutMs: number
}

/**
 * A request the gate gave up waiting for. Named `AbortError` because that is how Octokit tells an
 * abort from a network failure: it passes it through unretried, and the deadline bounds the run.
 */
export class RequestAbortedError extends Error {
  override readonly name = 'AbortError'
  readonly kind: AbortDetails['kind']
  readonly method: string
  readonly url: string
  readonly timeoutMs: number

  constructor(details: AbortDetails) {
    const seconds = formatSeconds(details.timeoutMs)
    super(
      details.kind === 'timeout'
        ? `GitHub did not answer ${details.method} ${pathOf(details.url)} within ${seconds} (the per-request timeout)`
        : `the gate's ${seconds} read deadline ran out while ${details.method} ${pathOf(details.url)} was unanswered`
    )
    this.kind = details.kind
    this.method = details.method
    this.url = details.url
    this.timeoutMs = details.timeoutMs
  }
}

/** The run's read deadline ran out: names the requests still unanswered, and what failed. */
export class DeadlineExceededError extends Error {
  override readonly name = 'DeadlineExceededError'
  readonly timeoutMs: number
  readonly pending: readonly string[]

  constructor(timeoutMs: number, pending: readonly string[], failures: readonly string[] = []) {
    const shown = pending.slice(0, 3).join(', ')
    const more = pending.length > 3 ? ` and ${pending.length - 3} more` : ''
    const waiting =
      pending.length > 0
        ? `GitHub had not answered ${shown}${more}`
        : 'the gate was waiting to retry'
    const failed = failures.length > 0 ? `; GitHub had answered ${failures.join(', ')}` : ''
    super(
      `The gate could not read the pull request within its ${formatSeconds(timeoutMs)} deadline: ` +
        `${waiting}${failed}. Rerun the job; if GitHub is slow right now, raise the ` +
        '`deadline-seconds` input.'
    )
    this.timeoutMs = timeoutMs
    this.pending = pending
  }
}

/** A 2xx whose body is not the JSON its content type promises, or lacks a field the gate reads. */
export class MalformedResponseError extends Error {
  override readonly name = 'MalformedResponseError'
  readonly status: number
  readonly method: string
  readonly url: string

  constructor(details: {
    status: number
    method: string
    url: string
    bytes?: number
    problem?: string
  }) {
    const problem =
      details.problem ?? `its body (${details.bytes ?? 0} characters) is not valid JSON`
    super(
      `GitHub answered ${details.status} on ${details.method} ${pathOf(details.url)}, but ${problem}`
    )
    this.status = details.status
    this.method = details.method
    this.url = details.url
  }
}

/** A paginated list that ran past the gate's page cap for it, or whose `Link` headers loop. */
export class PageLimitError extends Error {
  override readonly name = 'PageLimitError'
  readonly what: string
  readonly pages: number

  constructor(what: string, pages: number, reason: 'cap' | 'loop') {
    super(
      reason === 'cap'
        ? `${capitalize(what)} stopped after ${pages} pages, the most the gate reads of this list: the rest was not read.`
        : `${capitalize(what)} stopped after ${pages} pages: GitHub's \`Link\` header pointed back at a page already read.`
    )
    this.what = what
    this.pages = pages
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
  if (error instanceof RequestAbortedError || error instanceof MalformedResponseError) {
    const status = error instanceof MalformedResponseError ? error.status : 0
    const fix =
      error instanceof MalformedResponseError
        ? 'Rerun the job; a proxy or GitHub Enterprise Server in front of GITHUB_API_URL may have answered.'
        : 'Rerun the job; githubstatus.com shows whether GitHub knows of an incident.'
    return new GitHubApiError(
      `${capitalize(what)} failed: ${error.message}. ${fix}`,
      { status, method: error.method, url: error.url, requestId: null },
      { cause: error }
    )
  }
  if (error instanceof PageLimitError) {
    return new GitHubApiError(
      error.message,
      { status: 0, method: 'GET', url: '', requestId: null },
      { cause: error }
    )
  }
  if (error instanceof GitHubApiError || !isHttpFailure(error)) return error
  const headers = error.response?.headers ?? {}
  const requestId = header(headers, 'x-github-request-id')
  const details: GitHubRequestDetails = {
    status: error.status,
    method: error.request.method,
    url: error.request.url,
    requestId,
    rateLimited: isRateLimited(error.status, headers)
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

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
