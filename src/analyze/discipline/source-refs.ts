/** Reading `source_refs` and manifest paths: a file, a line range in one, a folder, or a glob. */
import { minimatch } from 'minimatch'

export function normalizeRef(ref: string): string {
  return ref
    .trim()
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .replace(/#[^]*/, '')
    .replace(/:\d+(?:-\d+)?$/, '')
}

/** True when a snapshot that read `refs` had `path` in view. */
export function refsCover(refs: readonly string[], path: string): boolean {
  for (const raw of refs) {
    const ref = normalizeRef(raw)
    if (ref === '') continue
    if (ref === path) return true
    if (path.startsWith(ref.endsWith('/') ? ref : `${ref}/`)) return true
    if (
      /[*?[{]/.test(ref) &&
      minimatch(path, ref, { dot: true, nonegate: true, nocomment: true })
    ) {
      return true
    }
  }
  return false
}
