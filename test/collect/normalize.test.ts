import { describe, expect, it } from '@jest/globals'
import { normalizeDiff } from '../../src/collect/normalize.js'
import type { ChangedFile, DiffLine } from '../../src/model.js'

const diff = (...lines: string[]): string => `${lines.join('\n')}\n`

function only(text: string): ChangedFile {
  const { files, problems } = normalizeDiff(text)
  expect(problems).toEqual([])
  expect(files).toHaveLength(1)
  return files[0]!
}

const lines = (file: ChangedFile): DiffLine[] => file.hunks.flatMap((h) => h.lines)
const kinds = (file: ChangedFile): string =>
  lines(file)
    .map((l) => `${l.kind[0]}${l.oldLine ?? '_'}:${l.newLine ?? '_'}:${l.content}`)
    .join(' ')

describe('normalizeDiff, paths', () => {
  it('keeps a top-level directory named like a prefix in a --no-prefix diff', () => {
    const file = only(
      diff(
        'diff --git c/lib.ts c/lib.ts',
        'index 1111111..2222222 100644',
        '--- c/lib.ts',
        '+++ c/lib.ts',
        '@@ -1 +1 @@',
        '-old',
        '+new'
      )
    )
    expect(file).toMatchObject({ path: 'c/lib.ts', oldPath: 'c/lib.ts', status: 'modified' })
  })

  it('keeps an added file under a/ in a --no-prefix diff', () => {
    const file = only(
      diff(
        'diff --git a/b.txt a/b.txt',
        'new file mode 100644',
        'index 0000000..2222222',
        '--- /dev/null',
        '+++ a/b.txt',
        '@@ -0,0 +1 @@',
        '+x'
      )
    )
    expect(file).toMatchObject({ path: 'a/b.txt', oldPath: null, status: 'added' })
  })

  it('strips a/ b/, mnemonic and custom prefixes, but only one component', () => {
    for (const [src, dst] of [
      ['a/', 'b/'],
      ['i/', 'w/'],
      ['c/', 'i/'],
      ['left/', 'right/']
    ]) {
      const file = only(
        diff(
          `diff --git ${src}b/x.ts ${dst}b/x.ts`,
          'index 1111111..2222222 100644',
          `--- ${src}b/x.ts`,
          `+++ ${dst}b/x.ts`,
          '@@ -1 +1 @@',
          '-old',
          '+new'
        )
      )
      expect(file.path).toBe('b/x.ts')
    }
  })

  it('decodes C-quoted paths: octal UTF-8 bytes and escapes', () => {
    const file = only(
      diff(
        'diff --git "a/caf\\303\\251 \\360\\237\\230\\200\\t\\"q\\"\\\\.txt" "b/caf\\303\\251 \\360\\237\\230\\200\\t\\"q\\"\\\\.txt"',
        'index 1111111..2222222 100644',
        '--- "a/caf\\303\\251 \\360\\237\\230\\200\\t\\"q\\"\\\\.txt"\t',
        '+++ "b/caf\\303\\251 \\360\\237\\230\\200\\t\\"q\\"\\\\.txt"\t',
        '@@ -1 +1 @@',
        '-a',
        '+b'
      )
    )
    expect(file.path).toBe('café 😀\t"q"\\.txt')
  })

  it('reads names with spaces up to the tab git adds after them', () => {
    const file = only(
      diff(
        'diff --git a/my file.txt b/my file.txt',
        'index 1111111..2222222 100644',
        '--- a/my file.txt\t',
        '+++ b/my file.txt\t',
        '@@ -1 +1 @@',
        '-a',
        '+b'
      )
    )
    expect(file.path).toBe('my file.txt')
  })

  it('reads the name of a mode-only change with spaces from the diff --git line', () => {
    const file = only(
      diff('diff --git a/run it now.sh b/run it now.sh', 'old mode 100644', 'new mode 100755')
    )
    expect(file).toMatchObject({
      path: 'run it now.sh',
      status: 'modified',
      oldMode: '100644',
      newMode: '100755',
      hunks: []
    })
  })

  it('reads a quoted name next to an unquoted one', () => {
    const file = only(
      diff(
        'diff --git a/plain.txt "b/caf\\303\\251.txt"',
        'similarity index 100%',
        'rename from plain.txt',
        'rename to "caf\\303\\251.txt"'
      )
    )
    expect(file).toMatchObject({ path: 'café.txt', oldPath: 'plain.txt', status: 'renamed' })
  })

  it('drops timestamps from plain diff -u headers', () => {
    const file = only(
      diff(
        '--- a/src/x.c\t2024-01-02 03:04:05.000000000 +0000',
        '+++ b/src/x.c\t2024-01-02 03:04:06.000000000 +0000',
        '@@ -1 +1 @@',
        '-a',
        '+b'
      )
    )
    expect(file).toMatchObject({ path: 'src/x.c', oldPath: 'src/x.c', status: 'modified' })
  })
})

