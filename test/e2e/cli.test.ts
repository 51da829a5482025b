/** The built CLI (dist/cli.js) as a real subprocess, as a user or an agent's loop runs it. */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { Log } from 'sarif'
import { DIST_DIR } from '../support/run-action.js'
import { uploadProblems } from '../support/sarif-upload.js'

const node = process.env.GATE_NODE ?? process.execPath

function runCli(args: string[], input = '') {
  return spawnSync(node, [join(DIST_DIR, 'cli.js'), ...args], {
    input,
    encoding: 'utf8',
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
})
