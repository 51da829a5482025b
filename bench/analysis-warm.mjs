// The warm-analysis process of the real-diff bench: it runs the built engine's analysis stage on
// one diff several times in one process and prints the median of the runs after the first two,
// in milliseconds. By then the engine's code is loaded and its hot functions are optimized, so
// the figure is what the analysis costs with no module loading and no JIT warm-up: a floor that
// no start-up work can take the CLI's own analysis below.
//
// usage: node bench/analysis-warm.mjs DIFF [RUNS]   (RUNS >= 3, default 5)
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const { analyze, changeSetOf, parseUnifiedDiff, DEFAULT_CONFIG } = await import(
  join(DIST, 'engine.js')
)

const [path, runsArg] = process.argv.slice(2)
const runs = runsArg === undefined ? 5 : Number(runsArg)
if (path === undefined || !Number.isInteger(runs) || runs < 3) {
  process.stderr.write('usage: node bench/analysis-warm.mjs DIFF [RUNS >= 3]\n')
  process.exit(2)
}
const text = readFileSync(path, 'utf8')
const times = []
for (let i = 0; i < runs; i++) {
  // A fresh change set each run, as each CLI run makes one: nothing read from an earlier run's
  // diff objects is reused.
  const changeSet = changeSetOf({ source: 'diff', files: parseUnifiedDiff(text).files })
  const t0 = performance.now()
  analyze({ changeSet, config: DEFAULT_CONFIG, isAgent: true })
  times.push(performance.now() - t0)
}
const warm = times.slice(2).sort((a, b) => a - b)
process.stdout.write(`${warm[warm.length >> 1].toFixed(1)}\n`)
