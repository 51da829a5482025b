import { describe, expect, it } from '@jest/globals'
import { findingsOf, kindsOf } from './diff-of.js'

/** `from->to path` of each rename finding, sorted. */
function renamesOf(changes: Parameters<typeof findingsOf>[0]): string[] {
  return findingsOf(changes)
    .filter((f) => f.rule === 'rename-symbol')
    .map((f) => `${String(f.evidence?.from)}->${String(f.evidence?.to)} ${f.path ?? ''}`)
    .sort()
}

describe('rename-symbol as a consistent substitution', () => {
  it('takes the string key and the docstrings naming a Python method with it', () => {
    const before = [
      'class Store:',
      '    def load_all(self):',
      '        """Run load_all once per request."""',
      '        return self.items',
      '',
      'HANDLERS = {"load_all": Store.load_all}',
      'def run(store):',
      '    # load_all is cheap',
      '    return store.load_all()',
      ''
    ].join('\n')
    const after = before.replace(/load_all/g, 'fetch_all')
    const findings = findingsOf([{ path: 'store.py', before, after }])
    expect(findings.map((f) => f.rule)).toEqual(['rename-symbol'])
    expect(findings[0].evidence).toMatchObject({ from: 'load_all', to: 'fetch_all' })
    // Every changed line is the rename: the key, the docstring and the comment too.
    expect(findings[0].lines).toBe(10)
  })

  it('finds a module variable renamed across files without its declaration in the diff', () => {
    const use = (n: number, name: string) => ({
      path: `src/m${n}.ts`,
      before: `import { maxRetries } from './config'\nexport const r${n} = maxRetries + ${n}\n`,
      after: `import { ${name} } from './config'\nexport const r${n} = ${name} + ${n}\n`
    })
    const changes = [1, 2, 3].map((n) => use(n, 'retryLimit'))
    const [first] = findingsOf(changes)
    // What was renamed and where reads in the message every format shows.
    // The change is only this rename, so the message also says what the PR is.
    expect(first.message).toBe(
      'Renamed `maxRetries` → `retryLimit`: 2 occurrences here, 6 in 3 files (src/m1.ts, src/m2.ts, src/m3.ts). This is a symbol-rename-only PR: that is its task.'
    )
    expect(first.evidence).toMatchObject({ paths: ['src/m1.ts', 'src/m2.ts', 'src/m3.ts'] })
    expect(renamesOf(changes)).toEqual([
      'maxRetries->retryLimit src/m1.ts',
      'maxRetries->retryLimit src/m2.ts',
      'maxRetries->retryLimit src/m3.ts'
    ])
  })

  it('finds a Go field renamed where gofmt re-aligned its neighbours', () => {
    const before =
      'type Conf struct {\n\tName string\n\tTO   int\n\tPort int\n}\n\nfunc (c Conf) Wait() int {\n\treturn c.TO * 2\n}\n'
    const after =
      'type Conf struct {\n\tName    string\n\tTimeout int\n\tPort    int\n}\n\nfunc (c Conf) Wait() int {\n\treturn c.Timeout * 2\n}\n'
    expect(kindsOf([{ path: 'conf.go', before, after }])).toEqual(['rename-symbol conf.go'])
  })

  it('finds a public function renamed to a private one with a wrapper left behind', () => {
    const before = [
      'def parse(text):',
      '    return text.split()',
      '',
      'def main(argv):',
      '    return parse(argv[1])',
      ''
    ].join('\n')
    const after = [
      'def _parse(text):',
      '    return text.split()',
      '',
      'def parse(text):',
      '    warnings.warn("parse is deprecated", DeprecationWarning)',
      '    return _parse(text)',
      '',
      'def main(argv):',
      '    return _parse(argv[1])',
      ''
    ].join('\n')
    const findings = findingsOf([{ path: 'p.py', before, after }])
    const rename = findings.find((f) => f.rule === 'rename-symbol')
    expect(rename?.evidence).toMatchObject({
      from: 'parse',
      to: '_parse',
      wrapper: { path: 'p.py', line: 4 }
    })
    expect(rename?.message).toContain('kept as a wrapper at p.py:4')
  })

  it('finds an npm scope renamed across package.json files, imports and READMEs', () => {
    const pkg = (name: string, scope: string) => ({
      path: `packages/${name}/package.json`,
      before: `{\n  "name": "@acme/${name}",\n  "version": "1.0.0"\n}\n`,
      after: `{\n  "name": "@${scope}/${name}",\n  "version": "1.0.0"\n}\n`
    })
    const code = {
      path: 'packages/cli/src/main.ts',
      before: "import { run } from '@acme/core'\nimport { log } from '@acme/util'\nrun(log)\n",
      after: "import { run } from '@nova/core'\nimport { log } from '@nova/util'\nrun(log)\n"
    }
    const readme = {
      path: 'packages/core/README.md',
      before: '# Core\n\nInstall with `npm i @acme/core`.\n',
      after: '# Core\n\nInstall with `npm i @nova/core`.\n'
    }
    const changes = [pkg('core', 'nova'), pkg('util', 'nova'), code, readme]
    expect(renamesOf(changes)).toEqual([
      'acme->nova packages/cli/src/main.ts',
      'acme->nova packages/core/README.md',
      'acme->nova packages/core/package.json',
      'acme->nova packages/util/package.json'
    ])
  })

  it('finds renames in Ruby, in a chain, on a prototype and in Rust', () => {
    const rb = {
      path: 'lib/s.rb',
      before: 'def initialize(by, env)\n  @by = by\n  @id = @by.send(:load, env)\nend\n',
      after: 'def initialize(store, env)\n  @store = store\n  @id = @store.send(:load, env)\nend\n'
    }
    const chain = {
      path: 'lib/h.rb',
      before: 'def set_header(h)\n  h\nend\ndef set_headers\n  set_header(h)\nend\nset_headers\n',
      after: 'def set_headers(h)\n  h\nend\ndef apply_rules\n  set_headers(h)\nend\napply_rules\n'
    }
    const js = {
      path: 'lib/router.js',
      before: 'Router.prototype.matchReq = function (req) {\n  return req\n}\nr.matchReq(a)\n',
      after:
        'Router.prototype.matchRequest = function (req) {\n  return req\n}\nr.matchRequest(a)\n'
    }
    const rs = {
      path: 'src/dir.rs',
      before: 'fn should_ignore(&self) -> bool {\n    true\n}\nif self.0.opts.should_ignore() {}\n',
      after: 'fn has_rules(&self) -> bool {\n    true\n}\nif self.0.opts.has_rules() {}\n'
    }
    expect(renamesOf([rb, chain, js, rs])).toEqual([
      'by->store lib/s.rb',
      'matchReq->matchRequest lib/router.js',
      'set_header->set_headers lib/h.rb',
      'set_headers->apply_rules lib/h.rb',
      'should_ignore->has_rules src/dir.rs'
    ])
  })

  it('tells a renamed field from the type of the same name', () => {
    const before =
      'type Context struct {\n\tEngine *Engine\n}\n\nfunc (c *Context) R() {\n\tc.Engine.Run()\n\tuse(c.Engine)\n}\n'
    const after =
      'type Context struct {\n\tengine *Engine\n}\n\nfunc (c *Context) R() {\n\tc.engine.Run()\n\tuse(c.engine)\n}\n'
    expect(renamesOf([{ path: 'context.go', before, after }])).toEqual([
      'Engine->engine context.go'
    ])
  })

  it('does not call two swapped declarations a pair of renames', () => {
    const before =
      'function alpha() {\n  return 1\n}\nfunction beta() {\n  return 2\n}\nalpha()\nbeta()\n'
    const after =
      'function beta() {\n  return 1\n}\nfunction alpha() {\n  return 2\n}\nbeta()\nalpha()\n'
    expect(renamesOf([{ path: 'swap.ts', before, after }])).toEqual([])
  })

  it('does not call one API swapped for another in a single file a rename', () => {
    const before = 'log.warn(a)\nlog.warn(b)\nlog.warn(c)\n'
    const after = 'log.error(a)\nlog.error(b)\nlog.error(c)\n'
    expect(kindsOf([{ path: 'w.ts', before, after }])).toEqual([])
  })

  it('does not call a package or member swapped across files a rename', () => {
    const file = (n: number) => ({
      path: `w${n}_test.go`,
      before: `func T${n}() {\n\tvar a bytes.Buffer\n\tvar b bytes.Buffer\n\tuse(a, b)\n}\n`,
      after: `func T${n}() {\n\tvar a strings.Builder\n\tvar b strings.Builder\n\tuse(a, b)\n}\n`
    })
    expect(kindsOf([file(1), file(2)])).toEqual([])
  })

  it('does not call a changed message or a changed string key a rename', () => {
    const before = 'def f(d):\n    d["limit"] = 1\n    return d["limit"]\n'
    const after = 'def f(d):\n    d["quota"] = 1\n    return d["quota"]\n'
    expect(kindsOf([{ path: 'k.py', before, after }])).toEqual([])
  })

  it('finds a local that shadowed the package it was made from, renamed to stop', () => {
    const body = (name: string) =>
      [
        'func TestGet(t *testing.T) {',
        '\turl := "http://" + addr',
        `\t${name} := http.Client{Timeout: time.Second}`,
        '\tcheck(t)',
        `\tres, err := ${name}.Get(url)`,
        '\tuse(res, err)',
        '}',
        ''
      ].join('\n')
    const other = 'func TestPost(t *testing.T) {\n\treq := http.NewRequest("POST")\n\tuse(req)\n}\n'
    const changes = [
      { path: 'get_test.go', before: body('http'), after: body('httpClient') },
      { path: 'post_test.go', before: other, after: other.replace('use(req)', 'use(req, t)') }
    ]
    expect(renamesOf(changes)).toEqual(['http->httpClient get_test.go'])
  })

  it('does not call it a rename when the old name is still used in that file', () => {
    const before = [
      'func TestGet(t *testing.T) {',
      '\thttp := http.Client{}',
      '\tres, _ := http.Get(url)',
      '\tuse(res, http.Head(url))',
      '}',
      ''
    ].join('\n')
    const after = before
      .replace('\thttp := ', '\thttpClient := ')
      .replace('http.Get', 'httpClient.Get')
    expect(renamesOf([{ path: 'get_test.go', before, after }])).toEqual([])
  })
})

