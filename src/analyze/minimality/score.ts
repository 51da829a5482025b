import type { ChangedFile, Finding, MinimalityScore, ScoreComponent } from '../../model.js'
import type { RuleId } from '../catalogue.js'
import type { AnalysisInput, ScoreDetector } from '../family.js'
import { COMMENT_ONLY } from './rules/comment-only.js'
import { FILE_RENAME } from './rules/file-rename.js'
import { FORMAT_ONLY } from './rules/format-only.js'
import { GENERATED_CHURN } from './rules/generated-churn.js'
import { IMPORT_REORDER } from './rules/import-reorder.js'
import { LOW_MINIMALITY } from './rules/low-minimality.js'
import { MOVED_CODE } from './rules/moved-code.js'
import { OUT_OF_SCOPE } from '../scope/rules/out-of-scope.js'
import { RENAME_SYMBOL } from './rules/rename-symbol.js'

interface NoiseKind {
  rule: RuleId
  name: string
  explain: string
}

/**
 * Noise kinds in precedence order: when two findings claim lines of one file, the earlier kind
 * keeps them (out of scope first: a file the task never asked for is noise whatever it holds).
 */
const NOISE: readonly NoiseKind[] = [
  { rule: OUT_OF_SCOPE.id, name: 'out of scope', explain: 'lines in files outside the task scope' },
  {
    rule: GENERATED_CHURN.id,
    name: 'generated',
    explain: 'lines of generated files changed with no source change they follow'
  },
  {
    rule: FILE_RENAME.id,
    name: 'file renames',
    explain: 'renamed or moved files (the path change counts as one line)'
  },
  {
    rule: MOVED_CODE.id,
    name: 'moved',
    explain: 'lines deleted in one place and added in another'
  },
  { rule: RENAME_SYMBOL.id, name: 'renamed', explain: 'lines that only rename a symbol' },
  { rule: IMPORT_REORDER.id, name: 'imports', explain: 'import lines only reordered or regrouped' },
  { rule: FORMAT_ONLY.id, name: 'format', explain: 'lines that only change layout' },
  {
    rule: COMMENT_ONLY.id,
    name: 'comments',
    explain: 'lines that only change comments or docstrings'
  }
]

const PRECEDENCE: ReadonlyMap<string, number> = new Map(NOISE.map((kind, i) => [kind.rule, i]))

function changedLines(file: ChangedFile): number {
  return file.additions + file.deletions
}

/** A finding's lines per path: moves and inferred renames span two files. */
function portions(finding: Finding): [string, number][] {
  const lines = finding.lines ?? 0
  const e = finding.evidence ?? {}
  if (finding.rule === MOVED_CODE.id || finding.rule === FILE_RENAME.id) {
    const from = finding.rule === MOVED_CODE.id ? (e.from as { path: string }).path : String(e.from)
    const deleted = Number(e.deletedLines ?? 0)
    return [
      [from, deleted],
      [finding.path ?? '', lines - deleted]
    ]
  }
  return [[finding.path ?? '', lines]]
}

/**
 * The share of changed lines that are essential (behavioural, in scope, or a refactor the task
 * allowed) against noise; each line counted once. Generated files that follow a hand-written
 * change in the same PR are reported but not scored.
 */
