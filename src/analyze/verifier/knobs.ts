/**
 * Compares the numeric settings an edit turns (retries, timeouts, coverage thresholds) before
 * and after: values are paired within a change block first (an edit in place), then what is left
 * is matched across the file (a setting moved), and only then compared with the runner default.
 */
import type { DiffLine } from '../../model.js'
import { codeMatch, isComment } from './diff-lines.js'
import type { Absent, Knob } from './knob-tables.js'
import type { ScannedFile } from './scan.js'

export interface KnobChange {
  kind: string
  /** The setting's text before, or null when the change adds it (the default applied). */
  from: string | null
  to: string | null
  /** The runner default the missing side stands for (in the knob's unit), when one side is missing. */
  defaultValue: number | 'unbounded' | null
  /** New-file line of the added setting, or of the place the removed one was. */
  line: number
}

interface Reading {
  kind: string
  knob: Knob
  /** In the knob's unit (milliseconds for timeouts). */
  value: number
  text: string
  absent: Absent
  line: number
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 }

export function loosenedKnobs(
  scanned: ScannedFile,
  table: readonly Knob[],
  hint: RegExp
): KnobChange[] {
  const applies = (knob: Knob) => knob.scopes.some((scope) => scanned.scopes.has(scope))
  if (!table.some(applies)) return []
  const changed = scanned.lines.hits(hint)
  if (changed.length === 0) return []
  const knobs = table.filter(applies)
  const changes: KnobChange[] = []
  const leftRemoved: Reading[] = []
  const leftAdded: Reading[] = []
  for (const { block, removed: removedLines, added: addedLines } of changed) {
    const removed = readings(removedLines, knobs, scanned, () => block.anchor)
    const added = readings(addedLines, knobs, scanned, (line) => line.newLine ?? block.anchor)
    if (removed.length === 0 && added.length === 0) continue
    for (const kind of new Set([...removed, ...added].map((r) => r.kind))) {
      const before = removed.filter((r) => r.kind === kind)
      const after = added.filter((r) => r.kind === kind)
      const paired = Math.min(before.length, after.length)
      for (let i = 0; i < paired; i++) compare(before[i]!, after[i]!, changes)
      for (const item of before.slice(paired)) leftRemoved.push(item)
      for (const item of after.slice(paired)) leftAdded.push(item)
    }
  }
  for (const added of leftAdded) {
    const twin = leftRemoved.findIndex((r) => r.kind === added.kind && r.value === added.value)
    if (twin >= 0) leftRemoved.splice(twin, 1)
    else compare(null, added, changes)
  }
  for (const removed of leftRemoved) compare(removed, null, changes)
  return changes
}

function readings(
  lines: readonly DiffLine[],
  knobs: readonly Knob[],
  scanned: ScannedFile,
  lineOf: (line: DiffLine) => number
): Reading[] {
  const out: Reading[] = []
  for (const line of lines) {
    const text = line.content
    if (isComment(text, scanned.syntax)) continue
    for (const knob of knobs) {
      const m = codeMatch(text, knob.pattern, scanned.syntax.quotes)
      if (m === null) continue
      const groups = m.groups ?? {}
      const key = groups.key?.toLowerCase()
      const rawValue = groups.value
      const number = rawValue === undefined ? knob.implicit : Number(rawValue.replace(/_/g, ''))
      if (number === undefined || !Number.isFinite(number)) continue
      const unit = groups.unit ?? unitFromKey(key)
      const scale = unit ? UNIT_MS[unit]! : (knob.unitMs ?? 1)
      out.push({
        kind: groups.key ?? knob.kind,
        knob,
        value: number * scale,
        text: m[0].trim(),
        absent: (key !== undefined ? knob.absentByKey?.[key] : undefined) ?? knob.absent,
        line: lineOf(line)
      })
    }
  }
  return out
}

function unitFromKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined
  if (/minutes$/.test(key)) return 'min'
  if (/seconds$/.test(key)) return 's'
  if (/ms$/.test(key)) return 'ms'
  return undefined
}

function compare(before: Reading | null, after: Reading | null, out: KnobChange[]): void {
  const reading = (after ?? before)!
  const { absent } = reading
  const missingSide = before === null || after === null
  if (missingSide && absent === 'unknown') return
  const fallback = absent === 'unbounded' ? Infinity : absent === 'unknown' ? NaN : absent
  const from = before?.value ?? fallback
  const to = after?.value ?? fallback
  const looser = reading.knob.looser === 'higher' ? to > from : to < from
  if (!looser) return
  out.push({
    kind: reading.kind,
    from: before?.text ?? null,
    to: after?.text ?? null,
    defaultValue: missingSide && absent !== 'unknown' ? absent : null,
    line: reading.line
  })
}
