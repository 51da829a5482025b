/**
 * The agent run manifest (agent-run/v1): where to find it, and parsing it into a ManifestState.
 * The manifest is written by the agent, so it is untrusted: bounded, validated from `unknown`,
 * echoed only sanitized, and a bad one yields `invalid`, never an exception.
 */
import type { ManifestProblem, ManifestState } from '../model.js'
import { locateJsonSyntaxError } from '../validation/json-syntax.js'
import { createSchemaValidator, toPointer } from '../validation/schema-validator.js'
import { sanitizeText } from '../validation/text.js'
import { MANIFEST_PATTERN_FORMS, MANIFEST_SCHEMA } from './schema.js'
import type { RunManifest } from '../model.js'

export const MANIFEST_MAX_BYTES = 5 * 1024 * 1024
/** Enough to fix a manifest by; the rest is summarized in one last problem. */
export const MANIFEST_MAX_PROBLEMS = 1000

const validateManifest = createSchemaValidator(MANIFEST_SCHEMA, {
  patternForms: MANIFEST_PATTERN_FORMS,
  unknownKeyHint: 'extension keys must start with "x-"'
})

function invalid(source: string, problems: ManifestProblem[]): ManifestState {
  if (problems.length > MANIFEST_MAX_PROBLEMS) {
    const rest = problems.length - MANIFEST_MAX_PROBLEMS
    problems = [
      ...problems.slice(0, MANIFEST_MAX_PROBLEMS),
      { pointer: '', message: `and ${rest} more problems, not listed; fix the ones above first` }
    ]
  }
  return { status: 'invalid', source, problems }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/** A copy without `x-` extension keys (they may nest arbitrarily deep and no detector reads them). */
function withoutExtensions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExtensions)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !key.startsWith('x-'))
      .map(([key, child]) => [key, withoutExtensions(child)])
  )
}

/** Each `key` must be greater than the one before it: unique, in the order things happened. */
function increasing(
  items: readonly Record<string, unknown>[] | undefined,
  list: string,
  key: string,
  advice: string
): ManifestProblem[] {
  const problems: ManifestProblem[] = []
  items?.forEach((item, index) => {
    const previous = items[index - 1]
    if (previous === undefined || Number(item[key]) > Number(previous[key])) return
    problems.push({
      pointer: toPointer([list, String(index), key]),
      message: `is ${Number(item[key])}, not greater than ${Number(previous[key])} at ${toPointer([list, String(index - 1), key])}; ${advice}`
    })
  })
  return problems
}

/** What the schema cannot say: ordering, and references between parts of the manifest. */
function crossCheck(manifest: RunManifest): ManifestProblem[] {
  const problems = [
    ...increasing(
      manifest.tests as unknown as Record<string, unknown>[],
      'tests',
      'attempt',
      'number attempts 1, 2, 3, ... once each, in the order they ran'
    ),
    ...increasing(
      manifest.actions as unknown as Record<string, unknown>[],
      'actions',
      'seq',
      'number actions 1, 2, 3, ... once each, in the order they ran'
    ),
    ...increasing(
      manifest.context_snapshots as unknown as Record<string, unknown>[],
      'context_snapshots',
      'version',
      'list snapshots oldest first, each with a higher version'
    )
  ]
  const seqs = new Set((manifest.actions ?? []).map((action) => action.seq))
  manifest.context_snapshots?.forEach((snapshot, index) => {
    if (snapshot.after_action === undefined || seqs.has(snapshot.after_action)) return
    problems.push({
      pointer: toPointer(['context_snapshots', String(index), 'after_action']),
      message: `is ${snapshot.after_action}, but no action has that seq; name an action listed under /actions or leave the key out`
    })
  })
  const versions = new Set((manifest.context_snapshots ?? []).map((snapshot) => snapshot.version))
  manifest.changes?.forEach((change, index) => {
    if (change.after_snapshot === undefined || versions.has(change.after_snapshot)) return
    problems.push({
      pointer: toPointer(['changes', String(index), 'after_snapshot']),
      message: `is ${change.after_snapshot}, but no context snapshot has that version; name a snapshot listed under /context_snapshots or leave the key out`
    })
  })
  return problems
}

function syntaxProblem(text: string): ManifestProblem {
  const located = locateJsonSyntaxError(text)
  const where =
    located === null ? '' : ` at line ${located.line}, column ${located.column}: ${located.message}`
  return {
    pointer: '',
    message: `is not valid JSON${where}; write the manifest as one JSON object (YAML is not accepted)`
  }
}

