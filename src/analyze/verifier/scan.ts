/**
 * The files the verifier reads, each with its roles and change blocks; every other file is
 * skipped by path, so a large diff of application code costs one path test per file.
 */
import type { ChangedFile } from '../../model.js'
import { changedLinesOf } from '../../packed-lines.js'
import { FileLines, type ChangeBlock } from './changed-lines.js'
import { gateOf, type HintGate } from './hint-gate.js'
import { syntaxOf, type Syntax } from './diff-lines.js'
import { fileRoles, scopesOf, type FileRoles, type Scope, type TestLanguage } from './file-roles.js'
import {
  COVERAGE_HINT,
  COVERAGE_KNOBS,
  MASK_HINT,
  MASK_MARKERS,
  RETRY_HINT,
  RETRY_KNOBS,
  SNAPSHOT_UPDATE_HINT,
  SNAPSHOT_UPDATE_MARKERS,
  TIMEOUT_HINT,
  TIMEOUT_KNOBS
} from './knob-tables.js'
import { LANGUAGE_MARKERS } from './language-markers.js'

export interface ScannedFile {
  file: ChangedFile
  roles: FileRoles
  scopes: Set<Scope>
  /** The language whose test markers apply (Rust sources may hold inline tests). */
  language: TestLanguage | null
  syntax: Syntax
  blocks: readonly ChangeBlock[]
  lines: FileLines
}

export function scanFiles(files: readonly ChangedFile[]): ScannedFile[] {
  const scanned: ScannedFile[] = []
  for (const file of files) {
    const roles = fileRoles(file.path)
    if (roles === null) continue
    const language = roles.test ?? (roles.inlineTests ? 'rust' : null)
    const scopes = scopesOf(roles)
    const lines = new FileLines(changedLinesOf(file), gateFor(scopes, language))
    scanned.push({
      file,
      roles,
      scopes,
      language,
      syntax: syntaxOf(file.path, language),
      blocks: lines.blocks,
      lines
    })
  }
  return scanned
}

/** Tables read with a hint, and the file scopes their rows apply in. */
const HINTED_TABLES: readonly [readonly { scopes?: readonly Scope[] }[], RegExp][] = [
  [RETRY_KNOBS, RETRY_HINT],
  [TIMEOUT_KNOBS, TIMEOUT_HINT],
  [COVERAGE_KNOBS, COVERAGE_HINT],
  [MASK_MARKERS, MASK_HINT],
  [SNAPSHOT_UPDATE_MARKERS, SNAPSHOT_UPDATE_HINT]
]

const gates = new Map<string, HintGate>()

/** The gate for a file's language and scopes: few distinct ones, each made once. */
function gateFor(scopes: ReadonlySet<Scope>, language: TestLanguage | null): HintGate {
  const key = `${language}:${[...scopes].join()}`
  let gate = gates.get(key)
  if (gate === undefined) {
    gate = gateOf(hintsFor(scopes, language))
    gates.set(key, gate)
  }
  return gate
}

/**
 * The hints the rules test the file's lines against: its language's, and those of each table
 * with a row for one of its scopes. A rule asking about another hint still gets the right lines,
 * from a pass of its own.
 */
function hintsFor(scopes: ReadonlySet<Scope>, language: TestLanguage | null): RegExp[] {
  const hints: RegExp[] = []
  if (language !== null) {
    const markers = LANGUAGE_MARKERS[language]
    hints.push(markers.skipHint, markers.assertionHint, markers.declarationHint)
  }
  for (const [table, hint] of HINTED_TABLES) {
    if (table.some((row) => row.scopes === undefined || row.scopes.some((s) => scopes.has(s)))) {
      hints.push(hint)
    }
  }
  return hints
}
