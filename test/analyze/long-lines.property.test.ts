/**
 * Bounded time on adversarial lines: every language tokenizer and every detector family reads
 * lines of up to 1 MB built from the openers, quotes, backslashes, `key:` runs and nested calls
 * that make naive scanners and regexes go quadratic, and finishes in under 2 s of CPU time
 * (process CPU time, not wall time, so that other work on the machine does not count).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { DETECTOR_GROUPS } from '../../src/analyze/index.js'
import { tokenizerFor } from '../../src/analyze/minimality/tokenize/index.js'
import { MAX_TOKENIZED_LINE, type Language } from '../../src/analyze/minimality/tokenize/types.js'
import { changeSetOf } from '../../src/collect/change-set.js'
import { parseUnifiedDiff } from '../../src/collect/diff-text.js'
import { DEFAULT_CONFIG } from '../../src/config/defaults.js'
import { parseManifest } from '../../src/manifest/loader.js'
import type { ChangeSet, PullRequestInfo } from '../../src/model.js'
import { validManifest } from '../manifest/fixtures.js'

const LIMIT_MS = 2_000
const MB = 1 << 20

/** Pieces that open something a scanner must look for the end of, or that regexes backtrack on. */
const PIECES = [
  '(',
  '((((',
  '[',
  '{',
  '${',
  '"',
  "'",
  '`',
  '"""',
  "'''",
  '\\',
  '\\"',
  "\\'",
  '/',
  '/[',
  '(/[',
  '/*',
  '*',
  '*/',
  '//',
  '#',
  '<!--',
  '```',
  'key: ',
  'a: b, ',
  'f(g(h(',
  ')',
  'import ',
  'require(',
  'const x = ',
  'def f(',
  'function f(',
  '0x',
  '1e+',
  ' ',
  '\t',
  'word ',
  '@'
]

/** A line of `size` characters: the pattern repeated. */
function repeatTo(pattern: string, size: number): string {
  return pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size)
}

const pattern = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join(''))

const MIXED_PATTERNS = fc.sample(pattern, { numRuns: 4, seed: 10 })

/** The pieces behind quadratic scans (alone), then random mixes of all pieces. */
const PATTERNS = [
  ...[
    '(',
    '"',
    "'",
    '`',
    '"""',
    '\\',
    '(/[',
    '/*',
    '#',
    '<!--',
    '```',
    'key: ',
    'f(g(h(',
    'import ',
    'word ',
    '${',
    '/[',
    "'''"
  ],
  ...MIXED_PATTERNS
]

/** Lines just under the tokenized length, this much in all: enough to show a quadratic scan. */
const UNDER_BOUND_TOTAL = 256 * 1024

function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage()
  run()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

const LANGUAGES: Language[] = [
  'javascript',
  'typescript',
  'python',
  'go',
  'java',
  'c-family',
  'hash',
  'text'
]

describe('tokenizers on adversarial lines', () => {
  it.each(LANGUAGES)('%s: 1 MB lines, and lines just under the tokenized length', (lang) => {
    const tokenize = tokenizerFor(lang)
    let worst = 0
    let worstPattern = ''
    for (const p of PATTERNS) {
      const long = repeatTo(p, MB)
      const under = repeatTo(p, MAX_TOKENIZED_LINE)
      const many = Array.from(
        { length: Math.ceil(UNDER_BOUND_TOTAL / MAX_TOKENIZED_LINE) },
        () => under
      )
      for (const lines of [[long], many]) {
        let out: ReturnType<typeof tokenize> = []
        const ms = cpuMs(() => (out = tokenize(lines)))
        expect(out).toHaveLength(lines.length)
        if (ms > worst) {
          worst = ms
          worstPattern = p
        }
      }
    }
    expect({ worst: Math.round(worst), worstPattern, under: worst < LIMIT_MS }).toEqual({
      worst: Math.round(worst),
      worstPattern,
      under: true
    })
  })

  it('a line past the tokenized length is one token, equal modulo white space runs', () => {
    const tokenize = tokenizerFor('javascript')
    const line = repeatTo('a(b, "c");  ', MAX_TOKENIZED_LINE + 1_000)
    const [before, after] = tokenize([line, '  ' + line.replaceAll('  ', ' ')])
    expect(before.tokens).toHaveLength(1)
    expect(after.tokens).toHaveLength(1)
    expect(after.tokens).toEqual(before.tokens)
    const [changed] = tokenize([line.replace('a(b', 'a(x')])
    expect(changed.tokens).not.toEqual(before.tokens)
  })
})

