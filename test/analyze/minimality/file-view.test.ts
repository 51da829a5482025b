import { describe, expect, it } from '@jest/globals'
import { parseUnifiedDiff } from '../../../src/collect/diff-text.js'
import {
  buildFileView,
  lineKey,
  releaseContextTokens
} from '../../../src/analyze/minimality/file-view.js'
import type { FileView } from '../../../src/analyze/minimality/file-view.js'
import { tokenKey } from '../../../src/analyze/minimality/tokenize/types.js'

function viewOf(path: string, body: string[]): FileView {
  const changed = body.filter((line) => !line.startsWith(' '))
  const dels = changed.filter((line) => line.startsWith('-')).length
  const adds = changed.length - dels
  const context = body.length - changed.length
  const text = [
    `diff --git a/${path} b/${path}`,
    `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -1,${context + dels} +1,${context + adds} @@`,
    ...body,
    ''
  ].join('\n')
  const [file] = parseUnifiedDiff(text).files
  return buildFileView(file!)
}

/** Each side's context words after the release, as token keys, by hunk line index. */
function contextWords(view: FileView): { old: string[][]; new: string[][] } {
  const hv = view.hunks[0]!
  const keys = (side: typeof hv.oldTokens) =>
    side.flatMap((tok, k) =>
      tok === undefined || hv.hunk.lines[k]!.kind !== 'context' ? [] : [tok.tokens.map(tokenKey)]
    )
  return { old: keys(hv.oldTokens), new: keys(hv.newTokens) }
}

describe('file views', () => {
  it('says which changed lines have code, and joins the key of those that do', () => {
    const view = viewOf('src/a.ts', [
      ' function f() {',
      '-  return a;',
      '+  return b',
      '+  ;',
      '+  // a comment',
      '+',
      ' }'
    ])
    expect(view.lines.map((line) => line.code)).toEqual([true, true, false, false, false])
    expect(view.lines.map((line) => lineKey(line.tok))).toEqual([
      'kreturn\u0001wa',
      'kreturn\u0001wb',
      '',
      '',
      ''
    ])
  })

  it('keeps each side its context words once released, the same when both sides read alike', () => {
    const body = [' const x = a.b(c)', '-foo(x)', '+bar(x)', ' const y = c.d(a)']
    const view = viewOf('src/a.ts', body)
    // Both sides read the context lines in the same state: they share one words line.
    expect(view.hunks[0]!.oldTokens[0]).toBe(view.hunks[0]!.newTokens[0])
    releaseContextTokens(view)
    const words = ['wx', 'wa', 'p.', 'wb', 'wc', 'wy', 'p.', 'wd']
    expect(contextWords(view)).toEqual({ old: [words], new: [words] })
    expect(view.hunks[0]!.oldTokens[0]).toBe(view.hunks[0]!.newTokens[0])
    // Changed lines keep their tokens.
    expect(view.hunks[0]!.oldTokens[1]!.tokens.map(tokenKey)).toEqual(['wfoo', 'p(', 'wx', 'p)'])
    expect(view.hunks[0]!.newTokens[2]!.tokens.map(tokenKey)).toEqual(['wbar', 'p(', 'wx', 'p)'])
  })

  it('reads each side its own context words when the sides read them apart', () => {
    // The old side is inside a template literal at the context line: its words are a string.
    const view = viewOf('src/a.ts', ['-const s = `', '+const s = 1', ' foo.bar baz'])
    expect(view.hunks[0]!.oldTokens[2]).not.toBe(view.hunks[0]!.newTokens[2])
    releaseContextTokens(view)
    expect(contextWords(view)).toEqual({ old: [[]], new: [['wfoo', 'p.', 'wbar', 'wbaz']] })
  })
})
