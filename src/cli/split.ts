/**
 * `agent-pr-gate split`: the gate's split plan as two patches. `essential.patch` applies to the
 * merge-base and holds what the task needs; `refactor.patch` applies on top and holds the
 * layout, comments, renames, moves, import reorders, generated churn and out-of-scope edits.
 * Exit codes as the gate's: 0 pass or warn, 1 blocked, 2 bad usage, unreadable input or an
 * internal error.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { changeSetOf } from '../collect/change-set.js'
import { collectFromGit, openRepository } from '../collect/local-git.js'
import { loadConfigFile } from '../config/file.js'
import { parseManifest } from '../manifest/loader.js'
import type { GateReport } from '../model.js'
import { collectionOf, runGate } from '../run-gate.js'
import { fileParts, type FileSplit } from '../split/carve.js'
import { writeSplit } from '../split/patches.js'
import { describeFailure, oneLine } from '../failure.js'
import { readFile } from 'node:fs/promises'
import { parseFailure } from './arguments.js'
import type { CliIo } from './options.js'
import { UsageError } from './errors.js'
import { FILE_RENAME } from '../analyze/minimality/rules/file-rename.js'
import { OUT_OF_SCOPE } from '../analyze/scope/rules/out-of-scope.js'

export const SPLIT_USAGE = `Usage: agent-pr-gate split --out DIR [--repo DIR] [--base REF] [--head REF]
                           [--manifest FILE] [--config FILE] [--format text|json]

Writes the change as two patches: DIR/essential.patch (what the task needs, applies to the
merge-base with "git apply") and DIR/refactor.patch (the refactoring the gate found: layout,
comments, renames, moves, imports, generated churn, out-of-scope edits; applies on top of the
essential patch). Applied in order they rebuild the head exactly; an empty patch is an empty file.

Exit codes: 0 pass or warn, 1 blocked, 2 bad usage, unreadable input or an internal error.`

interface SplitOptions {
  out: string
  repo: string
  base: string | undefined
  head: string | undefined
  manifest: string | null
  config: string | null
  format: 'text' | 'json'
}

/** What went where, as `--format json` prints it. */
export interface SplitListing {
  version: 1
  verdict: GateReport['verdict']
  base: string
  head: string
  essential: { patch: string; bytes: number; files: string[] }
  refactor: {
    patch: string
    bytes: number
    files: { path: string; reason: string; whole: boolean }[]
  }
  /** Files split between the two patches, hunk by hunk and line by line. */
  carved: {
    path: string
    refactorHunks: number[]
    mixedHunks: { hunk: number; lines: number; reason: string }[]
  }[]
  rebuildsHead: boolean
  notes: string[]
}

const SPLIT_OPTIONS = {
  out: { type: 'string' },
  repo: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  manifest: { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

function parseSplitArgs(argv: string[], cwd: string): SplitOptions | 'help' {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: SPLIT_OPTIONS
    }))
  } catch (error) {
    throw parseFailure(error, Object.keys(SPLIT_OPTIONS), 'split')
  }
  if (values.help) return 'help'
  if (values.out === undefined) {
    throw new UsageError(
      'split needs --out DIR: the folder to write essential.patch and refactor.patch in'
    )
  }
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format "${format}" is not one of text, json`)
  }
  return {
    out: resolve(cwd, values.out),
    repo: resolve(cwd, values.repo ?? '.'),
    base: values.base,
    head: values.head,
    manifest: values.manifest === undefined ? null : resolve(cwd, values.manifest),
    config: values.config === undefined ? null : resolve(cwd, values.config),
    format
  }
}

/** Runs `split` and returns its exit code; never throws. */
export async function runSplit(argv: string[], io: CliIo): Promise<number> {
  try {
    const options = parseSplitArgs(argv, io.cwd)
    if (options === 'help') {
      io.stdout.write(`${SPLIT_USAGE}\n`)
      return 0
    }
    const git = await collectFromGit({ repo: options.repo, base: options.base, head: options.head })
    const { config } = await loadConfigFile(
      options.config ?? join(options.repo, '.github/agent-pr-gate.yml'),
      { required: options.config !== null }
    )
    const manifest =
      options.manifest === null
        ? undefined
        : parseManifest(await readText(options.manifest), options.manifest)
    const changeSet = changeSetOf({ source: 'git', ...git, manifest })
    const { report } = runGate(collectionOf(changeSet, config))
    const pathsOf = (rule: string): Set<string> =>
      new Set(report.findings.flatMap((f) => (f.rule === rule && f.path ? [f.path] : [])))
    const splits = fileParts(changeSet.files, report.splitPlan, {
      outOfScope: pathsOf(OUT_OF_SCOPE.id),
      renamed: pathsOf(FILE_RENAME.id)
    })
    const patches = await writeSplit(await openRepository(options.repo), git.base, git.head, splits)
    if (!patches.rebuildsHead) {
      throw new Error(
        'internal error: the two patches do not rebuild the head tree; nothing was written. ' +
          'Please report it with the two commits at https://github.com/agent-pr-gate/agent-pr-gate/issues'
      )
    }
    await mkdir(options.out, { recursive: true })
    await Promise.all([
      writeFile(join(options.out, 'essential.patch'), patches.essential),
      writeFile(join(options.out, 'refactor.patch'), patches.refactor)
    ])
    const listing = listingOf(report, git.base, git.head, splits, patches)
    io.stdout.write(
      options.format === 'json'
        ? `${JSON.stringify(listing, null, 2)}\n`
        : textOf(listing, options.out)
    )
    return report.verdict === 'fail' ? 1 : 0
  } catch (error) {
    io.stderr.write(`agent-pr-gate split: ${oneLine(describeFailure(error))}\n`)
    return 2
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read the manifest "${path}": ${describeFailure(error)}`)
  }
}

