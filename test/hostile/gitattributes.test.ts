/**
 * A pull request's `.gitattributes` must not hide its own changes: in `--repo` mode git runs
 * with no attributes at all (binary files told by content), from any working directory; through
 * `--diff`, a change to attributes that decide what diffs show is blocked as a gate change; and
 * the generated-file detector reads the base's attributes, never the change's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { collectFromGit } from '../../src/collect/local-git.js'
import { parseUnifiedDiff, textBefore } from '../../src/collect/diff-text.js'
import { affectsView } from '../../src/analyze/risk/gitattributes.js'
import type { GateReport } from '../../src/model.js'
import { randomish } from '../analyze/risk/change-builder.js'
import { makeRepo } from '../support/git-repo.js'
import type { TestRepo } from '../support/git-repo.js'
import { addedFileDiff, modifiedFileDiff, runCli } from './cli.js'

const TOKEN = 'gh' + 'p_' + randomish(36, 401)
const HIDING = ['*.js -diff', '*.ts binary', '*.py diff=hide', '*.go -text -diff'].join('\n')

describe('--repo: the head cannot hide its changes with attributes', () => {
  let repo: TestRepo
  const cwd = process.cwd()

  beforeAll(async () => {
    repo = await makeRepo()
    await repo.write('a.js', 'export const a = 1\n')
    await repo.write('b.ts', 'export const b = 1\n')
    await repo.write('c.py', 'c = 1\n')
    await repo.write('real.bin', new Uint8Array([0, 1, 2, 3, 0, 5]))
    await repo.commit('base')
    await repo.branch('feature')
    await repo.checkout('feature')
    // a textconv driver the repository's own config defines: the head's attribute picks it
    await repo.git('config', 'diff.hide.textconv', 'true')
    await repo.git('config', 'diff.hide.binary', 'true')
    await repo.write('.gitattributes', `${HIDING}\n`)
    await repo.write('a.js', `export const a = "${TOKEN}"\n`)
    await repo.write('b.ts', 'export const b = 2\n')
    await repo.write('c.py', 'c = 2\n')
    await repo.write('real.bin', new Uint8Array([0, 1, 2, 3, 0, 6]))
    await repo.commit('hide')
    // git as bare reads `.gitattributes` from its working directory: run from the checkout
    process.chdir(repo.dir)
  })

  afterAll(async () => {
    process.chdir(cwd)
    await repo.cleanup()
  })

  it('reads every text change as text and a real binary as binary', async () => {
    const result = await collectFromGit({ repo: repo.dir, base: 'main' })
    const byPath = new Map(result.files.map((f) => [f.path, f]))
    for (const path of ['a.js', 'b.ts', 'c.py']) {
      expect({
        path,
        binary: byPath.get(path)?.binary,
        hunks: byPath.get(path)?.hunks.length
      }).toEqual({ path, binary: false, hunks: 1 })
    }
    expect(byPath.get('real.bin')?.binary).toBe(true)
    expect(result.problems).toEqual([])
  })

  it('finds the secret and blocks the attribute change', async () => {
    let stdout = ''
    const code = await main(['--repo', repo.dir, '--base', 'main', '--format', 'json'], {
      stdin: (async function* () {})(),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
      env: {},
      cwd: repo.dir
    })
    const report = JSON.parse(stdout) as GateReport
    expect(report.findings.some((f) => f.rule === 'secret-in-diff' && f.path === 'a.js')).toBe(true)
    const gate = report.findings.find(
      (f) => f.rule === 'gate-config-change' && f.path === '.gitattributes'
    )
    expect(gate?.effect).toBe('blocking')
    expect(gate?.message).toContain('`+*.js -diff`')
    expect(code).toBe(1)
    expect(stdout).not.toContain(TOKEN.slice(4, 20))
  })
})

describe('--diff: attribute changes are gate changes', () => {
  it.each([
    ['-diff', '*.js -diff'],
    ['binary', 'dist/** binary'],
    ['a diff driver', '*.lock diff=lockfile'],
    ['linguist-generated', 'src/** linguist-generated'],
    ['linguist-vendored', 'lib/** linguist-vendored=true'],
    ['a macro', '[attr]hidden -diff -merge']
  ])('blocks a .gitattributes line adding %s', async (_, line) => {
    const run = await runCli({ diff: addedFileDiff('.gitattributes', [line]) })
    const report = JSON.parse(run.stdout) as GateReport
    const gate = report.findings.filter((f) => f.rule === 'gate-config-change')
    expect(gate).toHaveLength(1)
    expect(gate[0]!.effect).toBe('blocking')
    expect(run.code).toBe(1)
  })

  it('blocks the removal of such a line too, in a nested .gitattributes', async () => {
    const run = await runCli({
      diff: modifiedFileDiff('web/.gitattributes', [' *.png binary', '-*.min.js -diff'])
    })
    const report = JSON.parse(run.stdout) as GateReport
    expect(report.findings.find((f) => f.rule === 'gate-config-change')?.message).toContain(
      '`-*.min.js -diff`'
    )
  })

  it('leaves line-ending and export attributes alone', async () => {
    const run = await runCli({
      diff: addedFileDiff('.gitattributes', ['* text=auto eol=lf', 'docs/ export-ignore'])
    })
    const report = JSON.parse(run.stdout) as GateReport
    expect(report.findings.filter((f) => f.rule === 'gate-config-change')).toEqual([])
  })

  it.each([
    ['*.js -diff', true],
    ['*.js !diff', true],
    ['x diff=foo', true],
    ['# *.js -diff', false],
    ['*.sh text eol=lf', false],
    ['*.diff text', false]
  ])('affectsView(%j) is %s', (line, expected) => {
    expect(affectsView(line)).toBe(expected)
  })
})

describe('the generated-file detector reads the base attributes', () => {
  const change = modifiedFileDiff('.gitattributes', [' *.png binary', '+src/** linguist-generated'])
  const after = '*.png binary\nsrc/** linguist-generated\n'

  it('undoes the change on the work tree text', () => {
    const { files } = parseUnifiedDiff(change)
    expect(textBefore('.gitattributes', after, files)).toBe('*.png binary\n')
  })

  it('takes nothing from a work tree that does not match the diff', () => {
    const { files } = parseUnifiedDiff(change)
    expect(textBefore('.gitattributes', 'something else\n', files)).toBeNull()
  })

  it('has no base text for an added file and the work tree text for an untouched one', () => {
    const added = parseUnifiedDiff(addedFileDiff('.gitattributes', ['* -diff'])).files
    expect(textBefore('.gitattributes', '* -diff\n', added)).toBeNull()
    const other = parseUnifiedDiff(addedFileDiff('a.ts', ['x'])).files
    expect(textBefore('.gitattributes', after, other)).toBe(after)
  })

  it('scores src changes as hand-written when the change itself marks them generated', async () => {
    const diff =
      change + modifiedFileDiff('src/app.ts', ['-export const a = 1', '+export const a = 2'])
    const run = await runCli({ diff, repoFiles: { '.gitattributes': after } })
    const report = JSON.parse(run.stdout) as GateReport
    expect(report.findings.filter((f) => f.rule === 'generated-churn')).toEqual([])
    expect(JSON.stringify(report.score)).not.toMatch(/generated/i)
  })
})
