/**
 * `npm run eval -- --real`: the minimality detectors over the real-commit corpus, scored per
 * commit and kind (a kind is found when any finding of that kind is on the commit).
 */
import { minimalityDetectors } from '../../src/analyze/minimality/index.js'
import { parseUnifiedDiff } from '../../src/collect/diff-text.js'
import { DEFAULT_CONFIG } from '../../src/config/defaults.js'
import type { ChangeSet } from '../../src/model.js'
import { missingAdvice, rebuildCache, REPOS_ENV } from './cache.js'
import type { CachedDiff } from './cache.js'
import { loadLabels, REFACTOR_KINDS } from './labels.js'
import type { RealLabel, RefactorKind } from './labels.js'

export const REAL_TARGETS = { precision: 0.95, recall: 0.9, falseAlarmRate: 0.05 }

export interface CommitOutcome {
  label: RealLabel
  found: Set<RefactorKind>
}

export interface KindScore {
  kind: RefactorKind
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
}

function changeSetOf(cached: CachedDiff): ChangeSet {
  return {
    source: 'diff',
    base: null,
    head: null,
    files: parseUnifiedDiff(cached.diff).files,
    complete: true,
    incompleteReason: null,
    pr: null,
    commits: [],
    manifest: { status: 'absent' },
    ci: null,
    gitattributes: cached.gitattributes
  }
}

export function detectKinds(cached: CachedDiff): Set<RefactorKind> {
  const input = { changeSet: changeSetOf(cached), config: DEFAULT_CONFIG, isAgent: true }
  const found = new Set<RefactorKind>()
  for (const finding of minimalityDetectors.detect(input).findings)
    if ((REFACTOR_KINDS as readonly string[]).includes(finding.rule))
      found.add(finding.rule as RefactorKind)
  return found
}

export function scoreKinds(outcomes: readonly CommitOutcome[]): KindScore[] {
  return REFACTOR_KINDS.map((kind) => {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const { label, found } of outcomes) {
      const labelled = label.kinds.includes(kind)
      if (labelled && found.has(kind)) tp++
      else if (labelled) fn++
      else if (found.has(kind)) fp++
    }
    return {
      kind,
      tp,
      fp,
      fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn)
    }
  })
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)))
  return rows.map((row) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd()
  )
}

function name(label: RealLabel): string {
  return `${label.repo}@${label.commit.slice(0, 10)}`
}

function option(argv: readonly string[], flag: string): string | undefined {
  const at = argv.indexOf(flag)
  return at >= 0 ? argv[at + 1] : undefined
}

/** Prints the per-kind table, the false alarms and every miss; sets a non-zero exit on a miss. */
export function runRealEval(argv: readonly string[]): void {
  const labels = loadLabels()
  const reposDir = option(argv, '--repos') ?? process.env[REPOS_ENV] ?? null
  const rebuilt = rebuildCache(labels, { reposDir })
  const outcomes = rebuilt.diffs.map((cached) => ({
    label: cached.label,
    found: detectKinds(cached)
  }))
  const repos = new Set(outcomes.map((o) => o.label.repo))
  const languages = new Set(outcomes.map((o) => o.label.language))
  console.log(
    `Real corpus: ${outcomes.length} of ${labels.length} labelled commits, ` +
      `${repos.size} repositories, ${languages.size} languages`
  )
  const scores = scoreKinds(outcomes)
  const rows = [['kind', 'labelled', 'TP', 'FP', 'FN', 'precision', 'recall']]
  for (const s of scores)
    rows.push([
      s.kind,
      String(s.tp + s.fn),
      String(s.tp),
      String(s.fp),
      String(s.fn),
      pct(s.precision),
      pct(s.recall)
    ])
  for (const line of table(rows)) console.log(line)

  const behaviourOnly = outcomes.filter((o) => o.label.behaviour && o.label.kinds.length === 0)
  const alarmed = behaviourOnly.filter((o) => o.found.size > 0)
  const rate = behaviourOnly.length === 0 ? 0 : alarmed.length / behaviourOnly.length
  console.log(
    `False alarms on behaviour-only commits: ${alarmed.length}/${behaviourOnly.length} (${pct(rate)})`
  )
  for (const o of alarmed)
    console.log(`  ${name(o.label)} flagged [${[...o.found].join(', ')}]: ${o.label.note}`)
  const mixed = outcomes.filter((o) => o.label.behaviour && o.label.kinds.length > 0)
  const mixedWhole = mixed.filter((o) => o.label.kinds.every((k) => o.found.has(k)))
  console.log(
    `Mixed refactor + behaviour commits with every kind found: ${mixedWhole.length}/${mixed.length}`
  )

  console.log('Misses (labelled kind not found):')
  for (const o of outcomes) {
    const missing = o.label.kinds.filter((k) => !o.found.has(k))
    if (missing.length > 0)
      console.log(`  ${name(o.label)} [${missing.join(', ')}]: ${o.label.note}`)
  }
  console.log('Unlabelled findings (kind found, not labelled):')
  for (const o of outcomes) {
    const extra = [...o.found].filter((k) => !o.label.kinds.includes(k))
    if (extra.length > 0) console.log(`  ${name(o.label)} [${extra.join(', ')}]: ${o.label.note}`)
  }

  const advice = missingAdvice(rebuilt, reposDir)
  if (advice.length > 0) {
    console.log(
      `Not evaluated: ${labels.length - outcomes.length} commits whose diff is not cached:`
    )
    for (const line of advice) console.log(line)
    process.exitCode = 2
    return
  }
  const missed: string[] = []
  for (const s of scores) {
    if (s.tp + s.fn === 0) missed.push(`${s.kind}: no labelled example`)
    if (s.precision < REAL_TARGETS.precision)
      missed.push(`${s.kind}: precision ${pct(s.precision)}`)
    if (s.recall < REAL_TARGETS.recall) missed.push(`${s.kind}: recall ${pct(s.recall)}`)
  }
  if (rate > REAL_TARGETS.falseAlarmRate) missed.push(`behaviour-only false alarms: ${pct(rate)}`)
  console.log(
    `Targets: precision >= ${pct(REAL_TARGETS.precision)}, recall >= ${pct(REAL_TARGETS.recall)} ` +
      `per kind, false alarms <= ${pct(REAL_TARGETS.falseAlarmRate)}`
  )
  if (missed.length > 0) {
    console.log(`Missed: ${missed.join('; ')}`)
    process.exitCode = 1
  } else console.log('All targets met.')
}
