/**
 * Tests that failed and later passed with no code change in between, from each source the gate
 * has: the manifest's test attempts (same tree or commit), the head commit's CI history (check
 * runs of one name, workflow run attempts), and JUnit reports. Each flip comes with the timeline
 * rows a reviewer reads it from.
 */
import type { CheckRunRecord, CiHistory, TestAttemptRow } from '../../model.js'
import type { ManifestTestAttempt } from '../../model.js'
import { junitFlips } from './junit.js'

export type FlipSource = 'manifest' | 'ci' | 'junit'

export interface Flip {
  source: FlipSource
  test: string
  /** What ties the test to code: its name, class and file when known. */
  identity: string[]
  /** The flip is of a whole command or CI job, not of one named test. */
  suiteLevel: boolean
  failed: number
  passed: number
  tree?: string
  /** Both attempts were written by `agent-pr-gate record`, not only claimed (manifest only). */
  recorded?: boolean
}

export interface Flips {
  flips: Flip[]
  rows: TestAttemptRow[]
}

/** A manifest is untrusted input: a longer list is not read further. */
const MAX_ATTEMPTS = 1000
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out'])

export function manifestFlips(tests: readonly ManifestTestAttempt[]): Flips {
  const ordered = tests.slice(0, MAX_ATTEMPTS).sort((a, b) => a.attempt - b.attempt)
  const flips: Flip[] = []
  const rows: TestAttemptRow[] = []
  /** Per tree (or commit): the tests failing on it, with the attempt and command that failed. */
  const failing = new Map<string, Map<string, FailedAttempt>>()
  for (const attempt of ordered) {
    const state = attempt.tree
      ? `tree ${attempt.tree}`
      : attempt.commit
        ? `commit ${attempt.commit}`
        : null
    const flipped: string[] = []
    if (state !== null) {
      const open = failing.get(state) ?? new Map<string, FailedAttempt>()
      failing.set(state, open)
      const passed = new Set(attempt.passed ?? [])
      for (const [test, at] of open) {
        const green =
          passed.has(test) ||
          (attempt.status === 'passed' &&
            (at.command === attempt.command || attempt.command.includes(test)))
        if (!green) continue
        flips.push({
          source: 'manifest',
          test,
          identity: [test],
          suiteLevel: test === at.command,
          failed: at.attempt,
          passed: attempt.attempt,
          tree: attempt.tree ?? attempt.commit,
          recorded: at.recorded && isRecorded(attempt)
        })
        flipped.push(test)
        open.delete(test)
      }
      if (attempt.status === 'failed' || attempt.status === 'error') {
        const names =
          attempt.failed && attempt.failed.length > 0 ? attempt.failed : [attempt.command]
        for (const test of names) {
          if (!open.has(test)) {
            const recorded = isRecorded(attempt)
            open.set(test, { attempt: attempt.attempt, command: attempt.command, recorded })
          }
        }
      }
    }
    rows.push({
      attempt: attempt.attempt,
      tree: attempt.tree ?? attempt.commit ?? null,
      status: attempt.status,
      flipped,
      source: isRecorded(attempt) ? 'agent-pr-gate record' : 'manifest'
    })
  }
  return { flips, rows }
}

interface FailedAttempt {
  attempt: number
  command: string
  recorded: boolean
}

function isRecorded(attempt: ManifestTestAttempt): boolean {
  return attempt.recorded_by === 'agent-pr-gate record'
}

export function ciFlips(ci: CiHistory): Flips {
  const flips: Flip[] = []
  const rows: TestAttemptRow[] = []
  for (const runs of checkRunsByName(ci.checkRuns).values()) {
    const completed = runs.filter((r) => r.conclusion !== null)
    if (completed.length < 2) continue
    const name = completed[0]!.name
    const green = completed.at(-1)!.conclusion === 'success'
    const lastFailure = completed.findLastIndex((r) => FAILED_CONCLUSIONS.has(r.conclusion!))
    const flipped = green && lastFailure >= 0
    if (flipped) {
      flips.push({
        source: 'ci',
        test: `check run "${name}"`,
        identity: [name],
        suiteLevel: true,
        failed: lastFailure + 1,
        passed: completed.length
      })
    }
    completed.forEach((run, i) =>
      rows.push({
        attempt: i + 1,
        tree: null,
        status: run.conclusion!,
        flipped: flipped && i === completed.length - 1 ? [name] : [],
        source: `check run "${name}"`
      })
    )
  }
  for (const run of ci.workflowRuns) {
    if (run.attempts.length < 2) continue
    const attempts = [...run.attempts].sort((a, b) => a.attempt - b.attempt)
    const last = attempts.at(-1)!
    const lastFailure = attempts.findLast((a) => FAILED_CONCLUSIONS.has(a.conclusion ?? ''))
    const flipped = last.conclusion === 'success' && lastFailure !== undefined
    if (flipped) {
      flips.push({
        source: 'ci',
        test: `workflow "${run.name}"`,
        identity: [run.name],
        suiteLevel: true,
        failed: lastFailure.attempt,
        passed: last.attempt
      })
    }
    for (const a of attempts) {
      rows.push({
        attempt: a.attempt,
        tree: null,
        status: a.conclusion ?? 'in progress',
        flipped: flipped && a === last ? [run.name] : [],
        source: `workflow "${run.name}"`
      })
    }
  }
  return { flips, rows }
}

export function reportFlips(ci: CiHistory): Flips {
  const flips: Flip[] = []
  const rows: TestAttemptRow[] = []
  for (const report of ci.junit) {
    const found = junitFlips(report) ?? []
    if (found.length === 0) continue
    const names: string[] = []
    for (const f of found) {
      const test = f.classname ? `${f.classname} > ${f.name}` : f.name
      names.push(test)
      flips.push({
        source: 'junit',
        test,
        identity: [f.name, f.classname, f.file].filter((part) => part !== ''),
        suiteLevel: false,
        failed: f.failures,
        passed: f.failures + 1
      })
    }
    rows.push({
      attempt: found.reduce((most, f) => Math.max(most, f.failures + 1), 0),
      tree: null,
      status: 'passed on rerun',
      flipped: names,
      source: `JUnit ${report.path}`
    })
  }
  return { flips, rows }
}

/** Check runs grouped by app and name, oldest first. */
export function checkRunsByName(runs: readonly CheckRunRecord[]): Map<string, CheckRunRecord[]> {
  const groups = new Map<string, CheckRunRecord[]>()
  const ordered = [...runs].sort(
    (a, b) => compareText(a.startedAt ?? a.completedAt, b.startedAt ?? b.completedAt) || a.id - b.id
  )
  for (const run of ordered) {
    const key = `${run.appSlug ?? ''}\u0000${run.name}`
    const group = groups.get(key)
    if (group) group.push(run)
    else groups.set(key, [run])
  }
  return groups
}

/** GitHub's timestamps are ISO-8601 UTC, so their text orders like their time. */
function compareText(a: string | null, b: string | null): number {
  const x = a ?? ''
  const y = b ?? ''
  return x < y ? -1 : x > y ? 1 : 0
}
