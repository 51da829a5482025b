import { describe, expect, it } from '@jest/globals'
import { file } from './change.js'
import { findings } from './detect.js'

const rewritten = (...files: Parameters<typeof file>[]) =>
  findings(
    'snapshot-rewritten',
    files.map((args) => file(...args))
  )

describe('snapshot-rewritten', () => {
  it.each([
    [
      'jest',
      'src/__snapshots__/page.test.ts.snap',
      ['-exports[`page 1`] = `"2 pages"`;', '+exports[`page 1`] = `"3 pages"`;']
    ],
    ['syrupy', 'tests/__snapshots__/test_page.ambr', ["-  '2 pages'", "+  '3 pages'"]],
    ['insta', 'src/snapshots/page__render.snap', ['-2 pages', '+3 pages']],
    ['go golden file', 'page/testdata/render.golden', ['-2 pages', '+3 pages']]
  ])('flags a stored snapshot whose content changes: %s', (_, path, lines) => {
    const found = rewritten([path, lines])
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'warn', path, line: 1 })
    expect(found[0]!.evidence).toMatchObject({ kind: 'rewritten', removedLines: 1 })
  })

  it('flags a deleted snapshot file and a replaced screenshot', () => {
    expect(
      rewritten(['src/__snapshots__/a.test.ts.snap', ['-x'], { status: 'deleted' }])[0]!.evidence
    ).toEqual({ kind: 'deleted' })
    expect(
      rewritten(['e2e/home.spec.ts-snapshots/home-chromium-linux.png', [], { binary: true }])[0]!
        .evidence
    ).toEqual({ kind: 'binary' })
  })

  it('does not flag new snapshots, added to a new file or appended to an existing one', () => {
    expect(
      rewritten([
        'src/__snapshots__/b.test.ts.snap',
        ['+exports[`b 1`] = `1`;'],
        { status: 'added' }
      ])
    ).toEqual([])
    expect(
      rewritten([
        'src/__snapshots__/a.test.ts.snap',
        [' exports[`a 1`] = `1`;', '+exports[`a 2`] = `2`;']
      ])
    ).toEqual([])
  })

  it('flags an inline snapshot edited in place, not a new one', () => {
    const found = rewritten([
      'src/a.test.ts',
      ['   expect(render()).toMatchInlineSnapshot(`', '-    "2 pages"', '+    "3 pages"', '   `)']
    ])
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ path: 'src/a.test.ts', line: 2, evidence: { kind: 'inline' } })
    expect(
      rewritten([
        'src/a.test.ts',
        ['+  expect(render()).toMatchInlineSnapshot(`', '+    "3 pages"', '+  `)']
      ])
    ).toEqual([])
  })

  it.each([
    [
      'jest -u in package.json',
      'package.json',
      ['-    "test": "jest",', '+    "test": "jest -u",'],
      '-u'
    ],
    [
      '--updateSnapshot in a workflow',
      '.github/workflows/ci.yml',
      ['-      - run: npx jest --ci', '+      - run: npx jest --ci --updateSnapshot'],
      '--updateSnapshot'
    ],
    [
      'playwright --update-snapshots',
      'package.json',
      ['+    "e2e": "playwright test --update-snapshots",'],
      '--updateSnapshot'
    ],
    [
      'syrupy --snapshot-update',
      'tox.ini',
      ['-commands = pytest', '+commands = pytest --snapshot-update'],
      '--updateSnapshot'
    ],
    [
      'go test -update',
      'Makefile',
      ['-\tgo test ./...', '+\tgo test ./... -update'],
      'go test -update'
    ],
    ['INSTA_UPDATE', '.github/workflows/ci.yml', ['+      INSTA_UPDATE: always'], 'INSTA_UPDATE']
  ])('flags a snapshot-update flag added to a test command: %s', (_, path, lines, flag) => {
    const found = rewritten([path, lines])
    expect(found).toHaveLength(1)
    expect(found[0]!.evidence).toEqual({ kind: 'update-flag', flag })
  })

  it('does not flag an update flag removed, or -u in commands that do not run tests', () => {
    expect(
      rewritten(['package.json', ['-    "test": "jest -u",', '+    "test": "jest",']])
    ).toEqual([])
    expect(rewritten(['Makefile', ['+\tgit add -u']])).toEqual([])
  })
})
