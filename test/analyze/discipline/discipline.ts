/** Runs the discipline family on a change, with or without a manifest and a PR. */
import { disciplineDetectors } from '../../../src/analyze/discipline/index.js'
import type { GateConfig } from '../../../src/config/types.js'
import type { ChangedFile, Finding } from '../../../src/model.js'
import type { RuleId } from '../../../src/analyze/catalogue.js'
import { changeSet, config, type ChangeOptions } from '../verifier/change.js'

export function discipline(
  rule: RuleId,
  files: ChangedFile[],
  options: ChangeOptions & { isAgent?: boolean; config?: Partial<GateConfig> } = {}
): Finding[] {
  const result = disciplineDetectors.detect({
    changeSet: changeSet(files, options),
    config: config(options.config),
    isAgent: options.isAgent ?? true
  })
  return result.findings.filter((f) => f.rule === rule)
}