describe('normalizeDiff, file kinds', () => {
  it('reads a pure rename, a pure copy, a mode change and empty files without hunks', () => {
    const { files, problems } = normalizeDiff(
      diff(
        'diff --git a/old name.ts b/new name.ts',
        'similarity index 100%',
        'rename from old name.ts',
        'rename to new name.ts',
        'diff --git a/a.ts b/a copy.ts',
        'similarity index 100%',
        'copy from a.ts',
        'copy to a copy.ts',
        'diff --git a/run.sh b/run.sh',
        'old mode 100644',
        'new mode 100755',
        'diff --git a/empty b/empty',
        'new file mode 100644',
        'index 0000000..e69de29',
        'diff --git a/gone b/gone',
        'deleted file mode 100644',
        'index e69de29..0000000'
      )
    )
    expect(problems).toEqual([])
    expect(files.map((f) => [f.status, f.oldPath, f.path, f.similarity])).toEqual([
      ['renamed', 'old name.ts', 'new name.ts', 100],
      ['copied', 'a.ts', 'a copy.ts', 100],
      ['modified', 'run.sh', 'run.sh', null],
      ['added', null, 'empty', null],
      ['deleted', 'gone', 'gone', null]
    ])
    expect(files.map((f) => [f.oldMode, f.newMode])).toEqual([
      [null, null],
      [null, null],
      ['100644', '100755'],
      [null, '100644'],
      ['100644', null]
    ])
  })

  it('reads a rename with changes', () => {
    const file = only(
      diff(
        'diff --git a/src/old.ts b/lib/new.ts',
        'similarity index 88%',
        'rename from src/old.ts',
        'rename to lib/new.ts',
        'index 1111111..2222222 100644',
        '--- a/src/old.ts',
        '+++ b/lib/new.ts',
        '@@ -1,2 +1,2 @@',
        ' keep',
        '-old',
        '+new'
      )
    )
    expect(file).toMatchObject({
      path: 'lib/new.ts',
      oldPath: 'src/old.ts',
      status: 'renamed',
      similarity: 88,
      additions: 1,
      deletions: 1
    })
  })

  it('marks both forms of binary change', () => {
    const { files, problems } = normalizeDiff(
      diff(
        'diff --git a/logo.png b/logo.png',
        'index 1111111..2222222 100644',
        'Binary files a/logo.png and b/logo.png differ',
        'diff --git a/font.woff b/font.woff',
        'new file mode 100644',
        'index 0000000..3333333',
        'GIT binary patch',
        'literal 12',
        'TcmZQzU|?imU|?i$00IC20RR91',
        '',
        'literal 0',
        'HcmV?d00001',
        ''
      )
    )
    expect(problems).toEqual([])
    expect(files.map((f) => [f.path, f.status, f.binary, f.hunks.length])).toEqual([
      ['logo.png', 'modified', true, 0],
      ['font.woff', 'added', true, 0]
    ])
  })

  it('reads added and deleted files from /dev/null sides', () => {
    const { files } = normalizeDiff(
      diff(
        'diff --git a/new.ts b/new.ts',
        'new file mode 100644',
        'index 0000000..1111111',
        '--- /dev/null',
        '+++ b/new.ts',
        '@@ -0,0 +1,2 @@',
        '+one',
        '+two',
        'diff --git a/old.ts b/old.ts',
        'deleted file mode 100755',
        'index 1111111..0000000',
        '--- a/old.ts',
        '+++ /dev/null',
        '@@ -1 +0,0 @@',
        '-gone'
      )
    )
    expect(files.map((f) => [f.path, f.oldPath, f.status, f.additions, f.deletions])).toEqual([
      ['new.ts', null, 'added', 2, 0],
      ['old.ts', 'old.ts', 'deleted', 0, 1]
    ])
    expect(kinds(files[0]!)).toBe('a_:1:one a_:2:two')
    expect(kinds(files[1]!)).toBe('d1:_:gone')
    expect(files[1]!.oldMode).toBe('100755')
  })

  it('reports a combined diff of a merge as not read', () => {
    const { files, problems } = normalizeDiff(
      diff(
        'diff --cc merged.ts',
        'index 1111111,2222222..3333333',
        '--- a/merged.ts',
        '+++ b/merged.ts',
        '@@@ -1,1 -1,1 +1,1 @@@',
        '--- a',
        '+++ b'
      )
    )
    expect(files.map((f) => f.path)).toEqual(['merged.ts'])
    expect(problems).toEqual([
      'merged.ts: a combined diff of a merge ("diff --cc") is not read, so its changes are not counted; diff the merge against one parent'
    ])
  })
})

