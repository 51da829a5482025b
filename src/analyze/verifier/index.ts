/**
 * Verifier integrity: a green build is only worth something if nobody bent the verifier to get
 * it. Reruns until green (manifest, CI history, JUnit), and tests skipped, retried, deleted or
 * weakened, timeouts raised, snapshots rewritten, failures masked, found in the diff.
 */
import type { DetectorGroup } from '../family.js'
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

export const verifierDetectors: DetectorGroup = {
  name: 'verifier',
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
