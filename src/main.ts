/**
 * The action: collect -> analyze -> decide -> report, for one pull request. The only place that
 * calls setFailed; the exit code is the gate.
 */
import { readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'
import * as core from '@actions/core'
import { verifyApproval } from './collect/approval.js'
import { changeSetOf } from './collect/change-set.js'
import { collectCiHistory } from './collect/ci-history.js'
import { collectFromGitHub, fetchPullRequest, readRepoFile } from './collect/github.js'
import { createGitHubClient } from './collect/github-client.js'
import type { GitHubClient } from './collect/github-client.js'
import { readJUnitReports } from './collect/junit-files.js'
import { collectFromGit, hasCommits, readGitFile } from './collect/local-git.js'
import { DEFAULT_CONFIG } from './config/defaults.js'
import { ConfigError } from './config/errors.js'
import { parseConfig } from './config/loader.js'
import type { GateConfig } from './config/types.js'
import { classifyChange } from './decide/classify.js'
import { resolveManifest } from './manifest/loader.js'
import type { ChangeSet, Finding, GateReport, ManifestState, PullRequestInfo } from './model.js'
import { runGate, round } from './pipeline.js'
import { CHECK_RUN_NAME, publishCheckRun } from './report/publish/check-run.js'
import { publishStickyComment } from './report/publish/comment.js'
import { renderAnnotations } from './report/render/annotations.js'
import { renderCheckRun } from './report/render/check-run.js'
import { renderComment } from './report/render/comment.js'
import { renderJson } from './report/render/json.js'
import { renderMarkdown } from './report/render/markdown.js'
import { renderText } from './report/render/text.js'
import { applyInputOverrides, readSettings } from './settings.js'
import type { ActionSettings } from './settings.js'
import { describeFailure } from './failure.js'

/** The check-run summary limit is 65,535 characters; leave room for the truncation note. */
const CHECK_SUMMARY_BYTES = 60_000
const log = { info: (m: string) => core.info(m), warning: (m: string) => core.warning(m) }

export async function run(): Promise<void> {
  try {
    const settings = readSettings(
      (name) => core.getInput(name),
      process.env,
      (p) => readFileSync(p, 'utf8')
    )
    const report = await gatePullRequest(settings)
    if (report.verdict === 'fail') {
      const blocking = report.findings.filter((f) => f.effect === 'blocking').length
      core.setFailed(
        `agent-pr-gate blocked this pull request: ${blocking} blocking finding(s). See the job summary; fix them, or have a human with the required role apply the approval label after the latest push.`
      )
    }
  } catch (error) {
    core.setFailed(describeFailure(error))
  }
}

async function gatePullRequest(settings: ActionSettings): Promise<GateReport> {
  const client = createGitHubClient({ token: settings.token, baseUrl: settings.apiUrl, log })
  const started = performance.now()
  const pr = await fetchPullRequest(client, settings.target)
  const local =
    settings.workspace !== null && (await hasCommits(settings.workspace, [pr.baseSha, pr.headSha]))
  const { changeSet, notes: collectNotes } = local
    ? await collectLocally(settings.workspace!, pr)
    : await collectRemotely(client, pr)

  const { config: baseConfig, findings: configFindings } = await readBaseConfig(
    settings,
    client,
    pr,
    local
  )
  const { config, notes: inputNotes } = applyInputOverrides(baseConfig, settings)
  for (const note of inputNotes) core.notice(note)
  const notes = [...collectNotes, ...inputNotes]

  changeSet.manifest = await readManifest(settings, pr.body)
  const classification = classifyChange(changeSet, config)
  const skipped =
    config.apply_to === 'agents' && !classification.agent
      ? `Not agent-authored (${classification.reasons.join('; ') || 'no agent signal'}); apply_to is "agents".`
      : null
  if (skipped === null) {
    changeSet.ci = await collectCiHistory(client, {
      owner: pr.owner,
      repo: pr.repo,
      headSha: pr.headSha,
      excludeCheckName: CHECK_RUN_NAME,
      // The gate's own workflow failing, then passing after an approval label, is not a rerun.
      excludeWorkflowName: settings.workflow,
      excludeWorkflowRunId: settings.runId
    })
    if (config.tests.junit.length > 0 && settings.workspace !== null) {
      const junit = await readJUnitReports(config.tests.junit, settings.workspace)
      changeSet.ci = {
        ...changeSet.ci,
        junit: junit.reports,
        notes: [...changeSet.ci.notes, ...junit.notes]
      }
    }
  }
  const approval = await verifyApproval(
    client,
    { owner: pr.owner, repo: pr.repo, pr, commits: changeSet.commits },
    config
  )
  const collectMs = performance.now() - started

  const { report } = runGate({
    changeSet,
    config,
    isAgent: classification.agent,
    skipped,
    approval,
    collectFindings: configFindings,
    notes,
    collectMs,
    apiCalls: client.apiCalls()
  })
  await publish(settings, client, report, config, pr)
  return report
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
  const remote = await collectFromGitHub(client, pr)
  const gitattributes = await readRepoFile(client, {
    owner: pr.owner,
    repo: pr.repo,
    path: '.gitattributes',
    ref: pr.baseSha
  })
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

async function publish(
  settings: ActionSettings,
  client: GitHubClient,
  report: GateReport,
  config: GateConfig,
  pr: PullRequestInfo
): Promise<void> {
  const started = performance.now()
  const markdown = renderMarkdown(report)
  core.info(renderText(report, { color: false }))
  await core.summary.addRaw(markdown, true).write({ overwrite: true })

  const target = { owner: pr.owner, repo: pr.repo }
  const rendered = renderCheckRun(report, renderMarkdown(report, { maxBytes: CHECK_SUMMARY_BYTES }))
  await publishCheckRun(
    client,
    { ...target, headSha: pr.headSha },
    rendered,
    renderAnnotations(report),
    log
  )
  if (report.skipped === null || report.verdict !== 'pass') {
    await publishStickyComment(
      client,
      { ...target, number: pr.number },
      renderComment(report, config),
      log,
      // A clean PR gets no new comment; an earlier one is still updated to say it passes now.
      { create: report.verdict !== 'pass' }
    )
  }

  const finalReport: GateReport = {
    ...report,
    apiCalls: client.apiCalls(),
    timingMs: {
      ...report.timingMs,
      report: round(report.timingMs.report + performance.now() - started)
    }
  }
  const reportPath = join(settings.reportDir, 'agent-pr-gate-report.json')
  await mkdir(settings.reportDir, { recursive: true })
  await writeFile(reportPath, renderJson(finalReport))
  core.setOutput('verdict', finalReport.verdict)
  core.setOutput('score', String(finalReport.score.value))
  core.setOutput('report', reportPath)
  core.setOutput('overridden', String(finalReport.overridden))
}
