/** The real-commit corpus' label file: its shape, read from `unknown` and checked entry by entry. */
import { readFileSync } from 'node:fs'

export const REFACTOR_KINDS = [
  'format-only',
  'import-reorder',
  'rename-symbol',
  'moved-code',
  'file-rename',
  'comment-only',
  'generated-churn'
] as const

export type RefactorKind = (typeof REFACTOR_KINDS)[number]

/** One public commit, labelled by reading its diff or taken from a named public oracle. */
export interface RealLabel {
  /** `owner/name` of the public repository. */
  repo: string
  commit: string
  /** The commit the diff starts from, when it is not the commit's first parent. */
  parent?: string
  language: string
  /** The refactor kinds the diff holds; empty for a behaviour-only commit. */
  kinds: RefactorKind[]
  /** True when the diff changes what the code does (or what its build and tests run). */
  behaviour: boolean
  /** Where the label comes from: `hand` (the diff read) or the oracle's name and entry. */
  source: string
  note: string
}

export const LABELS_PATH = new URL('../../corpus/real/labels.json', import.meta.url).pathname

const REPO = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}\/[A-Za-z0-9._-]{1,100}$/
const SHA = /^[0-9a-f]{40}$/
const KEYS = new Set([
  'repo',
  'commit',
  'parent',
  'language',
  'kinds',
  'behaviour',
  'source',
  'note'
])

function isKind(value: unknown): value is RefactorKind {
  return typeof value === 'string' && (REFACTOR_KINDS as readonly string[]).includes(value)
}

function text(entry: Record<string, unknown>, key: string, at: string, problems: string[]): string {
  const value = entry[key]
  if (typeof value === 'string' && value.trim() !== '') return value
  problems.push(`${at}: "${key}" must be a non-empty string, got ${JSON.stringify(value)}`)
  return ''
}

function labelAt(raw: unknown, at: string, problems: string[]): RealLabel | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(
      `${at}: must be an object with repo, commit, language, kinds, behaviour, source, note`
    )
    return null
  }
  const entry = raw as Record<string, unknown>
  const before = problems.length
  for (const key of Object.keys(entry))
    if (!KEYS.has(key))
      problems.push(`${at}: unknown key "${key}"; allowed: ${[...KEYS].join(', ')}`)
  const repo = text(entry, 'repo', at, problems)
  if (repo !== '' && !REPO.test(repo)) problems.push(`${at}: repo "${repo}" is not owner/name`)
  const commit = text(entry, 'commit', at, problems)
  if (commit !== '' && !SHA.test(commit)) problems.push(`${at}: commit must be a full 40-hex SHA`)
  const parent = entry.parent
  if (parent !== undefined && (typeof parent !== 'string' || !SHA.test(parent)))
    problems.push(`${at}: parent, when given, must be a full 40-hex SHA`)
  const language = text(entry, 'language', at, problems)
  const source = text(entry, 'source', at, problems)
  const note = text(entry, 'note', at, problems)
  const kinds = entry.kinds
  if (!Array.isArray(kinds) || !kinds.every(isKind)) {
    problems.push(`${at}: kinds must be a list of ${REFACTOR_KINDS.join(', ')}`)
  } else if (new Set(kinds).size !== kinds.length) {
    problems.push(`${at}: kinds lists a kind twice`)
  }
  if (typeof entry.behaviour !== 'boolean') problems.push(`${at}: behaviour must be true or false`)
  else if (entry.behaviour === false && Array.isArray(kinds) && kinds.length === 0)
    problems.push(`${at}: a commit with no refactor kind must change behaviour`)
  if (problems.length > before) return null
  const label: RealLabel = {
    repo,
    commit,
    language,
    kinds: kinds as RefactorKind[],
    behaviour: entry.behaviour as boolean,
    source,
    note
  }
  if (typeof parent === 'string') label.parent = parent
  return label
}

/** Every entry checked; a commit listed twice (same repo and id) is a problem. */
export function parseLabels(data: unknown): { labels: RealLabel[]; problems: string[] } {
  const problems: string[] = []
  const list =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>).commits
      : undefined
  if ((data as Record<string, unknown> | null)?.version !== 1 || !Array.isArray(list)) {
    return { labels: [], problems: ['labels must be { "version": 1, "commits": [ ... ] }'] }
  }
  const labels: RealLabel[] = []
  const seen = new Set<string>()
  list.forEach((raw, i) => {
    const label = labelAt(raw, `commits[${i}]`, problems)
    if (label === null) return
    const id = `${label.repo}@${label.commit}`
    if (seen.has(id)) problems.push(`commits[${i}]: ${id} is listed twice`)
    seen.add(id)
    labels.push(label)
  })
  return { labels, problems }
}

/** The label file read and checked; throws with every problem named. */
export function loadLabels(path: string = LABELS_PATH): RealLabel[] {
  const { labels, problems } = parseLabels(JSON.parse(readFileSync(path, 'utf8')) as unknown)
  if (problems.length > 0)
    throw new Error(`${path} is not a valid label file:\n  ${problems.join('\n  ')}`)
  return labels
}
