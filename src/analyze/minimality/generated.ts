import { Minimatch } from 'minimatch'
import { contentAt, numberAt, packedOf } from '../../packed-lines.js'
import type { ChangedFile } from '../../model.js'

export type GeneratedKind =
  'lockfile' | 'build-output' | 'vendored' | 'gitattributes' | 'header' | 'configured'

export interface GeneratedFile {
  file: ChangedFile
  kind: GeneratedKind
  /** The source the generated file follows (a lockfile's manifest), when the change has it. */
  source: string | null
  /** Regenerated alongside a hand-written change it follows: expected, not scored. */
  expected: boolean
}

/** Lockfile name -> the manifests it is generated from; a Map, since names come from the diff. */
const LOCKFILES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['package-lock.json', ['package.json']],
  ['npm-shrinkwrap.json', ['package.json']],
  ['yarn.lock', ['package.json']],
  ['pnpm-lock.yaml', ['package.json', 'pnpm-workspace.yaml']],
  ['bun.lock', ['package.json']],
  ['bun.lockb', ['package.json']],
  ['deno.lock', ['deno.json', 'deno.jsonc']],
  ['poetry.lock', ['pyproject.toml']],
  ['uv.lock', ['pyproject.toml']],
  ['pdm.lock', ['pyproject.toml']],
  ['Pipfile.lock', ['Pipfile']],
  ['go.sum', ['go.mod']],
  ['Cargo.lock', ['Cargo.toml']],
  ['composer.lock', ['composer.json']],
  ['Gemfile.lock', ['Gemfile']],
  ['gradle.lockfile', ['build.gradle', 'build.gradle.kts']],
  ['Podfile.lock', ['Podfile']],
  ['pubspec.lock', ['pubspec.yaml']],
  ['mix.lock', ['mix.exs']],
  ['flake.lock', ['flake.nix']]
])

const GLOB_OPTIONS = { dot: true, nocomment: true, nonegate: true }

const BUILD_OUTPUT_GLOBS = [
  'dist/**',
  '**/dist/**',
  '**/*.min.js',
  '**/*.min.css',
  '**/*.js.map',
  '**/*.css.map',
  '**/__generated__/**',
  '**/*.pb.go',
  '**/*_pb2.py',
  '**/*_pb2_grpc.py',
  '**/*_generated.go',
  '**/zz_generated*.go',
  '**/*.generated.*',
  '**/*.g.dart',
  '**/*.freezed.dart'
]

const VENDORED_GLOBS = ['vendor/**', '**/node_modules/**']

/** Compiled on the first path that may need them: most runs never do, and compiling costs. */
let buildOutput: readonly Minimatch[] | undefined
let vendored: readonly Minimatch[] | undefined

/**
 * A text every build-output glob needs in the path (`dist/`, `.min.`, `.map`, `generated`...):
 * paths without any skip the globs, which cost more than the rest of the check.
 */
const MAY_BE_BUILD_OUTPUT = /dist\/|\.min\.|\.map$|generated|\.pb\.go$|_pb2|\.dart$/
const MAY_BE_VENDORED = /vendor\/|node_modules\//

/** The conventional first-lines markers: Go's `Code generated ... DO NOT EDIT.`, `@generated`. */
const HEADER =
  /^\s*(?:\/\/|#|\/\*|\*|<!--|--|"""|;).*(?:@generated\b|\bDO NOT EDIT\b|\bauto-?generated\b|\bgenerated (?:by|from|automatically)\b)/i

/** How far into a file a generated-file header is looked for. */
const HEADER_LINES = 5

interface AttributeRule {
  matcher: Minimatch
  generated: boolean
}

/** `linguist-generated` (set, `=true`, unset, `=false`) and `-diff` lines of `.gitattributes`. */
export function parseGitattributes(text: string | null): AttributeRule[] {
  if (text === null) return []
  const rules: AttributeRule[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const [pattern, ...attributes] = line.split(/\s+/)
    let generated: boolean | null = null
    for (const attribute of attributes) {
      if (attribute === 'linguist-generated' || attribute === 'linguist-generated=true')
        generated = true
      else if (attribute === '-diff' || attribute === 'diff=false') generated = true
      else if (attribute === '-linguist-generated' || attribute === 'linguist-generated=false') {
        generated = false
      }
    }
    if (generated === null) continue
    const anchored = pattern.startsWith('/') ? pattern.slice(1) : pattern
    const options = { ...GLOB_OPTIONS, matchBase: !anchored.includes('/') }
    rules.push({ matcher: new Minimatch(anchored, options), generated })
  }
  return rules
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash + 1)
}

