/**
 * The one sticky PR comment: verdict, top findings (like findings grouped, at most
 * COMMENT_MAX_ENTRIES rows), how to get approval, who approved. Short on purpose; the check run
 * and the job summary hold the full report. A clean pass is one line: the publisher posts no
 * comment then, and only updates one it posted before. Pure.
 */
import type { GateConfig } from '../../config/types.js'
import type { Finding, GateReport } from '../../model.js'
import {
  cleanLine,
  findingEffect,
  groupFindings,
  groupLocations,
  isClean,
  locationOf,
  MARKDOWN_STATUS,
  shortSha,
  summarizeVerdict,
  verdictReason,
  type FindingEffect,
  type FindingGroup,
  type VerdictStatus
} from './labels.js'
import { clip, codeSpan, escapeMarkdown, escapeTableCell } from './markdown-escape.js'

/** Hidden first line by which the publisher finds this comment again. */
export const STICKY_MARKER = '<!-- agent-pr-gate:sticky-comment -->'

/** Rows of the comment's findings table; each row is one group of like findings. */
export const COMMENT_MAX_ENTRIES = 10
/** Locations listed in one row of the comment. */
const COMMENT_LOCATIONS = 3
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
  if (isClean(report)) {
    return `${STICKY_MARKER}\n### agent-pr-gate: ${ICON.passed} Passed${head}: ${cleanLine(report)}.\n`
  }
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

/** Blocking findings first, then warnings, like ones grouped; info stays in the full report. */
function findingsTable(report: GateReport): string[] {
  const shown = report.findings.filter((f) => f.severity !== 'info')
  const ordered = groupFindings([
    ...shown.filter((f) => findingEffect(f) === 'blocking'),
    ...shown.filter((f) => findingEffect(f) !== 'blocking')
  ])
  if (ordered.length === 0) return []
  const groups = ordered.slice(0, COMMENT_MAX_ENTRIES)
  let more = 0
  for (const group of ordered.slice(groups.length)) more += group.findings.length
  return [
    '',
    '| | Rule | Where | Finding |',
    '| --- | --- | --- | --- |',
    ...groups.map(groupRow),
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

function groupRow(group: FindingGroup): string {
  const finding: Finding = group.findings[0]!
  const mark = MARK[group.effect]
  const category = finding.category ? ` (${escapeTableCell(finding.category)})` : ''
  const count = group.findings.length
  let where: string
  if (count === 1) {
    const location = locationOf(finding)
    where = location === null ? '—' : codeSpan(location, 'table')
  } else {
    const { shown, more } = groupLocations(group, COMMENT_LOCATIONS)
    where =
      shown.length === 0
        ? '—'
        : shown.map((l) => codeSpan(l, 'table')).join(', ') + (more > 0 ? ` and ${more} more` : '')
  }
  const message = count === 1 ? finding.message : `${count} findings, e.g. ${finding.message}`
  return [
    '',
    ` ${mark} `,
    ` ${codeSpan(finding.rule, 'table')}${category} `,
    ` ${where} `,
    ` ${escapeTableCell(clip(message, MAX_MESSAGE))} `,
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
