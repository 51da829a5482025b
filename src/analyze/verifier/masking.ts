/**
 * `ci-failure-masked`: what makes a failing step or test run report success, added to CI
 * definitions, scripts and test configs; and coverage thresholds lowered or removed.
 */
import type { Finding } from '../../model.js'
import {
  COVERAGE_HINT,
  COVERAGE_KNOBS,
  ERREXIT,
  ERREXIT_HINT,
  MASK_HINT,
  MASK_MARKERS
} from './knob-tables.js'
import { excerpt, isComment } from './diff-lines.js'
import { loosenedKnobs } from './knobs.js'
import { netAddedMarkers } from './net-markers.js'
import type { ScannedFile } from './scan.js'
import { CI_FAILURE_MASKED } from './rules/ci-failure-masked.js'

const WHY = 'A masked failure turns CI green without the code passing.'

export function maskedFailures(scanned: readonly ScannedFile[]): Finding[] {
  const findings: Finding[] = []
  for (const file of scanned) {
    for (const { marker, line } of netAddedMarkers(file, MASK_MARKERS, (m) => m.label, MASK_HINT)) {
      findings.push({
        rule: CI_FAILURE_MASKED.id,
        severity: 'block',
        message: maskMessage(marker.label, excerpt(line.content)),
        path: file.file.path,
        line: line.newLine ?? undefined,
        evidence: { kind: 'mask', marker: marker.label },
        why: WHY,
        fix: 'Remove it and fix the failure; a maintainer approves a deliberate exception.'
      })
    }
    const errexit = removedErrexit(file)
    if (errexit !== null) findings.push(errexit)
    for (const change of loosenedKnobs(file, COVERAGE_KNOBS, COVERAGE_HINT)) {
      const what =
        change.to === null
          ? `removed (\`${change.from}\`)`
          : change.from === null
            ? `loosened: \`${change.to}\``
            : `lowered from \`${change.from}\` to \`${change.to}\``
      findings.push({
        rule: CI_FAILURE_MASKED.id,
        severity: 'block',
        message: `A coverage threshold is ${what}.`,
        path: file.file.path,
        line: change.line,
        evidence: { kind: 'coverage', setting: change.kind, from: change.from, to: change.to },
        why: 'A lower coverage bar lets untested code through.',
        fix: 'Keep the threshold and add the missing tests; a maintainer approves a deliberate change.'
      })
    }
  }
  return findings
}

function maskMessage(label: string, line: string): string {
  return line === label
    ? `A failure is masked: \`${line}\``
    : `A failure is masked with \`${label}\`: \`${line}\``
}

/** `set -e` (or `-o errexit`) removed from a script or CI step on net. */
function removedErrexit(file: ScannedFile): Finding | null {
  if (!file.scopes.has('script') && !file.scopes.has('ci')) return null
  let net = 0
  let first: { anchor: number; text: string } | null = null
  for (const { block, removed, added } of file.lines.hits(ERREXIT_HINT)) {
    for (const line of removed) {
      if (isComment(line.content, file.syntax) || !ERREXIT.test(line.content)) continue
      net++
      first ??= { anchor: block.anchor, text: line.content }
    }
    for (const line of added) {
      if (!isComment(line.content, file.syntax) && ERREXIT.test(line.content)) net--
    }
  }
  if (net <= 0 || first === null) return null
  return {
    rule: CI_FAILURE_MASKED.id,
    severity: 'block',
    message: `\`${excerpt(first.text)}\` is removed: a failing command no longer stops the script.`,
    path: file.file.path,
    line: first.anchor,
    evidence: { kind: 'errexit-removed', text: excerpt(first.text) },
    why: WHY,
    fix: 'Keep `set -e` and fix the failing command; a maintainer approves a deliberate change.'
  }
}
