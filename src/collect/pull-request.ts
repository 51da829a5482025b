/**
 * The action's collect stage for one pull request: `pulls.get` first, then every independent
 * read side by side (base config, commits, file pages, `.gitattributes`); the approval and CI
 * reads start as soon as the config and commits are known, while file pages are still arriving.
 * A checkout that holds both commits is diffed locally instead of reading file pages.
 */
import type { GateConfig } from '../config/types.js'
import type { GitHubClient } from '../github/client.js'
import { GitHubApiError } from '../github/errors.js'
import type { ChangeSet, CiHistory, PullRequestInfo } from '../model.js'
import { verifyApproval } from './approval.js'
import { readBaseConfig } from './base-config.js'
import { changeSetOf, type ChangeParts } from './change-set.js'
import { collectCiHistory, type CiHistoryTarget } from './ci-history.js'
import type { Classify, Collection } from './collection.js'
import {
  fetchPullRequest,
  readPullRequestCommits,
  readPullRequestFiles,
  readRepoFile
} from './github.js'
import { readJUnitReports } from './junit-files.js'
import { collectFromGit, hasCommits, readGitFile } from './local-git.js'
import { readManifestInput } from './workspace.js'

export interface PullRequestTarget {
  owner: string
  repo: string
  number: number
  headSha: string
  baseSha: string
}

export interface PullRequestSources {
  target: PullRequestTarget
  /** The checkout, when the job has one; used when it holds both commits. */
  workspace: string | null
  config: {
    path: string
    explicit: boolean
    defaultPath: string
    /** The base config tightened by the action's inputs (never weakened), and why not. */
    adjust: (base: GateConfig) => { config: GateConfig; notes: string[] }
  }
  manifestPath: string | null
  reportDir: string
  /** The gate's own runs, which are not CI history. */
  ci: Pick<CiHistoryTarget, 'excludeCheckName' | 'excludeWorkflowName' | 'excludeWorkflowRunId'>
  classify: Classify
  /** When the run began (performance.now()): collect time counts from there. */
  began: number
}

export async function collectPullRequest(
  client: GitHubClient,
  sources: PullRequestSources
): Promise<Collection> {
  const { target, workspace } = sources
  // Whether the checkout holds both commits is asked while GitHub answers, not after.
  const checkedOut =
    workspace === null
      ? Promise.resolve(false)
      : hasCommits(workspace, [target.baseSha, target.headSha])
  const pr = await fetchPullRequest(client, target)
  if (pr.headSha !== target.headSha) {
    throw new GitHubApiError(
      `The pull request's head moved from ${target.headSha.slice(0, 12)} to ${pr.headSha.slice(0, 12)} after this run started: the run for the new head decides.`,
      { status: 0, method: 'GET', url: '', requestId: null }
    )
  }
  const local =
    workspace !== null &&
    (pr.baseSha === target.baseSha
      ? await checkedOut
      : await hasCommits(workspace, [pr.baseSha, pr.headSha]))
  // The small reads are sent first: the file pages would otherwise queue them behind the throttle.
  const baseConfig = readBaseConfig({
    path: sources.config.path,
    explicit: sources.config.explicit,
    defaultPath: sources.config.defaultPath,
    baseSha: pr.baseSha,
    read: () =>
      local
        ? readGitFile(workspace!, pr.baseSha, sources.config.path)
        : readRepoFile(client, repoFile(pr, sources.config.path))
  })
  const change = local ? readCheckout(workspace!, pr) : readRemote(client, pr)
  // Validating the manifest is CPU work: it runs once the reads are on their way, not before.
  const manifest = change.commits.then(() =>
    readManifestInput(
      { path: sources.manifestPath, workspace, reportDir: sources.reportDir },
      pr.body
    )
  )
  manifest.catch(() => undefined)
  const base = await baseConfig
  const { config, notes: inputNotes } = sources.config.adjust(base.config)
  const { commits, notes } = await change.commits
  const audience = sources.classify(
    { pr, head: pr.headSha, commits, manifest: await manifest },
    config
  )
  const ci =
    audience.skipped === null ? readCiHistory(client, sources, pr, config) : Promise.resolve(null)
  const approval = verifyApproval(client, { owner: pr.owner, repo: pr.repo, pr, commits }, config)
  // Each read fails the run on its own: none may be left unhandled while another is awaited.
  for (const read of [ci, approval]) read.catch(() => undefined)
  const files = await change.files
  const changeSet: ChangeSet = changeSetOf({
    ...files,
    pr,
    commits,
    manifest: await manifest,
    ci: await ci
  })
  return {
    changeSet,
    config,
    audience,
    approval: await approval,
    findings: base.findings,
    notes: [...notes, ...inputNotes],
    collectMs: performance.now() - sources.began,
    apiCalls: client.apiCalls()
  }
}

interface PendingChange {
  commits: Promise<{ commits: ChangeSet['commits']; notes: string[] }>
  files: Promise<Omit<ChangeParts, 'pr' | 'commits' | 'manifest' | 'ci'>>
}

function readCheckout(workspace: string, pr: PullRequestInfo): PendingChange {
  const git = collectFromGit({ repo: workspace, base: pr.baseSha, head: pr.headSha })
  git.catch(() => undefined)
  return {
    commits: git.then((read) => ({
      commits: read.commits,
      notes: ['Diffed locally with git: the workspace holds both commits.']
    })),
    files: git.then((read) => ({
      source: 'git',
      base: read.base,
      head: read.head,
      files: read.files,
      problems: read.problems,
      gitattributes: read.gitattributes,
      headTree: read.headTree
    }))
  }
}

function readRemote(client: GitHubClient, pr: PullRequestInfo): PendingChange {
  const gitattributes = readRepoFile(client, repoFile(pr, '.gitattributes'))
  const commits = readPullRequestCommits(client, pr)
  const files = readPullRequestFiles(client, pr)
  for (const read of [gitattributes, commits, files]) read.catch(() => undefined)
  return {
    commits,
    files: Promise.all([gitattributes, files]).then(([attributes, remote]) => ({
      source: 'github',
      base: pr.baseSha,
      head: pr.headSha,
      files: remote.files,
      problems: remote.complete
        ? []
        : [remote.incompleteReason ?? 'GitHub did not deliver the whole change'],
      gitattributes: attributes
    }))
  }
}

async function readCiHistory(
  client: GitHubClient,
  sources: PullRequestSources,
  pr: PullRequestInfo,
  config: GateConfig
): Promise<CiHistory> {
  const ci = await collectCiHistory(client, {
    owner: pr.owner,
    repo: pr.repo,
    headSha: pr.headSha,
    ...sources.ci
  })
  if (config.tests.junit.length === 0 || sources.workspace === null) return ci
  const junit = await readJUnitReports(config.tests.junit, sources.workspace)
  return { ...ci, junit: junit.reports, notes: [...ci.notes, ...junit.notes] }
}

function repoFile(pr: PullRequestInfo, path: string) {
  return { owner: pr.owner, repo: pr.repo, path, ref: pr.baseSha }
}
