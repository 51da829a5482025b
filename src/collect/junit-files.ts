/**
 * Reads the JUnit XML reports the config's `tests.junit` globs name, under one directory (the
 * CLI's --repo, the action's workspace). Bounded: at most 200 files and 50 MiB in all; symlinks
 * are not followed and globs cannot leave the directory. What is skipped becomes a note.
 */
import type { Dirent } from 'node:fs'
import { lstat, readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { minimatch } from 'minimatch'
import type { JUnitReportText } from '../model.js'

export interface JUnitReports {
  reports: JUnitReportText[]
  /** What was skipped and why, for the report's notes. */
  notes: string[]
}

export const MAX_REPORT_FILES = 200
export const MAX_REPORT_BYTES = 50 * 1024 * 1024
/** Directory entries visited at most while expanding the globs. */
const MAX_ENTRIES = 100_000
/** Folders a report glob only enters when it names them. */
const SKIPPED_DIRS = ['.git', 'node_modules']

const GLOB = { dot: true, nonegate: true, nocomment: true } as const

export async function readJUnitReports(globs: string[], dir: string): Promise<JUnitReports> {
  const root = resolve(dir)
  const notes: string[] = []
  const usable = globs.filter((glob) => {
    const ok = glob.trim() !== '' && !glob.startsWith('/') && !glob.split('/').includes('..')
    if (!ok)
      notes.push(
        `JUnit glob "${glob}" is skipped: it must be relative and stay inside the workspace.`
      )
    return ok
  })
  const matched = await expand(root, usable, notes)
  if (usable.length > 0 && matched.length === 0) {
    notes.push(
      `No JUnit report matched ${usable.map((g) => `"${g}"`).join(', ')}; reruns were checked without them.`
    )
  }
  if (matched.length > MAX_REPORT_FILES) {
    notes.push(
      `${matched.length} JUnit reports matched; only the first ${MAX_REPORT_FILES} were read.`
    )
  }
  const reports: JUnitReportText[] = []
  let bytes = 0
  for (const path of matched.slice(0, MAX_REPORT_FILES)) {
    const absolute = join(root, path)
    const { size } = await lstat(absolute)
    if (bytes + size > MAX_REPORT_BYTES) {
      notes.push(
        `JUnit report ${path} is skipped: the reports read would pass ${MAX_REPORT_BYTES / 1024 / 1024} MiB.`
      )
      continue
    }
    bytes += size
    const xml = (await readFile(absolute, 'utf8')).replace(/^\uFEFF/, '')
    const valid = XMLValidator.validate(xml)
    if (valid !== true) {
      notes.push(
        `JUnit report ${path} is skipped: not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`
      )
      continue
    }
    reports.push({ path, xml })
  }
  // The analysis reads reports with a parser that loads only when there are some.
  if (reports.length > 0) await import('../analyze/verifier/junit-parser.js')
  return { reports, notes }
}

/** Repository-relative `/` paths of the regular files matching any glob, sorted. */
async function expand(root: string, globs: readonly string[], notes: string[]): Promise<string[]> {
  const found = new Set<string>()
  let visited = 0
  for (const glob of globs) {
    const start = staticPrefix(glob)
    const enters = SKIPPED_DIRS.filter((d) => glob.split('/').includes(d))
    const pending = [start]
    while (pending.length > 0) {
      const folder = pending.pop()!
      let entries: Dirent[]
      try {
        entries = await readdir(join(root, folder), { withFileTypes: true })
      } catch {
        continue
      }
      for (const entry of entries) {
        if (++visited > MAX_ENTRIES) {
          notes.push(`Stopped looking for JUnit reports after ${MAX_ENTRIES} files and folders.`)
          return [...found].sort()
        }
        const path = folder === '' ? entry.name : `${folder}/${entry.name}`
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.includes(entry.name) || enters.includes(entry.name)) pending.push(path)
        } else if (entry.isFile() && minimatch(path, glob, GLOB)) {
          found.add(path)
        }
      }
    }
  }
  return [...found].sort()
}

/** The folders a glob starts with before its first wildcard (`reports/junit` of `reports/junit/**`). */
function staticPrefix(glob: string): string {
  const parts = glob.split('/')
  const fixed: string[] = []
  for (const part of parts.slice(0, -1)) {
    if (/[*?[\]{}()!+@]/.test(part)) break
    fixed.push(part)
  }
  return fixed.join('/')
}
