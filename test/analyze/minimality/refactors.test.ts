import { describe, expect, it } from '@jest/globals'
import { findingsOf, kindsOf, only } from './diff-of.js'

describe('import-reorder', () => {
  it('finds sorted and regrouped imports in JavaScript, Python, Go and Java', () => {
    const js = {
      path: 'a.ts',
      before: "import b from 'b'\nimport a from 'a'\n\nuse(a, b)\n",
      after: "import a from 'a'\n\nimport b from 'b'\n\nuse(a, b)\n"
    }
    const py = {
      path: 'a.py',
      before: 'import sys\nimport os\n\nos.exit(sys)\n',
      after: 'import os\nimport sys\n\nos.exit(sys)\n'
    }
    const go = {
      path: 'a.go',
      before: 'package a\n\nimport "sync"\nimport "fmt"\n',
      after: 'package a\n\nimport (\n\t"fmt"\n\t"sync"\n)\n'
    }
    const java = {
      path: 'A.java',
      before: 'import java.util.Map;\nimport java.io.File;\n\nclass A {}\n',
      after: 'import java.io.File;\nimport java.util.Map;\n\nclass A {}\n'
    }
    expect(kindsOf([js, py, go, java])).toEqual([
      'import-reorder A.java',
      'import-reorder a.go',
      'import-reorder a.py',
      'import-reorder a.ts'
    ])
  })

  it('finds specifiers sorted inside one statement', () => {
    const before = "import { b, a } from './x'\nf(a, b)\n"
    const after = "import { a, b } from './x'\nf(a, b)\n"
    expect(kindsOf([{ path: 's.ts', before, after }])).toEqual(only('import-reorder', 's.ts'))
  })

  it('keeps a newly added import essential and a quote-only change as layout', () => {
    const added = {
      path: 'n.ts',
      before: "import a from 'a'\nf(a)\n",
      after: "import a from 'a'\nimport b from 'b'\nf(a, b)\n"
    }
    const quoted = {
      path: 'q.ts',
      before: "import a from 'a'\nf(a)\n",
      after: 'import a from "a"\nf(a)\n'
    }
    expect(kindsOf([added, quoted])).toEqual(only('format-only', 'q.ts'))
  })
})

describe('rename-symbol', () => {
  it('finds a consistent rename with its declaration, across files', () => {
    const def = {
      path: 'src/p.ts',
      before: 'export function calcTotal(x: number) {\n  return x * 2\n}\n',
      after: 'export function computeTotal(x: number) {\n  return x * 2\n}\n'
    }
    const use = {
      path: 'src/q.ts',
      before: "import { calcTotal } from './p'\nexport const t = calcTotal(4)\n",
      after: "import { computeTotal } from './p'\nexport const t = computeTotal(4)\n"
    }
    const findings = findingsOf([def, use])
    expect(findings.map((f) => [f.rule, f.path, f.evidence?.from, f.evidence?.to])).toEqual([
      ['rename-symbol', 'src/p.ts', 'calcTotal', 'computeTotal'],
      ['rename-symbol', 'src/q.ts', 'calcTotal', 'computeTotal']
    ])
    expect(findings[1].evidence).toMatchObject({ occurrences: 2, totalOccurrences: 3, files: 2 })
  })

  it('finds renames in Python, Go and Java', () => {
    const py = {
      path: 't.py',
      before: 'def f(per_second):\n    return 1.0 / per_second\n',
      after: 'def f(rate):\n    return 1.0 / rate\n'
    }
    const go = {
      path: 'b.go',
      before: 'func B() int {\n\td := 2\n\treturn d * d\n}\n',
      after: 'func B() int {\n\tdelay := 2\n\treturn delay * delay\n}\n'
    }
    const java = {
      path: 'A.java',
      before: 'class A {\n  private long cents;\n  long get() { return cents; }\n}\n',
      after: 'class A {\n  private long balance;\n  long get() { return balance; }\n}\n'
    }
    expect(kindsOf([py, go, java])).toEqual([
      'rename-symbol A.java',
      'rename-symbol b.go',
      'rename-symbol t.py'
    ])
  })

  it('does not call a changed reference a rename', () => {
    const once = {
      path: 'w.ts',
      before: 'const a = Math.max(r.start, v.top)\nconst b = a + v.top\n',
      after: 'const a = Math.max(r.start, v.offset)\nconst b = a + v.top\n'
    }
    const undeclared = {
      path: 's.ts',
      before: 'const t = fmt(slot.start)\nconst u = slot.start > now\n',
      after: 'const t = fmt(slot.end)\nconst u = slot.end > now\n'
    }
    const widened = {
      path: 'c.go',
      before: 'type C struct {\n\tn int\n}\n\nfunc (c *C) V() int {\n\treturn c.n\n}\n',
      after: 'type C struct {\n\tn int64\n}\n\nfunc (c *C) V() int64 {\n\treturn c.n\n}\n'
    }
    expect(kindsOf([once, undeclared, widened])).toEqual([])
  })
})