describe('normalizeDiff, lines', () => {
  it('numbers lines exactly across hunks and reads the section text', () => {
    const file = only(
      diff(
        'diff --git a/x.ts b/x.ts',
        'index 1111111..2222222 100644',
        '--- a/x.ts',
        '+++ b/x.ts',
        '@@ -2,3 +2,4 @@ function first() {',
        ' b',
        '-c',
        '+C',
        '+C2',
        ' d',
        '@@ -20 +21 @@',
        '-t',
        '+T'
      )
    )
    expect(
      file.hunks.map((h) => [h.oldStart, h.oldLines, h.newStart, h.newLines, h.section])
    ).toEqual([
      [2, 3, 2, 4, 'function first() {'],
      [20, 1, 21, 1, '']
    ])
    expect(kinds(file)).toBe('c2:2:b d3:_:c a_:3:C a_:4:C2 c4:5:d d20:_:t a_:21:T')
    expect([file.additions, file.deletions]).toEqual([3, 2])
  })

  it('strips the CR of CRLF lines and marks them', () => {
    const file = only(
      diff(
        'diff --git a/w.txt b/w.txt',
        'index 1111111..2222222 100644',
        '--- a/w.txt',
        '+++ b/w.txt',
        '@@ -1,3 +1,3 @@',
        ' a\r',
        '-b\r',
        '+c',
        ' \r'
      )
    )
    expect(lines(file).map((l) => [l.kind, l.content, l.crlf])).toEqual([
      ['context', 'a', true],
      ['del', 'b', true],
      ['add', 'c', false],
      ['context', '', true]
    ])
  })

  it('sets noNewlineAtEof on the line before the marker and never counts the marker', () => {
    const file = only(
      diff(
        'diff --git a/n.txt b/n.txt',
        'index 1111111..2222222 100644',
        '--- a/n.txt',
        '+++ b/n.txt',
        '@@ -1,2 +1,2 @@',
        ' a',
        '-b',
        '\\ No newline at end of file',
        '+c',
        '\\ No newline at end of file'
      )
    )
    expect(lines(file).map((l) => [l.kind, l.content, l.noNewlineAtEof])).toEqual([
      ['context', 'a', false],
      ['del', 'b', true],
      ['add', 'c', true]
    ])
    expect([file.additions, file.deletions]).toEqual([1, 1])
  })

  it('reads an empty line in a hunk as a context line that lost its space', () => {
    const file = only(
      diff(
        'diff --git a/e.txt b/e.txt',
        'index 1111111..2222222 100644',
        '--- a/e.txt',
        '+++ b/e.txt',
        '@@ -1,3 +1,3 @@',
        ' a',
        '',
        '-b',
        '+c'
      )
    )
    expect(kinds(file)).toBe('c1:1:a c2:2: d3:_:b a_:3:c')
  })

  it('reads hunk lines that look like file headers as lines', () => {
    const file = only(
      diff(
        'diff --git a/m.md b/m.md',
        'index 1111111..2222222 100644',
        '--- a/m.md',
        '+++ b/m.md',
        '@@ -1,2 +1,2 @@',
        '--- a/old',
        '+++ b/new',
        ' diff --git x y'
      )
    )
    expect(kinds(file)).toBe('d1:_:-- a/old a_:1:++ b/new c2:2:diff --git x y')
  })
})

