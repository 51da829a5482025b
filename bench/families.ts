/**
 * `npx tsx bench/families.ts [changedLines | FILE.diff]`: where the analyze stage spends its time,
 * family by family, as medians of several runs and as ratios to parse-diff alone on the same
 * text (a synthetic diff of that many changed lines, or a diff file such as a real-bench one).
 */
import { readFileSync } from 'node:fs'
import parseDiff from 'parse-diff'
import {
  changeSetOf,
  DEFAULT_CONFIG,
  DETECTOR_GROUPS,
  parseUnifiedDiff,
  type ChangeSet
} from '../src/engine.js'
import { median } from './median.js'
import { syntheticDiff } from './synthetic.js'

const arg = process.argv[2] ?? '100000'
const perFile = Number(process.argv[3] ?? 200)
const text = /^\d+$/.test(arg)
  ? syntheticDiff({ changedLines: Number(arg), linesPerFile: perFile })
  : readFileSync(arg, 'utf8')
const runs = 7
const times = new Map<string, number[]>()
const time = (name: string, fn: () => unknown) => {
  const t0 = performance.now()
  fn()
  const list = times.get(name) ?? []
  list.push(performance.now() - t0)
  times.set(name, list)
}
for (let i = 0; i < runs + 1; i++) {
  time('parse-diff alone', () => parseDiff(text))
  let files: ChangeSet['files'] = []
  time('parseUnifiedDiff', () => (files = parseUnifiedDiff(text).files))
  const changeSet = changeSetOf({ source: 'diff', files })
  for (const family of DETECTOR_GROUPS) {
    time(family.name, () => family.detect({ changeSet, config: DEFAULT_CONFIG, isAgent: true }))
  }
  if (i === 0) times.clear()
}
const base = median(times.get('parse-diff alone')!)
for (const [name, list] of times) {
  const m = median(list)
  process.stdout.write(
    `${name.padEnd(20)} ${m.toFixed(1).padStart(8)} ms  ${(m / base).toFixed(2)}x\n`
  )
}
