/**
 * `rerun-to-green`: tests that went from red to green with no code change in between, from every
 * source at hand, and the short test-attempt timeline the report shows. A flip in a test that
 * exercises the changed code blocks; one elsewhere only warns (still worth a look).
 */
import type { ChangeSet, Finding, TestAttemptRow } from '../../model.js'
import { changeFootprint, exercisesChange, type ChangeFootprint } from './exercise.js'
import {
  ciFlips,
  manifestFlips,
  reportFlips,
  type Flip,
  type FlipSource,
  type Flips
} from './flips.js'
import { RERUN_TO_GREEN } from './rules/rerun-to-green.js'

export interface Reruns {
  findings: Finding[]
  timeline: TestAttemptRow[] | null
}

/** The timeline is read in a job summary: past this, rows without a flip are left out. */
const TIMELINE_ROWS = 50
const LISTED_TESTS = 10
const NAME_LENGTH = 200

const SOURCE_TEXT: Record<FlipSource, string> = {
  manifest:
    'failed and then passed on the same tree, with no code change in between (run manifest)',
  ci: 'failed and then passed on re-runs of the head commit (CI history)',
  junit: 'passed only on a rerun (JUnit reports)'
}

export function rerunsToGreen(changeSet: ChangeSet): Reruns {
  const parts: Flips[] = []
  const manifest = changeSet.manifest.status === 'present' ? changeSet.manifest.manifest : null
  if (manifest?.tests && manifest.tests.length > 0) parts.push(manifestFlips(manifest.tests))
  if (changeSet.ci) parts.push(ciFlips(changeSet.ci), reportFlips(changeSet.ci))
  const flips = parts.flatMap((p) => p.flips)
  const rows = parts.flatMap((p) => p.rows)
  const findings: Finding[] = []
  if (flips.length > 0) {
    const footprint = changeFootprint(changeSet.files)
    for (const source of ['manifest', 'ci', 'junit'] as const) {
      const fromSource = flips.filter((f) => f.source === source)
      const touching = fromSource.filter((f) => touches(f, footprint))
      const elsewhere = fromSource.filter((f) => !touching.includes(f))
      const headTree = changeSet.headTree ?? null
      if (touching.length > 0) findings.push(finding(source, touching, true, headTree))
      if (elsewhere.length > 0) findings.push(finding(source, elsewhere, false, headTree))
    }
  }
  const timeline = shortTimeline(rows).map((row) => ({
    ...row,
    flipped: row.flipped.slice(0, LISTED_TESTS).map(clip)
  }))
  return { findings, timeline: timeline.length === 0 ? null : timeline }
}

/** A whole command or CI job runs the changed code's tests too, so it counts as touching it. */
function touches(flip: Flip, footprint: ChangeFootprint): boolean {
  return flip.suiteLevel || exercisesChange(flip.identity, footprint)
}

function finding(
  source: FlipSource,
  flips: readonly Flip[],
  touchesChange: boolean,
  headTree: string | null
): Finding {
  const listed = flips
    .slice(0, LISTED_TESTS)
    .map((f) => `${clip(f.test)} (${f.failed} → ${f.passed})`)
    .join('; ')
  const more = flips.length > LISTED_TESTS ? `; and ${flips.length - LISTED_TESTS} more` : ''
  const where = touchesChange
    ? 'It runs the code this change touches.'
    : 'It does not seem to run the changed code: flaky elsewhere?'
  const subject = flips.length === 1 ? '1 test' : `${flips.length} tests`
  const evidence = source === 'manifest' ? ` ${evidenceText(flips, headTree)}` : ''
  return {
    rule: RERUN_TO_GREEN.id,
    severity: touchesChange ? 'block' : 'warn',
    message: `${subject} ${SOURCE_TEXT[source]}: ${listed}${more}. ${where}${evidence}`,
    evidence: {
      source,
      tests: flips.slice(0, 50).map((f) => clip(f.test)),
      attempts: flips.slice(0, 50).map((f) => ({
        test: clip(f.test),
        failed: f.failed,
        passed: f.passed,
        ...(f.tree ? { tree: f.tree } : {}),
        ...(source === 'manifest'
          ? {
              recorded: f.recorded === true,
              onHeadTree: headTree === null || !f.tree ? null : sameObject(f.tree, headTree)
            }
          : {})
      })),
      touchesChange
    },
    why: 'Green after a rerun with no change proves the test is flaky, not that the code works.',
    fix: touchesChange
      ? 'Find why the test fails intermittently in the changed code and fix it; a maintainer approves otherwise.'
      : 'Check the flaky test is unrelated to this change, and report it.'
  }
}

/** Which attempts `agent-pr-gate record` wrote and which the agent only claims, and on what tree. */
function evidenceText(flips: readonly Flip[], headTree: string | null): string {
  const recorded = flips.filter((f) => f.recorded === true).length
  const onHead =
    headTree === null ? 0 : flips.filter((f) => f.tree && sameObject(f.tree, headTree)).length
  const who =
    recorded === flips.length
      ? 'Recorded by `agent-pr-gate record`'
      : recorded === 0
        ? 'Only claimed by the manifest (no `agent-pr-gate record` evidence)'
        : `${recorded} of ${flips.length} recorded by \`agent-pr-gate record\`, the rest only claimed`
  const tree =
    headTree === null
      ? ''
      : onHead === flips.length
        ? ", on the head commit's exact tree"
        : onHead === 0
          ? ', on a tree other than the head'
          : `, ${onHead} of them on the head commit's exact tree`
  return `${who}${tree}.`
}

/** Tree ids may be abbreviated in a manifest: a prefix of 7+ hex digits names the same tree. */
function sameObject(claimed: string, full: string): boolean {
  const a = claimed.toLowerCase()
  return a.length >= 7 && full.toLowerCase().startsWith(a)
}

function shortTimeline(rows: TestAttemptRow[]): TestAttemptRow[] {
  if (rows.length <= TIMELINE_ROWS) return rows
  const flipped = rows.filter((r) => r.flipped.length > 0).length
  let others = Math.max(0, TIMELINE_ROWS - flipped)
  const keep = new Set<TestAttemptRow>()
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!
    if (row.flipped.length > 0) keep.add(row)
    else if (others > 0) {
      keep.add(row)
      others--
    }
  }
  return rows.filter((r) => keep.has(r))
}

function clip(name: string): string {
  return name.length > NAME_LENGTH ? `${name.slice(0, NAME_LENGTH - 3)}...` : name
}
