/** Findings as check-run annotations on the exact lines, most severe first. Pure. */
import type { Finding, GateReport, Severity } from '../../model.js'
import { SEVERITY_RANK } from './labels.js'

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  /** The rule id. */
  title: string
  message: string
  raw_details?: string
}

/** GitHub accepts this many annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50
/** GitHub's limit for an annotation's message and raw details is 64 KB; stay well inside it. */
const MAX_TEXT = 4000

const LEVEL: Readonly<Record<Severity, CheckAnnotation['annotation_level']>> = {
  block: 'failure',
  warn: 'warning',
  info: 'notice'
}

export function renderAnnotations(report: GateReport): CheckAnnotation[] {
  return report.findings
    .filter((f): f is Finding & { path: string } => typeof f.path === 'string' && f.path !== '')
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index
    )
    .map(({ finding }) => annotation(finding))
}

function annotation(finding: Finding & { path: string }): CheckAnnotation {
  // A finding about a whole file (no line) is pinned to its first line, where GitHub can show it.
  const start = validLine(finding.line) ?? 1
  const end = Math.max(start, validLine(finding.endLine) ?? start)
  const message = clip(
    [finding.message, finding.fix ? `Fix: ${finding.fix}` : ''].join('\n').trim()
  )
  const details = [
    finding.why ? `Why: ${finding.why}` : '',
    finding.category ? `Category: ${finding.category}` : '',
    finding.evidence ? `Evidence: ${JSON.stringify(finding.evidence, null, 2)}` : ''
  ]
    .filter((line) => line !== '')
    .join('\n')
  return {
    path: finding.path,
    start_line: start,
    end_line: end,
    annotation_level: LEVEL[finding.severity],
    title: finding.rule,
    message,
    ...(details ? { raw_details: clip(details) } : {})
  }
}

function validLine(line: number | undefined): number | null {
  return line !== undefined && Number.isInteger(line) && line >= 1 ? line : null
}

function clip(text: string): string {
  if (text.length <= MAX_TEXT) return text
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(MAX_TEXT - 2)) ? MAX_TEXT - 2 : MAX_TEXT - 1
  return `${text.slice(0, cut)}…`
}

/** Items in consecutive batches of at most `size` (GitHub takes 50 annotations per request). */
export function batchAnnotations<T>(items: T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`batch size ${size} is not a positive integer`)
  const batches: T[][] = []
  for (let at = 0; at < items.length; at += size) batches.push(items.slice(at, at + size))
  return batches
}
