import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { main, type CliIo } from '../../src/cli/main.js'
import { RULE_IDS } from '../../src/analyze/catalogue.js'
import { VERSION } from '../../src/version.js'
import { CONTRACT_KEYS } from '../support/report-fixtures.js'
import { sarifValidator } from '../support/sarif-schema.js'

interface Captured {
  code: number
  stdout: string
  stderr: string
}

async function cli(argv: string[], stdin = '', cwd = process.cwd()): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdin: (async function* () {
      if (stdin) yield Buffer.from(stdin)
    })(),
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
    cwd
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

const DIFF = `diff --git a/src/pagination/page.ts b/src/pagination/page.ts
index 1111111..2222222 100644
--- a/src/pagination/page.ts
+++ b/src/pagination/page.ts
@@ -5,7 +5,7 @@ export interface Page<T> {
 }
 
 export function paginate<T>(items: T[], page: number, pageSize: number): Page<T> {
-  const totalPages = Math.floor(items.length / pageSize)
+  const totalPages = Math.ceil(items.length / pageSize)
   const start = (page - 1) * pageSize
   return { items: items.slice(start, start + pageSize), page, totalPages }
 }
diff --git a/src/billing/invoice.ts b/src/billing/invoice.ts
index 3333333..4444444 100644
--- a/src/billing/invoice.ts
+++ b/src/billing/invoice.ts
@@ -1,3 +1,3 @@
 export function total(lines: number[]): number {
-  return lines.reduce((a, b) => a + b, 0)
+  return lines.reduce((a, b) => a + b, 1)
 }
`

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'gate-cli-'))
}

function manifestFile(dir: string, body: unknown): string {
  const path = join(dir, 'manifest.json')
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body))
  return path
}

const MANIFEST = {
  schema: 'agent-run/v1',
  agent: { name: 'codex' },
  task: { request: 'Fix the off-by-one in pagination', scope: { paths: ['src/pagination/**'] } }
}

