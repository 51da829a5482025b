/**
 * Verifier integrity: a green build is only worth something if nobody bent the verifier to get
 * it. Reruns until green (manifest, CI history, JUnit), and tests skipped, retried, deleted or
 * weakened, timeouts raised, snapshots rewritten, failures masked, found in the diff.
 */
import type { RuleMeta } from '../../model.js'
import type { DetectorFamily } from '../family.js'
import { weakenedAssertions } from './assertions.js'
import { ciSkips } from './ci-skips.js'
import { deletedTests } from './deleted.js'
import { addedRetries, raisedTimeouts } from './loosened-settings.js'
import { maskedFailures } from './masking.js'
import { rerunsToGreen } from './reruns.js'
import { scanFiles } from './scan.js'
import { skippedTests } from './skipped.js'
import { bentSelection } from './selection.js'
import { rewrittenSnapshots } from './snapshots.js'

const RULES: readonly RuleMeta[] = [
  {
    id: 'rerun-to-green',
    defaultLevel: 'block',
    summary:
      'A test failed, then passed on a rerun with no code change (blocks when it runs the changed code, else warns).'
  },
  {
    id: 'test-skipped',
    defaultLevel: 'block',
    summary: 'A skip, todo, expected-failure or `.only` marker is added.'
  },
  { id: 'test-retry-added', defaultLevel: 'warn', summary: 'Test retries are added or raised.' },
  {
    id: 'test-deleted',
    defaultLevel: 'block',
    summary: 'Test files or test cases are removed on net.'
  },
  {
    id: 'assertion-weakened',
    defaultLevel: 'block',
    summary: 'Fewer assertions, a looser matcher, or an assertion commented out.'
  },
  { id: 'timeout-raised', defaultLevel: 'warn', summary: 'A test or CI job timeout is raised.' },
  {
    id: 'snapshot-rewritten',
    defaultLevel: 'warn',
    summary: 'Stored snapshots are rewritten or set to update.'
  },
  {
    id: 'ci-failure-masked',
    defaultLevel: 'block',
    summary:
      'A failure is made to pass (`continue-on-error`, `|| true`, ...) or coverage is lowered.'
  }
]

export const verifierFamily: DetectorFamily = {
  name: 'verifier',
  rules: RULES,
  detect({ changeSet }) {
    const scanned = scanFiles(changeSet.files)
    const deleted = deletedTests(scanned)
    const reruns = rerunsToGreen(changeSet)
    const findings = [
      ...reruns.findings,
      ...skippedTests(scanned, deleted.newTests, deleted.unpairedLines),
      ...bentSelection(scanned),
      ...ciSkips(scanned),
      ...addedRetries(scanned),
      ...deleted.findings,
      ...weakenedAssertions(scanned, deleted.unpairedLines),
      ...raisedTimeouts(scanned),
      ...rewrittenSnapshots(scanned),
      ...maskedFailures(scanned)
    ]
    return reruns.timeline ? { findings, testTimeline: reruns.timeline } : { findings }
  }
}
