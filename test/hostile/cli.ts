/**
 * Runs the CLI in-process on a diff and optional config/manifest files written to a temp dir, and
 * reads back the exit code, stdout and stderr: the whole engine, as a user runs it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export interface CliFiles {
  diff: string
  config?: string
  manifest?: string
  format?: 'text' | 'markdown' | 'json' | 'sarif'
  /** Files written into the directory `--repo` points at (`.gitattributes`). */
  repoFiles?: Record<string, string>
}

export async function runCli(files: CliFiles): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'gate-hostile-'))
  try {
    const argv = ['--diff', '-', '--repo', dir, '--format', files.format ?? 'json']
    if (files.config !== undefined) {
      writeFileSync(join(dir, 'gate.yml'), files.config)
      argv.push('--config', join(dir, 'gate.yml'))
    }
    if (files.manifest !== undefined) {
      writeFileSync(join(dir, 'manifest.json'), files.manifest)
      argv.push('--manifest', join(dir, 'manifest.json'))
    }
    for (const [name, text] of Object.entries(files.repoFiles ?? {})) {
      writeFileSync(join(dir, name), text)
    }
    let stdout = ''
    let stderr = ''
    const code = await main(argv, {
      stdin: (async function* () {
        yield Buffer.from(files.diff)
      })(),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: {},
      cwd: dir
    })
    return { code, stdout, stderr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A `diff --git` section adding `path` with `lines`. */
export function addedFileDiff(path: string, lines: readonly string[]): string {
  return [
    `diff --git a/${path} b/${path}`,
    'new file mode 100644',
    'index 0000000..1111111',
    '--- /dev/null',
    `+++ b/${path}`,
    `@@ -0,0 +1,${lines.length} @@`,
    ...lines.map((line) => `+${line}`),
    ''
  ].join('\n')
}

/** A `diff --git` section changing `path`: one hunk of `lines` written as diff lines. */
export function modifiedFileDiff(path: string, lines: readonly string[], at = 1): string {
  const olds = lines.filter((line) => !line.startsWith('+')).length
  const news = lines.filter((line) => !line.startsWith('-')).length
  return [
    `diff --git a/${path} b/${path}`,
    'index 1111111..2222222 100644',
    `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -${at},${olds} +${at},${news} @@`,
    ...lines,
    ''
  ].join('\n')
}
