/**
 * The action: read settings, collect the pull request (or re-use its verdict for a merge queue
 * group), run the engine, publish. The only place that calls setFailed; the exit code is the
 * gate. The check run is marked in progress before anything is read and completed last; every
 * way the run can fail (GitHub unreadable, the deadline, a bug) still completes it as a failure.
 */
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as core from '@actions/core'
import type { Audience, Collection } from './collect/collection.js'
import { queuedVerdict } from './collect/merge-group.js'
import { collectPullRequest } from './collect/pull-request.js'
import type { GateConfig } from './config/types.js'
import type * as EngineModule from './engine.js'
import { createGitHubClient, type GitHubClient } from './github/client.js'
import { beforeDeadline, startDeadline } from './github/deadline.js'
import {
  DeadlineExceededError,
  GitHubApiError,
  MalformedResponseError,
  PageLimitError,
  RequestAbortedError
} from './github/errors.js'
import type { GateReport } from './model.js'
import {
  CHECK_RUN_NAME,
  completeCheckRun,
  startCheckRun,
  type CheckRunTarget,
  type StartedCheckRun
} from './report/publish/check-run.js'
import {
  listConversation,
  publishStickyComment,
  type ConversationComment
} from './report/publish/comment.js'
import { gateIdentity } from './report/publish/identity.js'
import { capAnnotations, renderAnnotations } from './report/render/annotations.js'
import { renderCheckRun, type RenderedCheckRun } from './report/render/check-run.js'
import {
  failureLine,
  failureReport,
  mergeGroupReport,
  renderFailureCheckRun,
  renderFailureSummary,
  renderMergeGroupCheckRun,
  type FailureContext
} from './report/render/failure.js'
import { classifyChange } from './decide/classify.js'
import { renderComment } from './report/render/comment.js'
import { renderJson } from './report/render/json.js'
import { isClean } from './report/render/labels.js'
import { applyInputOverrides, DEFAULT_CONFIG_PATH, readSettings } from './settings.js'
import type { ActionSettings, MergeGroupTarget, PullRequestTarget } from './settings.js'
import { describeFailure } from './failure.js'

/** The engine and its renderers load while the first requests are on their way. */
type Engine = typeof EngineModule
/** Check-run updates queue apart from content-creating writes (GitHub spaces those a second). */
const CHECK_RUN_UPDATES = 'check-run-updates'

/** The check-run summary limit is 65,535 characters; leave room for the truncation note. */
const CHECK_SUMMARY_BYTES = 56_000
/** After the reads, publishing the verdict (or the failure) gets this long at most. */
export const PUBLISH_WINDOW_MS = 20_000
const log = { info: (m: string) => core.info(m), warning: (m: string) => core.warning(m) }

export async function run(): Promise<void> {
  let settings: ActionSettings
  try {
    const read = readSettings(
      (name) => core.getInput(name),
      process.env,
      (p) => readFileSync(p, 'utf8')
    )
    if ('unsupported' in read) {
      core.info(
        `agent-pr-gate did not run: the "${read.unsupported}" event is not one it gates ` +
          '(pull_request, pull_request_target, merge_group).'
      )
      return
    }
    settings = read
  } catch (error) {
    core.setFailed(describeFailure(error))
    return
  }
  await gate(settings)
}

/** What a finished read phase hands to publishing. */
interface Judged {
  report: GateReport
  /** The verdict as the job log shows it. */
  log: string
  /** Null for a merge queue group: it gets no comment. */
  comment: {
    number: number
    body: string
    /** False for a clean PR: it gets no new comment, an earlier one is still updated. */
    create: boolean
    comments: Promise<ConversationComment[]>
  } | null
  checkRun: RenderedCheckRun
  annotations: ReturnType<typeof renderAnnotations>
  markdown: string
}

