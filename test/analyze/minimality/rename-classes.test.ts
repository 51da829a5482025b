import { describe, expect, it } from '@jest/globals'
import { findingsOf } from './diff-of.js'
import type { FileChange } from './diff-of.js'

/** `from->to` of each rename finding, once per rename, sorted. */
function renamed(changes: readonly FileChange[]): string[] {
  const names = findingsOf(changes)
    .filter((f) => f.rule === 'rename-symbol')
    .map((f) => `${String(f.evidence?.from)}->${String(f.evidence?.to)}`)
  return [...new Set(names)].sort()
}

describe('a local renamed the same way in many places', () => {
  const handler = (n: number, name: string): FileChange => {
    const body = (v: string) =>
      `class H${n} {\n    void onError(Throwable ${v}) {\n        log(${v});\n    }\n}\n`
    return { path: `src/H${n}.java`, before: body('t'), after: body(name) }
  }
  // Where `e` was already taken, the same local had to become `e1`.
  const clash: FileChange = {
    path: 'src/Runner.java',
    before:
      'class Runner {\n    void run(Exception e) {\n        try { go(); } catch (Throwable t) { keep(t, e); }\n    }\n}\n',
    after:
      'class Runner {\n    void run(Exception e) {\n        try { go(); } catch (Throwable e1) { keep(e1, e); }\n    }\n}\n'
  }

  it('is a rename to the name nearly all its uses take', () => {
    const files = [...Array.from({ length: 10 }, (_, n) => handler(n, 'e')), clash]
    expect(renamed(files)).toEqual(['t->e'])
    // The method where it took another name is not part of the rename.
    const paths = findingsOf(files)
      .filter((f) => f.rule === 'rename-symbol')
      .map((f) => f.path)
    expect(paths).not.toContain('src/Runner.java')
  })

  it('is no rename when the new names are split', () => {
    const files = [
      ...Array.from({ length: 5 }, (_, n) => handler(n, 'e')),
      ...Array.from({ length: 5 }, (_, n) => handler(n + 5, 'err'))
    ]
    expect(renamed(files)).toEqual([])
  })
})
