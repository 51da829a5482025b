/**
 * `npm run bench`: gates synthetic diffs of several sizes and prints, per case, the median of
 * several runs for each stage, lines per second, peak RSS, and the ratio of the whole run to
 * parse-diff alone on the same text in the same process (the machine is shared and noisy, so
 * ratios, not seconds, are what to compare). Each case runs in its own process so that peak
 * RSS belongs to that case alone.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import parseDiff from 'parse-diff'
import { changeSetOf, collectionOf, parseUnifiedDiff, renderText, runGate } from '../src/engine.js'
import { median } from './median.js'
import { syntheticDiff, type SyntheticShape } from './synthetic.js'

interface Case {
  name: string
  shape: SyntheticShape
  runs: number
}

const CASES: Case[] = [
  { name: '1k', shape: { changedLines: 1_000, linesPerFile: 200 }, runs: 9 },
  { name: '10k', shape: { changedLines: 10_000, linesPerFile: 200 }, runs: 9 },
  { name: '100k', shape: { changedLines: 100_000, linesPerFile: 200 }, runs: 7 },
  { name: '1M', shape: { changedLines: 1_000_000, linesPerFile: 200 }, runs: 5 },
  { name: 'many-small-files', shape: { changedLines: 100_000, linesPerFile: 4 }, runs: 7 },
  { name: 'one-huge-file', shape: { changedLines: 100_000, linesPerFile: 100_000 }, runs: 7 }
]

interface CaseResult {
  name: string
  changedLines: number
  files: number
  /** The very first whole run, before the JIT has compiled anything: what one cold CLI run pays. */
  firstRunMs: number
  parseDiffMs: number
  collectMs: number
  analyzeMs: number
  reportMs: number
  wholeMs: number
  ratio: number
  linesPerSecond: number
  peakRssMb: number
  findings: number
}

function gateOnce(text: string): {
  collect: number
  analyze: number
  report: number
  findings: number
  files: number
} {
  const t0 = performance.now()
  const parsed = parseUnifiedDiff(text)
  const changeSet = changeSetOf({ source: 'diff', files: parsed.files, problems: parsed.problems })
  const t1 = performance.now()
  const { report } = runGate(collectionOf(changeSet, undefined, { collectMs: t1 - t0 }))
  const t2 = performance.now()
  renderText(report, { color: false })
  const t3 = performance.now()
  return {
    collect: t1 - t0,
    analyze: report.timingMs.analyze,
    report: t3 - t2 + report.timingMs.report,
    findings: report.findings.length,
    files: parsed.files.length
  }
}

/**
 * Runs of each side before timing: the gate's many functions reach optimized code over its
 * first few runs (parse-diff's one loop sooner), and the bound compares steady states.
 */
const WARM_UP_RUNS = 3

function runCase(c: Case): CaseResult {
  const text = syntheticDiff(c.shape)
  const cold = performance.now()
  gateOnce(text)
  const firstRunMs = performance.now() - cold
  // Warm-up: the JIT and the regex caches, for both sides alike.
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    parseDiff(text)
    if (i > 0) gateOnce(text)
  }
  const parseTimes: number[] = []
  const stages = {
    collect: [] as number[],
    analyze: [] as number[],
    report: [] as number[],
    whole: [] as number[]
  }
  let last = { findings: 0, files: 0 }
  const timeParseDiff = () => {
    const p0 = performance.now()
    parseDiff(text)
    parseTimes.push(performance.now() - p0)
  }
  for (let i = 0; i < c.runs; i++) {
    // Alternating the order spreads one side's leftover garbage evenly over both. Forced full
    // collections between runs are not used: measured here, they slowed the gate's stages by
    // about a quarter and left parse-diff unchanged.
    if (i % 2 === 0) timeParseDiff()
    const w0 = performance.now()
    const run = gateOnce(text)
    stages.whole.push(performance.now() - w0)
    stages.collect.push(run.collect)
    stages.analyze.push(run.analyze)
    stages.report.push(run.report)
    last = run
    if (i % 2 === 1) timeParseDiff()
  }
  const whole = median(stages.whole)
  const parse = median(parseTimes)
  return {
    name: c.name,
    changedLines: c.shape.changedLines,
    files: last.files,
    firstRunMs,
    parseDiffMs: parse,
    collectMs: median(stages.collect),
    analyzeMs: median(stages.analyze),
    reportMs: median(stages.report),
    wholeMs: whole,
    ratio: whole / parse,
    linesPerSecond: Math.round(c.shape.changedLines / (whole / 1000)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    findings: last.findings
  }
}

function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)
}

function main(): void {
  const only = process.argv.indexOf('--case')
  if (only !== -1) {
    const c = CASES.find((x) => x.name === process.argv[only + 1])
    if (!c)
      throw new Error(
        `unknown case ${process.argv[only + 1]}; cases: ${CASES.map((x) => x.name).join(', ')}`
      )
    process.stdout.write(`${JSON.stringify(runCase(c))}\n`)
    return
  }
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'))
  const results: CaseResult[] = []
  for (const c of CASES) {
    if (wanted.length > 0 && !wanted.includes(c.name)) continue
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        '--max-old-space-size=12000',
        fileURLToPath(import.meta.url),
        '--case',
        c.name
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 }
    )
    if (child.status !== 0) throw new Error(`case ${c.name} failed:\n${child.stderr}`)
    results.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as CaseResult)
    process.stderr.write(`done ${c.name}\n`)
  }
  const header =
    '| case | changed lines | files | parse-diff ms | collect ms | analyze ms | report ms | whole ms | whole / parse-diff | lines/s | peak RSS MB | findings | first (cold) run ms |'
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.changedLines} | ${r.files} | ${fmt(r.parseDiffMs)} | ${fmt(r.collectMs)} | ${fmt(r.analyzeMs)} | ${fmt(r.reportMs)} | ${fmt(r.wholeMs)} | ${r.ratio.toFixed(2)}x | ${r.linesPerSecond} | ${r.peakRssMb} | ${r.findings} | ${fmt(r.firstRunMs)} |`
  )
  process.stdout.write(`${[header, header.replace(/[^|]+/g, '---'), ...rows].join('\n')}\n`)
  const small = results.find((r) => r.name === '100k')
  const large = results.find((r) => r.name === '1M')
  if (small && large) {
    const scale = large.wholeMs / small.wholeMs
    process.stdout.write(
      `\n100k: whole run ${small.ratio.toFixed(2)}x parse-diff alone (bound 2x). 1M vs 100k: ${scale.toFixed(2)}x the time for 10x the lines (bound 11x).\n`
    )
  }
}

// `--real` runs the real-diff bench instead (bench/real.ts).
if (process.argv.includes('--real')) await import('./real.js')
else main()
