/** `test-retry-added` and `timeout-raised`: retry counts and timeouts turned the loose way. */
import type { Finding } from '../../model.js'
import { RETRY_HINT, RETRY_KNOBS, TIMEOUT_HINT, TIMEOUT_KNOBS } from './knob-tables.js'
import { loosenedKnobs, type KnobChange } from './knobs.js'
import type { ScannedFile } from './scan.js'
import { TEST_RETRY_ADDED } from './rules/test-retry-added.js'
import { TIMEOUT_RAISED } from './rules/timeout-raised.js'

export function addedRetries(scanned: readonly ScannedFile[]): Finding[] {
  return scanned.flatMap((file) =>
    loosenedKnobs(file, RETRY_KNOBS, RETRY_HINT).map((change): Finding => ({
      rule: TEST_RETRY_ADDED.id,
      severity: 'warn',
      message:
        change.from === null
          ? `Retries added: \`${change.to}\`.`
          : `Retries raised from \`${change.from}\` to \`${change.to}\`.`,
      path: file.file.path,
      line: change.line,
      evidence: { setting: change.kind, from: change.from, to: change.to },
      why: 'A retried test passes when it fails only sometimes: the flakiness is hidden, not fixed.',
      fix: 'Find why the test fails intermittently and fix that; a maintainer approves retries.'
    }))
  )
}

export function raisedTimeouts(scanned: readonly ScannedFile[]): Finding[] {
  return scanned.flatMap((file) =>
    loosenedKnobs(file, TIMEOUT_KNOBS, TIMEOUT_HINT).map((change): Finding => ({
      rule: TIMEOUT_RAISED.id,
      severity: 'warn',
      message: `A timeout is ${describe(change)}.`,
      path: file.file.path,
      line: change.line,
      evidence: {
        setting: change.kind,
        from: change.from,
        to: change.to,
        default: change.defaultValue
      },
      why: 'A longer timeout lets a slow or hanging run pass instead of failing.',
      fix: 'Find what got slower and fix it; a maintainer approves a deliberate increase.'
    }))
  )
}

function describe(change: KnobChange): string {
  const runnerDefault =
    change.defaultValue === 'unbounded'
      ? 'no limit'
      : `the default ${formatMs(change.defaultValue ?? 0)}`
  if (change.from === null) return `raised from ${runnerDefault} to \`${change.to}\``
  if (change.to === null) return `removed (\`${change.from}\`), so ${runnerDefault} applies`
  return `raised from \`${change.from}\` to \`${change.to}\``
}

function formatMs(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000} min`
  if (ms % 1000 === 0) return `${ms / 1000} s`
  return `${ms} ms`
}
