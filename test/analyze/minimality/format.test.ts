import { describe, expect, it } from '@jest/globals'
import { findingsOf, kindsOf, only } from './diff-of.js'

describe('format-only', () => {
  it('finds a Prettier run: quotes, semicolons, trailing commas, wrapping', () => {
    const before = "export function f(a, b) {\n  return g(a, 'b', { x: 1, y: 2 });\n}\n"
    const after =
      'export function f(a, b) {\n  return g(\n    a,\n    "b",\n    { x: 1, y: 2 },\n  )\n}\n'
    expect(kindsOf([{ path: 'src/f.ts', before, after }])).toEqual(only('format-only', 'src/f.ts'))
  })

  it('treats redundant parentheses and arrow parameter parentheses as layout', () => {
    const before = 'const v = (a && b)\nconst h = (x) => x + 1\nconst j = <div>{v}</div>\n'
    const after = 'const v = a && b\nconst h = x => x + 1\nconst j = (\n  <div>{v}</div>\n)\n'
    expect(kindsOf([{ path: 'src/v.jsx', before, after }])).toEqual(
      only('format-only', 'src/v.jsx')
    )
  })

  it('does not call a changed operator, literal or keyword layout', () => {
    for (const [before, after] of [
      ['if (a > b) go()\n', 'if (a >= b) go()\n'],
      ["log('a b')\n", "log('ab')\n"],
      ['let x = 1\n', 'const x = 1\n'],
      ['x = (a || b) && c\n', 'x = a || b && c\n']
    ]) {
      expect(kindsOf([{ path: 'src/x.ts', before, after }])).toEqual([])
    }
  })

  it('keeps Python indentation as syntax and Black wrapping as layout', () => {
    const before = "for x in xs:\n    a(x)\nb()\nd = {'k': [1, 2]}\n"
    const dedent = "for x in xs:\n    a(x)\n    b()\nd = {'k': [1, 2]}\n"
    expect(kindsOf([{ path: 'p.py', before, after: dedent }])).toEqual([])
    const wrapped =
      "for x in xs:\n    a(x)\nb()\nd = {\n    'k': [\n        1,\n        2,\n    ],\n}\n"
    expect(kindsOf([{ path: 'p.py', before, after: wrapped }])).toEqual(only('format-only', 'p.py'))
  })

  it('does not turn a Python value into a tuple', () => {
    expect(kindsOf([{ path: 'p.py', before: 'k = (a)\n', after: 'k = (a,)\n' }])).toEqual([])
  })

  it('finds gofmt alignment and Java brace style', () => {
    const go = {
      path: 'x.go',
      before: 'type T struct {\n\tA int\n\tLonger string\n}\n',
      after: 'type T struct {\n\tA      int\n\tLonger string\n}\n'
    }
    const java = {
      path: 'X.java',
      before: 'class X\n{\n  void f()\n  {\n    g();\n  }\n}\n',
      after: 'class X {\n  void f() {\n    g();\n  }\n}\n'
    }
    expect(kindsOf([go, java])).toEqual(['format-only X.java', 'format-only x.go'])
  })

  it('finds re-wrapped prose in text files', () => {
    const before = 'One two three four\nfive six.\n'
    const after = 'One two\nthree four five\nsix.\n'
    expect(kindsOf([{ path: 'README.md', before, after }])).toEqual(
      only('format-only', 'README.md')
    )
  })

  it('reports the layout lines of a mixed hunk and leaves the fix essential', () => {
    const before = "const a = 'x'\nconst b = f(a)\nconst c = 1\nreturn c\n"
    const after = 'const a = "x"\nconst b = f(a)\nconst c = 2\nreturn c\n'
    const [finding] = findingsOf([{ path: 'm.ts', before, after }])
    expect(finding).toMatchObject({
      rule: 'format-only',
      path: 'm.ts',
      line: 1,
      endLine: 1,
      lines: 2
    })
  })

  it('does not call code re-indented under a new condition layout', () => {
    const before = 'function f() {\n  a()\n  b()\n}\n'
    const after = 'function f() {\n  if (ok) {\n    a()\n    b()\n  }\n}\n'
    expect(kindsOf([{ path: 'w.ts', before, after }])).toEqual([])
  })

  it('reads a whole re-indented file as layout even where git aligns braces as context', () => {
    const body = [
      'class Cart {',
      '    constructor(items) {',
      '        this.items = items;',
      '    }',
      '',
      '    total() {',
      '        let sum = 0;',
      '        for (let i = 0; i < this.items.length; i++) {',
      '            sum += this.items[i].price;',
      '        }',
      '        return sum;',
      '    }',
      '',
      '    count() {',
      '        return this.items.length;',
      '    }',
      '}',
      ''
    ].join('\n')
    const reindented = body.replace(/ {4}/g, '  ').replace(/;$/gm, '')
    const layoutOnly = findingsOf([{ path: 'cart.js', before: body, after: reindented }])
    expect(layoutOnly.map((f) => [f.rule, f.lines])).toEqual([['format-only', 24]])
    const withFix = reindented.replace(
      'sum += this.items[i].price',
      'sum += this.items[i].price * this.items[i].qty'
    )
    const [mixed] = findingsOf([{ path: 'cart.js', before: body, after: withFix }])
    // The fixed line (and what git grouped with it) stays essential; the rest is layout.
    expect(mixed.rule).toBe('format-only')
    expect(mixed.lines).toBeGreaterThan(12)
    expect(mixed.lines).toBeLessThanOrEqual(22)
  })
})

