/** The built CLI (dist/cli.js) as a real subprocess, as a user or an agent's loop runs it. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { Log } from 'sarif'
import { ISOLATE_FROM_BYTES } from '../../src/cli/isolate.js'
import { DIST_DIR } from '../support/run-action.js'
import { uploadProblems } from '../support/sarif-upload.js'

const node = process.env.GATE_NODE ?? process.execPath

function runCli(args: string[], input = '') {
  return spawnSync(node, [join(DIST_DIR, 'cli.js'), ...args], {
    input,
    encoding: 'utf8',
    // The big diff's report is over spawnSync's default 1 MB of output.
    maxBuffer: 1 << 26,
    env: { PATH: process.env.PATH ?? '' }
  })
}

const DIFF = `diff --git a/.env.production b/.env.production
new file mode 100644
index 0000000..1111111
--- /dev/null
+++ b/.env.production
@@ -0,0 +1,2 @@
+API_URL=https://api.example.com
+LOG_LEVEL=info
`

describe('dist/cli.js', () => {
  it('gates a diff on stdin and prints a JSON report (contract 2.3)', () => {
    const run = runCli(['--diff', '-', '--format', 'json'], DIFF)
    expect(run.stderr).toBe('')
    const report = JSON.parse(run.stdout) as {
      version: number
      verdict: string
      findings: { rule: string; category?: string }[]
    }
    expect(report.version).toBe(1)
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'sensitive-path', category: 'secrets' })
    )
    expect(report.verdict).toBe('fail')
    expect(run.status).toBe(1)
  })

  it('exits 2 with a one-line reason on garbage', () => {
    const run = runCli(['--diff', '-'], '\u001b[31mgarbage\nmore garbage\n')
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('runs the bundled example with no token and no network (npm start)', () => {
    const run = spawnSync(node, ['examples/demo.js', '--format', 'json'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' }
    })
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout) as { verdict: string; findings: { rule: string }[] }
    expect(report.verdict).toBe('fail')
    const rules = new Set(report.findings.map((f) => f.rule))
    for (const rule of [
      'out-of-scope',
      'format-only',
      'test-skipped',
      'ci-failure-masked',
      'rerun-to-green'
    ])
      expect(rules).toContain(rule)
  })

  it('writes SARIF for the bundled example that upload-sarif accepts', () => {
    const run = spawnSync(node, ['examples/demo.js', '--format', 'sarif'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' }
    })
    expect(run.status).toBe(0)
    const log = JSON.parse(run.stdout) as Log
    expect(uploadProblems(log)).toEqual([])
    const rules = log.runs[0]!.results!.map((r) => r.ruleId)
    expect(rules).toContain('rerun-to-green')
  })

  it('answers -v and -h, and a typo with one line naming the near option', () => {
    expect(runCli(['-v']).stdout).toMatch(/^agent-pr-gate \d+\.\d+\.\d+\n$/)
    expect(runCli(['-h']).stdout).toMatch(/^Usage: agent-pr-gate/)
    const typo = runCli(['--dif', 'x'])
    expect(typo.status).toBe(2)
    expect(typo.stderr).toBe(
      'agent-pr-gate: unknown option "--dif" (did you mean --diff?); run agent-pr-gate --help for the options\n'
    )
  })

  it('reads the JUnit reports the config names, each format loading its own renderer', () => {
    // The XML parser and the renderers load on demand: a rerun-to-green found in a report proves
    // the parser was there, and every format prints a report of the same run.
    const repo = mkdtempSync(join(tmpdir(), 'gate-cli-junit-'))
    mkdirSync(join(repo, '.github'))
    mkdirSync(join(repo, 'reports'))
    writeFileSync(
      join(repo, '.github/agent-pr-gate.yml'),
      'version: 1\ntests:\n  junit: ["reports/*.xml"]\n'
    )
    writeFileSync(
      join(repo, 'reports/junit.xml'),
      '<testsuite name="PageTest"><testcase name="lastPage" classname="com.acme.pagination.PageTest">' +
        '<flakyFailure message="expected 2"/></testcase></testsuite>'
    )
    const diff = `diff --git a/src/main/java/com/acme/pagination/Page.java b/src/main/java/com/acme/pagination/Page.java
--- a/src/main/java/com/acme/pagination/Page.java
+++ b/src/main/java/com/acme/pagination/Page.java
@@ -1 +1 @@
-a
+b
`
    const json = runCli(['--diff', '-', '--repo', repo, '--format', 'json'], diff)
    expect(json.stderr).toBe('')
    const report = JSON.parse(json.stdout) as { findings: { rule: string; evidence?: unknown }[] }
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'rerun-to-green',
        evidence: expect.objectContaining({
          source: 'junit',
          tests: ['com.acme.pagination.PageTest > lastPage']
        })
      })
    )
    for (const format of ['text', 'markdown', 'sarif']) {
      const run = runCli(['--diff', '-', '--repo', repo, '--format', format], diff)
      expect(run.stderr).toBe('')
      expect(run.status).toBe(json.status)
      expect(run.stdout).toContain('rerun-to-green')
    }
  })

  // On Node 24 the file run goes to the worker thread; on Node 22 both runs stay in the CLI's.
  describe('a diff file big enough for the worker thread (cli/isolate.ts)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-cli-big-'))
    const path = join(dir, 'big.diff')
    // Re-indented functions in many files, and one production env file: findings of both kinds.
    const files = Array.from({ length: 1500 }, (_, i) => {
      const body = Array.from({ length: 12 }, (_, k) => `const value${k} = compute${i}(${k})`)
      return [
        `diff --git a/src/module${i}.js b/src/module${i}.js`,
        `--- a/src/module${i}.js`,
        `+++ b/src/module${i}.js`,
        `@@ -1,14 +1,14 @@ export function run${i}() {`,
        ` function run${i}() {`,
        ...body.map((line) => `-  ${line}`),
        ...body.map((line) => `+    ${line}`),
        ` }`
      ].join('\n')
    })
    const text = `${[...files, DIFF.trimEnd()].join('\n')}\n`
    writeFileSync(path, text)
    const withoutTimings = (out: string) => {
      const report = JSON.parse(out) as Record<string, unknown>
      delete report.timingMs
      return report
    }

    it('is over the size that sends it to the worker', () => {
      expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(ISOLATE_FROM_BYTES)
    })

    it('reports, prints and exits exactly as the same diff gated on stdin', () => {
      for (const format of ['json', 'text']) {
        const fromFile = runCli(['--diff', path, '--format', format])
        const fromStdin = runCli(['--diff', '-', '--format', format], text)
        expect(fromFile.stderr).toBe('')
        expect(fromFile.status).toBe(1)
        expect(fromFile.status).toBe(fromStdin.status)
        if (format === 'json') {
          const report = withoutTimings(fromFile.stdout)
          expect(report).toEqual(withoutTimings(fromStdin.stdout))
          expect(report.verdict).toBe('fail')
          const rules = (report.findings as { rule: string }[]).map((f) => f.rule)
          expect(rules).toEqual(expect.arrayContaining(['sensitive-path', 'format-only']))
        } else {
          const strip = (out: string) => out.replace(/\d+(\.\d+)? ?m?s\b/g, 'T')
          expect(strip(fromFile.stdout)).toBe(strip(fromStdin.stdout))
        }
      }
    })

    it('names a bad --output path as bad usage, not as an internal error', () => {
      const run = runCli(['--diff', path, '--output', dir])
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(/^agent-pr-gate: --output ".*" is a directory; give a file path/)
    })
  })

  // cli/compiler.ts: a Node built with Maglev (24) runs it, and the CLI turns it off for itself.
  const withMaglev =
    spawnSync(node, ['-p', 'process.config.variables.v8_enable_maglev'], {
      encoding: 'utf8'
    }).stdout.trim() === '1'
  const onMaglevBuilds = withMaglev ? describe : describe.skip
  onMaglevBuilds('V8 compilers on a Node built with Maglev (cli/compiler.ts)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-cli-maglev-'))
    const path = join(dir, 'forty.diff')
    const files = Array.from({ length: 40 }, (_, i) =>
      [
        `diff --git a/src/f${i}.ts b/src/f${i}.ts`,
        `--- a/src/f${i}.ts`,
        `+++ b/src/f${i}.ts`,
        '@@ -1,5 +1,5 @@',
        ` export function alpha${i}(value: number): number {`,
        `-  const result = value * ${i} + compute(value, "a")`,
        `+  const result = value * ${i + 1} + compute(value, "b")`,
        '   return result',
        ' }',
        ' const table = [1, 2, 3]'
      ].join('\n')
    )
    writeFileSync(path, `${files.join('\n')}\n`)
    // The analysis chunk's own functions, by name: Node's internals also get compiled.
    const engineNames = new Set(
      Array.from(
        readFileSync(join(DIST_DIR, 'chunks', 'index.js'), 'utf8').matchAll(/^function (\w+)\(/gm),
        (m) => m[1]
      )
    )
    const maglevCompiled = (nodeFlags: string[]) => {
      const run = spawnSync(node, [...nodeFlags, join(DIST_DIR, 'cli.js'), '--diff', path], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
        env: { PATH: process.env.PATH ?? '' }
      })
      expect(run.status).toBe(0)
      const names = Array.from(
        run.stdout.matchAll(/\[compiling method \S+ <JSFunction (\S+) [^\]]*\(target MAGLEV\)/g),
        (m) => m[1]
      )
      return names.filter((name) => engineNames.has(name))
    }

    it('gates without Maglev compiling any of the analysis', () => {
      expect(maglevCompiled(['--trace-opt'])).toEqual([])
    })

    it('leaves Maglev on when Node was started with --maglev', () => {
      expect(maglevCompiled(['--trace-opt', '--maglev']).length).toBeGreaterThan(5)
    })
  })
})
