/**
 * The one sticky PR comment: verdict, top findings, how to get approval, who approved. Short on
 * purpose; the check run and the job summary hold the full report. Pure.
 */
import type { GateConfig } from '../../config/types.js'
import type { Finding, GateReport } from '../../model.js'
import {
  findingEffect,
  locationOf,
  MARKDOWN_STATUS,
  shortSha,
  summarizeVerdict,
  verdictReason,
  type FindingEffect,
  type VerdictStatus
} from './labels.js'
import { clip, codeSpan, escapeMarkdown, escapeTableCell } from './markdown-escape.js'

/** Hidden first line by which the publisher finds this comment again. */
export const STICKY_MARKER = '<!-- agent-pr-gate:sticky-comment -->'

const TOP_FINDINGS = 10
const MAX_MESSAGE = 200
const MAX_NOTES = 10
const MAX_NOTE = 400

const ICON: Readonly<Record<VerdictStatus, string>> = {
  blocked: '❌',
  warned: '⚠️',
  passed: '✅',
  approved: '✅',
  skipped: '⏭️'
}

export function renderComment(report: GateReport, config: GateConfig): string {
  const verdict = summarizeVerdict(report)
  const head = report.pr ? ` on ${codeSpan(shortSha(report.pr.headSha))}` : ''
  const lines = [
    STICKY_MARKER,
    `### agent-pr-gate: ${ICON[verdict.status]} ${MARKDOWN_STATUS[verdict.status]}`,
    '',
    `${capitalize(verdictReason(verdict, report))}${head}.`
  ]
  if (report.skipped !== null) lines.push('', escapeMarkdown(report.skipped))
  if (!report.complete && report.incompleteReason !== null) {
    lines.push(
      '',
      `The gate could not see the whole change: ${escapeMarkdown(report.incompleteReason)}`
    )
  }
  if (report.approval) {
    const { by, role, at, headSha, covers } = report.approval
    const covered =
      covers.length > 0 ? `, covering ${covers.map((c) => codeSpan(c)).join(', ')}` : ''
    lines.push(
      '',
      `Approved by ${escapeMarkdown(`@${by}`)} (${escapeMarkdown(role)}) at ${escapeMarkdown(at)} ` +
        `for ${codeSpan(shortSha(headSha))}${covered}.`
    )
  }
  for (const item of findingsTable(report)) lines.push(item)
  if (report.verdict === 'fail') for (const item of howToApprove(report, config)) lines.push(item)
  for (const item of labelNotes(report.approvalNotes)) lines.push(item)
  if (report.verdict !== 'fail' && verdict.status !== 'skipped') {
    lines.push('', 'Nothing blocks this pull request now.')
  }
  lines.push('', '_Full report: the `agent-pr-gate` check run and the job summary._')
  return lines.join('\n') + '\n'
}

/** Blocking findings first, then warnings; info findings stay in the full report. */
function findingsTable(report: GateReport): string[] {
  const shown = report.findings.filter((f) => f.severity !== 'info')
  const ordered = [
    ...shown.filter((f) => findingEffect(f) === 'blocking'),
    ...shown.filter((f) => findingEffect(f) !== 'blocking')
  ]
  if (ordered.length === 0) return []
  const rows = ordered.slice(0, TOP_FINDINGS).map(findingRow)
  const more = ordered.length - rows.length
  return [
    '',
    '| | Rule | Where | Finding |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...(more > 0 ? ['', `…and ${more} more in the check run.`] : [])
  ]
}

const MARK: Readonly<Record<FindingEffect, string>> = {
  blocking: '❌ blocks',
  approved: '✅ approved',
  softened: '⚠️ reported',
  warning: '⚠️ warning',
  info: 'ℹ️ info'
}

function findingRow(finding: Finding): string {
  const mark = MARK[findingEffect(finding)]
  const where = locationOf(finding)
  const category = finding.category ? ` (${escapeTableCell(finding.category)})` : ''
  return [
    '',
    ` ${mark} `,
    ` ${codeSpan(finding.rule, 'table')}${category} `,
    ` ${where === null ? '—' : codeSpan(where, 'table')} `,
    ` ${escapeTableCell(clip(finding.message, MAX_MESSAGE))} `,
    ''
  ].join('|')
}

function howToApprove(report: GateReport, config: GateConfig): string[] {
  const { label, category_label_prefix: prefix, min_role: minRole } = config.override
  const blocking = report.findings.filter((f) => findingEffect(f) === 'blocking')
  const categories = [
    ...new Set(blocking.map((f) => f.category).filter((c): c is string => c !== undefined))
  ]
  const uncategorized = blocking.some((f) => f.category === undefined)
  const who = config.override.allow_author ? 'someone' : 'someone other than the PR author'
  const lines = [
    '',
    '**To get past the gate**, fix the blocking findings and push, or ask for a human approval: ' +
      `${who}, with the ${codeSpan(minRole)} role or higher, adds the label ${codeSpan(label)} ` +
      'after the latest push (a later push makes the label stale).'
  ]
  if (prefix && categories.length > 0) {
    const perCategory = categories.map((c) => codeSpan(`${prefix}${c}`)).join(', ')
    const rest = uncategorized ? ` The other blocking findings need ${codeSpan(label)}.` : ''
    lines.push('', `To approve one category only, use ${perCategory}.${rest}`)
  }
  return lines
}

function labelNotes(notes: readonly string[]): string[] {
  if (notes.length === 0) return []
  const shown = notes.slice(0, MAX_NOTES).map((n) => `- ${escapeMarkdown(clip(n, MAX_NOTE))}`)
  const more = notes.length - shown.length
  return [
    '',
    '**Approval labels that did not count:**',
    ...shown,
    ...(more > 0 ? [`- …and ${more} more in the job summary.`] : [])
  ]
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
