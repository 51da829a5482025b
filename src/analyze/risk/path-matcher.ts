import { minimatch } from 'minimatch'

/** How every risk glob is read: dotfiles match `*`, case never matters, `!` is ours to handle. */
const GLOB_OPTIONS = { dot: true, nocase: true, nonegate: true, nocomment: true } as const

/**
 * Compiled globs by their text: a run matches the sensitive categories twice (paths, symlink
 * targets), and the gate, agent-config and dependency lists repeat some of their globs. Bounded,
 * since a long-lived process may see many configs.
 */
const compiledGlobs = new Map<string, RegExp | false>()
const MAX_COMPILED_GLOBS = 4096

/** The glob's regex (stateless: no `g` or `y` flag, so it can be shared), or false for none. */
function globRegex(glob: string): RegExp | false {
  let regex = compiledGlobs.get(glob)
  if (regex === undefined) {
    regex = minimatch.makeRe(glob, GLOB_OPTIONS)
    if (compiledGlobs.size < MAX_COMPILED_GLOBS) compiledGlobs.set(glob, regex)
  }
  return regex
}

interface CompiledGlob {
  glob: string
  /** The glob without its `!`. */
  pattern: string
  exclude: boolean
  /** Compiled on the first path that contains the literal; false when minimatch makes none. */
  regex: RegExp | false | undefined
  /** Lower-case text every matching path contains: a cheap test before the regex. */
  literal: string
}

/** An ordered glob list, compiled once: the last glob that matches a path decides. */
export interface PathMatcher {
  /** The including glob that decided, or null when the path is not in the list. */
  match(path: string): string | null
}

export function compileGlobs(globs: readonly string[]): PathMatcher {
  const newestFirst: CompiledGlob[] = []
  for (const raw of globs) {
    const exclude = raw.startsWith('!')
    const pattern = exclude ? raw.slice(1) : raw
    if (pattern.trim() === '') continue
    const literal = requiredLiteral(pattern)
    newestFirst.unshift({ glob: raw, pattern, exclude, regex: undefined, literal })
  }
  const literals = newestFirst.filter((entry) => !entry.exclude).map((entry) => entry.literal)
  // One test for "could any including glob match?" turns most paths away before the loop.
  const anyLiteral = literals.includes('') ? null : new RegExp(literals.map(escapeRegExp).join('|'))
  return {
    match(path) {
      if (literals.length === 0) return null
      const lower = path.toLowerCase()
      if (anyLiteral !== null && !anyLiteral.test(lower)) return null
      // The last glob in the list decides, so the first match from the end is the answer.
      for (const entry of newestFirst) {
        if (!lower.includes(entry.literal)) continue
        // Most globs never see a path with their literal: a run compiles only the ones that do.
        entry.regex ??= globRegex(entry.pattern)
        if (entry.regex !== false && entry.regex.test(path)) {
          return entry.exclude ? null : entry.glob
        }
      }
      return null
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

const SLASH = 47

/**
 * The longest run of plain characters outside wildcards, braces, classes and extglob groups,
 * without edge slashes (`**\/` may match nothing): any path the glob matches contains it.
 */
export function requiredLiteral(glob: string): string {
  // Runs are tracked as index ranges: no string is built until the longest one is known.
  let bestStart = 0
  let bestEnd = 0
  let runStart = 0
  let depth = 0
  const close = (end: number): void => {
    let start = runStart
    while (start < end && glob.charCodeAt(start) === SLASH) start++
    while (end > start && glob.charCodeAt(end - 1) === SLASH) end--
    if (end - start > bestEnd - bestStart) {
      bestStart = start
      bestEnd = end
    }
  }
  for (let i = 0; i < glob.length; i++) {
    const ch = glob.charAt(i)
    if (ch === '{' || ch === '(' || ch === '[') depth++
    else if ((ch === '}' || ch === ')' || ch === ']') && depth > 0) depth--
    else if (depth === 0 && !'*?!+@|\\,'.includes(ch)) continue
    close(i)
    runStart = i + 1
  }
  close(glob.length)
  return glob.slice(bestStart, bestEnd).toLowerCase()
}

/** Which side of a change touched a glob list: renames and copies are matched on both paths. */
export interface FileMatch {
  glob: string
  /** The matching path: the old one when only the old path matched. */
  path: string
  movedInto: boolean
  movedOutOf: boolean
}

export function matchChangedPaths(
  matcher: PathMatcher,
  path: string,
  oldPath: string | null
): FileMatch | null {
  const current = matcher.match(path)
  const moved = oldPath !== null && oldPath !== path ? oldPath : null
  const previous = moved === null ? null : matcher.match(moved)
  if (current !== null) {
    return {
      glob: current,
      path,
      movedInto: moved !== null && previous === null,
      movedOutOf: false
    }
  }
  if (moved !== null && previous !== null) {
    return { glob: previous, path: moved, movedInto: false, movedOutOf: true }
  }
  return null
}
