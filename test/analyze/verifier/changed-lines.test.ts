import { describe, expect, it } from '@jest/globals'
import { FileLines } from '../../../src/analyze/verifier/changed-lines.js'
import { gateOf } from '../../../src/analyze/verifier/hint-gate.js'
import { parseUnifiedDiff } from '../../../src/collect/diff-text.js'
import { changedLinesOf } from '../../../src/packed-lines.js'
import type { ChangedFile } from '../../../src/model.js'
import { file } from './change.js'

const SKIP = /skip/
const OTHER = /only/

function linesOf(changed: ChangedFile, hints: RegExp[] = [SKIP]): FileLines {
  return new FileLines(changedLinesOf(changed), gateOf(hints))
}

describe('changed lines', () => {
  it('reads change blocks from the packed lines, with their anchors', () => {
    const lines = linesOf(
      file(
        'test/a.test.ts',
        [
          [' one', '-two', '-three', '+two', ' four', '+five', '-six', '+seven', ' eight'],
          ['-gone']
        ],
        { section: 'describe' }
      )
    )
    expect(lines.blocks).toEqual([
      { hunk: 0, from: 1, to: 4, removedCount: 2, addedCount: 1, section: 'describe', anchor: 2 },
      { hunk: 0, from: 5, to: 8, removedCount: 1, addedCount: 2, section: 'describe', anchor: 4 },
      { hunk: 1, from: 0, to: 1, removedCount: 1, addedCount: 0, section: 'describe', anchor: 20 }
    ])
  })

  it('gives the lines a hint matches, per block and side, as the same objects each time', () => {
    const changed = file('test/a.test.ts', [
      ' it(() => {',
      "-  it.skip('a')",
      "+  it('a')",
      "+  it.skip('b')",
      ' })',
      "+  it.skip('c')"
    ])
    const lines = linesOf(changed, [SKIP, OTHER])
    const hits = lines.hits(SKIP)
    expect(hits.map((h) => [h.block.from, h.removed.length, h.added.length])).toEqual([
      [1, 1, 1],
      [5, 0, 1]
    ])
    expect(hits[0]!.removed[0]).toEqual(changed.hunks[0]!.lines[1])
    expect(hits[0]!.added[0]).toEqual(changed.hunks[0]!.lines[3])
    expect(lines.line(0, 3)).toBe(hits[0]!.added[0])
    expect(lines.hits(OTHER)).toEqual([])
    // A hint the gate was not built for is read from every changed line.
    expect(lines.hits(/\('a'\)/).map((h) => h.removed.length + h.added.length)).toEqual([2])
  })

  it('finds context lines too when asked, and searches a hunk for a literal', () => {
    const text = [
      'diff --git a/src/lib.rs b/src/lib.rs',
      '--- a/src/lib.rs',
      '+++ b/src/lib.rs',
      '@@ -1,3 +1,3 @@ mod tests {',
      ' #[test]',
      '-fn old() {}',
      '+fn new() {}',
      '@@ -20,2 +20,2 @@',
      '-a',
      '+b',
      ''
    ].join('\n')
    const lines = linesOf(parseUnifiedDiff(text).files[0]!, [/#\[test/])
    expect(lines.idsMatching(/#\[test|fn/, false)).toEqual([1, 2])
    expect(lines.idsMatching(/#\[test|fn/, true)).toEqual([0, 1, 2])
    expect(lines.mayInclude(0, 'fn new')).toBe(true)
    expect(lines.mayInclude(1, 'fn new')).toBe(false)
  })
})
