/** A started FakeGitHub and a real client pointed at it, with its log lines recorded. */
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js'
import { FakeGitHub } from './fake-github.js'

export interface FakeApi {
  fake: FakeGitHub
  client: GitHubClient
  logged: { info: string[]; warning: string[] }
  log: { info(message: string): void; warning(message: string): void }
}

export async function startFakeApi(): Promise<FakeApi> {
  const fake = new FakeGitHub()
  await fake.start()
  const logged = { info: [] as string[], warning: [] as string[] }
  const log = {
    info: (message: string) => void logged.info.push(message),
    warning: (message: string) => void logged.warning.push(message)
  }
  // retryBaseMs: 1 keeps retried requests from waiting seconds in tests.
  const client = createGitHubClient({
    token: 'ghs_testtoken',
    baseUrl: fake.url,
    retryBaseMs: 1,
    log
  })
  return { fake, client, logged, log }
}
