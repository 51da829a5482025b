/** Findings as check-run annotations on the exact lines, most severe first. Pure. */
import type { Finding, GateReport } from '../../model.js'
import { findingEffect, type FindingEffect } from './labels.js'
import { clip } from './markdown-escape.js'

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
/**
 * Annotations sent per run: one request's worth. Past it the check-run summary lists the rest;
 * a 1,800-file PR would otherwise cost dozens of requests spaced a second apart.
 */
export const ANNOTATION_CAP = ANNOTATIONS_PER_REQUEST
/** GitHub's limit for an annotation's message and raw details is 64 KB; stay well inside it. */
const MAX_TEXT = 4000

/** Only what blocks the merge is a failure; an approved or softened finding still asks for a look. */
const LEVEL: Readonly<Record<FindingEffect, CheckAnnotation['annotation_level']>> = {
  blocking: 'failure',
  approved: 'warning',
  softened: 'warning',
  warning: 'warning',
  info: 'notice'
}

const RANK: Readonly<Record<FindingEffect, number>> = {
  blocking: 0,
  approved: 1,
  softened: 2,
  warning: 3,
  info: 4
}

export function renderAnnotations(report: GateReport): CheckAnnotation[] {
  return report.findings
    .filter((f): f is Finding & { path: string } => typeof f.path === 'string' && f.path !== '')
    .map((finding, index) => ({ finding, index, effect: findingEffect(finding) }))
    .sort((a, b) => RANK[a.effect] - RANK[b.effect] || a.index - b.index)
    .map(({ finding, effect }) => annotation(finding, effect))
}

/** The first `cap` annotations (blocking first, then by severity) to send, and the rest. */
export function capAnnotations(
  annotations: readonly CheckAnnotation[],
  cap = ANNOTATION_CAP
): { sent: CheckAnnotation[]; left: CheckAnnotation[] } {
  return { sent: annotations.slice(0, cap), left: annotations.slice(cap) }
}

function annotation(finding: Finding & { path: string }, effect: FindingEffect): CheckAnnotation {
  // A finding about a whole file (no line) is pinned to its first line, where GitHub can show it.
  const start = validLine(finding.line) ?? 1
  const end = Math.max(start, validLine(finding.endLine) ?? start)
  const approved = effect === 'approved' ? 'Approved by a human: ' : ''
  const fix = finding.fix && effect !== 'approved' ? `\nFix: ${finding.fix}` : ''
  const approve = finding.approve && effect === 'blocking' ? `\n${finding.approve}` : ''
  const message = clip(`${approved}${finding.message}${fix}${approve}`, MAX_TEXT)
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
    annotation_level: LEVEL[effect],
    title: finding.rule,
    message,
    ...(details ? { raw_details: clip(details, MAX_TEXT) } : {})
  }
}

function validLine(line: number | undefined): number | null {
  return line !== undefined && Number.isInteger(line) && line >= 1 ? line : null
}

/** Items in consecutive batches of at most `size` (GitHub takes 50 annotations per request). */
export function batchAnnotations<T>(items: T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`batch size ${size} is not a positive integer`)
  const batches: T[][] = []
  for (let at = 0; at < items.length; at += size) batches.push(items.slice(at, at + size))
  return batches
}
