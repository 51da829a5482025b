/** Echoing untrusted values safely: bounded, with control and bidi characters removed. */

// C0/C1 controls, and the bidi overrides/isolates that can make echoed text read differently.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** `text` without control or bidi characters, cut to `max` characters with an ellipsis. */
export function sanitizeText(text: string, max = 60): string {
  const clean = text.slice(0, max * 4 + 1).replace(UNSAFE_CHARS, '')
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}

/** A short, safe rendering of any JSON-ish value for an error message. */
export function previewValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(sanitizeText(value))
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value === null) return 'null (an empty value)'
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`
  if (typeof value === 'object') {
    const keys = Object.keys(value)
    const shown = keys.slice(0, 3).map((key) => JSON.stringify(sanitizeText(key, 30)))
    return keys.length === 0
      ? 'an empty object'
      : `an object with keys ${shown.join(', ')}${keys.length > 3 ? ', …' : ''}`
  }
  return typeof value
}

/** What kind of value this is, in words a YAML or JSON author uses. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return 'text'
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number'
  if (typeof value === 'boolean') return 'true/false'
  return typeof value === 'object' ? 'an object' : typeof value
}
