import type { ChangedFile, Finding, MinimalityScore, RuleId, ScoreComponent } from '../../model.js'
import type { AnalysisInput } from '../family.js'

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
  { rule: 'out-of-scope', name: 'out of scope', explain: 'lines in files outside the task scope' },
  {
    rule: 'generated-churn',
    name: 'generated',
    explain: 'lines of generated files changed with no source change they follow'
  },
  {
    rule: 'file-rename',
    name: 'file renames',
    explain: 'renamed or moved files (the path change counts as one line)'
  },
  { rule: 'moved-code', name: 'moved', explain: 'lines deleted in one place and added in another' },
  { rule: 'rename-symbol', name: 'renamed', explain: 'lines that only rename a symbol' },
  { rule: 'import-reorder', name: 'imports', explain: 'import lines only reordered or regrouped' },
  { rule: 'format-only', name: 'format', explain: 'lines that only change layout' },
  {
    rule: 'comment-only',
    name: 'comments',
    explain: 'lines that only change comments or docstrings'
  }
]

const PRECEDENCE = new Map(NOISE.map((kind, i) => [kind.rule, i]))

function changedLines(file: ChangedFile): number {
  return file.additions + file.deletions
}

/** A finding's lines per path: moves and inferred renames span two files. */
function portions(finding: Finding): [string, number][] {
  const lines = finding.lines ?? 0
  const e = finding.evidence ?? {}
  if (finding.rule === 'moved-code' || finding.rule === 'file-rename') {
    const from = finding.rule === 'moved-code' ? (e.from as { path: string }).path : String(e.from)
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
    if (f.rule === 'file-rename' && f.evidence?.inferred === true && f.path !== undefined) {
      capacity.set(f.path, (capacity.get(f.path) ?? 0) + 1)
    }
  }
  const left = new Map(capacity)
  const noise = new Map<RuleId, number>()
  const commentTakes: [string, number][] = []
  let requested = 0
  let excluded = 0
  for (const f of ranked) {
    for (const [path, want] of portions(f)) {
      const take = Math.min(want, left.get(path) ?? 0)
      if (take <= 0) continue
      left.set(path, (left.get(path) ?? 0) - take)
      if (f.rule === 'generated-churn' && f.evidence?.expected === true) excluded += take
      else if (f.evidence?.requested === true) requested += take
      else {
        noise.set(f.rule, (noise.get(f.rule) ?? 0) + take)
        if (f.rule === 'comment-only') commentTakes.push([path, take])
      }
    }
  }
  // Comments in a file whose behaviour changes document that change: they are not noise.
  for (const [path, take] of commentTakes) {
    if ((left.get(path) ?? 0) > 0)
      noise.set('comment-only', (noise.get('comment-only') ?? 0) - take)
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
const QUIETED: ReadonlySet<RuleId> = new Set(
  NOISE.map((kind) => kind.rule).filter((rule) => rule !== 'out-of-scope')
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
 * `low-minimality` from the final score: block below `block_below` (unless configured `warn` or
 * `info`), warn below `warn_below` (info when configured `info`), nothing when `off`. Its
 * severity is final: append it after levels.
 */
export function lowMinimalityFinding(input: AnalysisInput, score: MinimalityScore): Finding | null {
  const configured = input.config.rules['low-minimality']
  const { warn_below: warnBelow, block_below: blockBelow } = input.config.minimality
  if (configured === 'off' || score.value >= warnBelow) return null
  const severity =
    configured === 'info'
      ? 'info'
      : score.value < blockBelow && configured !== 'warn'
        ? 'block'
        : 'warn'
  const noise = score.components
    .filter(
      (c) =>
        c.name !== 'essential' && c.name !== 'requested refactors' && !c.name.endsWith('not scored')
    )
    .sort((a, b) => b.lines - a.lines)
  const largest = noise[0]
  return {
    rule: 'low-minimality',
    severity,
    message:
      `Minimality score ${score.value} is below ${severity === 'block' ? blockBelow : warnBelow}` +
      (largest ? `: the largest noise is ${largest.name} (${largest.lines} lines).` : '.'),
    evidence: { score: score.value, warnBelow, blockBelow },
    why: 'Most of this diff is not the change the task asked for: review it in separate PRs.',
    fix: 'Follow the split plan: move the noise to its own PR, or allow it in task.allow.'
  }
}