function listingOf(
  report: GateReport,
  base: string,
  head: string,
  splits: readonly FileSplit[],
  patches: { essential: string; refactor: string; rebuildsHead: boolean }
): SplitListing {
  const essential: string[] = []
  const refactor: SplitListing['refactor']['files'] = []
  const carved: SplitListing['carved'] = []
  const notes: string[] = []
  let dependentCarves = 0
  let unreadable = 0
  for (const { file, part } of splits) {
    if (part.side === 'essential') {
      essential.push(file.path)
      if (file.binary || file.patchMissing) unreadable++
    } else if (part.side === 'refactor') {
      refactor.push({ path: file.path, reason: part.reason, whole: true })
    } else {
      essential.push(file.path)
      const reasons = new Set(part.mixed.map((m) => m.reason))
      if (part.keepOldPath) reasons.add(FILE_RENAME.id)
      if (part.refactorHunks.size > 0) reasons.add('whole hunks')
      refactor.push({ path: file.path, reason: [...reasons].join('; '), whole: false })
      carved.push({
        path: file.path,
        refactorHunks: [...part.refactorHunks].map((h) => h + 1),
        mixedHunks: part.mixed.map((m) => ({
          hunk: m.hunk + 1,
          lines: m.lines.length,
          reason: m.reason
        }))
      })
      // a rename or a move cut out of a hunk can leave the essential side referring to it
      if (part.mixed.some((m) => /rename-symbol|moved-code/.test(m.reason))) dependentCarves++
    }
  }
  if (dependentCarves > 0) {
    notes.push(
      `${dependentCarves} file(s) had a rename or moved code carved out of hunks with essential ` +
        'changes: the essential patch applies, but its lines may rely on the rename or the move ' +
        'before it lands; build it before opening it alone'
    )
  }
  if (unreadable > 0) {
    notes.push(`${unreadable} binary or unreadable file(s) stay whole in the essential patch`)
  }
  return {
    version: 1,
    verdict: report.verdict,
    base,
    head,
    essential: {
      patch: 'essential.patch',
      bytes: Buffer.byteLength(patches.essential),
      files: essential
    },
    refactor: {
      patch: 'refactor.patch',
      bytes: Buffer.byteLength(patches.refactor),
      files: refactor
    },
    carved,
    rebuildsHead: patches.rebuildsHead,
    notes
  }
}

function textOf(listing: SplitListing, out: string): string {
  const lines = [
    `Split of ${listing.base.slice(0, 12)}..${listing.head.slice(0, 12)} (gate verdict: ${listing.verdict})`,
    `  ${join(out, 'essential.patch')}: ${listing.essential.files.length} file(s), ${listing.essential.bytes} bytes`,
    `  ${join(out, 'refactor.patch')}: ${listing.refactor.files.length} file(s), ${listing.refactor.bytes} bytes`,
    ...listing.refactor.files.map(
      (f) => `    ${f.whole ? 'whole' : 'part '}  ${JSON.stringify(f.path)}  ${f.reason}`
    ),
    'Applied in order to the base, the two patches rebuild the head (checked).',
    ...listing.notes.map((note) => `Note: ${note}`)
  ]
  return `${lines.join('\n')}\n`
}
