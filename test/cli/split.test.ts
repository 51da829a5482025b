/**
 * `agent-pr-gate split` on real repositories built in temp dirs, one per shape of change seen in
 * real agent and maintainer commits: behaviour + layout, CI edits + layout, code moved to a new
 * file + behaviour, a pure formatter run, a rename with an edit. Each time: both patches apply in
 * order to the base with `git apply` and rebuild the head tree; the refactor patch holds the
 * refactoring and the essential patch the rest.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import type { CliIo } from '../../src/cli/main.js'
import { runSplit, type SplitListing } from '../../src/cli/split.js'
import { makeRepo, type TestRepo } from '../support/git-repo.js'

const repos: TestRepo[] = []
const dirs: string[] = []

afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()))
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function repoWith(base: Record<string, string>, head: Record<string, string | null>) {
  const repo = await makeRepo()
  repos.push(repo)
  for (const [path, text] of Object.entries(base)) await repo.write(path, text)
  await repo.commit('base')
  await repo.git('checkout', '--quiet', '-b', 'agent/change')
  for (const [path, text] of Object.entries(head)) {
    if (text === null) await repo.rm(path)
    else await repo.write(path, text)
  }
  await repo.commit('head')
  return repo
}

async function split(repo: TestRepo, ...extra: string[]) {
  const out = await mkdtemp(join(tmpdir(), 'gate-split-'))
  dirs.push(out)
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdin: (async function* () {})(),
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
    cwd: repo.dir
  }
  const code = await runSplit(['--base', 'main', '--out', out, '--format', 'json', ...extra], io)
  const listing = stdout === '' ? null : (JSON.parse(stdout) as SplitListing)
  const essential = code === 2 ? '' : await readFile(join(out, 'essential.patch'), 'utf8')
  const refactor = code === 2 ? '' : await readFile(join(out, 'refactor.patch'), 'utf8')
  return { code, stderr, listing, essential, refactor, out }
}

/** Applies the patches in order on a checkout of the base, with git apply, and returns the tree. */
async function applyInOrder(repo: TestRepo, out: string, patches: string[]): Promise<string> {
  await repo.git('checkout', '--quiet', '--detach', 'main')
  for (const name of patches) {
    const text = await readFile(join(out, name), 'utf8')
    if (text !== '') await repo.git('apply', '--index', join(out, name))
  }
  const tree = (await repo.git('write-tree')).trim()
  await repo.git('reset', '--quiet', '--hard')
  await repo.git('checkout', '--quiet', 'agent/change')
  return tree
}

async function headTree(repo: TestRepo): Promise<string> {
  return (await repo.git('rev-parse', 'agent/change^{tree}')).trim()
}

const CART = `export function total(items) {
  let sum = 0
  for (const item of items) {
    sum += item.price * item.qty
  }
  return sum
}

export function discount(total, code) {
  if (code === "SAVE10") {
    return total * 0.9
  }
  return total
}

export function label(item) {
  return item.name + " x" + item.qty
}
`

