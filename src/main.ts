/**
 * The action: collect -> analyze -> decide -> report, for one pull request (or re-using its
 * verdict for a merge queue group). The only place that calls setFailed; the exit code is the
 * gate. The check run is marked in progress before anything is read and completed last; every
 * way the run can fail (GitHub unreadable, the deadline, a bug) still completes it as a failure.
 */
import { readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'
import * as core from '@actions/core'
import { verifyApproval } from './collect/approval.js'
import { changeSetOf } from './collect/change-set.js'
import { collectCiHistory } from './collect/ci-history.js'
import { beforeDeadline, startDeadline } from './github/deadline.js'
import { collectFromGitHub, fetchPullRequest, readRepoFile } from './collect/github.js'
import { createGitHubClient } from './github/client.js'
import type { GitHubClient } from './github/client.js'
import {
  DeadlineExceededError,
  GitHubApiError,
  MalformedResponseError,
  PageLimitError,
  RequestAbortedError
} from './github/errors.js'
import { readJUnitReports } from './collect/junit-files.js'
import { collectFromGit, hasCommits, readGitFile } from './collect/local-git.js'
import { queuedVerdict } from './collect/merge-group.js'
import { DEFAULT_CONFIG } from './config/defaults.js'
import { ConfigError } from './config/errors.js'
import { parseConfig } from './config/loader.js'
import type { GateConfig } from './config/types.js'
import { classifyChange } from './decide/classify.js'
import { resolveManifest } from './manifest/loader.js'
import type { ChangeSet, Finding, GateReport, ManifestState, PullRequestInfo } from './model.js'
import { runGate, round } from './pipeline.js'
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
import { renderComment } from './report/render/comment.js'
import {
  failureLine,
  failureReport,
  mergeGroupReport,
  renderFailureCheckRun,
  renderFailureSummary,
  renderMergeGroupCheckRun,
  type FailureContext
} from './report/render/failure.js'
import { renderJson } from './report/render/json.js'
import { isClean } from './report/render/labels.js'
import { renderMarkdown } from './report/render/markdown.js'
import { renderText } from './report/render/text.js'
import { applyInputOverrides, DEFAULT_CONFIG_PATH, readSettings } from './settings.js'
import type { ActionSettings, MergeGroupTarget, PullRequestTarget } from './settings.js'
import { describeFailure } from './failure.js'

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
  /** Null for a merge queue group: it gets no comment. */
  comment: {
    config: GateConfig
    pr: PullRequestInfo
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
      report: round(report.timingMs.report + performance.now() - publishBegan)
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
  const thread = { owner: target.owner, repo: target.repo, number: target.number }
  // Read ahead, side by side with the reads that decide; only publishing waits for it.
  const comments = listConversation(client, thread)
  comments.catch(() => undefined)
  // Whether the checkout holds both commits is asked while GitHub answers, not after.
  const checkedOut =
    settings.workspace === null
      ? Promise.resolve(false)
      : hasCommits(settings.workspace, [target.baseSha, target.headSha])
  const pr = await fetchPullRequest(client, target)
  if (pr.headSha !== target.headSha) {
    throw new GitHubApiError(
      `The pull request's head moved from ${target.headSha.slice(0, 12)} to ${pr.headSha.slice(0, 12)} after this run started: the run for the new head decides.`,
      { status: 0, method: 'GET', url: '', requestId: null }
    )
  }
  const local =
    settings.workspace !== null &&
    (pr.baseSha === target.baseSha
      ? await checkedOut
      : await hasCommits(settings.workspace, [pr.baseSha, pr.headSha]))
  // The small reads go first: the file pages would otherwise queue them behind the throttle.
  const [base, collected] = await Promise.all([
    readBaseConfig(settings, client, pr, local),
    local ? collectLocally(settings.workspace!, pr) : collectRemotely(client, pr)
  ])
  const { changeSet, notes: collectNotes } = collected
  const { config, notes: inputNotes } = applyInputOverrides(base.config, settings)
  for (const note of inputNotes) core.notice(note)
  const notes = [...collectNotes, ...inputNotes]

  changeSet.manifest = await readManifest(settings, pr.body)
  const classification = classifyChange(changeSet, config)
  const skipped =
    config.apply_to === 'agents' && !classification.agent
      ? `Not agent-authored (${classification.reasons.join('; ') || 'no agent signal'}); apply_to is "agents".`
      : null
  const [ci, approval] = await Promise.all([
    skipped === null ? readCiHistory(settings, client, pr, config) : Promise.resolve(null),
    verifyApproval(
      client,
      { owner: pr.owner, repo: pr.repo, pr, commits: changeSet.commits },
      config
    )
  ])
  if (ci !== null) changeSet.ci = ci
  const collectMs = performance.now() - began

  const { report } = runGate({
    changeSet,
    config,
    isAgent: classification.agent,
    skipped,
    approval,
    collectFindings: base.findings,
    notes,
    collectMs,
    apiCalls: client.apiCalls()
  })
  const { sent, left } = capAnnotations(renderAnnotations(report))
  return {
    report,
    comment: { config, pr, comments },
    markdown: renderMarkdown(report),
    checkRun: renderCheckRun(
      report,
      renderMarkdown(report, { maxBytes: CHECK_SUMMARY_BYTES }),
      left
    ),
    annotations: sent
  }
}

async function readCiHistory(
  settings: ActionSettings,
  client: GitHubClient,
  pr: PullRequestInfo,
  config: GateConfig
): Promise<ChangeSet['ci']> {
  const ci = await collectCiHistory(client, {
    owner: pr.owner,
    repo: pr.repo,
    headSha: pr.headSha,
    excludeCheckName: CHECK_RUN_NAME,
    // The gate's own workflow failing, then passing after an approval label, is not a rerun.
    excludeWorkflowName: settings.workflow,
    excludeWorkflowRunId: settings.runId
  })
  if (config.tests.junit.length === 0 || settings.workspace === null) return ci
  const junit = await readJUnitReports(config.tests.junit, settings.workspace)
  return { ...ci, junit: junit.reports, notes: [...ci.notes, ...junit.notes] }
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
  return { report, comment: null, checkRun, annotations: [], markdown: checkRun.summary }
}

async function publishVerdict(
  settings: ActionSettings,
  client: GitHubClient,
  head: CheckRunTarget,
  started: StartedCheckRun,
  judged: Judged
): Promise<void> {
  const { report } = judged
  core.info(judged.comment === null ? judged.markdown : renderText(report, { color: false }))
  await core.summary.addRaw(judged.markdown, true).write({ overwrite: true })
  await completeCheckRun(client, head, started, judged.checkRun, judged.annotations, log)
  const thread = judged.comment
  if (thread !== null && (report.skipped === null || report.verdict !== 'pass')) {
    const identity = await gateIdentity(client, settings.token, started.appSlug, log)
    await publishStickyComment(
      client,
      { owner: head.owner, repo: head.repo, number: thread.pr.number },
      renderComment(report, thread.config),
      log,
      // A clean PR gets no new comment; an earlier one is still updated to say it passes now.
      { create: !isClean(report), identity, comments: thread.comments }
    )
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

interface Collected {
  changeSet: ChangeSet
  notes: string[]
}

async function collectLocally(workspace: string, pr: PullRequestInfo): Promise<Collected> {
  const git = await collectFromGit({ repo: workspace, base: pr.baseSha, head: pr.headSha })
  const changeSet = changeSetOf({ source: 'git', ...git, pr })
  return { changeSet, notes: ['Diffed locally with git: the workspace holds both commits.'] }
}

async function collectRemotely(client: GitHubClient, pr: PullRequestInfo): Promise<Collected> {
  const [gitattributes, remote] = await Promise.all([
    readRepoFile(client, {
      owner: pr.owner,
      repo: pr.repo,
      path: '.gitattributes',
      ref: pr.baseSha
    }),
    collectFromGitHub(client, pr)
  ])
  const changeSet = changeSetOf({
    source: 'github',
    base: pr.baseSha,
    head: pr.headSha,
    files: remote.files,
    problems: remote.complete
      ? []
      : [remote.incompleteReason ?? 'GitHub did not deliver the whole change'],
    pr,
    commits: remote.commits,
    gitattributes
  })
  return { changeSet, notes: remote.notes }
}

/** The config comes from the BASE commit: a pull request must not be able to weaken its own gate. */
async function readBaseConfig(
  settings: ActionSettings,
  client: GitHubClient,
  pr: PullRequestInfo,
  local: boolean
): Promise<{ config: GateConfig; findings: Finding[] }> {
  const source = `${settings.configPath}@${pr.baseSha.slice(0, 12)}`
  try {
    const text = local
      ? await readGitFile(settings.workspace!, pr.baseSha, settings.configPath)
      : await readRepoFile(client, {
          owner: pr.owner,
          repo: pr.repo,
          path: settings.configPath,
          ref: pr.baseSha
        })
    if (text === null && settings.configExplicit) {
      throw new ConfigError(source, [
        {
          path: '',
          message: `the \`config\` input names ${settings.configPath}, which does not exist on the base commit: the input may only name a file committed on the base branch. Commit the file there, or remove the input to use ${DEFAULT_CONFIG_PATH}.`
        }
      ])
    }
    if (text === null) return { config: DEFAULT_CONFIG, findings: [] }
    return { config: parseConfig(text, source), findings: [] }
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : describeFailure(error)
    return {
      config: DEFAULT_CONFIG,
      findings: [
        {
          rule: 'config-invalid',
          severity: 'block',
          enforced: true,
          path: settings.configPath,
          message: `The gate's config on the base branch could not be used, so the defaults applied: ${message}`,
          why: 'A broken policy must not silently become a weaker one.',
          fix: `Fix ${settings.configPath} on the base branch (schema/config.schema.json), or have a maintainer approve this run.`
        }
      ]
    }
  }
}

async function readManifest(settings: ActionSettings, prBody: string): Promise<ManifestState> {
  if (settings.manifestPath === null) return resolveManifest({ prBody })
  const source = `manifest input (${settings.manifestPath})`
  const roots = [settings.workspace, settings.reportDir].filter((r): r is string => r !== null)
  const path = resolve(settings.workspace ?? '.', settings.manifestPath)
  const inside = roots.some((root) => {
    const rel = relative(resolve(root), path)
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
  })
  if (!inside) {
    return {
      status: 'invalid',
      source,
      problems: [
        {
          pointer: '',
          message:
            'The manifest path is outside the workspace and the runner temp directory; write the manifest inside the workspace.'
        }
      ]
    }
  }
  try {
    return resolveManifest({ file: { text: await readFile(path, 'utf8'), source }, prBody })
  } catch (error) {
    return {
      status: 'invalid',
      source,
      problems: [
        {
          pointer: '',
          message: `Cannot read the manifest file (${error instanceof Error ? error.message : String(error)}); check the "manifest" input and that the agent's job wrote the file before this step.`
        }
      ]
    }
  }
}
