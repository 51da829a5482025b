/** The `agent-pr-gate` check run: title, summary within GitHub's limit, and conclusion. Pure. */
import type { GateReport } from '../../model.js'
import { MARKDOWN_STATUS, summarizeVerdict, verdictReason } from './labels.js'

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

export function renderCheckRun(report: GateReport, markdownSummary: string): RenderedCheckRun {
  const verdict = summarizeVerdict(report)
  const approver =
    verdict.status === 'approved' && report.approval ? ` (${report.approval.by})` : ''
  return {
    title: `${MARKDOWN_STATUS[verdict.status]}: ${verdictReason(verdict, report)}${approver}`,
    summary: fitSummary(markdownSummary),
    conclusion: report.verdict === 'fail' ? 'failure' : 'success'
  }
}

/** Cuts at a line end and closes what the cut left open, so the rest still renders. */
function fitSummary(markdown: string): string {
  if (markdown.length <= CHECK_SUMMARY_LIMIT) return markdown
  const budget = CHECK_SUMMARY_LIMIT - TRUNCATION_NOTE.length - CLOSERS_RESERVE
  const lineEnd = markdown.lastIndexOf('\n', budget)
  let cut = lineEnd > budget / 2 ? lineEnd : budget
  if (/[\uD800-\uDBFF]/.test(markdown.charAt(cut - 1))) cut -= 1
  let kept = markdown.slice(0, cut)
  const fence = openFence(kept)
  if (fence) kept += `\n${fence}`
  const openDetails =
    (kept.match(/<details\b/gi) ?? []).length - (kept.match(/<\/details>/gi) ?? []).length
  for (let i = 0; i < Math.min(openDetails, MAX_CLOSED_DETAILS); i++) kept += '\n</details>'
  return kept + TRUNCATION_NOTE
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
