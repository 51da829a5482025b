import { describe, expect, it } from '@jest/globals'
import { detectKinds, scoreKinds } from '../../scripts/real-corpus/evaluate.js'
import type { RealLabel, RefactorKind } from '../../scripts/real-corpus/labels.js'

function label(kinds: RefactorKind[], behaviour = false): RealLabel {
  return {
    repo: 'octo/widgets',
    commit: 'a'.repeat(40),
    language: 'Go',
    kinds,
    behaviour,
    source: 'hand',
    note: 'n'
  }
}

describe('real-corpus scoring', () => {
  it('counts a kind per commit: found and labelled, found only, labelled only', () => {
    const scores = scoreKinds([
      { label: label(['format-only']), found: new Set<RefactorKind>(['format-only']) },
      { label: label(['format-only']), found: new Set<RefactorKind>() },
      { label: label([], true), found: new Set<RefactorKind>(['format-only', 'comment-only']) }
    ])
    const format = scores.find((s) => s.kind === 'format-only')!
    expect(format).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 })
    const comment = scores.find((s) => s.kind === 'comment-only')!
    expect(comment).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 })
  })

  it('runs the gate’s detectors over a cached diff', () => {
    const diff = [
      'diff --git a/internal/money.go b/internal/money/money.go',
      'similarity index 100%',
      'rename from internal/money.go',
      'rename to internal/money/money.go',
      ''
    ].join('\n')
    const found = detectKinds({ label: label(['file-rename']), diff, gitattributes: null })
    expect([...found]).toEqual(['file-rename'])
  })
})