/** Which changed files are generated, and whether each follows a hand-written change. */
export function findGeneratedFiles(
  files: readonly ChangedFile[],
  gitattributes: string | null,
  configured: readonly string[]
): GeneratedFile[] {
  const attributes = parseGitattributes(gitattributes)
  const extra = configured.map((glob) => new Minimatch(glob, GLOB_OPTIONS))
  const found = new Map<ChangedFile, GeneratedKind>()
  for (const file of files) {
    const kind = generatedKind(file, attributes, extra)
    if (kind !== null) found.set(file, kind)
  }
  const changedPaths = new Set(files.map((file) => file.path))
  const handWritten = files.some((file) => !found.has(file))
  return [...found].map(([file, kind]) => {
    const manifests =
      LOCKFILES.get(basename(file.path)) ?? (kind === 'lockfile' ? compiledFrom(file.path) : [])
    const source =
      manifests.map((name) => dirname(file.path) + name).find((path) => changedPaths.has(path)) ??
      null
    const expected = kind === 'lockfile' || manifests.length > 0 ? source !== null : handWritten
    return { file, kind, source, expected }
  })
}

function generatedKind(
  file: ChangedFile,
  attributes: readonly AttributeRule[],
  configured: readonly Minimatch[]
): GeneratedKind | null {
  const path = file.path
  if (configured.some((m) => m.match(path))) return 'configured'
  let marked: boolean | null = null
  for (const rule of attributes) if (rule.matcher.match(path)) marked = rule.generated
  if (marked === false) return null
  if (marked === true) return 'gitattributes'
  if (LOCKFILES.has(basename(path))) return 'lockfile'
  if (MAY_BE_BUILD_OUTPUT.test(path)) {
    buildOutput ??= BUILD_OUTPUT_GLOBS.map((glob) => new Minimatch(glob, GLOB_OPTIONS))
    if (buildOutput.some((m) => m.match(path))) return 'build-output'
  }
  if (MAY_BE_VENDORED.test(path)) {
    vendored ??= VENDORED_GLOBS.map((glob) => new Minimatch(glob, GLOB_OPTIONS))
    if (vendored.some((m) => m.match(path))) return 'vendored'
  }
  if (isCompiledRequirements(file)) return 'lockfile'
  return hasGeneratedHeader(file) ? 'header' : null
}

/** pip-compile's (and uv's) annotation under each pinned requirement: `    # via flask`. */
const VIA = /^\s+# via\b/

/**
 * A requirements file written by pip-compile: its header is often outside the hunks, but every
 * pin it writes carries a `# via` line saying what pulled it in.
 */
function isCompiledRequirements(file: ChangedFile): boolean {
  if (!file.path.endsWith('.txt')) return false
  return file.hunks.some((hunk) => hunk.lines.some((line) => VIA.test(line.content)))
}

/** The `.in` file pip-compile reads a compiled `.txt` from. */
function compiledFrom(path: string): string[] {
  return path.endsWith('.txt') ? [basename(path).slice(0, -'.txt'.length) + '.in'] : []
}

function hasGeneratedHeader(file: ChangedFile): boolean {
  for (const hunk of file.hunks) {
    const packed = packedOf(hunk)
    for (let k = 0; k < packed.count; k++) {
      const number = numberAt(packed, k)
      if (number >= 0 && number <= HEADER_LINES && HEADER.test(contentAt(packed, k))) return true
    }
    if (hunk.newStart > HEADER_LINES && hunk.oldStart > HEADER_LINES) break
  }
  return false
}