describe('agent-pr-gate split', () => {
  it('behaviour + layout: the fix is essential, the reformatting is refactor, even inside one hunk', async () => {
    const repo = await repoWith(
      { 'src/cart.js': CART },
      {
        'src/cart.js': CART.replace('let sum = 0\n', 'let sum = 0;\n')
          .replace('item.qty\n  }', 'item.qty;\n  }')
          .replace('return sum\n', 'return sum;\n')
          .replace(
            '    return total * 0.9\n  }\n',
            '    return total * 0.9\n  }\n  if (code === "SAVE20") {\n    return total * 0.8\n  }\n'
          )
          .replace(`" x"`, `' x'`)
      }
    )
    const run = await split(repo)
    expect(run.code).toBe(1)
    expect(run.essential).toContain('+  if (code === "SAVE20") {')
    expect(run.essential).not.toContain('+  let sum = 0;')
    expect(run.refactor).toContain('+  let sum = 0;')
    expect(run.refactor).toContain(`+  return item.name + ' x' + item.qty`)
    expect(run.refactor).not.toContain('SAVE20')
    expect(run.listing?.rebuildsHead).toBe(true)
    expect(await applyInOrder(repo, run.out, ['essential.patch', 'refactor.patch'])).toBe(
      await headTree(repo)
    )
    // the essential patch applies on its own to the base
    expect(await applyInOrder(repo, run.out, ['essential.patch'])).not.toBe(await headTree(repo))
  })

  it('a behaviour line and a reformatted line in one hunk are carved apart at line level', async () => {
    const base = 'def price(order):\n    tax = order.total*0.2\n    return order.total+tax\n'
    const head =
      'def price(order):\n    tax = order.total * 0.2\n    return order.total + tax + order.fee\n'
    const repo = await repoWith({ 'shop/price.py': base }, { 'shop/price.py': head })
    const run = await split(repo)
    expect(run.listing?.carved).toEqual([
      {
        path: 'shop/price.py',
        refactorHunks: [],
        mixedHunks: [expect.objectContaining({ hunk: 1 })]
      }
    ])
    expect(run.essential).toContain('+    return order.total + tax + order.fee')
    expect(run.essential).not.toContain('order.total * 0.2')
    expect(run.refactor).toContain('+    tax = order.total * 0.2')
    expect(await applyInOrder(repo, run.out, ['essential.patch', 'refactor.patch'])).toBe(
      await headTree(repo)
    )
  })

  it('CI edits + layout: the workflow change stays essential, the formatted module moves out', async () => {
    const workflow =
      'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'
    const util = 'export const a = {x: 1, y: 2}\nexport function f(a,b) { return a+b }\n'
    const repo = await repoWith(
      { '.github/workflows/ci.yml': workflow, 'src/util.js': util },
      {
        '.github/workflows/ci.yml': workflow + '      - run: npm run lint\n',
        'src/util.js':
          'export const a = { x: 1, y: 2 }\nexport function f(a, b) {\n  return a + b\n}\n'
      }
    )
    const run = await split(repo)
    expect(run.essential).toContain('+      - run: npm run lint')
    expect(run.essential).not.toContain('src/util.js')
    expect(run.refactor).toContain('diff --git a/src/util.js b/src/util.js')
    expect(run.listing?.refactor.files).toEqual([
      expect.objectContaining({ path: 'src/util.js', whole: true })
    ])
    expect(await applyInOrder(repo, run.out, ['essential.patch', 'refactor.patch'])).toBe(
      await headTree(repo)
    )
  })

  it('code moved to a new file + a behaviour change: the move is refactor, the change essential', async () => {
    const helpers = Array.from(
      { length: 8 },
      (_, i) =>
        `export function helper${i}(value) {\n  const doubled = value * ${i + 2}\n  return doubled - ${i}\n}\n`
    ).join('\n')
    const repo = await repoWith(
      { 'src/main.js': `export const limit = 10\n\n${helpers}` },
      { 'src/main.js': 'export const limit = 20\n\n', 'src/helpers.js': helpers }
    )
    const run = await split(repo)
    expect(run.essential).toContain('+export const limit = 20')
    expect(run.essential).not.toContain('helpers.js')
    expect(run.refactor).toContain('+++ b/src/helpers.js')
    expect(run.refactor).toContain('-export function helper3(value) {')
    expect(await applyInOrder(repo, run.out, ['essential.patch', 'refactor.patch'])).toBe(
      await headTree(repo)
    )
  })

  it('a pure formatter run: the essential patch is an empty file, the refactor patch is everything', async () => {
    const repo = await repoWith(
      { 'a.js': 'const x = {a:1}\n', 'b.js': "let y = 'q'\n" },
      { 'a.js': 'const x = { a: 1 };\n', 'b.js': 'let y = "q";\n' }
    )
    const run = await split(repo)
    expect(run.essential).toBe('')
    expect(run.refactor).toContain('+const x = { a: 1 };')
    expect(run.refactor).toContain('+let y = "q";')
    expect(await applyInOrder(repo, run.out, ['essential.patch', 'refactor.patch'])).toBe(
      await headTree(repo)
    )
  })

  it('a file renamed and edited: the rename is refactor, the edit lands at the old path first', async () => {
    const body = Array.from({ length: 12 }, (_, i) => `export const value${i} = ${i}\n`).join('')
    const repo = await makeRepo()
    repos.push(repo)
    await repo.write('src/old-name.js', body)
    await repo.commit('base')
    await repo.git('checkout', '--quiet', '-b', 'agent/change')
    await repo.mv('src/old-name.js', 'src/new-name.js')
    await repo.write('src/new-name.js', body.replace('value5 = 5', 'value5 = 50'))
    await repo.commit('head')
    const run = await split(repo)
    expect(run.essential).toContain('+++ b/src/old-name.js')
    expect(run.essential).toContain('+export const value5 = 50')
    expect(run.refactor).toContain('rename from src/old-name.js')
    expect(await applyInOrder(repo, run.out, ['essential.patch', 'refactor.patch'])).toBe(
      await headTree(repo)
    )
  })

  it('CRLF lines and a missing final newline survive the carving byte for byte', async () => {
    const base = 'a = 1\r\nb = f(1,2)\r\nc = 3'
    const head = 'a = 10\r\nb = f(1, 2)\r\nc = 3'
    const repo = await repoWith({ 'x.py': base }, { 'x.py': head })
    const run = await split(repo)
    expect(run.code).not.toBe(2)
    expect(await applyInOrder(repo, run.out, ['essential.patch', 'refactor.patch'])).toBe(
      await headTree(repo)
    )
  })

  it('bad usage exits 2 with one line: no --out, an unknown ref', async () => {
    const repo = await repoWith({ 'a.txt': 'a\n' }, { 'a.txt': 'b\n' })
    let stderr = ''
    const io: CliIo = {
      stdin: (async function* () {})(),
      stdout: { write: () => true },
      stderr: { write: (t: string) => (stderr += t) },
      env: {},
      cwd: repo.dir
    }
    expect(await runSplit([], io)).toBe(2)
    expect(stderr).toMatch(/needs --out DIR/)
    stderr = ''
    expect(await runSplit(['--out', join(repo.dir, 'o'), '--base', 'nope'], io)).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/unknown base ref "nope"/)
  })
})
