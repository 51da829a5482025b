import type { Octokit } from '@octokit/rest'

/** The one GitHub client every collector and publisher receives. */
export interface GitHubClient {
  octokit: Octokit
  /** Requests sent so far by this client (retries included), for the report's `apiCalls`. */
  apiCalls(): number
}
