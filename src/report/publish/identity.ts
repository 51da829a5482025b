/**
 * The account the gate's token writes as, so that the gate adopts only its own comment. An
 * installation token (GITHUB_TOKEN or a GitHub App's, `ghs_`) writes as `<app slug>[bot]`, and
 * the app is named in GitHub's answer to the check run the gate created (`github-actions` for
 * GITHUB_TOKEN); `GET /user` answers 403 for such tokens. A user's token is named by `GET /user`.
 */
import type { GitHubClient } from '../../github/client.js'
import { warnUnpublished, type PublishLog } from './check-run.js'

/** The login, or null (with a warning) when it cannot be told. */
export async function gateIdentity(
  client: GitHubClient,
  token: string,
  appSlug: string | null,
  log: PublishLog
): Promise<string | null> {
  if (appSlug !== null) return `${appSlug}[bot]`
  // An installation token's app is known only from a check run it wrote; none could be written.
  if (token.startsWith('ghs_')) return null
  try {
    const { data } = await client.octokit.rest.users.getAuthenticated()
    return typeof data.login === 'string' && data.login !== '' ? data.login : null
  } catch (error) {
    warnUnpublished(error, 'reading which account the token belongs to (GET /user)', log)
    return null
  }
}
