/** The CLI's gate run: collect from a diff or a local repository, run the engine, render, write. */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { changeSetOf, type ChangeParts } from '../collect/change-set.js'
import type { Audience } from '../collect/collection.js'
import { parseUnifiedDiff, textBefore } from '../collect/diff-text.js'
import { loadConfigFile } from '../config/file.js'
import type { GateConfig } from '../config/types.js'
import type { ClassifiedChange } from '../decide/classify.js'
import type { BaseChoice, CommitInfo, GateReport, ManifestState } from '../model.js'
import { collectionOf, EVERY_CHANGE, runGate } from '../run-gate.js'
import { VERSION } from '../version.js'
import { systemReason, UsageError } from './errors.js'
import type { CliIo, CliOptions } from './options.js'

/** Problems of an invalid manifest named on the error line; the rest are counted. */
const LISTED_MANIFEST_PROBLEMS = 3

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
    const where = path === '-' ? 'from stdin' : `"${path}"`
    throw new UsageError(`cannot read ${what} ${where}: ${systemReason(error)}`)
  }
}

interface Collected {
  /** The change as read; the manifest and JUnit reports are added once, when the set is built. */
  change: ChangeParts & { pr: null; head: string | null; commits: CommitInfo[] }
  base: BaseChoice | undefined
}

async function collectChange(options: CliOptions, io: CliIo): Promise<Collected> {
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
    const change = {
      source: 'diff' as const,
      files: parsed.files,
      problems: parsed.problems,
      gitattributes: textBefore('.gitattributes', current, parsed.files),
      pr: null,
      head: null,
      commits: []
    }
    return { change, base: undefined }
  }
  // Loaded here, not up front: a run on a diff file spawns no git and loads no child_process.
  const { collectFromGit } = await import('../collect/local-git.js')
  const git = await collectFromGit({ repo: options.repo, base: options.base, head: options.head })
  const base: BaseChoice = {
    ref: git.baseRef,
    sha: git.base,
    how: options.base === undefined ? 'default' : 'given',
    headRef: git.headRef,
    headSha: git.head
  }
  // A branch name, when the head was given as one, lets --apply-to agents see an agent's prefix.
  const head = git.headRef === 'HEAD' ? git.head : git.headRef
  return { change: { source: 'git', ...git, head, pr: null }, base }
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return null
  }
}

/** On the CLI a broken manifest is bad input (exit 2), not a finding about someone else's PR. */
async function readManifestOption(options: CliOptions, io: CliIo): Promise<ManifestState> {
  if (options.manifest === null) return { status: 'absent' }
  const text = await readInput('the manifest', options.manifest, io)
  // Its JSON Schema validator is loaded only when there is a manifest to validate.
  const { parseManifest } = await import('../manifest/loader.js')
  const state = parseManifest(text, options.manifest)
  if (state.status !== 'invalid') return state
  const listed = state.problems
    .slice(0, LISTED_MANIFEST_PROBLEMS)
    .map((p) => `${p.pointer === '' ? 'the document' : p.pointer}: ${p.message}`)
  const more = state.problems.length - listed.length
  throw new UsageError(
    `the manifest "${options.manifest}" is not valid agent-run/v1: ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}. Fix it against schema/agent-run.schema.json`
  )
}

/** Fails before the run, not after it, when the report could not be written there. */
async function checkOutputPath(path: string): Promise<void> {
  try {
    if ((await stat(path)).isDirectory()) {
      throw new UsageError(
        `--output "${path}" is a directory; give a file path, such as ${join(path, 'agent-pr-gate-report.json')}`
      )
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    // Absent is fine (it is about to be written); anything else surfaces on the write itself.
  }
}

/** A path as the repository names it (for SARIF locations), or null when it lies outside. */
function inRepo(options: CliOptions, cwd: string, path: string | null): string | null {
  if (path === null || path === '-') return null
  const rel = relative(options.repo, resolve(cwd, path))
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : rel.split(sep).join('/')
}

/** Each format loads only its own renderer: a JSON run never compiles the text or SARIF ones. */
async function render(
  report: GateReport,
  options: CliOptions,
  io: CliIo,
  color: boolean
): Promise<string> {
  switch (options.format) {
    case 'json':
      return (await import('../report/render/json.js')).renderJson(report)
    case 'sarif': {
      const [{ DEFAULT_CONFIG_PATH, renderSarif }, { RULES }] = await Promise.all([
        import('../report/render/sarif.js'),
        import('../analyze/index.js')
      ])
      return renderSarif(report, RULES, {
        toolVersion: VERSION,
        configPath: inRepo(options, io.cwd, options.config) ?? DEFAULT_CONFIG_PATH,
        manifestPath: inRepo(options, io.cwd, options.manifest)
      })
    }
    case 'markdown':
      return (await import('../report/render/markdown.js')).renderMarkdown(report, {
        maxFindings: options.maxFindings
      })
    case 'text':
      return (await import('../report/render/text.js')).renderText(report, {
        color,
        maxFindings: options.maxFindings
      })
  }
}

/** --apply-to all (the default) gates whatever the CLI is pointed at, with the agent rules. */
async function audienceOf(
  change: ClassifiedChange,
  config: GateConfig,
  options: CliOptions
): Promise<Audience> {
  if (options.applyTo === 'all') return EVERY_CHANGE
  const { classifyChange } = await import('../decide/classify.js')
  const classification = classifyChange(change, config)
  return classification.agent
    ? { isAgent: true, skipped: null }
    : {
        isAgent: false,
        skipped: `Not agent-authored (${classification.reasons.join('; ')}); --apply-to is "agents".`
      }
}

function withFlags(config: GateConfig, options: CliOptions): GateConfig {
  return options.mode === null ? config : { ...config, mode: options.mode }
}

export async function runGateCommand(options: CliOptions, io: CliIo): Promise<number> {
  const output = options.output === null ? null : resolve(io.cwd, options.output)
  if (output !== null) await checkOutputPath(output)
  const started = performance.now()
  const { change, base } = await collectChange(options, io)
  const loaded = await loadConfigFile(
    options.config !== null
      ? resolve(io.cwd, options.config)
      : join(options.repo, '.github/agent-pr-gate.yml'),
    { required: options.config !== null }
  )
  const config = withFlags(loaded.config, options)
  const manifest = await readManifestOption(options, io)
  const audience = await audienceOf({ ...change, manifest }, config, options)
  // The JUnit reader (and its XML validator) is loaded only for a config that names reports.
  const junit =
    audience.skipped === null && config.tests.junit.length > 0
      ? await (
          await import('../collect/junit-files.js')
        ).readJUnitReports(config.tests.junit, options.repo)
      : null
  const changeSet = changeSetOf({
    ...change,
    manifest,
    ci:
      junit === null
        ? null
        : { checkRuns: [], workflowRuns: [], junit: junit.reports, notes: junit.notes }
  })
  const { report } = runGate(
    collectionOf(changeSet, config, { audience, collectMs: performance.now() - started })
  )
  if (base !== undefined) report.base = base
  const color =
    output === null && io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb'
  const text = await render(report, options, io, color)
  if (output !== null) {
    try {
      await writeFile(output, text)
    } catch (error) {
      throw new UsageError(
        `cannot write the report to "${options.output}": ${systemReason(error)}; choose a writable file path`
      )
    }
  } else io.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
  return exitCode(report, options)
}

function exitCode(report: GateReport, options: CliOptions): number {
  if (report.verdict === 'fail') return 1
  return report.verdict === 'warn' && options.failLevel === 'warn' ? 1 : 0
}
