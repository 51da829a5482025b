/**
 * The CLI: the same engine as the action, on a local diff or repository. Exit codes: 0 pass or
 * warn, 1 fail (blocked), 2 bad usage or unreadable input (one line on stderr: what, why, fix).
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { RULES } from '../analyze/index.js'
import { changeSetOf } from '../collect/change-set.js'
import { parseUnifiedDiff, textBefore } from '../collect/diff-text.js'
import { readJUnitReports } from '../collect/junit-files.js'
import { collectFromGit } from '../collect/local-git.js'
import { loadConfigFile } from '../config/loader.js'
import { parseManifest } from '../manifest/loader.js'
import type { ChangeSet, GateReport, ManifestState } from '../model.js'
import { NO_APPROVAL } from '../model.js'
import { runGate } from '../pipeline.js'
import { renderJson } from '../report/render/json.js'
import { renderMarkdown } from '../report/render/markdown.js'
import { renderSarif } from '../report/render/sarif.js'
import { renderText } from '../report/render/text.js'
import { describeFailure, oneLine } from '../failure.js'
import { VERSION } from '../version.js'

export const USAGE = `Usage: agent-pr-gate [--diff FILE|-] [--base REF] [--head REF] [--repo DIR]
                     [--manifest FILE] [--config FILE] [--format text|markdown|json|sarif]
                     [--output FILE]

Gates a change written by an AI coding agent: minimality, unrequested refactors, sensitive
paths, secrets, bent tests, run discipline. Same engine and report as the GitHub Action.

  --diff FILE|-      read a unified diff from FILE, or from stdin with "-"
  --repo DIR         repository to diff when --diff is absent (default: current directory)
  --base REF         diff from the merge-base with REF (default: origin/HEAD, main or master)
  --head REF         the head to gate (default: HEAD)
  --manifest FILE    the agent's run manifest (agent-run/v1 JSON)
  --config FILE      gate config (default: DIR/.github/agent-pr-gate.yml when present)
  --format FORMAT    text (default), markdown, json or sarif
  --output FILE      write the report to FILE instead of stdout
  --max-findings N   text and markdown: show at most N entries, like findings grouped
                     (default 50); json and sarif list every finding
  --help, --version

Exit codes: 0 pass or warn, 1 blocked, 2 bad usage or unreadable input.`

const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const
type Format = (typeof FORMATS)[number]

/** Bad usage or unreadable input: exit 2 with this one line. */
export class UsageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'UsageError'
  }
}

export interface CliIo {
  stdin: AsyncIterable<Buffer | string>
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  env: NodeJS.ProcessEnv
  cwd: string
}

interface CliOptions {
  diff: string | null
  repo: string
  base: string | undefined
  head: string | undefined
  manifest: string | null
  config: string | null
  format: Format
  output: string | null
  maxFindings: number | undefined
}

