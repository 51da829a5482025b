/**
 * The GitHub client: Octokit with rate-limit waits and 5xx retries, a timeout on every request,
 * an optional deadline that ends every request still running, and a check that a 200 carries the
 * JSON it claims. It counts what it sends so the report can say how much of the quota a run cost.
 */
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import {
  DeadlineExceededError,
  MalformedResponseError,
  RequestAbortedError,
  SERVER_ERROR_RETRIES
} from './errors.js'

/** The one GitHub client every collector and publisher receives. */
export interface GitHubClient {
  octokit: Octokit
  /** Requests sent so far by this client and its bounded copies (retries included). */
  apiCalls(): number
  /** Requests sent and not answered yet, as `GET /repos/...`, oldest first. */
  pending(): string[]
  /** The last few failing answers, as `502 on GET /repos/...`, oldest first. */
  failures(): string[]
  /**
   * The same token and call count; every request also ends when `bounds` runs out, and a 5xx is
   * retried `serverErrorRetries` times (default SERVER_ERROR_RETRIES).
   */
  within(bounds: RequestBounds, serverErrorRetries?: number): GitHubClient
  /**
   * The same token, count and bounds, with a write queue of its own: its writes are spaced a
   * second apart from each other, not from the other queue's (an update waits on no creation).
   */
  writeQueue(name: string): GitHubClient
}

/** A deadline: the signal aborts at `endsAt` (epoch ms) with the reason to report. */
export interface RequestBounds {
  signal: AbortSignal
  endsAt: number
}

export interface GitHubClientOptions {
  token: string
  /** `GITHUB_API_URL` (GitHub Enterprise Server has its own). */
  baseUrl: string
  log: { info(msg: string): void; warning(msg: string): void }
  /** Milliseconds per second of `retry-after` and of the 5xx backoff (tests shorten it). */
  retryBaseMs?: number
  /** Per attempt; default REQUEST_TIMEOUT_MS. */
  requestTimeoutMs?: number
  /** Retries of a 5xx or a network failure; default SERVER_ERROR_RETRIES. */
  serverErrorRetries?: number
  bounds?: RequestBounds
  /** The throttling plugin spaces writes per queue name; default `default`. */
  writeQueue?: string
}

/** Retries after a rate limit; `GITHUB_TOKEN` has 1,000 requests an hour per repository. */
const RATE_LIMIT_RETRIES = 2
/** Waiting for an hourly quota to reset would hold the runner longer than a rerun costs. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120
/** GitHub ends its own requests at 10 s; an attempt still silent at 15 s is not coming back. */
export const REQUEST_TIMEOUT_MS = 15_000
/** Statuses a retry cannot fix; 403 and 429 rate limits are retried by the throttling plugin. */
const DO_NOT_RETRY = [400, 401, 403, 404, 406, 410, 422, 429, 451]

/** Failing answers remembered for a deadline message. */
const FAILURES_KEPT = 3

interface Shared {
  failures: string[]
  sent: number
  inFlight: Map<number, string>
  nextId: number
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  return build(options, { failures: [], sent: 0, inFlight: new Map(), nextId: 0 })
}

