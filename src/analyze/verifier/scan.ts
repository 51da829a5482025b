/**
 * The files the verifier reads, each with its roles and change blocks; every other file is
 * skipped by path, so a large diff of application code costs one path test per file.
 */
import type { ChangedFile } from '../../model.js'
import { changeBlocks, syntaxOf, type ChangeBlock, type Syntax } from './diff-lines.js'
import { fileRoles, scopesOf, type FileRoles, type Scope, type TestLanguage } from './file-roles.js'

export interface ScannedFile {
  file: ChangedFile
  roles: FileRoles
  scopes: Set<Scope>
  /** The language whose test markers apply (Rust sources may hold inline tests). */
  language: TestLanguage | null
  syntax: Syntax
  blocks: ChangeBlock[]
}

export function scanFiles(files: readonly ChangedFile[]): ScannedFile[] {
  const scanned: ScannedFile[] = []
  for (const file of files) {
    const roles = fileRoles(file.path)
    if (roles === null) continue
    const language = roles.test ?? (roles.inlineTests ? 'rust' : null)
    scanned.push({
      file,
      roles,
      scopes: scopesOf(roles),
      language,
      syntax: syntaxOf(file.path, language),
      blocks: changeBlocks(file)
    })
  }
  return scanned
}
