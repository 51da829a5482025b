/** Runs the verifier family on files (and a manifest or CI history) and picks findings by rule. */
import { verifierDetectors } from '../../../src/analyze/verifier/index.js'
import type { DetectorResult } from '../../../src/analyze/family.js'
import type { ChangedFile, Finding } from '../../../src/model.js'
import type { RuleId } from '../../../src/analyze/catalogue.js'
import { changeSet, config, type ChangeOptions } from './change.js'

export function verify(files: ChangedFile[], options: ChangeOptions = {}): DetectorResult {
  return verifierDetectors.detect({
    changeSet: changeSet(files, options),
    config: config(),
    isAgent: true
  })
}

export function findings(
  rule: RuleId,
  files: ChangedFile[],
  options: ChangeOptions = {}
): Finding[] {
  return verify(files, options).findings.filter((f) => f.rule === rule)
}
