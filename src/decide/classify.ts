/**
 * Is this change agent-authored? Classification decides whether the gate applies (`apply_to:
 * agents`); it never authorizes anything, so every signal here may be forged without harm.
 */
import type { GateConfig } from '../config/types.js'
import type { ChangeSet, CommitInfo } from '../model.js'
import { coAuthorTrailers } from '../trailers.js'

export interface Classification {
  agent: boolean
  /** Each agent signal found, or one line listing the signals that were absent. */
  reasons: string[]
}

/** What classification reads: known before the files, so CI reads can wait on it, not on them. */
export type ClassifiedChange = Pick<ChangeSet, 'pr' | 'head' | 'commits' | 'manifest'>

export function classifyChange(changeSet: ClassifiedChange, config: GateConfig): Classification {
  const reasons = [
    ...authorSignals(changeSet, config),
    ...branchSignals(changeSet, config),
    ...commitSignals(changeSet.commits, config),
    ...manifestSignals(changeSet)
  ]
  if (reasons.length > 0) return { agent: true, reasons }
  return { agent: false, reasons: [notAgentReason(changeSet)] }
}

function lowerSet(values: string[]): Set<string> {
  return new Set(values.map((v) => v.toLowerCase()))
}

function authorSignals(changeSet: ClassifiedChange, config: GateConfig): string[] {
  const pr = changeSet.pr
  if (!pr) return []
  const authors = lowerSet(config.agents.authors)
  const apps = lowerSet(config.agents.apps)
  const login = pr.author.login.toLowerCase()
  const signals: string[] = []
  if (authors.has(login)) signals.push(`author @${pr.author.login} is a listed agent`)
  // An app's bot account is `slug[bot]`: it counts only when the app itself is a listed agent.
  const botSlug = pr.author.type === 'Bot' && login.endsWith('[bot]') ? login.slice(0, -5) : null
  if (botSlug && apps.has(botSlug) && !authors.has(login)) {
    signals.push(`author @${pr.author.login} is the bot of listed agent app ${botSlug}`)
  }
  if (pr.appSlug && apps.has(pr.appSlug.toLowerCase())) {
    signals.push(`opened through listed agent app ${pr.appSlug}`)
  }
  return signals
}

function headBranch(changeSet: ClassifiedChange): string | null {
  return changeSet.pr?.headRef ?? changeSet.head
}

function branchSignals(changeSet: ClassifiedChange, config: GateConfig): string[] {
  const branch = headBranch(changeSet)
  if (!branch) return []
  const lower = branch.toLowerCase()
  const prefix = config.agents.branch_prefixes.find((p) => p && lower.startsWith(p.toLowerCase()))
  return prefix ? [`branch ${branch} starts with agent prefix ${prefix}`] : []
}

function commitSignals(commits: CommitInfo[], config: GateConfig): string[] {
  const authors = lowerSet(config.agents.authors)
  const needles = config.agents.coauthors.map((c) => c.toLowerCase()).filter((c) => c !== '')
  const signals = new Set<string>()
  for (const commit of commits) {
    const short = commit.sha.slice(0, 7)
    if (commit.authorLogin && authors.has(commit.authorLogin.toLowerCase())) {
      signals.add(`commit ${short} is authored by listed agent @${commit.authorLogin}`)
    }
    for (const co of coAuthorTrailers(commit.message)) {
      const text = `${co.name} <${co.email}>`.toLowerCase()
      if (needles.some((n) => text.includes(n))) {
        signals.add(`commit ${short} is co-authored by agent ${co.name} <${co.email}>`)
      }
    }
  }
  return [...signals]
}

function manifestSignals(changeSet: ClassifiedChange): string[] {
  const manifest = changeSet.manifest
  if (manifest.status === 'absent') return []
  const state = manifest.status === 'invalid' ? 'an invalid' : 'a'
  return [`${state} agent run manifest is attached (${manifest.source})`]
}

function notAgentReason(changeSet: ClassifiedChange): string {
  const pr = changeSet.pr
  const who = pr
    ? pr.author.type === 'Bot'
      ? `author @${pr.author.login} is a bot but not a listed agent`
      : `author @${pr.author.login} is not a listed agent`
    : 'no pull request author'
  const branch = headBranch(changeSet)
  const where = branch ? `branch ${branch} has no agent prefix` : 'no branch name'
  return `${who}, ${where}, no agent co-authors, no run manifest`
}
