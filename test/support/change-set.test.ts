import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { collectFromGit } from '../../src/collect/local-git.js'
import { PackedHunk } from '../../src/packed-lines.js'
import { changedFile, changeSet } from './change-set.js'
import { makeRepo, type TestRepo } from './git-repo.js'
import { plainFiles } from './plain-diff.js'

let repo: TestRepo

beforeEach(async () => {
  repo = await makeRepo()
})

afterEach(async () => {
  await repo.cleanup()
})

const numbered = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `line ${from + i}`)
const context = (from: number, to: number) => numbered(from, to).map((line) => ` ${line}`)

describe('the test ChangeSet builder', () => {
  it('builds the files git and the collector make of the same change', async () => {
    await repo.write('src/page.ts', [...numbered(1, 30), ''].join('\n'))
    await repo.write('src/gone.ts', 'a\nb\n')
    await repo.write('src/old-name.ts', [...numbered(1, 20), ''].join('\n'))
    await repo.commit('base')
    const page = numbered(1, 30)
    page[4] = 'line five'
    page.splice(24, 1)
    await repo.write('src/page.ts', [...page, ''].join('\n'))
    await repo.rm('src/gone.ts')
    await repo.mv('src/old-name.ts', 'src/new-name.ts')
    await repo.write('src/new.ts', 'x\ny\n')
    await repo.commit('head')
    const collected = await collectFromGit({ repo: repo.dir, base: 'HEAD~1' })

    const built = [
      changedFile('src/gone.ts', { status: 'deleted', hunks: [['-a', '-b']] }),
      changedFile('src/new-name.ts', { oldPath: 'src/old-name.ts' }),
      changedFile('src/new.ts', { status: 'added', hunks: [['+x', '+y']] }),
      changedFile('src/page.ts', {
        hunks: [
          {
            oldStart: 2,
            newStart: 2,
            section: 'line 1',
            lines: [...context(2, 4), '-line 5', '+line five', ...context(6, 8)]
          },
          {
            oldStart: 22,
            newStart: 22,
            section: 'line 21',
            lines: [...context(22, 24), '-line 25', ...context(26, 28)]
          }
        ]
      })
    ]
    expect(plainFiles(built)).toEqual(plainFiles(collected.files))
    expect(built.every((f) => f.hunks.every((h) => h instanceof PackedHunk))).toBe(true)
  })

  it('refuses a change git would never print, instead of handing detectors a false shape', () => {
    expect(() => changedFile('a.ts', { status: 'added', hunks: [[' context']] })).toThrow(
      /only added lines/
    )
    expect(() => changedFile('a.ts', { hunks: [] })).toThrow(/not one git would print/)
    expect(() => changedFile('a.ts', { hunks: [['no marker']] })).toThrow(/starts with/)
  })

  it('reads a file GitHub sent without a patch as listFiles does: counts, no hunks', () => {
    const file = changedFile('big.json', { hunks: [['-a', '+b', '+c']], patchMissing: true })
    expect(file).toMatchObject({ additions: 2, deletions: 1, hunks: [], patchMissing: true })
  })

  it('assembles the ChangeSet as the collector does, incomplete when given problems', () => {
    expect(changeSet([], { problems: ['GitHub listed 3,000 files'] })).toMatchObject({
      complete: false,
      incompleteReason: 'GitHub listed 3,000 files',
      manifest: { status: 'absent' }
    })
    expect(changeSet('')).toMatchObject({ files: [], complete: true, incompleteReason: null })
  })
})