describe('format-only across regions', () => {
  // Re-indented, git pairs the old method's `    }` with the new loop's: only the whole hunk,
  // aligned token by token, shows the regions around it to be layout.
  const body = [
    'class Cart {',
    '    total() {',
    '        let sum = 0;',
    '        for (const item of this.items) {',
    '            sum += item.price;',
    '        }',
    '        return sum;',
    '    }',
    '',
    '    count() {',
    '        return this.items.length;',
    '    }',
    '}',
    ''
  ].join('\n')
  const reindented = body.replace(/ {4}/g, '  ').replace(/;$/gm, '')
  const formatLines = (after: string) =>
    findingsOf([{ path: 'cart.js', before: body, after }])
      .filter((f) => f.rule === 'format-only')
      .map((f) => f.lines)

  it('reads a hunk whose regions are each unequal as layout when its tokens all align', () => {
    expect(formatLines(reindented)).toEqual([18])
  })

  it('keeps the region with a name the old side lacks essential, the others layout', () => {
    expect(formatLines(reindented.replace('this.items.length', 'this.items.size'))).toEqual([12])
  })

  it('reads a hunk repeated in other files alike, and one of the same length afresh', () => {
    // `items.weight` against `items.length`: same first line and hunk length, one more edit.
    const edited = reindented.replace('this.items.length', 'this.items.weight')
    const found = findingsOf([
      { path: 'a/cart.js', before: body, after: reindented },
      { path: 'b/cart.js', before: body, after: reindented },
      { path: 'c/cart.js', before: body, after: edited }
    ])
    expect(found.map((f) => [f.rule, f.path, f.lines])).toEqual([
      ['format-only', 'a/cart.js', 18],
      ['format-only', 'b/cart.js', 18],
      ['format-only', 'c/cart.js', 12]
    ])
  })
})

describe('format-only against context lines', () => {
  it('treats a trailing comma added or dropped before an unchanged closer as layout', () => {
    const js = {
      path: 'src/o.ts',
      before: 'const o = {\n  render() {\n    return 1\n  }\n}\n',
      after: 'const o = {\n  render() {\n    return 1\n  },\n}\n'
    }
    const dropped = {
      path: 'src/d.ts',
      before: 'call(\n  first,\n  second,\n)\n',
      after: 'call(\n  first,\n  second\n)\n'
    }
    const py = {
      path: 'r.py',
      before: 'def render(\n    name: str,\n    **context: t.Any\n) -> str:\n    return name\n',
      after: 'def render(\n    name: str,\n    **context: t.Any,\n) -> str:\n    return name\n'
    }
    expect(kindsOf([js, dropped, py])).toEqual([
      'format-only r.py',
      'format-only src/d.ts',
      'format-only src/o.ts'
    ])
  })

  it('keeps a comma that makes a Python tuple, and a new argument, essential', () => {
    const tuple = { path: 't.py', before: 'x = (\n    a\n)\n', after: 'x = (\n    a,\n)\n' }
    const argument = {
      path: 'a.ts',
      before: 'call(\n  first\n)\n',
      after: 'call(\n  first, second\n)\n'
    }
    expect(kindsOf([tuple, argument])).toEqual([])
  })

  it('reads a re-padded Markdown table, list markers and collapsed links as layout', () => {
    const before =
      '# T\n\n* one [WSGI][]\n\n| Name | Value |\n|---|:-:|\n| a | 1 |\n| long name | 22 |\n\nend\n'
    const after =
      '# T\n\n- one [WSGI]\n\n| Name      | Value |\n| --------- | :---: |\n| a         | 1     |\n| long name | 22    |\n\nend\n'
    expect(kindsOf([{ path: 'README.md', before, after }])).toEqual(
      only('format-only', 'README.md')
    )
    const edited = after.replace('| 1     |', '| 2     |')
    const findings = findingsOf([{ path: 'README.md', before, after: edited }])
    expect(findings.map((f) => f.message)).not.toContainEqual(
      expect.stringMatching(/^All .* changed lines/)
    )
  })

  it('keeps a heading underline re-sized with its edited title as part of the edit', () => {
    const before = 'Lifcycle\n--------\n\nText.\n'
    const after = 'Lifecycle\n---------\n\nText.\n'
    expect(kindsOf([{ path: 'docs/a.rst', before, after }])).toEqual([])
  })

  it('reads a Markdown code sample with trailing commas added as layout', () => {
    const before = '```js\nconst App = {\n  data () {\n    return { msg: 1 }\n  }\n}\n```\n'
    const after = '```js\nconst App = {\n  data() {\n    return { msg: 1 }\n  },\n}\n```\n'
    expect(kindsOf([{ path: 'doc.md', before, after }])).toEqual(only('format-only', 'doc.md'))
  })

  it('reads a re-indented YAML sequence with a commented-out block as layout', () => {
    const before =
      'jobs:\n  test:\n    steps:\n    - uses: a\n    # - uses: b\n    #   with:\n    #     x: 1\n    - run: c\n'
    const after =
      'jobs:\n  test:\n    steps:\n      - uses: a\n      # - uses: b\n      #   with:\n      #     x: 1\n      - run: c\n'
    expect(kindsOf([{ path: 'ci.yml', before, after }])).toEqual(only('format-only', 'ci.yml'))
  })
})
