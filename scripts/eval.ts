/**
 * `npm run eval`: precision and recall per kind on test/corpus, non-zero exit on a missed target.
 * `npm run eval -- --real`: the same on the real-commit corpus (see docs/real-corpus.md).
 * `npm run eval -- --verdicts [DIR...] [--behaviour-labels FILE] [--list]`: the whole gate's
 * verdicts (pass clean, warn, block) with no config and no manifest, on the corpus's
 * behaviour-only diffs or on the `.diff` and `.patch` files under each DIR (only those a real
 * corpus labels file marks behavioural, with --behaviour-labels; each case listed with --list).
 */
import { evaluateCorpus, pct, TARGETS } from '../test/corpus/evaluate.js'
import { runRealEval } from './real-corpus/evaluate.js'
import {
  behaviourOnly,
  corpusCases,
  directoryCases,
  printTally,
  tallyVerdicts
} from './verdicts.js'

const args = process.argv.slice(2)
if (args.includes('--verdicts')) tallyCommand()
else if (args.includes('--real')) runRealEval(args)
else evaluateTestCorpus()

function tallyCommand(): void {
  const at = args.indexOf('--behaviour-labels')
  const labels = at === -1 ? null : (args[at + 1] ?? '')
  if (labels !== null && (labels === '' || labels.startsWith('--'))) {
    throw new Error('--behaviour-labels needs a labels file, e.g. corpus/real/labels.json')
  }
  const dirs = args.filter((a, i) => !a.startsWith('--') && (at === -1 || i !== at + 1))
  const list = args.includes('--list')
  if (dirs.length === 0) {
    printTally('Behaviour-only corpus diffs', tallyVerdicts(corpusCases()), list)
    return
  }
  for (const dir of dirs) {
    const cases = directoryCases([dir])
    const kept = labels === null ? cases : behaviourOnly(cases, labels)
    const title = labels === null ? dir : `${dir}, behaviour-only per ${labels}`
    printTally(title, tallyVerdicts(kept), list)
  }
}

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
