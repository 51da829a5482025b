/**
 * Diff headers git itself would refuse: each makes the change incomplete (the gate fails closed),
 * and paths are normalised before any rule matches them.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseUnifiedDiff } from '../../src/collect/diff-text.js'
import type { GateReport } from '../../src/model.js'
import { randomish } from '../analyze/risk/change-builder.js'
import { addedFileDiff, modifiedFileDiff, runCli } from './cli.js'

const hunk = ['@@ -1,1 +1,1 @@', '-old', '+new', '']

/** Forged headers, each with the words its problem must say. */
const FORGED: [name: string, diff: string, says: RegExp][] = [
  [
    'rename names that disagree with ---/+++',
    [
      'diff --git a/docs/a.md b/docs/b.md',
      'similarity index 90%',
      'rename from docs/a.md',
      'rename to docs/b.md',
      '--- a/docs/a.md',
      '+++ b/.github/workflows/deploy.yml',
      ...hunk
    ].join('\n'),
    /names the new file differently/
  ],
  [
    'a diff --git line that disagrees with ---/+++',
    ['diff --git a/README.md b/README.md', '--- a/README.md', '+++ b/.env', ...hunk].join('\n'),
    /names the new file differently/
  ],
  [
    'two names without a rename line',
    ['diff --git a/a.ts b/b.ts', 'index 1111111..2222222 100644', ...hunk].join('\n'),
    /no rename or copy line/
  ],
  [
    'a path through ..',
    modifiedFileDiff('docs/../.github/workflows/deploy.yml', ['-a', '+b']),
    /"docs\/\.\.\/\.github\/workflows\/deploy\.yml" is unsafe: it has a "\.\." part/
  ],
  [
    'a path with ./',
    modifiedFileDiff('./.env', ['-A=1', '+A=2']),
    /is unsafe: it has a "\.\/" part/
  ],
  [
    'a path above the root',
    modifiedFileDiff('../outside/.bashrc', ['-a', '+b']),
    /points above the repository root/
  ],
  [
    'a path inside .git',
    modifiedFileDiff('.git/hooks/pre-commit', ['-a', '+b']),
    /writes inside "\.git"/
  ],
  [
    'a bad mode line',
    ['diff --git a/x.sh b/x.sh', 'old mode 100644', 'new mode 104755', ''].join('\n'),
    /"new mode 104755" is malformed/
  ],
  [
    'a bad index line',
    ['diff --git a/x b/x', 'index zzz..yyy 100644', '--- a/x', '+++ b/x', ...hunk].join('\n'),
    /"index zzz\.\.yyy 100644" is malformed/
  ],
  [
    '/dev/null as the old side of a file that is not new',
    ['diff --git a/x b/x', '--- /dev/null', '+++ b/x', '@@ -0,0 +1 @@', '+x', ''].join('\n'),
    /old side is \/dev\/null without "new file mode"/
  ],
  [
    'a new file whose hunk needs old lines',
    [
      'diff --git a/x b/x',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/x',
      '@@ -1,1 +1,1 @@',
      '-a',
      '+b',
      ''
    ].join('\n'),
    /new file whose hunks need old lines/
  ],
  [
    'a file both new and deleted',
    ['diff --git a/x b/x', 'new file mode 100644', 'deleted file mode 100644', ''].join('\n'),
    /both new and deleted/
  ],
  [
    'a quoted name with a bad escape',
    ['diff --git "a/x\\q" "b/x\\q"', '--- "a/x\\q"', '+++ "b/x\\q"', ...hunk].join('\n'),
    /bad escape/
  ],
  [
    'a quoted name that decodes to a NUL',
    ['diff --git "a/x\\000y" "b/x\\000y"', '--- "a/x\\000y"', '+++ "b/x\\000y"', ...hunk].join(
      '\n'
    ),
    /control character/
  ],
  [
    'a hunk whose counts disagree with its lines',
    ['diff --git a/x b/x', '--- a/x', '+++ b/x', '@@ -1,1 +1,3 @@', '-a', '+b', ''].join('\n'),
    /truncated|malformed/
  ]
]

describe('forged diff headers', () => {
  it.each(FORGED)('%s: incomplete, with a reason', (_, diff, says) => {
    const { problems } = parseUnifiedDiff(diff)
    expect(problems.join('\n')).toMatch(says)
  })

  it.each(FORGED)('%s: the CLI blocks it as incomplete-diff', async (_, diff) => {
    const run = await runCli({ diff })
    const report = JSON.parse(run.stdout) as GateReport
    expect(report.complete).toBe(false)
    expect(report.findings.some((f) => f.rule === 'incomplete-diff')).toBe(true)
    expect(run.code).toBe(1)
  })

  it('matches sensitive paths after normalising them', async () => {
    const run = await runCli({
      diff:
        modifiedFileDiff('docs/../.github/workflows/deploy.yml', ['-  run: a', '+  run: b']) +
        addedFileDiff('./.env', ['A=1'])
    })
    const report = JSON.parse(run.stdout) as GateReport
    const sensitive = report.findings.filter((f) => f.rule === 'sensitive-path')
    expect(sensitive.map((f) => f.path).sort()).toEqual(['.env', '.github/workflows/deploy.yml'])
  })

  it('scans text hunks behind a "Binary files" header, and blocks', async () => {
    const token = 'gh' + 'p_' + randomish(36, 301)
    const diff = [
      'diff --git a/logo.png b/logo.png',
      'index 1111111..2222222 100644',
      'Binary files a/logo.png and b/logo.png differ',
      '@@ -1,1 +1,1 @@',
      '-x',
      `+const token = "${token}"`,
      ''
    ].join('\n')
    const run = await runCli({ diff })
    const report = JSON.parse(run.stdout) as GateReport
    expect(report.complete).toBe(false)
    expect(report.incompleteReason).toMatch(/"Binary files" header is followed by text hunks/)
    expect(report.findings.some((f) => f.rule === 'secret-in-diff')).toBe(true)
    expect(run.stdout).not.toContain(token.slice(4, 20))
    expect(run.code).toBe(1)
  })

  it('accepts what git writes: renames, copies, modes, quoted names, new and deleted files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-real-'))
    const git = (...args: string[]): string =>
      execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })
    try {
      git('init', '-q')
      git('config', 'user.email', 'a@b.c')
      git('config', 'user.name', 'a')
      writeFileSync(join(dir, 'old name.txt'), 'one\ntwo\nthree\nfour\n')
      writeFileSync(join(dir, 'gone.txt'), 'bye\n')
      writeFileSync(join(dir, 'run.sh'), 'echo hi\n')
      git('add', '.')
      git('commit', '-qm', 'base')
      git('mv', 'old name.txt', 'new "name".txt')
      writeFileSync(join(dir, 'new "name".txt'), 'one\ntwo\nthree\nfour!\n')
      git('rm', '-q', 'gone.txt')
      chmodSync(join(dir, 'run.sh'), 0o755)
      writeFileSync(join(dir, 'tab\there.txt'), 'x\n')
      git('add', '.')
      git('commit', '-qm', 'head')
      const diff = git('diff', '-M', 'HEAD~1', 'HEAD')
      const { files, problems } = parseUnifiedDiff(diff)
      expect(problems).toEqual([])
      expect(files.map((f) => f.path).sort()).toEqual(
        ['gone.txt', 'new "name".txt', 'run.sh', 'tab\there.txt'].sort()
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
