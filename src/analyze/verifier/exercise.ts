/**
 * Whether a flipped test plausibly exercises the changed code, so a reviewer can tell "flaky
 * where you changed things" from "flaky elsewhere": the test's file is in the change, or its
 * name, class or file names a changed module (its file stem or its folder).
 */
import type { ChangedFile } from '../../model.js'

export interface ChangeFootprint {
  /** Changed paths without extension, lowercased. */
  paths: string[]
  /** File stems and folder names of changed files, lowercased letters and digits only. */
  stems: Set<string>
}

/** Names too common to tie a test to a change. */
const GENERIC = new Set(
  (
    'src lib libs test tests spec specs app apps pkg internal cmd main java kotlin com org net ' +
    'python source sources packages package e2e unit integration utils util helpers helper ' +
    'common core shared components index mod init types type config fixtures support'
  ).split(' ')
)
const TEST_AFFIX = /[._-](?:test|tests|spec|specs|cy|e2e)$|^test[_-]|(?<=[a-z0-9])(?:Tests?|IT)$/

export function changeFootprint(files: readonly ChangedFile[]): ChangeFootprint {
  const paths: string[] = []
  const stems = new Set<string>()
  for (const file of files) {
    for (const path of file.oldPath && file.oldPath !== file.path
      ? [file.path, file.oldPath]
      : [file.path]) {
      const parts = path.split('/')
      const name = parts.at(-1)!.split('.')[0]!
      paths.push(withoutExtension(path).toLowerCase())
      addStem(stems, name.replace(TEST_AFFIX, ''))
      if (parts.length > 1) addStem(stems, parts.at(-2)!)
    }
  }
  return { paths, stems }
}

/** `identity`: the test's name, and its class and file when known. */
export function exercisesChange(identity: readonly string[], footprint: ChangeFootprint): boolean {
  for (const part of identity) {
    const normal = part.replace(/\\/g, '/').replace(/^\.\//, '').toLowerCase()
    const candidates = normal.includes('/')
      ? [withoutExtension(normal)]
      : /^[\w$]+(?:\.[\w$]+)+$/.test(normal)
        ? [normal.replace(/\./g, '/'), withoutExtension(normal)]
        : []
    for (const candidate of candidates) {
      if (footprint.paths.some((p) => p === candidate || p.endsWith(`/${candidate}`))) return true
    }
  }
  const text = identity.join(' ')
  const squashed = text.toLowerCase().replace(/[^a-z0-9]/g, '')
  const tokens = new Set(
    text
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
  )
  for (const stem of footprint.stems) {
    if (stem.length >= 4 ? squashed.includes(stem) : tokens.has(stem)) return true
  }
  return false
}

function addStem(stems: Set<string>, raw: string): void {
  const stem = raw.toLowerCase().replace(/[^a-z0-9]/g, '')
  if (stem.length >= 3 && !GENERIC.has(stem)) stems.add(stem)
}

function withoutExtension(path: string): string {
  return path.replace(/\.[^./]+$/, '')
}