describe('normalizeDiff, damaged diffs', () => {
  it('names a hunk cut short at the end of the text', () => {
    const { files, problems } = normalizeDiff(
      diff(
        'diff --git a/src/a.ts b/src/a.ts',
        'index 1111111..2222222 100644',
        '--- a/src/a.ts',
        '+++ b/src/a.ts',
        '@@ -10,7 +10,9 @@',
        ' a',
        '+b',
        '+c',
        ' d'
      )
    )
    expect(problems).toEqual([
      'src/a.ts: hunk @@ -10,7 +10,9 @@ ends after 4 of 9 new lines: the diff is truncated'
    ])
    expect(kinds(files[0]!)).toBe('c10:10:a a_:11:b a_:12:c c11:13:d')
  })

  it('does not let a short hunk swallow the next file', () => {
    const { files, problems } = normalizeDiff(
      diff(
        'diff --git a/one.ts b/one.ts',
        'index 1111111..2222222 100644',
        '--- a/one.ts',
        '+++ b/one.ts',
        '@@ -1,5 +1,5 @@',
        '-a',
        '+b',
        'diff --git a/two.ts b/two.ts',
        'index 3333333..4444444 100644',
        '--- a/two.ts',
        '+++ b/two.ts',
        '@@ -1 +1 @@',
        '-x',
        '+y'
      )
    )
    expect(files.map((f) => [f.path, kinds(f)])).toEqual([
      ['one.ts', 'd1:_:a a_:1:b'],
      ['two.ts', 'd1:_:x a_:1:y']
    ])
    expect(problems).toEqual([
      'one.ts: hunk @@ -1,5 +1,5 @@ ends after 1 of 5 new lines: the diff is truncated'
    ])
  })

  it('does not let a short hunk swallow the next hunk', () => {
    const { files, problems } = normalizeDiff(
      diff(
        'diff --git a/one.ts b/one.ts',
        'index 1111111..2222222 100644',
        '--- a/one.ts',
        '+++ b/one.ts',
        '@@ -1,3 +1,3 @@',
        '-a',
        '+b',
        '@@ -9 +9 @@',
        '-x',
        '+y'
      )
    )
    expect(kinds(files[0]!)).toBe('d1:_:a a_:1:b d9:_:x a_:9:y')
    expect(problems).toEqual([
      'one.ts: hunk @@ -1,3 +1,3 @@ ends after 1 of 3 new lines: the diff is truncated'
    ])
  })

  it('reports lines a hunk header does not count, and leaves them out', () => {
    const { files, problems } = normalizeDiff(
      diff(
        'diff --git a/one.ts b/one.ts',
        'index 1111111..2222222 100644',
        '--- a/one.ts',
        '+++ b/one.ts',
        '@@ -1 +1,2 @@',
        '-a',
        '-extra',
        '+b',
        '+c'
      )
    )
    expect(kinds(files[0]!)).toBe('d1:_:a a_:1:b a_:2:c')
    expect(problems).toEqual([
      'one.ts: hunk @@ -1,1 +1,2 @@ has lines that its header does not count: the diff is malformed'
    ])
  })

  it('reports a no-newline marker with no line before it instead of crashing parse-diff', () => {
    const { files, problems } = normalizeDiff(
      diff(
        'diff --git a/one.ts b/one.ts',
        'index 1111111..2222222 100644',
        '--- a/one.ts',
        '+++ b/one.ts',
        '@@ -1 +1 @@',
        '\\ No newline at end of file',
        '-a',
        '+b'
      )
    )
    expect(files.map((f) => f.path)).toEqual(['one.ts'])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^one\.ts: parse-diff could not read its hunks \(.+\): the diff is malformed$/
    )
  })

  it('reports headers cut short before their hunks', () => {
    const cases = [
      ['diff --git a/x b/x', 'index 1111111..2222222 100644'],
      ['diff --git a/x b/x', 'index 1111111..2222222 100644', '--- a/x', '+++ b/x'],
      ['diff --git a/x b/x', 'new file mode 100644'],
      ['diff --git a/x b/x', 'new file mode 100644', 'index 0000000..2222222'],
      ['diff --git a/x b/x', 'deleted file mode 100644'],
      ['diff --git a/x b/x', 'old mode 100644'],
      ['diff --git a/x b/y', 'similarity index 90%', 'rename from x', 'rename to y'],
      ['diff --git a/x b/x', 'old mode 100644', 'new mode 100755', 'index 1111111..2222222']
    ]
    for (const header of cases) {
      const { files, problems } = normalizeDiff(diff(...header))
      expect(files).toHaveLength(1)
      expect(problems).toEqual([
        `${files[0]!.path}: its header is not followed by any change: the diff is truncated`
      ])
    }
  })

  it('reports hunks that come without any file header', () => {
    const { files, problems } = normalizeDiff(diff('@@ -1 +1 @@', '-a', '+b'))
    expect(files).toEqual([])
    expect(problems).toEqual([
      'line 1: a changed file whose name cannot be read from its header: its changes are not counted; pass the unedited output of "git diff"'
    ])
  })

  it('reads a plain diff of several files without diff lines', () => {
    const { files, problems } = normalizeDiff(
      diff(
        '--- a/one.txt',
        '+++ b/one.txt',
        '@@ -1 +1 @@',
        '-a',
        '+b',
        '--- a/two.txt',
        '+++ b/two.txt',
        '@@ -1 +1,2 @@',
        ' x',
        '+y'
      )
    )
    expect(problems).toEqual([])
    expect(files.map((f) => [f.path, kinds(f)])).toEqual([
      ['one.txt', 'd1:_:a a_:1:b'],
      ['two.txt', 'c1:1:x a_:2:y']
    ])
  })
})
