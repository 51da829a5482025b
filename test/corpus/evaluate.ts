import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { minimalityDetectors } from '../../src/analyze/minimality/index.js'
import { DEFAULT_CONFIG } from '../../src/config/defaults.js'
import type { TaskAllowance } from '../../src/model.js'
import type { ChangeSet, Finding, ManifestState } from '../../src/model.js'
import { isRuleId, type RuleId } from '../../src/analyze/catalogue.js'
import { changeSet as changeSetFor, manifestState } from '../support/change-set.js'

/** One labelled diff of the corpus: the findings a reviewer expects, by kind and file. */
export interface CorpusLabel {
  language: string
  note: string
  expect: { rule: RuleId; path: string; from?: string; to?: string }[]
  /** A behavioural change only: any refactor finding on it is a false alarm. */
  behaviourOnly?: boolean
  gitattributes?: string
  /** The run manifest's task.allow, when the case has a manifest. */
  manifestAllow?: TaskAllowance[]
}

export interface CorpusLabels {
  version: 1
  diffs: Record<string, CorpusLabel>
}

export const EVALUATED_RULES: readonly RuleId[] = [
  'format-only',
  'import-reorder',
  'rename-symbol',
  'moved-code',
  'file-rename',
  'comment-only',
  'generated-churn'
]

export const TARGETS = { precision: 0.95, recall: 0.9, falseAlarmRate: 0.05 }

export interface KindResult {
  rule: RuleId
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
}

export interface CorpusResult {
  diffs: number
  kinds: KindResult[]
  behaviourOnly: { diffs: number; falseAlarms: number; rate: number; alarmed: string[] }
  /** Per diff: labelled findings not found, and findings not labelled. */
  mismatches: { diff: string; missing: string[]; unexpected: string[] }[]
  /** Targets missed, one line each; empty when the corpus meets every target. */
  missed: string[]
}

export const CORPUS_DIR = new URL('.', import.meta.url).pathname

function changeSetOf(text: string, label: CorpusLabel): ChangeSet {
  const manifest: ManifestState =
    label.manifestAllow === undefined
      ? { status: 'absent' }
      : manifestState(
          {
            schema: 'agent-run/v1',
            agent: { name: 'corpus' },
            task: { request: label.note, allow: label.manifestAllow }
          },
          'corpus'
        )
  return changeSetFor(text, { manifest, gitattributes: label.gitattributes ?? null })
}

/** A finding's identity for scoring: kind and file (and the names, for a rename). */
function identity(f: { rule: RuleId; path?: string; from?: unknown; to?: unknown }): string {
  const names = f.rule === 'rename-symbol' ? ` ${String(f.from)}->${String(f.to)}` : ''
  return `${f.rule} ${f.path ?? ''}${names}`
}

function found(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>()
  for (const f of findings) {
    if (!isRuleId(f.rule) || !EVALUATED_RULES.includes(f.rule)) continue
    out.add(identity({ rule: f.rule, path: f.path, from: f.evidence?.from, to: f.evidence?.to }))
  }
  return out
}

/** Runs the minimality family over every labelled diff and scores it per kind. */
export function evaluateCorpus(dir: string = CORPUS_DIR): CorpusResult {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as CorpusLabels
  const counts = new Map(EVALUATED_RULES.map((rule) => [rule, { tp: 0, fp: 0, fn: 0 }]))
  const mismatches: CorpusResult['mismatches'] = []
  const alarmed: string[] = []
  let behaviourDiffs = 0
  for (const [name, label] of Object.entries(labels.diffs)) {
    const changeSet = changeSetOf(readFileSync(join(dir, name), 'utf8'), label)
    const input = { changeSet, config: DEFAULT_CONFIG, isAgent: true }
    const actual = found(minimalityDetectors.detect(input).findings)
    const expected = new Set(label.expect.map(identity))
    const missing = [...expected].filter((id) => !actual.has(id))
    const unexpected = [...actual].filter((id) => !expected.has(id))
    for (const id of expected) {
      const c = counts.get(id.split(' ')[0] as RuleId)
      if (c && actual.has(id)) c.tp++
      else if (c) c.fn++
    }
    for (const id of unexpected) {
      const c = counts.get(id.split(' ')[0] as RuleId)
      if (c) c.fp++
    }
    if (label.behaviourOnly) {
      behaviourDiffs++
      if (actual.size > 0) alarmed.push(name)
    }
    if (missing.length > 0 || unexpected.length > 0)
      mismatches.push({ diff: name, missing, unexpected })
  }
  const kinds = EVALUATED_RULES.map((rule) => {
    const { tp, fp, fn } = counts.get(rule) ?? { tp: 0, fp: 0, fn: 0 }
    return {
      rule,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn)
    }
  })
  const rate = behaviourDiffs === 0 ? 0 : alarmed.length / behaviourDiffs
  const missed: string[] = []
  for (const k of kinds) {
    if (k.truePositives + k.falseNegatives === 0) missed.push(`${k.rule}: no labelled example`)
    if (k.precision < TARGETS.precision) missed.push(`${k.rule}: precision ${pct(k.precision)}`)
    if (k.recall < TARGETS.recall) missed.push(`${k.rule}: recall ${pct(k.recall)}`)
  }
  if (rate > TARGETS.falseAlarmRate)
    missed.push(`false alarms on behaviour-only diffs: ${pct(rate)}`)
  return {
    diffs: Object.keys(labels.diffs).length,
    kinds,
    behaviourOnly: { diffs: behaviourDiffs, falseAlarms: alarmed.length, rate, alarmed },
    mismatches,
    missed
  }
}

export function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`
}
