import { describe, expect, it } from '@jest/globals'
import { file, manifest } from '../verifier/change.js'
import { discipline } from './discipline.js'

const PAGE = file('src/pagination/page.ts', ['-a', '+b'])
const MONEY = file('src/format/money.ts', ['-a', '+b'])
const snapshot = (version: number, source_refs: string[], after_action?: number) => ({
  version,
  summary: 'compacted',
  source_refs,
  ...(after_action === undefined ? {} : { after_action })
})

describe('untraced-change', () => {
  it('flags a file edited after the last snapshot without being in its source_refs', () => {
    const found = discipline('untraced-change', [PAGE, MONEY], {
      manifest: manifest({
        context_snapshots: [
          snapshot(1, ['src/format/money.ts']),
          snapshot(2, ['src/pagination/page.ts'])
        ],
        changes: [
          { path: 'src/format/money.ts', after_snapshot: 2 },
          { path: 'src/pagination/page.ts' }
        ]
      })
    })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      rule: 'untraced-change',
      severity: 'warn',
      path: 'src/format/money.ts',
      evidence: { snapshot: 2, basis: 'changes' }
    })
  })

  it('checks each change against the snapshot it came after', () => {
    const found = discipline('untraced-change', [PAGE, MONEY], {
      manifest: manifest({
        context_snapshots: [
          snapshot(1, ['src/format/money.ts']),
          snapshot(2, ['src/pagination/page.ts'])
        ],
        changes: [
          { path: 'src/format/money.ts', after_snapshot: 1 },
          { path: './src/pagination/page.ts', after_snapshot: 2 }
        ]
      })
    })
    expect(found).toEqual([])
  })

  it('reads folders, globs and line ranges in source_refs', () => {
    const refs = (source_refs: string[]) =>
      discipline('untraced-change', [PAGE], {
        manifest: manifest({
          context_snapshots: [snapshot(1, source_refs)],
          changes: [{ path: 'src/pagination/page.ts' }]
        })
      })
    expect(refs(['src/pagination/'])).toEqual([])
    expect(refs(['src/pagination'])).toEqual([])
    expect(refs(['src/**/*.ts'])).toEqual([])
    expect(refs(['src/pagination/page.ts#L10-20'])).toEqual([])
    expect(refs(['src/pagination/page.ts:12'])).toEqual([])
    expect(refs(['src/pag'])).toHaveLength(1)
  })

  it('derives what changed after a snapshot from edit actions when `changes` is absent', () => {
    const found = discipline('untraced-change', [PAGE, MONEY], {
      manifest: manifest({
        actions: [
          { seq: 1, tool: 'edit', paths: ['src/format/money.ts'] },
          { seq: 2, tool: 'compact' },
          { seq: 3, tool: 'read', paths: ['src/format/money.ts'] },
          { seq: 4, tool: 'apply_patch', paths: ['src/pagination/page.ts'] }
        ],
        context_snapshots: [snapshot(1, ['README.md'], 2)]
      })
    })
    expect(found.map((f) => [f.path, f.evidence?.basis])).toEqual([
      ['src/pagination/page.ts', 'actions']
    ])
  })

  it('without either, treats every changed file as changed after the latest snapshot', () => {
    const found = discipline('untraced-change', [PAGE, MONEY], {
      manifest: manifest({ context_snapshots: [snapshot(1, ['src/pagination/page.ts'])] })
    })
    expect(found.map((f) => [f.path, f.evidence?.basis])).toEqual([
      ['src/format/money.ts', 'assumed']
    ])
  })

  it('ignores files the manifest names but the change does not touch, and runs without snapshots', () => {
    expect(
      discipline('untraced-change', [PAGE], {
        manifest: manifest({
          context_snapshots: [snapshot(1, [])],
          changes: [{ path: 'src/other.ts' }]
        })
      })
    ).toEqual([])
    expect(discipline('untraced-change', [PAGE, MONEY], { manifest: manifest({}) })).toEqual([])
  })

  it('names files past the first 20 in one finding', () => {
    const files = Array.from({ length: 25 }, (_, i) =>
      file(`src/m${String(i).padStart(2, '0')}.ts`, ['+x'])
    )
    const found = discipline('untraced-change', files, {
      manifest: manifest({ context_snapshots: [snapshot(1, [])] })
    })
    expect(found).toHaveLength(21)
    expect(found[20]!.evidence).toMatchObject({
      files: ['src/m20.ts', 'src/m21.ts', 'src/m22.ts', 'src/m23.ts', 'src/m24.ts']
    })
  })
})