describe('comment edits that follow a renamed name', () => {
  const service = (name: string, doc: string[], extra = '') =>
    [
      ...doc,
      `export function ${name}(id: string) {`,
      '  return fetch(`/users/${id}`)',
      '}',
      '',
      'export function load(id: string) {',
      `  return ${name}(id)${extra}`,
      '}',
      '',
      'export function reload(id: string) {',
      `  return ${name}(id)`,
      '}',
      ''
    ].join('\n')

  it('puts a doc comment that only swaps the name (markers and spacing aside) in the rename', () => {
    const before = service('getUser', ['//: Look up  getUser once per request.'])
    const after = service('fetchUser', ['// Look up fetchUser once per request.'])
    expect(kindsOf([{ path: 'users.ts', before, after }])).toEqual(['rename-symbol users.ts'])
  })

  it('keeps a doc comment reworded beyond the name as a comment edit', () => {
    const before = service('getUser', ['/** getUser looks a user up. */'])
    const after = service('fetchUser', ['/** fetchUser fetches a user, uncached. */'])
    expect(kindsOf([{ path: 'users.ts', before, after }])).toEqual([
      'comment-only users.ts',
      'rename-symbol users.ts'
    ])
  })

  it('leaves a comment that swaps names as the behavioural code does with that change', () => {
    // The one call also changes its arguments: no rename, a behavioural change.
    const file = (name: string, args: string) =>
      [
        '/**',
        ' * Loads users.',
        ' *',
        ` * Reads through {@link ${name}}.`,
        ' */',
        ...Array.from({ length: 8 }, (_, k) => `const step${k} = ${k}`),
        'export function load(id: string) {',
        `  return ${name}(${args})`,
        '}',
        ''
      ].join('\n')
    const before = file('getUser', 'id')
    const after = file('fetchUser', 'id, { cache: false }')
    expect(kindsOf([{ path: 'users.ts', before, after }])).toEqual([])
  })
})
