/**
 * `npm run findings:snapshot -- OUT_DIR`: every finding the gate reports on the labelled corpus,
 * on the bundled example PR and, when cached, on the real-corpus and bench-real diffs, written
 * as sorted JSON (no timings) so that two checkouts compare with `diff -r`.
 */
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import {
  collectFromGit,
  collectionOf,
  parseManifest,
  parseUnifiedDiff,
  runGate,
  type ChangeSet,
  type Finding,
  type ManifestState
} from '../src/engine.js'
import { CORPUS_DIR, type CorpusLabels } from '../test/corpus/evaluate.js'
import { directoryCases } from './verdicts.js'

const ROOT = new URL('..', import.meta.url).pathname

/** What a case's findings are compared on: no timings, no prose that explains a rule. */
interface FindingRow {
  rule: string
  severity: string
  path: string | null
  line: number | null
  endLine: number | null
  category: string | null
  message: string
  evidence: unknown
}

interface CaseSnapshot {
  name: string
  verdict: string
  score: number
  complete: boolean
  findings: FindingRow[]
}

const out = process.argv[2]
if (out === undefined || out.startsWith('-')) {
  console.error('usage: npm run findings:snapshot -- OUT_DIR (a directory, made when missing)')
  process.exit(2)
}
mkdirSync(out, { recursive: true })
write('corpus.json', corpusSnapshots())
write('example-pr.json', [await examplePrSnapshot()])
for (const [file, dir] of [
  ['real-corpus.json', '.cache/real-corpus/diffs'],
  ['bench-real.json', '.cache/bench-real/diffs']
] as const) {
  const path = join(ROOT, dir)
  if (!existsSync(path)) {
    console.log(`${dir}: not cached, skipped`)
    continue
  }
  write(
    file,
    directoryCases([path]).map((c) =>
      gate(relative(ROOT, c.name), changeSetOf(c.diff, { status: 'absent' }, null))
    )
  )
}

function write(file: string, cases: CaseSnapshot[]): void {
  const findings = cases.reduce((n, c) => n + c.findings.length, 0)
  writeFileSync(join(out!, file), `${JSON.stringify(cases, null, 2)}\n`)
  console.log(`${file}: ${cases.length} cases, ${findings} findings`)
}

/** Each labelled diff with its label's manifest allowance and `.gitattributes`. */
function corpusSnapshots(): CaseSnapshot[] {
  const labels = JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as CorpusLabels
  return Object.entries(labels.diffs)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, label]) => {
      const manifest: ManifestState =
        label.manifestAllow === undefined
          ? { status: 'absent' }
          : {
              status: 'present',
              source: 'corpus',
              manifest: {
                schema: 'agent-run/v1',
                agent: { name: 'corpus' },
                task: { request: label.note, allow: label.manifestAllow }
              }
            }
      const text = readFileSync(join(CORPUS_DIR, name), 'utf8')
      return gate(name, changeSetOf(text, manifest, label.gitattributes ?? null))
    })
}

function changeSetOf(
  text: string,
  manifest: ManifestState,
  gitattributes: string | null
): ChangeSet {
  const { files, problems } = parseUnifiedDiff(text)
  return {
    source: 'diff',
    base: null,
    head: null,
    files,
    complete: problems.length === 0,
    incompleteReason: problems.length === 0 ? null : problems.join('; '),
    pr: null,
    commits: [],
    manifest,
    ci: null,
    gitattributes
  }
}

/** The example PR as `npm start` gates it: a real repository, with fixed dates so shas repeat. */
async function examplePrSnapshot(): Promise<CaseSnapshot> {
  const demo = join(ROOT, 'examples', 'demo-pr')
  const repo = mkdtempSync(join(tmpdir(), 'findings-snapshot-'))
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Demo Human',
    GIT_AUTHOR_EMAIL: 'human@example.com',
    GIT_COMMITTER_NAME: 'Demo Human',
    GIT_COMMITTER_EMAIL: 'human@example.com',
    GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z'
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, stdio: 'pipe' })
  try {
    git('init', '-q', '-b', 'main')
    cpSync(join(demo, 'base'), repo, { recursive: true })
    git('add', '-A')
    git('commit', '-q', '-m', 'Shop with pagination')
    git('checkout', '-q', '-b', 'codex/fix-pagination')
    cpSync(join(demo, 'head'), repo, { recursive: true })
    git('add', '-A')
    git(
      'commit',
      '-q',
      '-m',
      'Fix pagination off-by-one\n\nCo-authored-by: codex <codex@openai.com>'
    )
    const collected = await collectFromGit({ repo, base: 'main' })
    const manifestPath = join(demo, 'manifest.json')
    const changeSet: ChangeSet = {
      ...changeSetOf('', parseManifest(readFileSync(manifestPath, 'utf8'), 'manifest.json'), null),
      source: 'git',
      base: collected.base,
      head: collected.head,
      files: collected.files,
      complete: collected.problems.length === 0,
      incompleteReason: collected.problems.length === 0 ? null : collected.problems.join('; '),
      commits: collected.commits,
      gitattributes: collected.gitattributes,
      headTree: collected.headTree
    }
    return gate('examples/demo-pr', changeSet)
  } finally {
    rmSync(repo, { recursive: true, force: true })
  }
}

function gate(name: string, changeSet: ChangeSet): CaseSnapshot {
  const { report } = runGate(collectionOf(changeSet))
  return {
    name,
    verdict: report.verdict,
    score: report.score.value,
    complete: report.complete,
    findings: report.findings.map(row).sort(byPosition)
  }
}

function row(f: Finding): FindingRow {
  return {
    rule: f.rule,
    severity: f.severity,
    path: f.path ?? null,
    line: f.line ?? null,
    endLine: f.endLine ?? null,
    category: f.category ?? null,
    message: f.message,
    evidence: f.evidence ?? null
  }
}

/** Order independent of detector order, so a refactor that reorders families diffs clean. */
function byPosition(a: FindingRow, b: FindingRow): number {
  const ka = JSON.stringify([a.path ?? '', a.line ?? -1, a.rule, a.message, a.evidence])
  const kb = JSON.stringify([b.path ?? '', b.line ?? -1, b.rule, b.message, b.evidence])
  return ka < kb ? -1 : ka > kb ? 1 : 0
}
