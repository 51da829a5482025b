/**
 * The one place secrets leave the report. Every string a renderer can print (messages, evidence,
 * excerpts, paths, notes) goes through `redactReport` before any renderer sees it: detectors that
 * quote a changed line (`it.skip(...)`, `|| true`, `jest -u`) need not know about secrets.
 */
import { findSecretsInLine, redact } from '../analyze/risk/secret-patterns.js'
import type { GateReport } from '../model.js'

/**
 * A documented token prefix and what follows it: catches a token an excerpt cut short, which no
 * longer has its format's full length.
 */
const TOKEN_PREFIX =
  /(?<![A-Za-z0-9_])(?:gh[pousr]_|github_pat_|xox[abposr]-|xapp-|[rs]k_live_|sk-ant-|sk-proj-|sk-svcacct-|sk-admin-|npm_|AKIA|ASIA|ABIA|ACCA|AIza|eyJ)(?=[A-Za-z0-9_.-]{8})/g

/** Characters of base64, base64url and most token alphabets. */
function isTokenChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 43 ||
    code === 45 ||
    code === 47 ||
    code === 61 ||
    code === 95
  )
}

/** The shortest run of token characters judged by shape alone (a cut key, a PEM body line). */
const MIN_RANDOM_RUN = 20

/** Per-character stamps of the current run: distinct characters counted without a Set per run. */
const seenAt = new Uint32Array(128)
let stamp = 0

/**
 * A run that reads as generated: upper and lower case and digits, at least two of each, and
 * varied. Hex digests (no upper case), paths and identifiers (few digits) do not qualify.
 * `line.slice(start, end)` is the run; it holds token characters only, all ASCII.
 */
function looksRandom(line: string, start: number, end: number): boolean {
  let upper = 0
  let lower = 0
  let digit = 0
  let distinct = 0
  stamp++
  for (let i = start; i < end; i++) {
    const code = line.charCodeAt(i)
    if (code >= 65 && code <= 90) upper++
    else if (code >= 97 && code <= 122) lower++
    else if (code >= 48 && code <= 57) digit++
    if (seenAt[code] !== stamp) {
      seenAt[code] = stamp
      distinct++
    }
  }
  return upper >= 2 && lower >= 2 && digit >= 2 && distinct >= Math.min(16, (end - start) / 2)
}

interface Span {
  start: number
  end: number
  replacement: string
}

/** Replaces every secret-shaped part of one line; the line is returned as is when none is. */
function redactLine(line: string): string {
  const spans: Span[] = []
  const add = (start: number, end: number, shown: string): void => {
    const value = line.slice(start, end)
    spans.push({ start, end, replacement: redact({ value, shown }) })
  }
  for (const candidate of findSecretsInLine(line, true)) {
    add(candidate.start, candidate.end, candidate.shown)
  }
  // an excerpt cut inside a quoted value leaves the quote open: close it and read again
  const open = unclosedQuote(line)
  if (open !== null) {
    for (const candidate of findSecretsInLine(line + open, true)) {
      add(candidate.start, Math.min(candidate.end, line.length), candidate.shown)
    }
  }
  TOKEN_PREFIX.lastIndex = 0
  for (let m = TOKEN_PREFIX.exec(line); m !== null; m = TOKEN_PREFIX.exec(line)) {
    let end = m.index + m[0].length
    while (end < line.length && isTokenChar(line.charCodeAt(end))) end++
    add(m.index, end, m[0].slice(0, 4))
    TOKEN_PREFIX.lastIndex = end
  }
  for (let start = 0; start < line.length;) {
    if (!isTokenChar(line.charCodeAt(start))) {
      start++
      continue
    }
    let end = start
    while (end < line.length && isTokenChar(line.charCodeAt(end))) end++
    if (end - start >= MIN_RANDOM_RUN && looksRandom(line, start, end)) add(start, end, '')
    start = end
  }
  if (spans.length === 0) return line
  return applySpans(line, spans)
}

/** The quote character left open at the end of the line, if any. */
function unclosedQuote(line: string): string | null {
  let open: string | null = null
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i)
    if (ch !== '"' && ch !== "'" && ch !== '`') continue
    if (open === null) open = ch
    else if (open === ch) open = null
  }
  return open
}

/** Overlapping spans merge into one; the text between them is kept. */
function applySpans(line: string, spans: Span[]): string {
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  let out = ''
  let kept = 0
  let current: Span | null = null
  for (const span of spans) {
    if (current !== null && span.start < current.end) {
      if (span.end > current.end) {
        current = {
          start: current.start,
          end: span.end,
          replacement: redact({ value: line.slice(current.start, span.end), shown: '' })
        }
      }
      continue
    }
    if (current !== null) {
      out += line.slice(kept, current.start) + current.replacement
      kept = current.end
    }
    current = span
  }
  if (current !== null) {
    out += line.slice(kept, current.start) + current.replacement
    kept = current.end
  }
  return out + line.slice(kept)
}

/** A text with every secret-shaped value on any of its lines redacted. */
export function redactText(text: string): string {
  if (!text.includes('\n')) return redactLine(text)
  return text.split('\n').map(redactLine).join('\n')
}

/**
 * The value with every string in it (keys too) redacted: the same value where nothing changed,
 * else a copy of each array and object on the way to a change. A report repeats its strings
 * (keys, paths, rule ids), so each distinct one is read once, through `known`.
 */
function redactValue(value: unknown, known: Map<string, string>): unknown {
  if (typeof value === 'string') {
    let redacted = known.get(value)
    if (redacted === undefined) {
      redacted = redactText(value)
      known.set(value, redacted)
    }
    return redacted
  }
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null
    for (let i = 0; i < value.length; i++) {
      const item = redactValue(value[i], known)
      if (copy === null && item !== value[i]) copy = value.slice(0, i)
      if (copy !== null) copy.push(item)
    }
    return copy ?? value
  }
  const entries = Object.entries(value)
  let changed = false
  for (const entry of entries) {
    const key = redactValue(entry[0], known) as string
    const child = redactValue(entry[1], known)
    if (key !== entry[0] || child !== entry[1]) changed = true
    entry[0] = key
    entry[1] = child
  }
  // fromEntries defines each key as an own property, `__proto__` included, on a plain object.
  return changed ? Object.fromEntries(entries) : value
}

/** The report with every string a renderer may print redacted. */
export function redactReport(report: GateReport): GateReport {
  return redactValue(report, new Map()) as GateReport
}