function parseManifestUnguarded(text: string, source: string): ManifestState {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MANIFEST_MAX_BYTES) {
    return invalid(source, [
      {
        pointer: '',
        message: `is ${bytes} bytes, over the ${MANIFEST_MAX_BYTES}-byte limit; keep full logs behind agent.log_url`
      }
    ])
  }
  // Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON.parse rejects.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (json.trim() === '') {
    return invalid(source, [
      { pointer: '', message: 'is empty; write one JSON object with "schema": "agent-run/v1"' }
    ])
  }
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return invalid(source, [syntaxProblem(json)])
  }
  const problems = validateManifest(data).map(({ pointer, message }) => ({ pointer, message }))
  if (problems.length > 0) return invalid(source, problems)
  const manifest = deepFreeze(withoutExtensions(data) as RunManifest)
  const crossProblems = crossCheck(manifest)
  if (crossProblems.length > 0) return invalid(source, crossProblems)
  return { status: 'present', source, manifest }
}

/** Parses and validates a manifest. Never throws: bad content yields `invalid` with JSON pointers. */
export function parseManifest(text: string, source: string): ManifestState {
  try {
    return parseManifestUnguarded(text, source)
  } catch (error) {
    const reason = error instanceof Error ? sanitizeText(error.message, 120) : 'unknown error'
    return invalid(source, [
      { pointer: '', message: `could not be read (${reason}); simplify the manifest` }
    ])
  }
}

interface Span {
  start: number
  end: number
}

const FENCE = /^ {0,3}(`{3,}(?!`)|~{3,}(?!~))(.*)$/

/** Fenced code blocks (CommonMark rules: an unclosed fence runs to the end) and their spans. */
function scanFences(body: string): { agentRun: string[]; spans: Span[] } {
  const agentRun: string[] = []
  const spans: Span[] = []
  let open: { marker: string; start: number; lines: string[] | null } | null = null
  let offset = 0
  for (const rawLine of body.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine
    const match = FENCE.exec(line)
    if (open === null) {
      const marker = match?.[1]
      const info = match?.[2] ?? ''
      if (marker !== undefined && !(marker.startsWith('`') && info.includes('`'))) {
        const language = info.trim().split(/\s+/)[0] ?? ''
        open = { marker, start: offset, lines: language.toLowerCase() === 'agent-run' ? [] : null }
      }
    } else {
      const marker = match?.[1]
      const closes =
        marker !== undefined &&
        marker[0] === open.marker[0] &&
        marker.length >= open.marker.length &&
        (match?.[2] ?? '').trim() === ''
      if (closes) {
        if (open.lines !== null) agentRun.push(open.lines.join('\n'))
        spans.push({ start: open.start, end: offset + rawLine.length })
        open = null
      } else {
        open.lines?.push(line)
      }
    }
    offset += rawLine.length + 1
  }
  if (open !== null) {
    if (open.lines !== null) agentRun.push(open.lines.join('\n'))
    spans.push({ start: open.start, end: body.length })
  }
  return { agentRun, spans }
}

/** `<!-- agent-run ... -->` comments outside fenced blocks. */
function scanComments(body: string, fences: readonly Span[]): string[] {
  const found: string[] = []
  let fence = 0
  let from = 0
  for (;;) {
    const start = body.indexOf('<!--', from)
    if (start === -1) break
    const end = body.indexOf('-->', start + 4)
    if (end === -1) break
    while (fence < fences.length && (fences[fence]?.end ?? 0) < start) fence++
    const current = fences[fence]
    const inFence = current !== undefined && current.start <= start && start < current.end
    const inner = body.slice(start + 4, end)
    const keyword = /^\s*agent-run(?=\s|$)/.exec(inner)
    if (!inFence && keyword !== null) found.push(inner.slice(keyword[0].length))
    from = end + 3
  }
  return found
}

/**
 * The run manifest in a PR body: the first ```agent-run (or ~~~agent-run) fenced block, else the
 * first `<!-- agent-run ... -->` comment. With several, the first is used and the source says so.
 */
export function findManifestInBody(body: string): { text: string; source: string } | null {
  if (typeof body !== 'string' || body === '') return null
  const { agentRun: fenced, spans } = scanFences(body)
  const comments = scanComments(body, spans)
  const total = fenced.length + comments.length
  const text = fenced[0] ?? comments[0]
  if (text === undefined) return null
  const kind = fenced.length > 0 ? 'block' : 'comment'
  const source =
    total === 1
      ? `PR body (agent-run ${kind})`
      : `PR body (first agent-run ${kind}; ${total - 1} other agent-run block${total > 2 ? 's' : ''} ignored)`
  return { text, source }
}

/**
 * Which manifest applies: the file (the `manifest` input or `--manifest`) when given, even if it
 * is invalid; else the PR body's block; else absent.
 */
export function resolveManifest(sources: {
  file?: { text: string; source: string }
  prBody?: string | null
}): ManifestState {
  if (sources.file !== undefined) return parseManifest(sources.file.text, sources.file.source)
  const found = findManifestInBody(sources.prBody ?? '')
  return found === null ? { status: 'absent' } : parseManifest(found.text, found.source)
}