describe('agent-pr-gate CLI', () => {
  it('prints usage with --help and exits 0', async () => {
    const run = await cli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Usage: agent-pr-gate/)
  })

  it('reports the version package.json publishes', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(VERSION).toBe(pkg.version)
  })

  it('prints usage with -h and the version with -v and --version', async () => {
    expect((await cli(['-h'])).stdout).toMatch(/Usage: agent-pr-gate/)
    const short = await cli(['-v'])
    expect(short).toEqual({ code: 0, stdout: `agent-pr-gate ${VERSION}\n`, stderr: '' })
    expect((await cli(['--version'])).stdout).toBe(`agent-pr-gate ${VERSION}\n`)
  })

  it('exits 2 with one line for an unknown option, suggesting the near one once', async () => {
    const run = await cli(['--dif', 'x'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `agent-pr-gate: unknown option "--dif" (did you mean --diff?); run agent-pr-gate --help for the options\n`
    )
    expect(run.stderr.match(/--dif\b/g)).toHaveLength(1)
  })

  it.each([
    [['split', '--outt', 'patches'], 'split', '--outt', '--out'],
    [['record', '--manifestt', 'run.json', '--', 'true'], 'record', '--manifestt', '--manifest'],
    [['manifest', 'init', '--agnt', 'codex'], 'manifest', '--agnt', '--agent']
  ])('%j exits 2 naming the unknown option, the near one and the help', async (...row) => {
    const [argv, command, unknown, near] = row
    const run = await cli(argv)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `agent-pr-gate ${command}: unknown option "${unknown}" (did you mean ${near}?); run agent-pr-gate ${command} --help for the options\n`
    )
  })

  it('--mode observe passes a blocked change; --fail-level warn exits 1 on a warning', async () => {
    const observed = await cli(['--diff', '-', '--mode', 'observe', '--format', 'json'], DIFF)
    expect(JSON.parse(observed.stdout)).toMatchObject({ verdict: 'pass', mode: 'observe' })
    expect(observed.code).toBe(0)
    const warned = await cli(['--diff', '-', '--mode', 'warn', '--format', 'json'], DIFF)
    expect(JSON.parse(warned.stdout)).toMatchObject({ verdict: 'warn' })
    expect(warned.code).toBe(0)
    const strict = await cli(['--diff', '-', '--mode', 'warn', '--fail-level', 'warn'], DIFF)
    expect(strict.code).toBe(1)
  })

  it('--apply-to agents skips a change without an agent signal and gates one with a manifest', async () => {
    const skipped = await cli(['--diff', '-', '--apply-to', 'agents', '--format', 'json'], DIFF)
    const report = JSON.parse(skipped.stdout) as { verdict: string; skipped: string | null }
    expect(report.skipped).toMatch(/Not agent-authored/)
    expect(report.verdict).toBe('pass')
    expect(skipped.code).toBe(0)
    const manifest = manifestFile(tempDir(), MANIFEST)
    const gated = await cli(
      ['--diff', '-', '--apply-to', 'agents', '--manifest', manifest, '--format', 'json'],
      DIFF
    )
    expect(JSON.parse(gated.stdout)).toMatchObject({ verdict: 'fail', skipped: null })
    expect(gated.code).toBe(1)
  })

  it('notes that a locked rule set to off is ignored, and still blocks on it', async () => {
    const dir = tempDir()
    const config = join(dir, 'gate.yml')
    writeFileSync(config, 'version: 1\nrules:\n  gate-config-change: off\n')
    const diff = DIFF.replaceAll('src/billing/invoice.ts', '.github/agent-pr-gate.yml')
    const run = await cli(['--diff', '-', '--config', config, '--format', 'json'], diff)
    const report = JSON.parse(run.stdout) as { notes: string[]; findings: { rule: string }[] }
    expect(report.notes).toContainEqual(
      expect.stringMatching(/^rules\.gate-config-change is set to off, which is ignored/)
    )
    expect(report.findings.map((f) => f.rule)).toContain('gate-config-change')
    expect(run.code).toBe(1)
  })

  it('exits 2 with a clear line when --output is a directory, before gating', async () => {
    const dir = tempDir()
    const run = await cli(['--diff', '-', '--output', dir], DIFF)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `agent-pr-gate: --output "${dir}" is a directory; give a file path, such as ${join(dir, 'agent-pr-gate-report.json')}\n`
    )
    expect(run.stderr).not.toMatch(/EISDIR/)
  })

  it('exits 2 naming the reason when --output cannot be written', async () => {
    const run = await cli(['--diff', '-', '--output', join(tempDir(), 'missing', 'r.json')], DIFF)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^agent-pr-gate: cannot write the report to ".*r\.json": it does not exist;/
    )
  })

  it('exits 2 with one line for garbage on stdin', async () => {
    const run = await cli(['--diff', '-'], 'this is not a diff\nat all\n')
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^agent-pr-gate: .*not a unified diff/)
  })

  it('exits 2 for binary input and for an empty diff', async () => {
    expect((await cli(['--diff', '-'], 'diff --git a/x b/x\n\u0000\u0001')).code).toBe(2)
    const empty = await cli(['--diff', '-'], '')
    expect(empty.code).toBe(2)
    expect(empty.stderr).toMatch(/empty/)
  })

  it('exits 2 naming the file when the diff file cannot be read', async () => {
    const run = await cli(['--diff', 'no/such.diff'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/cannot read the diff "no\/such.diff"/)
  })

  it('reports a diff from stdin as JSON matching contract 2.3', async () => {
    const run = await cli(['--diff', '-', '--format', 'json'], DIFF)
    const report = JSON.parse(run.stdout) as Record<string, unknown>
    for (const key of CONTRACT_KEYS) expect(report).toHaveProperty(key)
    expect(report.version).toBe(1)
    expect(report.stats).toEqual({ files: 2, additions: 2, deletions: 2 })
    expect(Object.keys(report.timingMs as object).sort()).toEqual(['analyze', 'collect', 'report'])
    const findings = report.findings as { rule: string; severity: string; category?: string }[]
    for (const f of findings) expect(RULE_IDS).toContain(f.rule)
    // billing is a category that requires a human approval by default.
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'sensitive-path', category: 'billing', severity: 'block' })
    )
    expect(report.verdict).toBe('fail')
    expect(run.code).toBe(1)
  })

  it('blocks an edit outside the manifest scope and passes the in-scope fix alone', async () => {
    const dir = tempDir()
    const manifest = manifestFile(dir, MANIFEST)
    const blocked = await cli(['--diff', '-', '--manifest', manifest, '--format', 'json'], DIFF)
    const report = JSON.parse(blocked.stdout) as { findings: { rule: string; path?: string }[] }
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'out-of-scope', path: 'src/billing/invoice.ts' })
    )
    expect(blocked.code).toBe(1)

    const inScope = DIFF.slice(0, DIFF.indexOf('diff --git a/src/billing'))
    const passed = await cli(['--diff', '-', '--manifest', manifest, '--format', 'json'], inScope)
    expect(JSON.parse(passed.stdout)).toMatchObject({ verdict: 'pass', findings: [] })
    expect(passed.code).toBe(0)
  })

  it('writes SARIF 2.1.0 that validates against the schema', async () => {
    const run = await cli(['--diff', '-', '--format', 'sarif'], DIFF)
    const validate = sarifValidator()
    const sarif = JSON.parse(run.stdout) as { version: string; runs: { results: unknown[] }[] }
    expect(validate(sarif)).toEqual([])
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0)
  })

  it('exits 2 when the --manifest file is malformed, naming the JSON pointer', async () => {
    const dir = tempDir()
    const manifest = manifestFile(dir, {
      ...MANIFEST,
      tests: [{ attempt: 1, command: 'npm test', status: 'green' }]
    })
    const run = await cli(['--diff', '-', '--manifest', manifest, '--format', 'json'], DIFF)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/manifest\.json" is not valid agent-run\/v1: \/tests\/0\/status/)
  })

  it('exits 2 for a config with an unknown key, naming the file and the key path', async () => {
    const dir = tempDir()
    const config = join(dir, 'gate.yml')
    writeFileSync(config, 'version: 1\nminimality:\n  warn_belw: 70\n')
    const run = await cli(['--diff', '-', '--config', config], DIFF)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/gate\.yml/)
    expect(run.stderr).toMatch(/minimality\.warn_belw/)
  })

  it('applies the config: a rule turned off disappears, a mode of observe never blocks', async () => {
    const dir = tempDir()
    const config = join(dir, 'gate.yml')
    writeFileSync(config, 'version: 1\nmode: observe\nrules:\n  sensitive-path: off\n')
    const run = await cli(['--diff', '-', '--config', config, '--format', 'json'], DIFF)
    const report = JSON.parse(run.stdout) as { verdict: string; findings: { rule: string }[] }
    expect(report.findings.map((f) => f.rule)).not.toContain('sensitive-path')
    expect(report.verdict).toBe('pass')
    expect(run.code).toBe(0)
  })

  it('groups like findings in text and caps the entries with --max-findings; JSON keeps all', async () => {
    const restyled = Array.from({ length: 30 }, (_, i) =>
      [
        `diff --git a/src/views/view-${i}.ts b/src/views/view-${i}.ts`,
        '--- a/src/views/view-' + i + '.ts',
        '+++ b/src/views/view-' + i + '.ts',
        '@@ -1,2 +1,2 @@',
        `-export const title${i} = 'View ${i}';`,
        `+export const title${i} = "View ${i}"`,
        ' export default {}'
      ].join('\n')
    ).join('\n')
    const diff = `${DIFF.slice(0, DIFF.indexOf('diff --git a/src/billing'))}${restyled}\n`
    const text = await cli(['--diff', '-'], diff)
    expect(text.stdout).toMatch(/format-only +30 findings, e.g. All 2 changed lines of this file/)
    expect(text.stdout.match(/why: Formatting the task did not ask for/g)).toHaveLength(1)
    expect(text.stdout).toContain('src/views/view-0.ts:1, ')
    expect(text.stdout).toContain(', and 20 more')

    const capped = await cli(['--diff', '-', '--max-findings', '1'], diff)
    expect(capped.stdout).toContain('low-minimality')
    expect(capped.stdout).not.toMatch(/^ +warn +format-only/m)
    expect(capped.stdout).toContain('…and 30 more files: agent-pr-gate split writes the patches')
    expect(capped.stdout).toMatch(
      /…and 31 more findings past --max-findings 1: the json and sarif formats list every finding\./
    )

    const json = await cli(['--diff', '-', '--format', 'json', '--max-findings', '1'], diff)
    const report = JSON.parse(json.stdout) as { findings: { rule: string }[] }
    expect(report.findings.filter((f) => f.rule === 'format-only')).toHaveLength(30)

    const bad = await cli(['--diff', '-', '--max-findings', 'lots'], diff)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--max-findings "lots" is not a whole number')
  })

  it('writes the report to --output instead of stdout', async () => {
    const dir = tempDir()
    const out = join(dir, 'report.md')
    const run = await cli(['--diff', '-', '--format', 'markdown', '--output', out], DIFF)
    expect(run.stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toMatch(/Blocked/i)
    expect(run.code).toBe(1)
  })

  it('marks a truncated diff incomplete and blocks instead of reporting fewer changes', async () => {
    const truncated = DIFF.split('\n').slice(0, 9).join('\n') + '\n'
    const run = await cli(['--diff', '-', '--format', 'json'], truncated)
    const report = JSON.parse(run.stdout) as {
      complete: boolean
      incompleteReason: string
      findings: { rule: string }[]
    }
    expect(report.complete).toBe(false)
    expect(report.incompleteReason).toMatch(/truncated/)
    expect(report.findings.map((f) => f.rule)).toContain('incomplete-diff')
    expect(run.code).toBe(1)
  })
})
