/** The `agent-pr-gate` check run: title, summary within GitHub's limit, and conclusion. Pure. */
import type { GateReport } from '../../model.js'
import { ANNOTATION_CAP, type CheckAnnotation } from './annotations.js'
import { MARKDOWN_STATUS, summarizeVerdict, verdictReason } from './labels.js'
import { clip, codeSpan } from './markdown-escape.js'

export interface RenderedCheckRun {
  title: string
  summary: string
  /** Never `neutral` or `skipped`: a required check counts both as passing. */
  conclusion: 'success' | 'failure'
}

/** GitHub rejects a check-run summary longer than this many characters. */
export const CHECK_SUMMARY_LIMIT = 65_535

/** Room for the fence and `</details>` closers a cut may need. */
const CLOSERS_RESERVE = 200
const MAX_CLOSED_DETAILS = 4

const TRUNCATION_NOTE =
  "\n\n---\n**Truncated:** this summary was cut to fit the check run's 65,535-character limit. " +
  "The full report is in this workflow run's job summary."

/** Room kept for the list of findings past the annotation cap. */
const LEFT_OUT_BUDGET = 8_000
const LEFT_OUT_SHOWN = 100

/**
 * `leftOut`: annotations past the cap; the summary names them, since they get no annotation.
 */
export function renderCheckRun(
  report: GateReport,
  markdownSummary: string,
  leftOut: readonly CheckAnnotation[] = []
): RenderedCheckRun {
  const verdict = summarizeVerdict(report)
  const approver =
    verdict.status === 'approved' && report.approval ? ` (${report.approval.by})` : ''
  const rest = leftOutSection(leftOut)
  return {
    title: `${MARKDOWN_STATUS[verdict.status]}: ${verdictReason(verdict, report)}${approver}`,
    summary: rest === '' ? fitSummary(markdownSummary) : fitSummary(markdownSummary, rest),
    conclusion: report.verdict === 'fail' ? 'failure' : 'success'
  }
}

/** The findings past the annotation cap, one line each, most severe first. */
function leftOutSection(leftOut: readonly CheckAnnotation[]): string {
  if (leftOut.length === 0) return ''
  const lines = leftOut
    .slice(0, LEFT_OUT_SHOWN)
    .map(
      (a) =>
        `- ${a.annotation_level}: ${codeSpan(a.title)} at ${codeSpan(`${a.path}:${a.start_line}`)}`
    )
  const more =
    leftOut.length > LEFT_OUT_SHOWN
      ? [`- and ${leftOut.length - LEFT_OUT_SHOWN} more: see the JSON report or the SARIF.`]
      : []
  const text = [
    '',
    '---',
    `**${leftOut.length} more finding(s) without an annotation** (the check run carries at most ` +
      `the first ${ANNOTATION_CAP}, blocking ones first):`,
    '',
    ...lines,
    ...more
  ].join('\n')
  return clip(text, LEFT_OUT_BUDGET)
}

/** Cuts at a line end and closes what the cut left open, so the rest still renders. */
function fitSummary(markdown: string, tail = ''): string {
  if (markdown.length + tail.length <= CHECK_SUMMARY_LIMIT) return markdown + tail
  const budget = CHECK_SUMMARY_LIMIT - TRUNCATION_NOTE.length - CLOSERS_RESERVE - tail.length
  const lineEnd = markdown.lastIndexOf('\n', budget)
  let cut = lineEnd > budget / 2 ? lineEnd : budget
  if (/[\uD800-\uDBFF]/.test(markdown.charAt(cut - 1))) cut -= 1
  let kept = markdown.slice(0, cut)
  const fence = openFence(kept)
  if (fence) kept += `\n${fence}`
  const openDetails =
    (kept.match(/<details\b/gi) ?? []).length - (kept.match(/<\/details>/gi) ?? []).length
  for (let i = 0; i < Math.min(openDetails, MAX_CLOSED_DETAILS); i++) kept += '\n</details>'
  return kept + TRUNCATION_NOTE + tail
}

/** The fence a cut leaves open (CommonMark: closed by the same character, at least as long). */
function openFence(markdown: string): string | null {
  let open: string | null = null
  for (const [, marker, rest] of markdown.matchAll(/^ {0,3}(`{3,}(?!`)|~{3,}(?!~))(.*)$/gm)) {
    if (open === null) open = marker!
    else if (marker![0] === open[0] && marker!.length >= open.length && rest!.trim() === '') {
      open = null
    }
  }
  return open
}
