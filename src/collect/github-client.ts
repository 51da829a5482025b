/**
 * The GitHub client: Octokit with rate-limit waits and 5xx retries, counting what it sends so the
 * report can say how much of the hourly quota a run cost.
 */
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'

/** The one GitHub client every collector and publisher receives. */
export interface GitHubClient {
  octokit: Octokit
  /** Requests sent so far by this client (retries included), for the report's `apiCalls`. */
  apiCalls(): number
}

export interface GitHubClientOptions {
  token: string
  /** `GITHUB_API_URL` (GitHub Enterprise Server has its own). */
  baseUrl: string
  log: { info(msg: string): void; warning(msg: string): void }
  /** Milliseconds per second of `retry-after` and of the 5xx backoff (tests shorten it). */
  retryBaseMs?: number
}

/** Retries after a rate limit; `GITHUB_TOKEN` has 1,000 requests an hour per repository. */
const RATE_LIMIT_RETRIES = 2
/** Waiting for an hourly quota to reset would hold the runner longer than a rerun costs. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120
export const SERVER_ERROR_RETRIES = 3
/** Statuses a retry cannot fix; 403 and 429 rate limits are retried by the throttling plugin. */
const DO_NOT_RETRY = [400, 401, 403, 404, 406, 410, 422, 429, 451]

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  let sent = 0
  const baseMs = options.retryBaseMs ?? 1000
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _: unknown, count: number) => {
      const what = `${request.method} ${request.url}`
      if (count >= RATE_LIMIT_RETRIES || retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
        options.log.warning(
          `GitHub ${kind} hit on ${what}; not waiting ${retryAfter}s (retried ${count} of ` +
            `${RATE_LIMIT_RETRIES} times; the gate waits ${MAX_RATE_LIMIT_WAIT_SECONDS}s at most).`
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
        sent++
        const response = await fetch(input, init)
        if (response.status >= 500) {
          options.log.info(
            `GitHub answered ${response.status} on ${init?.method ?? 'GET'} ${String(input)}.`
          )
        }
        return response
      }
    },
    retry: { retries: SERVER_ERROR_RETRIES, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: baseMs },
    throttle: {
      retryAfterBaseValue: baseMs,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit')
    }
  })
  return { octokit, apiCalls: () => sent }
}