describe('moved-code', () => {
  const body =
    'export function truncate(text: string, max: number) {\n  if (text.length <= max) return text\n  const cut = text.slice(0, max - 1)\n  return cut + "..."\n}\n'

  it('finds a function moved to another file, with where it came from', () => {
    const [finding] = findingsOf([
      {
        path: 'src/utils.ts',
        before: `export const a = 1\n\n${body}`,
        after: 'export const a = 1\n'
      },
      { path: 'src/text.ts', after: body }
    ])
    expect(finding).toMatchObject({
      rule: 'moved-code',
      path: 'src/text.ts',
      line: 1,
      endLine: 5,
      evidence: {
        from: { path: 'src/utils.ts', line: 3 },
        to: { path: 'src/text.ts', line: 1 },
        lines: 5
      }
    })
  })

  it('finds a Python method moved out of its class into a module function, re-indented', () => {
    const method =
      '    def load(self, key):\n        row = self.db.get(key)\n        if row is None:\n            raise KeyError(key)\n        return row\n'
    const before = `class S:\n    db = None\n\n${method}`
    const moved = method
      .replace(/^ {4}/gm, '')
      .replace('self, key', 'db, key')
      .replace('self.db', 'db')
    const findings = findingsOf([
      { path: 'store.py', before, after: 'class S:\n    db = None\n' },
      { path: 'rows.py', after: moved }
    ])
    expect(findings.map((f) => [f.rule, f.path, f.evidence?.lines])).toEqual([
      ['moved-code', 'rows.py', 3]
    ])
  })

  it('does not call reordered statements, swapped lines or a wrapped block a move', () => {
    const reorder = {
      path: 'r.ts',
      before: 'function f() {\n  a(1)\n  b(2)\n  c(3)\n  check(x)\n  d(4)\n}\n',
      after: 'function f() {\n  check(x)\n  a(1)\n  b(2)\n  c(3)\n  d(4)\n}\n'
    }
    const swap = { path: 's.js', before: 'a.one()\nb.two()\n', after: 'b.two()\na.one()\n' }
    const wrap = {
      path: 'w.js',
      before: 'f()\nconst k = key(a)\nawait put(k, b)\nawait log(k)\n',
      after: 'f()\nif (ok) {\n  const k = key(a)\n  await put(k, b)\n  await log(k)\n}\n'
    }
    expect(kindsOf([reorder, swap, wrap])).toEqual([])
  })

  it('ignores blocks below the minimum size', () => {
    const before = 'function a() {\n  return 1\n}\nfunction b() {\n  return 2\n}\n'
    const after = 'function b() {\n  return 2\n}\nfunction a() {\n  return 1\n}\n'
    expect(kindsOf([{ path: 'm.ts', before, after }])).toEqual([])
    expect(
      kindsOf([{ path: 'm.ts', before, after }], {
        config: { minimality: { warn_below: 80, block_below: 50, min_moved_lines: 1 } }
      })
    ).toEqual(only('moved-code', 'm.ts'))
  })
})

