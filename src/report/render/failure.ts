/**
 * What the action publishes when it cannot reach a verdict of its own (GitHub unreadable, the
 * deadline, a bug) and for a merge queue group: a failing or re-used verdict, never a silent one.
 * Pure.
 */
import type { GateReport, VerdictValue } from '../../model.js'
import type { RenderedCheckRun } from './check-run.js'
import { escapeMarkdown } from './markdown-escape.js'
import { INCOMPLETE_DIFF } from '../../analyze/data/rules/incomplete-diff.js'

/** `unreadable`: GitHub's answers were missing, late or malformed; `internal`: a bug in the gate. */
export type FailureKind = 'unreadable' | 'internal'

export interface FailureContext {
  kind: FailureKind
  message: string
  pr: GateReport['pr']
  apiCalls: number
  elapsedMs: number
}

export const ISSUES_URL = 'https://github.com/agent-pr-gate/agent-pr-gate/issues'

const HEADLINE: Readonly<Record<FailureKind, string>> = {
  unreadable: 'Blocked: the gate could not read the pull request',
  internal: 'Blocked: internal error in agent-pr-gate'
}

const AFTER: Readonly<Record<FailureKind, string>> = {
  unreadable:
    'Nothing was judged, so nothing passes: rerun the job. An earlier result on this commit no longer stands.',
  internal: `This is a bug in agent-pr-gate, not a problem with the pull request. Rerun the job; if it happens again, report it at ${ISSUES_URL} with this log. An earlier result on this commit no longer stands.`
}

/** The one line for the log and `setFailed`. */
export function failureLine(failure: Pick<FailureContext, 'kind' | 'message'>): string {
  return failure.kind === 'internal'
    ? `agent-pr-gate failed with an internal error: ${failure.message} ${AFTER.internal}`
    : `agent-pr-gate blocked this run: ${failure.message} ${AFTER.unreadable}`
}

export function renderFailureSummary(failure: FailureContext): string {
  return [
    `## agent-pr-gate: ❌ ${HEADLINE[failure.kind]}`,
    '',
    escapeMarkdown(failure.message),
    '',
    escapeMarkdown(AFTER[failure.kind]),
    ''
  ].join('\n')
}

export function renderFailureCheckRun(failure: FailureContext): RenderedCheckRun {
  return {
    title: HEADLINE[failure.kind],
    summary: renderFailureSummary(failure),
    conclusion: 'failure'
  }
}

/** The JSON report of a run without a verdict of its own: `fail`, incomplete, and why. */
export function failureReport(failure: FailureContext): GateReport {
  return {
    ...emptyReport('fail', failure.pr, failure.apiCalls, failure.elapsedMs),
    complete: false,
    incompleteReason: failure.message,
    findings: [
      {
        rule: INCOMPLETE_DIFF.id,
        severity: 'block',
        enforced: true,
        message: failure.message,
        why: 'The gate blocks what it could not check.',
        fix:
          failure.kind === 'internal'
            ? `Rerun the job; report it at ${ISSUES_URL}.`
            : 'Rerun the job.',
        effect: 'blocking'
      }
    ]
  }
}

/** A merge queue group's report: the verdict re-used from its pull request, and why. */
export function mergeGroupReport(
  verdict: VerdictValue,
  reason: string,
  pr: GateReport['pr'],
  apiCalls: number,
  elapsedMs: number
): GateReport {
  return { ...emptyReport(verdict, pr, apiCalls, elapsedMs), notes: [reason] }
}

export function renderMergeGroupCheckRun(verdict: VerdictValue, reason: string): RenderedCheckRun {
  const title = verdict === 'fail' ? 'Blocked in the merge queue' : 'Passed in the merge queue'
  return {
    title,
    summary: `## agent-pr-gate: ${verdict === 'fail' ? '❌' : '✅'} ${title}\n\n${escapeMarkdown(reason)}\n`,
    conclusion: verdict === 'fail' ? 'failure' : 'success'
  }
}

function emptyReport(
  verdict: VerdictValue,
  pr: GateReport['pr'],
  apiCalls: number,
  elapsedMs: number
): GateReport {
  return {
    version: 1,
    verdict,
    mode: 'enforce',
    overridden: false,
    approval: null,
    complete: true,
    incompleteReason: null,
    score: { value: 0, components: [] },
    stats: { files: 0, additions: 0, deletions: 0 },
    findings: [],
    pr,
    skipped: null,
    notes: [],
    approvalNotes: [],
    splitPlan: null,
    testTimeline: null,
    apiCalls,
    timingMs: { collect: Math.round(elapsedMs * 10) / 10, analyze: 0, report: 0 }
  }
}