function build(options: GitHubClientOptions, shared: Shared): GitHubClient {
  const baseMs = options.retryBaseMs ?? 1000
  const timeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS
  const bounds = options.bounds
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _: unknown, count: number) => {
      const what = `${request.method} ${request.url}`
      const left = bounds ? Math.floor((bounds.endsAt - Date.now()) / 1000) : Infinity
      const limit = Math.min(MAX_RATE_LIMIT_WAIT_SECONDS, left)
      if (count >= RATE_LIMIT_RETRIES || retryAfter > limit) {
        options.log.warning(
          `GitHub ${kind} hit on ${what}; not waiting ${retryAfter}s (retried ${count} of ` +
            `${RATE_LIMIT_RETRIES} times; the gate waits ${limit}s at most now).`
        )
        return false
      }
      options.log.warning(
        `GitHub ${kind} hit on ${what}; waiting ${retryAfter}s before retry ` +
          `${count + 1} of ${RATE_LIMIT_RETRIES}.`
      )
      return true
    }
  const GateOctokit = Octokit.plugin(retry, throttling)
  const octokit = new GateOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'agent-pr-gate',
    // Octokit logs every request at info and every failure at error; failures reach the caller.
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (message: string) => options.log.warning(message),
      error: () => undefined
    },
    // Counted at fetch, the innermost layer, so every retry of either plugin is counted once.
    request: {
      fetch: async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
        const method = init?.method ?? 'GET'
        const url = String(input)
        shared.sent++
        const id = shared.nextId++
        shared.inFlight.set(id, `${method} ${pathOf(url)}`)
        try {
          const response = await fetchWithin(input, init, timeoutMs, bounds?.signal)
          if (response.status >= 500) {
            options.log.info(`GitHub answered ${response.status} on ${method} ${url}.`)
          }
          if (response.status >= 500 || response.status === 429 || response.status === 403) {
            shared.failures.push(`${response.status} on ${method} ${pathOf(url)}`)
            shared.failures.splice(0, shared.failures.length - FAILURES_KEPT)
          }
          return response
        } finally {
          shared.inFlight.delete(id)
        }
      }
    },
    retry: {
      retries: options.serverErrorRetries ?? SERVER_ERROR_RETRIES,
      doNotRetry: DO_NOT_RETRY,
      retryAfterBaseValue: baseMs
    },
    throttle: {
      id: options.writeQueue ?? 'default',
      retryAfterBaseValue: baseMs,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit')
    }
  })
  // Outermost, so after every retry: a 200 whose JSON did not parse reaches the caller as data.
  octokit.hook.after('request', (response, request) => {
    const type = String(response.headers['content-type'] ?? '')
    if (/\bjson\b/i.test(type) && typeof response.data === 'string') {
      throw new MalformedResponseError({
        status: response.status,
        method: request.method,
        url: response.url || request.url,
        bytes: response.data.length
      })
    }
  })
  return {
    octokit,
    apiCalls: () => shared.sent,
    pending: () => [...shared.inFlight.values()],
    failures: () => [...shared.failures],
    within: (next, retries) =>
      build(
        { ...options, bounds: next, serverErrorRetries: retries ?? options.serverErrorRetries },
        shared
      ),
    writeQueue: (name) => build({ ...options, writeQueue: name }, shared)
  }
}

/**
 * One attempt, ended by its own timeout or by the deadline, whichever comes first. The body is
 * read here, under the same timer, so a response that stalls halfway is cut as well.
 */
async function fetchWithin(
  input: Parameters<typeof fetch>[0],
  init: Parameters<typeof fetch>[1],
  timeoutMs: number,
  deadline: AbortSignal | undefined
): Promise<Response> {
  const method = init?.method ?? 'GET'
  const url = String(input)
  if (deadline?.aborted) throw deadlineReason(deadline, method, url)
  const controller = new AbortController()
  const timer = setTimeout(
    () => controller.abort(new RequestAbortedError({ kind: 'timeout', method, url, timeoutMs })),
    timeoutMs
  )
  const onDeadline = () => controller.abort(deadlineReason(deadline!, method, url))
  deadline?.addEventListener('abort', onDeadline, { once: true })
  try {
    const response = await fetch(input, { ...init, signal: controller.signal })
    const body = await response.arrayBuffer()
    const empty = response.status === 204 || response.status === 205 || response.status === 304
    const copy = new Response(empty ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    })
    // Octokit reads the answer's URL (pagination of compare-like lists); a new Response has none.
    Object.defineProperty(copy, 'url', { value: response.url })
    return copy
  } catch (error) {
    // Whatever fetch threw after an abort, the abort is the reason worth reporting.
    if (controller.signal.aborted) throw controller.signal.reason
    throw error
  } finally {
    clearTimeout(timer)
    deadline?.removeEventListener('abort', onDeadline)
  }
}

function deadlineReason(deadline: AbortSignal, method: string, url: string): RequestAbortedError {
  const reason: unknown = deadline.reason
  const ms = reason instanceof DeadlineExceededError ? reason.timeoutMs : 0
  return new RequestAbortedError({ kind: 'deadline', method, url, timeoutMs: ms })
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}
