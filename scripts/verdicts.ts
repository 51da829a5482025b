/**
 * What a new user sees with no config and no manifest: the gate's verdict on each diff, tallied
 * as pass-clean (nothing above info), warn, and block, with the rules behind the warnings and
 * blocks. Inputs are the labelled corpus's behaviour-only diffs, or directories of `.diff` /
 * `.patch` files (a `git format-patch` file's subject and body stand in for the PR title and body).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import {
  collectionOf,
  parseUnifiedDiff,
  runGate,
  type ChangeSet,
  type CommitInfo,
  type PullRequestInfo
} from '../src/engine.js'
import { CORPUS_DIR, type CorpusLabels } from '../test/corpus/evaluate.js'

export type VerdictClass = 'pass-clean' | 'pass-info' | 'warn' | 'block'

export interface VerdictCase {
  name: string
  diff: string
  /** The commit's subject and body, when the input carries them. */
  message: { subject: string; body: string } | null
}

export interface VerdictTally {
  cases: number
  counts: Record<VerdictClass, number>
  /** Rule id -> number of cases where it warned or blocked. */
  rules: Map<string, { warn: number; block: number }>
  perCase: { name: string; verdict: VerdictClass; rules: string[] }[]
}

/** The corpus's behaviour-only diffs: the changes a quiet gate should let through. */
export function corpusCases(dir: string = CORPUS_DIR): VerdictCase[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as CorpusLabels
  return Object.entries(labels.diffs)
    .filter(([, label]) => label.behaviourOnly === true)
    .map(([name]) => ({ name, diff: readFileSync(join(dir, name), 'utf8'), message: null }))
}

/** Every `.diff` and `.patch` file under the directories given, in name order. */
export function directoryCases(dirs: readonly string[]): VerdictCase[] {
  const out: VerdictCase[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(?:diff|patch)$/.test(entry)) {
        const text = readFileSync(path, 'utf8')
        out.push({ name: path, diff: text, message: mailMessage(text) })
      }
    }
  }
  for (const dir of dirs) walk(dir)
  return out
}

/**
 * Only the cases a real-corpus labels file (`{ commits: [{ repo, commit, behaviour }] }`) marks
 * behavioural, matched by a path ending in `owner+name/<sha>.diff` or `owner+name-<sha prefix>`.
 */
export function behaviourOnly(cases: readonly VerdictCase[], labelsFile: string): VerdictCase[] {
  const parsed = JSON.parse(readFileSync(labelsFile, 'utf8')) as {
    commits?: { repo: string; commit: string; behaviour?: boolean }[]
  }
  const keys = (parsed.commits ?? [])
    .filter((c) => c.behaviour === true)
    .map((c) => ({ dir: c.repo.replace('/', '+'), sha: c.commit }))
  return cases.filter((c) =>
    keys.some(
      (k) =>
        c.name.endsWith(`${k.dir}/${k.sha}.diff`) ||
        c.name.includes(`${k.dir}-${k.sha.slice(0, 10)}.`)
    )
  )
}

/** Subject and body of a `git format-patch` file; null for a bare diff. */
function mailMessage(text: string): { subject: string; body: string } | null {
  const head = text.slice(0, 20_000)
  const end = head.search(/^(?:---\n|diff --git )/m)
  const header = end === -1 ? head : head.slice(0, end)
  const subject = /^Subject: (?:\[PATCH[^\]]*\] )?(.*(?:\n[ \t].*)*)/m.exec(header)
  if (subject === null) return null
  const blank = header.indexOf('\n\n', subject.index)
  const body = blank === -1 ? '' : header.slice(blank + 2).trim()
  return { subject: subject[1].replace(/\n[ \t]+/g, ' ').trim(), body }
}

function changeSetOf(c: VerdictCase): ChangeSet {
  const parsed = parseUnifiedDiff(c.diff)
  const commits: CommitInfo[] =
    c.message === null
      ? []
      : [
          {
            sha: '0'.repeat(40),
            message: `${c.message.subject}\n\n${c.message.body}`,
            authorLogin: null,
            authorEmail: null
          }
        ]
  return {
    source: 'diff',
    base: null,
    head: null,
    files: parsed.files,
    complete: parsed.problems.length === 0,
    incompleteReason: parsed.problems.length === 0 ? null : parsed.problems.join('; '),
    pr: c.message === null ? null : pullRequestOf(c.message),
    commits,
    manifest: { status: 'absent' },
    ci: null,
    gitattributes: null
  }
}

/** A PR as a one-commit agent PR would look: the commit's subject and body as title and body. */
function pullRequestOf(message: { subject: string; body: string }): PullRequestInfo {
  return {
    owner: 'example',
    repo: 'example',
    number: 1,
    title: message.subject,
    body: message.body,
    author: { login: 'Copilot', type: 'Bot' },
    appSlug: null,
    headRef: 'copilot/change',
    baseRef: 'main',
    headSha: '1'.repeat(40),
    baseSha: '2'.repeat(40),
    labels: [],
    draft: false,
    url: 'https://github.com/example/example/pull/1',
    changedFiles: 0,
    additions: 0,
    deletions: 0
  }
}

/** Runs the whole gate (defaults, no manifest, agent-authored) on each case and tallies. */
export function tallyVerdicts(cases: readonly VerdictCase[]): VerdictTally {
  const counts: Record<VerdictClass, number> = {
    'pass-clean': 0,
    'pass-info': 0,
    warn: 0,
    block: 0
  }
  const rules = new Map<string, { warn: number; block: number }>()
  const perCase: VerdictTally['perCase'] = []
  for (const c of cases) {
    const { report } = runGate(collectionOf(changeSetOf(c)))
    const loud = report.findings.filter((f) => f.severity !== 'info')
    const verdict: VerdictClass =
      report.verdict === 'fail'
        ? 'block'
        : report.verdict === 'warn'
          ? 'warn'
          : report.findings.length === 0
            ? 'pass-clean'
            : 'pass-info'
    counts[verdict]++
    const seen = new Map<string, 'warn' | 'block'>()
    for (const f of loud) {
      const level = f.severity === 'block' ? 'block' : 'warn'
      if (seen.get(f.rule) !== 'block') seen.set(f.rule, level)
    }
    for (const [rule, level] of seen) {
      const entry = rules.get(rule) ?? { warn: 0, block: 0 }
      entry[level]++
      rules.set(rule, entry)
    }
    perCase.push({ name: c.name, verdict, rules: [...seen].map(([r, l]) => `${r}:${l}`) })
  }
  return { cases: cases.length, counts, rules, perCase }
}

export function printTally(title: string, tally: VerdictTally, verbose: boolean): void {
  const { counts } = tally
  console.log(`${title}: ${tally.cases} diffs, no config, no manifest`)
  const clean = counts['pass-clean'] + counts['pass-info']
  console.log(
    `  pass clean ${clean} (${counts['pass-info']} with info findings only), ` +
      `warn ${counts.warn}, block ${counts.block}`
  )
  const rules = [...tally.rules].sort((a, b) => b[1].block - a[1].block || b[1].warn - a[1].warn)
  for (const [rule, n] of rules) console.log(`  ${rule}: blocks ${n.block}, warns ${n.warn}`)
  if (!verbose) return
  for (const c of tally.perCase)
    console.log(`    ${c.verdict.padEnd(10)} ${c.name} ${c.rules.join(' ')}`)
}