describe('comment-only', () => {
  it('finds rewritten doc comments and docstrings', () => {
    const ts = {
      path: 'p.ts',
      before: '/** Pages. */\nexport const p = 1\n',
      after: '/**\n * Splits items into pages of `size`.\n */\nexport const p = 1\n'
    }
    const py = {
      path: 'r.py',
      before: 'def r():\n    """Retry."""\n    return 1\n',
      after:
        'def r():\n    """Retry until the call succeeds.\n\n    Waits between attempts.\n    """\n    return 1\n'
    }
    const go = {
      path: 's.go',
      before: '// Sum adds.\nfunc Sum() {}\n',
      after: '// Sum returns the total.\nfunc Sum() {}\n'
    }
    expect(kindsOf([ts, py, go])).toEqual([
      'comment-only p.ts',
      'comment-only r.py',
      'comment-only s.go'
    ])
  })

  it('keeps a comment updated next to the fix it explains as part of the fix', () => {
    const before = 'function f() {\n  // up to 3 tries\n  if (n >= 3) stop()\n}\n'
    const after = 'function f() {\n  // up to 5 tries\n  if (n >= 5) stop()\n}\n'
    expect(kindsOf([{ path: 'f.ts', before, after }])).toEqual([])
  })
})

describe('file-rename', () => {
  it('reports a pure rename with its similarity and counts it as one line', () => {
    const [finding] = findingsOf([
      { path: 'src/b.ts', from: 'src/a.ts', before: 'x\n', after: 'x\n' }
    ])
    expect(finding).toMatchObject({
      rule: 'file-rename',
      path: 'src/b.ts',
      lines: 1,
      evidence: { from: 'src/a.ts', to: 'src/b.ts', similarity: 100 }
    })
  })

  it('infers a rename from a delete and an add of mostly the same content', () => {
    const content =
      'package money\n\nfunc Parse(s string) int {\n\tn := len(s)\n\treturn n * 2\n}\n\n' +
      'func Sum(v []int) int {\n\ttotal := 0\n\tfor _, x := range v {\n\t\ttotal += x\n\t}\n\treturn total\n}\n'
    const findings = findingsOf([
      { path: 'old/m.go', before: content },
      { path: 'new/m.go', after: content.replace('* 2', '* 3') }
    ])
    expect(findings.map((f) => [f.rule, f.path, f.evidence?.inferred])).toEqual([
      ['file-rename', 'new/m.go', true]
    ])
  })

  it('attributes a moved file’s package line to the rename', () => {
    const [finding] = findingsOf([
      {
        path: 'b/S.java',
        from: 'a/S.java',
        before: 'package a;\n\nclass S {}\n',
        after: 'package b;\n\nclass S {}\n'
      }
    ])
    expect(finding).toMatchObject({ rule: 'file-rename', lines: 3 })
  })
})

describe('comment-only beside a behavioural change', () => {
  it('takes comments added or edited next to changed code as part of the change', () => {
    const before = [
      'function save(dir) {',
      '  mkdir(dir)',
      '  // set the mode on the directory',
      '  for (const f of files) {',
      '    chmod(dir)',
      '  }',
      '}',
      ''
    ].join('\n')
    const after = [
      '// save writes the files; the mode is set only on a directory it created.',
      'function save(dir) {',
      '  mkdir(dir)',
      '  // set the mode on a directory created here',
      '  for (const f of files) {',
      '    if (created(dir)) chmod(dir)',
      '  }',
      '}',
      ''
    ].join('\n')
    expect(kindsOf([{ path: 's.ts', before, after }])).toEqual([])
  })

  it('still reports a comment rewrite in a file whose code did not change', () => {
    const before = 'function a() {\n  // old words\n  return 1\n}\n'
    const after = 'function a() {\n  // new words\n  return 1\n}\n'
    expect(kindsOf([{ path: 'c.ts', before, after }])).toEqual(only('comment-only', 'c.ts'))
  })
})
