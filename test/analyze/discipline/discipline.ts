/** Runs the discipline family on a change, with or without a manifest and a PR. */
import { disciplineFamily } from '../../../src/analyze/discipline/index.js'
import type { GateConfig } from '../../../src/config/types.js'
import type { ChangedFile, Finding, RuleId } from '../../../src/model.js'
import { changeSet, config, type ChangeOptions } from '../verifier/change.js'

export function discipline(
  rule: RuleId,
  files: ChangedFile[],
  options: ChangeOptions & { isAgent?: boolean; config?: Partial<GateConfig> } = {}
): Finding[] {
  const result = disciplineFamily.detect({
    changeSet: changeSet(files, options),
    config: config(options.config),
    isAgent: options.isAgent ?? true
  })
  return result.findings.filter((f) => f.rule === rule)
}
