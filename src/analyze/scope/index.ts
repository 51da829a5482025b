import { Minimatch } from 'minimatch'
import type { ChangedFile, Finding } from '../../model.js'
import type { DetectorGroup } from '../family.js'
import { OUT_OF_SCOPE } from './rules/out-of-scope.js'

/**
 * Globs as a manifest author means them: `./src/**` is `src/**`, and a directory (`src/pagination`
 * or `src/pagination/`) also covers everything under it.
 */
function compileScope(globs: readonly string[]): Minimatch[] {
  const options = { dot: true, nonegate: true, nocomment: true }
  return globs.flatMap((glob) => {
    const pattern = directoryGlob(glob.replace(/^(?:\.\/)+/, ''))
    return pattern.endsWith('**')
      ? [new Minimatch(pattern, options)]
      : [new Minimatch(pattern, options), new Minimatch(`${pattern}/**`, options)]
  })
}

/** `src/` and `src//` become `src/**`. */
function directoryGlob(glob: string): string {
  let end = glob.length
  while (end > 0 && glob.charCodeAt(end - 1) === 47) end--
  return end === glob.length ? glob : `${glob.slice(0, end)}/**`
}

function inScope(file: ChangedFile, scope: readonly Minimatch[]): boolean {
  const paths =
    file.status === 'renamed' && file.oldPath !== null ? [file.path, file.oldPath] : [file.path]
  return paths.some((path) => scope.some((matcher) => matcher.match(path)))
}

/** Files the change touches outside the task scope the run manifest declares. */
export const scopeDetectors: DetectorGroup = {
  name: 'scope',
  detect({ changeSet }) {
    const { manifest } = changeSet
    const globs = manifest.status === 'present' ? manifest.manifest.task.scope?.paths : undefined
    if (globs === undefined || globs.length === 0) return { findings: [] }
    const scope = compileScope(globs)
    const scopeSummary =
      globs.length <= 3
        ? globs.join(', ')
        : `${globs.slice(0, 3).join(', ')} and ${globs.length - 3} more`
    const findings: Finding[] = []
    for (const file of changeSet.files) {
      if (inScope(file, scope)) continue
      findings.push({
        rule: OUT_OF_SCOPE.id,
        severity: 'block',
        message: `${file.path} is outside the task scope (${scopeSummary}).`,
        path: file.path,
        lines: file.additions + file.deletions,
        evidence: { scope: [...globs] },
        why: 'The human scoped the task to these paths; changes elsewhere were not asked for.',
        fix: 'Ask the human to widen task.scope.paths or move this change to its own PR.'
      })
    }
    return { findings }
  }
}