async function gate(settings: ActionSettings): Promise<void> {
  const began = performance.now()
  const root = createGitHubClient({ token: settings.token, baseUrl: settings.apiUrl, log })
  const deadline = startDeadline(settings.deadlineMs, root)
  const reads = root.within(deadline)
  const head: CheckRunTarget = {
    owner: settings.event.target.owner,
    repo: settings.event.target.repo,
    headSha: settings.event.target.headSha
  }
  // One retry: past that, taking over the head's existing run is the faster way to stop a
  // stale success than three backed-off retries.
  const starting = startCheckRun(root.within(deadline, 1), head, log)
  let judged: Judged | null = null
  let failure: unknown = null
  try {
    judged = await beforeDeadline(
      settings.event.kind === 'merge_group'
        ? judgeMergeGroup(reads, settings.event.target, starting, began)
        : judgePullRequest(settings, reads, settings.event.target, began),
      deadline
    )
  } catch (error) {
    failure = error
  } finally {
    deadline.clear()
  }
  const publishing = startDeadline(PUBLISH_WINDOW_MS, root)
  const writes = root.within(publishing)
  const publishBegan = performance.now()
  try {
    // Bounded by the read deadline, like every read: it never waits on a late start for long.
    const started = await starting
    await beforeDeadline(
      judged !== null
        ? publishVerdict(settings, writes, head, started, judged)
        : publishFailure(writes, head, started, failureOf(settings, failure, root, began)),
      publishing
    )
  } catch (error) {
    // Publishing is best-effort; the outputs and exit code below still carry the verdict.
    core.warning(`Publishing stopped: ${describeFailure(error)}`)
  } finally {
    publishing.clear()
  }
  if (judged === null) {
    const context = failureOf(settings, failure, root, began)
    if (context.kind === 'internal' && failure instanceof Error && failure.stack) {
      core.info(failure.stack)
    }
    await writeOutputs(settings, failureReport(context))
    core.setFailed(failureLine(context))
    return
  }
  const { report } = judged
  await writeOutputs(settings, {
    ...report,
    apiCalls: root.apiCalls(),
    timingMs: {
      ...report.timingMs,
      report: Math.round((report.timingMs.report + performance.now() - publishBegan) * 10) / 10
    }
  })
  if (report.verdict === 'fail') core.setFailed(failMessage(report))
}

function failureOf(
  settings: ActionSettings,
  error: unknown,
  counter: GitHubClient,
  began: number
): FailureContext {
  const target = settings.event.target
  return {
    ...classifyFailure(error),
    pr:
      settings.event.kind === 'pull_request'
        ? { number: settings.event.target.number, url: '', headSha: target.headSha }
        : null,
    apiCalls: counter.apiCalls(),
    elapsedMs: performance.now() - began
  }
}

function failMessage(report: GateReport): string {
  const blocking = report.findings.filter((f) => f.effect === 'blocking').length
  if (blocking === 0)
    return `agent-pr-gate blocked this: ${report.notes[0] ?? 'see the job summary.'}`
  return `agent-pr-gate blocked this pull request: ${blocking} blocking finding(s). See the job summary; fix them, or have a human with the required role apply the approval label after the latest push.`
}

/** A failure GitHub caused (unreadable, late, malformed) or a bug in the gate. */
function classifyFailure(error: unknown): Pick<FailureContext, 'kind' | 'message'> {
  const unreadable =
    error instanceof GitHubApiError ||
    error instanceof DeadlineExceededError ||
    error instanceof RequestAbortedError ||
    error instanceof MalformedResponseError ||
    error instanceof PageLimitError
  return { kind: unreadable ? 'unreadable' : 'internal', message: describeFailure(error) }
}

async function judgePullRequest(
  settings: ActionSettings,
  client: GitHubClient,
  target: PullRequestTarget,
  began: number
): Promise<Judged> {
  // Loaded while the first requests are answered; collecting needs none of it.
  const engine: Promise<Engine> = import('./engine.js')
  engine.catch(() => undefined)
  const thread = { owner: target.owner, repo: target.repo, number: target.number }
  // Read ahead, side by side with the reads that decide; only publishing waits for it.
  const comments = listConversation(client, thread)
  comments.catch(() => undefined)
  const collection: Collection = await collectPullRequest(client, {
    target,
    workspace: settings.workspace,
    config: {
      path: settings.configPath,
      explicit: settings.configExplicit,
      defaultPath: DEFAULT_CONFIG_PATH,
      adjust: (base) => {
        const adjusted = applyInputOverrides(base, settings)
        for (const note of adjusted.notes) core.notice(note)
        return adjusted
      }
    },
    manifestPath: settings.manifestPath,
    reportDir: settings.reportDir,
    ci: {
      excludeCheckName: CHECK_RUN_NAME,
      // The gate's own workflow failing, then passing after an approval label, is not a rerun.
      excludeWorkflowName: settings.workflow,
      excludeWorkflowRunId: settings.runId
    },
    classify: (change, config) => audienceOf(classifyChange(change, config), config),
    began
  })
  const { runGate, renderMarkdown, renderText } = await engine
  const { report } = runGate(collection)
  const { sent, left } = capAnnotations(renderAnnotations(report))
  const commented = report.skipped === null || report.verdict !== 'pass'
  return {
    report,
    log: renderText(report, { color: false }),
    comment: commented
      ? {
          number: target.number,
          body: renderComment(report, collection.config),
          create: !isClean(report),
          comments
        }
      : null,
    markdown: renderMarkdown(report),
    checkRun: renderCheckRun(
      report,
      renderMarkdown(report, { maxBytes: CHECK_SUMMARY_BYTES }),
      left
    ),
    annotations: sent
  }
}