function parseCliArgs(argv: string[], cwd: string): CliOptions | 'help' | 'version' {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        diff: { type: 'string' },
        repo: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        manifest: { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        'max-findings': { type: 'string' },
        help: { type: 'boolean' },
        version: { type: 'boolean' }
      }
    }))
  } catch (error) {
    throw new UsageError(`${describeFailure(error)}; run agent-pr-gate --help for the options`, {
      cause: error
    })
  }
  if (values.help) return 'help'
  if (values.version) return 'version'
  const format = values.format ?? 'text'
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format "${format}" is not one of ${FORMATS.join(', ')}`)
  }
  if (values.diff !== undefined && (values.base !== undefined || values.head !== undefined)) {
    throw new UsageError(
      '--diff reads a ready diff, so --base and --head do not apply; pass one or the other'
    )
  }
  return {
    diff: values.diff ?? null,
    repo: resolve(cwd, values.repo ?? '.'),
    base: values.base,
    head: values.head,
    manifest: values.manifest ?? null,
    config: values.config ?? null,
    format: format as Format,
    output: values.output ?? null,
    maxFindings: maxFindingsOf(values['max-findings'])
  }
}

function maxFindingsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^[1-9]\d{0,6}$/.test(value)) {
    throw new UsageError(
      `--max-findings "${value}" is not a whole number from 1 to 9999999; pass how many entries to show, e.g. --max-findings 20`
    )
  }
  return Number(value)
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}

async function readInput(what: string, path: string, io: CliIo): Promise<string> {
  try {
    return path === '-' ? await readAll(io.stdin) : await readFile(resolve(io.cwd, path), 'utf8')
  } catch (error) {
    throw new UsageError(
      `cannot read ${what} ${path === '-' ? 'from stdin' : `"${path}"`}: ${describeFailure(error)}`,
      {
        cause: error
      }
    )
  }
}

async function collectChange(options: CliOptions, io: CliIo): Promise<ChangeSet> {
  if (options.diff !== null) {
    const text = await readInput('the diff', options.diff, io)
    if (text.trim() === '') {
      throw new UsageError(
        `the diff ${options.diff === '-' ? 'on stdin' : `in "${options.diff}"`} is empty; pipe the output of "git diff BASE...HEAD", or omit --diff to diff the repository`
      )
    }
    const parsed = parseUnifiedDiff(text)
    // the work tree may hold the change's own `.gitattributes`: detectors read the base's
    const current = await readOptional(join(options.repo, '.gitattributes'))
    return changeSetOf({
      source: 'diff',
      files: parsed.files,
      problems: parsed.problems,
      gitattributes: textBefore('.gitattributes', current, parsed.files)
    })
  }
  const git = await collectFromGit({ repo: options.repo, base: options.base, head: options.head })
  return changeSetOf({ source: 'git', ...git })
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return null
  }
}

async function readManifestOption(options: CliOptions, io: CliIo): Promise<ManifestState> {
  if (options.manifest === null) return { status: 'absent' }
  const text = await readInput('the manifest', options.manifest, io)
  return parseManifest(text, options.manifest)
}

function render(
  report: GateReport,
  format: Format,
  color: boolean,
  maxFindings: number | undefined
): string {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'sarif':
      return renderSarif(report, RULES, VERSION)
    case 'markdown':
      return renderMarkdown(report, { maxFindings })
    case 'text':
      return renderText(report, { color, maxFindings })
  }
}

/** Runs the CLI and returns its exit code; never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv, io.cwd)
    if (options === 'help') {
      io.stdout.write(`${USAGE}\n`)
      return 0
    }
    if (options === 'version') {
      io.stdout.write(`agent-pr-gate ${VERSION}\n`)
      return 0
    }
    const started = performance.now()
    const changeSet = await collectChange(options, io)
    const { config } = await loadConfigFile(
      options.config !== null
        ? resolve(io.cwd, options.config)
        : join(options.repo, '.github/agent-pr-gate.yml'),
      { required: options.config !== null }
    )
    changeSet.manifest = await readManifestOption(options, io)
    if (config.tests.junit.length > 0) {
      const junit = await readJUnitReports(config.tests.junit, options.repo)
      changeSet.ci = { checkRuns: [], workflowRuns: [], junit: junit.reports, notes: junit.notes }
    }
    const collectMs = performance.now() - started

    // The CLI gates whatever it is pointed at: whoever runs it has asked for the agent rules.
    const { report } = runGate({
      changeSet,
      config,
      isAgent: true,
      skipped: null,
      approval: NO_APPROVAL,
      collectFindings: [],
      notes: [],
      collectMs,
      apiCalls: 0
    })
    const color =
      options.output === null &&
      io.stdout.isTTY === true &&
      !io.env.NO_COLOR &&
      io.env.TERM !== 'dumb'
    const text = render(report, options.format, color, options.maxFindings)
    if (options.output !== null) await writeFile(resolve(io.cwd, options.output), text)
    else io.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
    return report.verdict === 'fail' ? 1 : 0
  } catch (error) {
    io.stderr.write(`agent-pr-gate: ${oneLine(describeFailure(error))}\n`)
    return 2
  }
}