const PATHS: Record<Language, string> = {
  javascript: 'src/app.js',
  typescript: 'src/app.ts',
  python: 'src/app.py',
  go: 'src/app.go',
  java: 'src/App.java',
  'c-family': 'src/app.c',
  hash: 'config/app.yml',
  text: 'docs/app.md'
}

/**
 * One file per language, each changing an adversarial line among ordinary ones: a 1 MB line in
 * the file of language `long`, lines just under the tokenized length in the others.
 */
function adversarialDiff(p: string, longIn: Language): string {
  const parts: string[] = []
  for (const lang of LANGUAGES) {
    const path = PATHS[lang]
    const size = lang === longIn ? MB : MAX_TOKENIZED_LINE
    const long = repeatTo(p, size)
    const edited = long.slice(0, size >> 1) + 'x' + long.slice((size >> 1) + 1)
    parts.push(
      `diff --git a/${path} b/${path}`,
      `--- a/${path}`,
      `+++ b/${path}`,
      '@@ -1,4 +1,5 @@',
      ' const a = 1',
      `-${long}`,
      `+${edited}`,
      `+${long}`,
      ' const b = 2',
      ` ${long}`
    )
  }
  return parts.join('\n') + '\n'
}

const manifest = parseManifest(
  JSON.stringify({
    ...validManifest(),
    task: {
      id: 'ISSUE-1',
      request: 'x',
      scope: { paths: ['src/**/*.{js,ts}', 'docs/**', '**/a/**/b/**'] }
    }
  }),
  'manifest'
)

function changeSetFor(p: string, longIn: Language): ChangeSet {
  const parsed = parseUnifiedDiff(adversarialDiff(p, longIn))
  const body = repeatTo(p, MB)
  const pr: PullRequestInfo = {
    owner: 'o',
    repo: 'r',
    number: 1,
    title: repeatTo(p, 1_000),
    body,
    author: { login: 'bot', type: 'Bot' },
    appSlug: null,
    headRef: 'h',
    baseRef: 'main',
    headSha: 'a'.repeat(40),
    baseSha: 'b'.repeat(40),
    labels: [],
    draft: false,
    url: 'https://github.com/o/r/pull/1',
    changedFiles: parsed.files.length,
    additions: 0,
    deletions: 0
  }
  const set = changeSetOf({ source: 'diff', files: parsed.files, problems: parsed.problems, pr })
  return { ...set, manifest }
}

describe('detector families on adversarial lines', () => {
  it('reads a manifest with a task scope, so that scope and discipline rules run', () => {
    expect(manifest.status).toBe('present')
  })

  // Each pattern puts its 1 MB lines in another language's file, so every language gets several.
  const sets = PATTERNS.map((p, i) => ({
    p,
    set: changeSetFor(p, LANGUAGES[i % LANGUAGES.length])
  }))
  it.each(DETECTOR_GROUPS.map((f) => [f.name, f] as const))(
    '%s: 1 MB lines of every pattern',
    (_name, family) => {
      let worst = 0
      let worstPattern = ''
      for (const { p, set } of sets) {
        const ms = cpuMs(() =>
          family.detect({ changeSet: set, config: DEFAULT_CONFIG, isAgent: true })
        )
        if (ms > worst) {
          worst = ms
          worstPattern = p
        }
      }
      expect({ worstPattern, under: worst < LIMIT_MS }).toEqual({ worstPattern, under: true })
    }
  )
})

describe('hunks of many tokens', () => {
  it('a hunk of over a million tokens in two regions is read without overflowing the stack', () => {
    const line = repeatTo('a, ', MAX_TOKENIZED_LINE - 2)
    const region = (sign: string) => Array.from({ length: 200 }, () => sign + line)
    const body = [
      ...region('-'),
      ...region('+'),
      ' const middle = 1',
      ...region('-'),
      ...region('+').map((l) => l.replace('a, ', 'b, '))
    ]
    const text = [
      'diff --git a/src/big.js b/src/big.js',
      '--- a/src/big.js',
      '+++ b/src/big.js',
      '@@ -1,401 +1,401 @@',
      ...body
    ].join('\n')
    const parsed = parseUnifiedDiff(text + '\n')
    expect(parsed.problems).toEqual([])
    const changeSet = changeSetOf({ source: 'diff', files: parsed.files })
    const minimality = DETECTOR_GROUPS.find((f) => f.name === 'minimality')!
    const { findings } = minimality.detect({ changeSet, config: DEFAULT_CONFIG, isAgent: true })
    expect(findings.length).toBeGreaterThan(0)
  })
})