export function scoreMinimality(
  input: AnalysisInput,
  findings: readonly Finding[]
): MinimalityScore {
  const capacity = new Map<string, number>()
  for (const file of input.changeSet.files) {
    const renamed = file.status === 'renamed' && file.oldPath !== null && file.oldPath !== file.path
    capacity.set(file.path, (capacity.get(file.path) ?? 0) + changedLines(file) + (renamed ? 1 : 0))
  }
  const ranked = findings
    .filter((f) => PRECEDENCE.has(f.rule) && (f.lines ?? 0) > 0)
    .sort((a, b) => (PRECEDENCE.get(a.rule) ?? 0) - (PRECEDENCE.get(b.rule) ?? 0))
  for (const f of ranked) {
    if (f.rule === FILE_RENAME.id && f.evidence?.inferred === true && f.path !== undefined) {
      capacity.set(f.path, (capacity.get(f.path) ?? 0) + 1)
    }
  }
  const left = new Map(capacity)
  const noise = new Map<string, number>()
  const commentTakes: [string, number][] = []
  let requested = 0
  let excluded = 0
  for (const f of ranked) {
    for (const [path, want] of portions(f)) {
      const take = Math.min(want, left.get(path) ?? 0)
      if (take <= 0) continue
      left.set(path, (left.get(path) ?? 0) - take)
      if (f.rule === GENERATED_CHURN.id && f.evidence?.expected === true) excluded += take
      else if (f.evidence?.requested === true) requested += take
      else {
        noise.set(f.rule, (noise.get(f.rule) ?? 0) + take)
        if (f.rule === COMMENT_ONLY.id) commentTakes.push([path, take])
      }
    }
  }
  // Comments in a file whose behaviour changes document that change: they are not noise.
  for (const [path, take] of commentTakes) {
    if ((left.get(path) ?? 0) > 0)
      noise.set(COMMENT_ONLY.id, (noise.get(COMMENT_ONLY.id) ?? 0) - take)
  }
  let total = -excluded
  for (const n of capacity.values()) total += n
  if (total <= 0) {
    return {
      value: 100,
      components: [
        {
          name: 'essential',
          lines: 0,
          explain:
            excluded > 0
              ? 'Only regenerated files changed: nothing to score.'
              : 'No changed lines: nothing to score.'
        }
      ]
    }
  }
  let noisy = 0
  for (const n of noise.values()) noisy += n
  const essential = total - noisy
  const components: ScoreComponent[] = [
    {
      name: 'essential',
      lines: essential - requested,
      explain: 'changed lines that change behaviour (what the reviewer must read)'
    }
  ]
  if (requested > 0) {
    components.push({
      name: 'requested refactors',
      lines: requested,
      explain:
        'refactor lines the task allows (task.allow, the PR title or commit subjects, or a PR that is only that kind of change), counted as essential'
    })
  }
  for (const kind of NOISE) {
    const lines = noise.get(kind.rule) ?? 0
    if (lines > 0) components.push({ name: kind.name, lines, explain: kind.explain })
  }
  if (excluded > 0) {
    components.push({
      name: 'generated, not scored',
      lines: excluded,
      explain: 'generated files that follow a hand-written change in this PR'
    })
  }
  return { value: Math.floor((100 * essential) / total), components }
}

/** Refactor kinds whose findings are noise the score weighs (out of scope is the task's own). */
const QUIETED: ReadonlySet<string> = new Set<string>(
  NOISE.map((kind) => kind.rule).filter((rule) => rule !== OUT_OF_SCOPE.id)
)

/**
 * Refactor noise warns only when it costs the reviewer: with the score at or above `warn_below`,
 * an unrequested refactor finding at its default level is info (a configured level stands).
 */
export function quietSmallNoise(
  input: AnalysisInput,
  findings: readonly Finding[],
  score: MinimalityScore
): Finding[] {
  if (score.value < input.config.minimality.warn_below) return [...findings]
  return findings.map((f) =>
    QUIETED.has(f.rule) && f.severity === 'warn' && input.config.rules[f.rule] === undefined
      ? { ...f, severity: 'info', evidence: { ...f.evidence, smallNoise: true } }
      : f
  )
}

/**
 * `low-minimality` from the final score: block below `block_below`, warn below `warn_below`.
 * Its configured level is a ceiling (see the rule), applied by the registry like any other.
 */
export const lowMinimalityDetector: ScoreDetector = {
  name: 'minimality score',
  detect(input, score) {
    const { warn_below: warnBelow, block_below: blockBelow } = input.config.minimality
    if (score.value >= warnBelow) return []
    const severity = score.value < blockBelow ? 'block' : 'warn'
    const noise = score.components
      .filter(
        (c) =>
          c.name !== 'essential' &&
          c.name !== 'requested refactors' &&
          !c.name.endsWith('not scored')
      )
      .sort((a, b) => b.lines - a.lines)
    const largest = noise[0]
    return [
      {
        rule: LOW_MINIMALITY.id,
        severity,
        message:
          `Minimality score ${score.value} is below ${severity === 'block' ? blockBelow : warnBelow}` +
          (largest ? `: the largest noise is ${largest.name} (${largest.lines} lines).` : '.'),
        evidence: { score: score.value, warnBelow, blockBelow },
        why: 'Most of this diff is not the change the task asked for: review it in separate PRs.',
        fix: LOW_MINIMALITY.fix
      }
    ]
  }
}
