/** Which manifest actions changed files, and when: the run's own log, untrusted, cross-read. */
import type { ManifestAction } from '../../model.js'

/** Tool names agents use for writing files; reads, searches and shells are not edits. */
const EDIT_TOOL = /edit|write|patch|create|delete|remove|replace|move|rename|insert|apply/i

export function isEdit(action: ManifestAction): boolean {
  return EDIT_TOOL.test(action.tool)
}

/**
 * Milliseconds since the epoch of an ISO-8601 time with a zone (`Z` or `+02:00`), or null.
 * Computed by hand: the pure stages read no clock, and a manifest's times are only text.
 */
export function isoMillis(text: string | undefined): number | null {
  if (text === undefined) return null
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(
      text.trim()
    )
  if (m === null) return null
  const [, y, mo, d, h, mi, s, frac, zone] = m
  const days = daysFromCivil(Number(y), Number(mo), Number(d))
  const ms = Number(((frac ?? '') + '000').slice(0, 3))
  let offset = 0
  if (zone!.toUpperCase() !== 'Z') {
    const sign = zone!.startsWith('-') ? -1 : 1
    const digits = zone!.slice(1).replace(':', '')
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000
  }
  return ((days * 24 + Number(h)) * 60 + Number(mi)) * 60_000 + Number(s ?? 0) * 1000 + ms - offset
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}
