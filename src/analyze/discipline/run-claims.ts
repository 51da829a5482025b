/**
 * `run-claim-mismatch`: the manifest says the tests passed, and what can be checked disagrees.
 * Checked: the commit the passing attempt names against the PR head (a tree SHA cannot be
 * compared to a commit SHA, so a tree-only claim is checked by the next two only); files the
 * manifest's own log edits after that attempt; and the head commit's CI, whose latest test check
 * run or workflow attempt failed.
 */
import type { ChangeSet, Finding } from '../../model.js'
import type { ManifestTestAttempt, RunManifest } from '../../model.js'
import { checkRunsByName } from '../verifier/flips.js'
import { isEdit, isoMillis } from './edits.js'
import { RUN_CLAIM_MISMATCH } from './rules/run-claim-mismatch.js'

/** Check and workflow names that run tests; a failing lint job does not contradict a test claim. */
const TEST_JOB =
  /\b(?:tests?|testing|specs?|jest|vitest|mocha|pytest|junit|e2e|unit|integration|ci|build)\b/i
const FAILED = new Set(['failure', 'timed_out'])

const WHY =
  'A claim of green tests that the head does not back is what a reviewer would trust instead of checking.'
const FIX =
  'Run the tests on the head commit and record that attempt in the manifest; CI must pass on the head.'

export function runClaimMismatches(changeSet: ChangeSet, manifest: RunManifest): Finding[] {
  const tests = manifest.tests ?? []
  if (tests.length === 0) return []
  const claim = tests.reduce((a, b) => (b.attempt >= a.attempt ? b : a))
  if (claim.status !== 'passed') return []
  const findings: Finding[] = []
  const stale = staleCommit(changeSet, claim)
  if (stale) findings.push(stale)
  const edited = editedAfter(manifest, claim)
  if (edited) findings.push(edited)
  const ci = failingCi(changeSet, claim)
  if (ci) findings.push(ci)
  return findings
}

function headCommit(changeSet: ChangeSet): string | null {
  const head = changeSet.pr?.headSha ?? changeSet.head
  return head && /^[0-9a-f]{40}$/i.test(head) ? head.toLowerCase() : null
}

function staleCommit(changeSet: ChangeSet, claim: ManifestTestAttempt): Finding | null {
  const head = headCommit(changeSet)
  const commit = claim.commit?.trim().toLowerCase()
  if (!head || !commit || !/^[0-9a-f]{7,40}$/.test(commit) || head.startsWith(commit)) return null
  const earlier = changeSet.commits.some((c) => c.sha.toLowerCase().startsWith(commit))
  return {
    rule: RUN_CLAIM_MISMATCH.id,
    severity: 'block',
    message: `The manifest says the tests passed (attempt ${claim.attempt}) on commit ${commit.slice(0, 12)}, but the pull request's head is ${head.slice(0, 12)}${earlier ? ': an earlier commit of this PR, so later commits were never tested by the agent' : ''}.`,
    evidence: { attempt: claim.attempt, claimed: commit, head, earlierCommitOfPr: earlier },
    why: WHY,
    fix: FIX
  }
}

function editedAfter(manifest: RunManifest, claim: ManifestTestAttempt): Finding | null {
  const passedAt = isoMillis(claim.at)
  if (passedAt === null) return null
  const edits = (manifest.actions ?? []).filter((a) => {
    const at = isoMillis(a.at)
    return at !== null && at > passedAt && isEdit(a)
  })
  if (edits.length === 0) return null
  const paths = [...new Set(edits.flatMap((a) => a.paths ?? []))]
  return {
    rule: RUN_CLAIM_MISMATCH.id,
    severity: 'block',
    message: `The manifest says the tests passed (attempt ${claim.attempt}), but its own log shows ${edits.length} edit${edits.length === 1 ? '' : 's'} after that run${paths.length > 0 ? ` (${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', ...' : ''})` : ''}: the passing tree is not the one in this PR.`,
    evidence: {
      attempt: claim.attempt,
      editsAfter: edits.map((a) => a.seq),
      paths: paths.slice(0, 50)
    },
    why: WHY,
    fix: FIX
  }
}

function failingCi(changeSet: ChangeSet, claim: ManifestTestAttempt): Finding | null {
  const ci = changeSet.ci
  if (!ci) return null
  const failing: string[] = []
  for (const runs of checkRunsByName(ci.checkRuns).values()) {
    const latest = runs.filter((r) => r.conclusion !== null).at(-1)
    if (latest && FAILED.has(latest.conclusion!) && TEST_JOB.test(latest.name)) {
      failing.push(`check run "${latest.name}" (${latest.conclusion})`)
    }
  }
  for (const run of ci.workflowRuns) {
    if (run.conclusion !== null && FAILED.has(run.conclusion) && TEST_JOB.test(run.name)) {
      failing.push(`workflow "${run.name}" attempt ${run.runAttempt} (${run.conclusion})`)
    }
  }
  if (failing.length === 0) return null
  return {
    rule: RUN_CLAIM_MISMATCH.id,
    severity: 'block',
    message: `The manifest says the tests passed (attempt ${claim.attempt}), but CI on the head commit says otherwise: ${failing.slice(0, 5).join('; ')}${failing.length > 5 ? '; ...' : ''}.`,
    evidence: { attempt: claim.attempt, failing },
    why: WHY,
    fix: FIX
  }
}
