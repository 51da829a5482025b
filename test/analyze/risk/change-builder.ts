/**
 * Small builders for risk tests: files from hunks written as diff lines (`+added`, `-removed`,
 * ` context`), a ChangeSet around them, and configs derived from the defaults.
 */
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js'
import type { GateConfig } from '../../../src/config/types.js'
import type {
  ChangedFile,
  ChangeSet,
  DiffLine,
  FileStatus,
  Finding,
  Hunk
} from '../../../src/model.js'
import { riskDetectors } from '../../../src/analyze/risk/index.js'

export interface HunkSpec {
  oldStart?: number
  newStart?: number
  section?: string
  lines: string[]
}

export interface FileOptions {
  status?: FileStatus
  oldPath?: string
  patchMissing?: boolean
}

function hunk(spec: HunkSpec, oldStart: number, newStart: number): Hunk {
  let oldLine = spec.oldStart ?? oldStart
  let newLine = spec.newStart ?? newStart
  const first = { old: oldLine, new: newLine }
  const lines: DiffLine[] = spec.lines.map((raw) => {
    const kind = raw.startsWith('+') ? 'add' : raw.startsWith('-') ? 'del' : 'context'
    if (kind === 'context' && !raw.startsWith(' ') && raw !== '') {
      throw new Error(`hunk line must start with '+', '-' or ' ': ${raw}`)
    }
    const line: DiffLine = {
      kind,
      content: raw.slice(1),
      oldLine: kind === 'add' ? null : oldLine++,
      newLine: kind === 'del' ? null : newLine++,
      crlf: false,
      noNewlineAtEof: false
    }
    return line
  })
  return {
    oldStart: first.old,
    oldLines: oldLine - first.old,
    newStart: first.new,
    newLines: newLine - first.new,
    section: spec.section ?? '',
    lines
  }
}

/** A changed file; hunks given as bare line arrays are placed 10 lines apart. */
export function file(
  path: string,
  hunks: (string[] | HunkSpec)[],
  options: FileOptions = {}
): ChangedFile {
  const built: Hunk[] = []
  let oldNext = 1
  let newNext = 1
  for (const h of hunks) {
    const spec = Array.isArray(h) ? { lines: h } : h
    const made = hunk(spec, oldNext, newNext)
    built.push(made)
    oldNext = made.oldStart + made.oldLines + 10
    newNext = made.newStart + made.newLines + 10
  }
  const status = options.status ?? (options.oldPath !== undefined ? 'renamed' : 'modified')
  const lines = built.flatMap((h) => h.lines)
  return {
    path,
    oldPath: options.oldPath ?? (status === 'added' ? null : path),
    status,
    binary: false,
    similarity: options.oldPath !== undefined ? 90 : null,
    oldMode: null,
    newMode: null,
    additions: lines.filter((l) => l.kind === 'add').length,
    deletions: lines.filter((l) => l.kind === 'del').length,
    hunks: built,
    patchMissing: options.patchMissing ?? false
  }
}

/** A new file: every line added. */
export function addedFile(path: string, lines: string[]): ChangedFile {
  return file(path, [lines.map((l) => `+${l}`)], { status: 'added' })
}

export function changeSet(files: ChangedFile[]): ChangeSet {
  return {
    source: 'diff',
    base: null,
    head: null,
    files,
    complete: true,
    incompleteReason: null,
    pr: null,
    commits: [],
    manifest: { status: 'absent' },
    ci: null,
    gitattributes: null
  }
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
