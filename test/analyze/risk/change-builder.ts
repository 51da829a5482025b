/**
 * Small builders for risk tests: files from hunks written as diff lines (`+added`, `-removed`,
 * ` context`), a ChangeSet around them, and configs derived from the defaults.
 */
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js'
import type { GateConfig } from '../../../src/config/types.js'
import type { ChangedFile, ChangeSet, FileStatus, Finding } from '../../../src/model.js'
import { riskDetectors } from '../../../src/analyze/risk/index.js'
import { changedFile, changeSet as changeSetOf, type HunkSpec } from '../../support/change-set.js'

export { addedFile } from '../../support/change-set.js'
export type { HunkSpec } from '../../support/change-set.js'

export interface FileOptions {
  status?: FileStatus
  oldPath?: string
  patchMissing?: boolean
  /** The file mode on both sides (`120000` a symlink, `160000` a submodule). */
  mode?: string
}

/** A changed file; hunks given as bare line arrays are placed 10 lines apart. */
export function file(
  path: string,
  hunks: (string[] | HunkSpec)[],
  options: FileOptions = {}
): ChangedFile {
  return changedFile(path, { ...options, hunks })
}

export function changeSet(files: ChangedFile[]): ChangeSet {
  return changeSetOf(files)
}

/** The default config with top-level keys replaced. */
export function configWith(overrides: Partial<GateConfig> = {}): GateConfig {
  const base = structuredClone(DEFAULT_CONFIG)
  return { ...base, ...overrides }
}

export function detectRisk(files: ChangedFile[], config: GateConfig = configWith()): Finding[] {
  return riskDetectors.detect({ changeSet: changeSet(files), config, isAgent: true }).findings
}

export function ofRule(findings: Finding[], rule: Finding['rule']): Finding[] {
  return findings.filter((f) => f.rule === rule)
}

/**
 * A deterministic random-looking string over `alphabet`, built at run time so no token literal
 * sits in the source. Values that read as placeholders (runs, `test`...) are skipped.
 */
export function randomish(length: number, seed: number, alphabet = BASE62): string {
  let state = seed >>> 0 || 1
  for (;;) {
    let out = ''
    for (let i = 0; i < length; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0
      out += alphabet[(state >>> 8) % alphabet.length]
    }
    if (!/(.)\1{3}|test|fake|example|sample|dummy|your|xxx|0123|1234|abcd|qwer/i.test(out)) {
      return out
    }
  }
}

export const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
