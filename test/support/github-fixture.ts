/**
 * The one fake-GitHub setup every API test uses: a FakeGitHub on 127.0.0.1 started before each
 * test and stopped after it, a pull request served in GitHub's REST shapes (pull, files,
 * commits, contents, check runs, comments), and the built action run against it.
 */
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach } from '@jest/globals'
import type { GateReport } from '../../src/model.js'
import type { CheckRun } from '../fixtures/github/checks.js'
import { pullRequestEvent } from '../fixtures/github/event.js'
import type { PullRequest } from '../fixtures/github/pull-request.js'
import {
  serveCiHistory,
  servePublishing,
  servePullRequest,
  type PullRequestScenario
} from '../fixtures/github/serve.js'
import { startFakeApi, type FakeApi } from './api-client.js'
import type { FakeGitHub } from './fake-github.js'
import { runAction, type ActionRun, type ActionRunOptions } from './run-action.js'

/**
 * Starts a fake API and a real client pointed at it before each test of the file (hooks run in
 * the order they are declared) and stops it after; `started` receives each new one.
 */
export function useFakeGitHub(started: (api: FakeApi) => void | Promise<void>): void {
  let api: FakeApi | null = null
  beforeEach(async () => {
    api = await startFakeApi()
    await started(api)
  })
  afterEach(async () => {
    await api?.fake.stop()
    api = null
  })
}

export interface GateScenario extends PullRequestScenario {
  /** The head commit's check runs; false serves no CI history (a test serves its own). */
  checkRuns?: CheckRun[] | false
  /** False serves no check-run or comment routes (a test serves its own). */
  publishing?: boolean
}

/** Serves the PR the gate reads, its CI history and what the gate publishes. */
export function serveGate(fake: FakeGitHub, scenario: GateScenario): PullRequest {
  const { checkRuns = [], publishing = true, ...pr } = scenario
  servePullRequest(fake, pr)
  if (checkRuns !== false) serveCiHistory(fake, scenario.pr, checkRuns)
  if (publishing) servePublishing(fake, scenario.pr)
  return scenario.pr
}

export interface GateRun extends ActionRun {
  /** The JSON report the action's `report` output names. */
  report: GateReport
}

export type GateRunOptions = Omit<ActionRunOptions, 'apiUrl' | 'event'> & {
  /** The event payload; by default the `pull_request` opened event of `pr`. */
  event?: unknown
  pr?: PullRequest
}

/** Runs the built action against the fake; an action that wrote no report throws its log. */
export async function runGate(fake: FakeGitHub, options: GateRunOptions): Promise<GateRun> {
  const { pr, event, ...rest } = options
  if (event === undefined && pr === undefined) throw new Error('runGate needs a pr or an event')
  const run = await runAction({ ...rest, apiUrl: fake.url, event: event ?? pullRequestEvent(pr!) })
  if (!run.outputs.report) {
    throw new Error(`the action wrote no report (exit ${run.code}):\n${run.stdout}\n${run.stderr}`)
  }
  return { ...run, report: JSON.parse(readFileSync(run.outputs.report, 'utf8')) as GateReport }
}