/** Every PR is classified; under `apply_to: agents` a human one is skipped. */
function audienceOf(
  classification: { agent: boolean; reasons: string[] },
  config: GateConfig
): Audience {
  const skipped =
    config.apply_to === 'agents' && !classification.agent
      ? `Not agent-authored (${classification.reasons.join('; ') || 'no agent signal'}); apply_to is "agents".`
      : null
  return { isAgent: classification.agent, skipped }
}

async function judgeMergeGroup(
  client: GitHubClient,
  group: MergeGroupTarget,
  starting: Promise<StartedCheckRun>,
  began: number
): Promise<Judged> {
  if (group.prNumber === null) {
    throw new GitHubApiError(
      `The merge queue ref ${group.headRef} names no pull request (GitHub names it gh-readonly-queue/<base>/pr-<number>-<sha>), so there is no verdict to re-use.`,
      { status: 0, method: 'GET', url: '', requestId: null }
    )
  }
  const started = await starting
  const queued = await queuedVerdict(client, {
    owner: group.owner,
    repo: group.repo,
    number: group.prNumber,
    appSlug: started.appSlug,
    checkName: CHECK_RUN_NAME
  })
  const pr = { number: queued.pr.number, url: queued.pr.url, headSha: group.headSha }
  const report = mergeGroupReport(
    queued.verdict,
    queued.reason,
    pr,
    client.apiCalls(),
    performance.now() - began
  )
  const checkRun = renderMergeGroupCheckRun(queued.verdict, queued.reason)
  return {
    report,
    log: checkRun.summary,
    comment: null,
    checkRun,
    annotations: [],
    markdown: checkRun.summary
  }
}

async function publishVerdict(
  settings: ActionSettings,
  client: GitHubClient,
  head: CheckRunTarget,
  started: StartedCheckRun,
  judged: Judged
): Promise<void> {
  core.info(judged.log)
  await core.summary.addRaw(judged.markdown, true).write({ overwrite: true })
  // Completing a started run is an update: it need not wait a second behind the comment, which
  // still waits on the run's creation. A run created only now shares the comment's queue.
  const checkRunWrites = started.id !== null ? client.writeQueue(CHECK_RUN_UPDATES) : client
  const completing = completeCheckRun(
    checkRunWrites,
    head,
    started,
    judged.checkRun,
    judged.annotations,
    log
  )
  const thread = judged.comment
  const commenting =
    thread === null
      ? Promise.resolve()
      : gateIdentity(client, settings.token, started.appSlug, log).then((identity) =>
          publishStickyComment(
            client,
            { owner: head.owner, repo: head.repo, number: thread.number },
            thread.body,
            log,
            { create: thread.create, identity, comments: thread.comments }
          )
        )
  for (const result of await Promise.allSettled([completing, commenting])) {
    if (result.status === 'rejected') throw result.reason
  }
}

/** The summary needs no network, so it is written first: the job shows it whatever happens. */
async function publishFailure(
  client: GitHubClient,
  head: CheckRunTarget,
  started: StartedCheckRun,
  failure: FailureContext
): Promise<void> {
  await core.summary.addRaw(renderFailureSummary(failure), true).write({ overwrite: true })
  await completeCheckRun(client, head, started, renderFailureCheckRun(failure), [], log)
}

async function writeOutputs(settings: ActionSettings, report: GateReport): Promise<void> {
  const reportPath = join(settings.reportDir, 'agent-pr-gate-report.json')
  await mkdir(settings.reportDir, { recursive: true })
  await writeFile(reportPath, renderJson(report))
  core.setOutput('verdict', report.verdict)
  core.setOutput('score', String(report.score.value))
  core.setOutput('report', reportPath)
  core.setOutput('overridden', String(report.overridden))
}
