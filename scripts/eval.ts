/** `npm run eval`: precision and recall per kind on test/corpus, non-zero exit on a missed target;
 * `npm run eval -- --real`: the same on the real-commit corpus (see docs/real-corpus.md). */
import { evaluateCorpus, pct, TARGETS } from '../test/corpus/evaluate.js'
import { runRealEval } from './real-corpus/evaluate.js'

if (process.argv.includes('--real')) runRealEval(process.argv.slice(2))
else evaluateTestCorpus()

function evaluateTestCorpus(): void {
  const result = evaluateCorpus()
  const rows = [['kind', 'TP', 'FP', 'FN', 'precision', 'recall']]
  for (const k of result.kinds) {
    rows.push([
      k.rule,
      String(k.truePositives),
      String(k.falsePositives),
      String(k.falseNegatives),
      pct(k.precision),
      pct(k.recall)
    ])
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)))
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c])).join('  ')
  console.log(`Corpus: ${result.diffs} labelled diffs`)
  console.log(line(rows[0]))
  for (const row of rows.slice(1)) console.log(line(row))
  const { behaviourOnly: b } = result
  console.log(
    `False alarms on behaviour-only diffs: ${b.falseAlarms}/${b.diffs} (${pct(b.rate)})` +
      (b.alarmed.length > 0 ? `: ${b.alarmed.join(', ')}` : '')
  )
  for (const m of result.mismatches) {
    console.log(
      `  ${m.diff}: missing [${m.missing.join('; ')}] unexpected [${m.unexpected.join('; ')}]`
    )
  }
  console.log(
    `Targets: precision >= ${pct(TARGETS.precision)}, recall >= ${pct(TARGETS.recall)} per kind, ` +
      `false alarms <= ${pct(TARGETS.falseAlarmRate)}`
  )
  if (result.missed.length > 0) {
    console.log(`Missed: ${result.missed.join('; ')}`)
    process.exitCode = 1
  } else console.log('All targets met.')
}
