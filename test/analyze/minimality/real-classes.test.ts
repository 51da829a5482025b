import { describe, expect, it } from '@jest/globals'
import { minimalityDetectors } from '../../../src/analyze/minimality/index.js'
import { findingsOf, inputOf, kindsOf } from './diff-of.js'

/** `rule path` of each finding on a hand-written unified diff. */
function kindsOfDiff(text: string): string[] {
  return minimalityDetectors
    .detect(inputOf(text))
    .findings.map((f) => `${f.rule} ${f.path ?? ''}`)
    .sort()
}

describe('import-reorder: what import sorters do besides reordering', () => {
  it('reads the blank lines a sorter adds or drops around the imports as the regroup', () => {
    const before = '"""Tools."""\n\nimport os\nimport sys\n\n\nHOME = os.environ\n'
    const after = '"""Tools."""\nimport os\nimport sys\n\nHOME = os.environ\n'
    expect(kindsOf([{ path: 'tools.py', before, after }])).toEqual(['import-reorder tools.py'])
  })

  it('leaves a blank line away from any import to layout', () => {
    const before = 'import os\n\nHOME = os.environ\n\n\nUSER = os.getlogin()\n'
    const after = 'import os\n\nHOME = os.environ\n\nUSER = os.getlogin()\n'
    expect(kindsOf([{ path: 'tools.py', before, after }])).toEqual(['format-only tools.py'])
  })

  it('matches one from-import split into one statement per name', () => {
    const before = 'from shop.cart import total, Cart\n\n\ndef run():\n    return total(Cart())\n'
    const after =
      'from shop.cart import Cart\nfrom shop.cart import total\n\n\ndef run():\n    return total(Cart())\n'
    expect(kindsOf([{ path: 'run.py', before, after }])).toEqual(['import-reorder run.py'])
  })

  it('does not match a split that also swaps a name', () => {
    const before = 'from shop.cart import total, Cart\n\n\ndef run():\n    return total(Cart())\n'
    const after =
      'from shop.cart import Cart\nfrom shop.cart import subtotal\n\n\ndef run():\n    return total(Cart())\n'
    expect(kindsOf([{ path: 'run.py', before, after }])).not.toContain('import-reorder run.py')
  })

  it('does not call a Go import wrapped into a block to take new imports a regroup', () => {
    const before =
      'package p\n\nimport "strings"\n\nfunc Up(s string) string {\n\treturn strings.ToUpper(s)\n}\n'
    const after =
      'package p\n\nimport (\n\t"strings"\n\t"time"\n)\n\nfunc Up(s string) string {\n\treturn strings.ToUpper(s) + time.Now().String()\n}\n'
    expect(kindsOf([{ path: 'p.go', before, after }])).toEqual([])
  })

  it('reads a Go spec moved within a block whose opening line is outside the hunk', () => {
    const diff = [
      'diff --git a/app.go b/app.go',
      '--- a/app.go',
      '+++ b/app.go',
      '@@ -2,6 +2,7 @@ package app',
      ' ',
      ' import (',
      ' \t"bytes"',
      '+\t"errors"',
      ' \t"flag"',
      ' \t"fmt"',
      ' \t"io"',
      '@@ -12,7 +13,6 @@ import (',
      ' \t"os"',
      ' \t"strings"',
      ' \t"testing"',
      '-"errors"',
      ' )',
      ' ',
      ' func ok() error {',
      ''
    ].join('\n')
    expect(kindsOfDiff(diff)).toEqual(['import-reorder app.go'])
  })

  it('does not read a returned string in a Go function as an import spec', () => {
    const diff = [
      'diff --git a/app.go b/app.go',
      '--- a/app.go',
      '+++ b/app.go',
      '@@ -2,6 +2,7 @@ package app',
      ' ',
      ' import (',
      ' \t"bytes"',
      '+\t"errors"',
      ' \t"flag"',
      ' )',
      ' ',
      '@@ -12,7 +13,6 @@ func name() string {',
      ' \tif ok {',
      ' \t\treturn "a"',
      ' \t}',
      '-\treturn "errors"',
      ' }',
      ' ',
      ' func ok() error {',
      ''
    ].join('\n')
    expect(kindsOfDiff(diff)).not.toContain('import-reorder app.go')
  })
})

describe('comment-only: prose edited, not re-laid-out', () => {
  it('calls spaces removed inside a comment sentence a comment edit', () => {
    const before = '// Set stores a value.\n// It lazily creates  the map.\nfunc Set() {}\n'
    const after = '// Set stores a value.\n// It lazily creates the map.\nfunc Set() {}\n'
    expect(kindsOf([{ path: 'set.go', before, after }])).toEqual(['comment-only set.go'])
  })

  it('keeps a comment only re-indented with its code as layout', () => {
    const before = 'function f() {\n// the total\nreturn 1\n}\n'
    const after = 'function f() {\n  // the total\n  return 1\n}\n'
    expect(kindsOf([{ path: 'f.js', before, after }])).toEqual(['format-only f.js'])
  })

  it('keeps a comment joined to the code around it (a formatter re-wrap) as layout', () => {
    const before = 'const slots = [\n  {\n    /* default */\n  },\n]\n'
    const after = 'const slots = [{ /* default */ }]\n'
    expect(kindsOf([{ path: 's.ts', before, after }])).toEqual(['format-only s.ts'])
  })

  it('reads a paragraph re-wrapped around inserted words as one comment edit', () => {
    const before = [
      '/**',
      ' * Runs the task. If it does not throw, an error is',
      ' * raised describing the mismatch.',
      ' */',
      'export function run() {}',
      ''
    ].join('\n')
    const after = [
      '/**',
      ' * Runs the task. If it does, the result is returned. If it',
      ' * does not throw, an error is raised describing the mismatch.',
      ' */',
      'export function run() {}',
      ''
    ].join('\n')
    expect(kindsOf([{ path: 'run.ts', before, after }])).toEqual(['comment-only run.ts'])
  })
})

describe('rename-symbol and moved-code keep the layout git pairs around them', () => {
  it('takes re-aligned neighbours of a renamed Ruby method even with a blank line between', () => {
    const diff = [
      'diff --git a/lib/request.rb b/lib/request.rb',
      '--- a/lib/request.rb',
      '+++ b/lib/request.rb',
      '@@ -1,7 +1,7 @@',
      ' class Request',
      '-  def body;   @env["input"]          end',
      '-  def method; @env["REQUEST_METHOD"] end',
      '-',
      '-  def get?; method == "GET"  end',
      '-  def put?; method == "PUT"  end',
      '+  def body;           @env["input"]          end',
      '+  def request_method; @env["REQUEST_METHOD"] end',
      '+',
      '+  def get?;           request_method == "GET" end',
      '+  def put?;           request_method == "PUT" end',
      ' end',
      ''
    ].join('\n')
    expect(kindsOfDiff(diff)).toEqual(['rename-symbol lib/request.rb'])
  })

  it('moves the closer git paired with a re-spaced one along with the swapped functions', () => {
    const write = [
      '    fn write_before(&mut self) {',
      '        let text = if self.long {',
      '            self.cmd.long_before()',
      '        } else {',
      '            self.cmd.before()',
      '        };',
      '        self.emit(text);',
      '    }'
    ]
    const spaces = [
      '    fn spaces(&mut self, n: usize) {',
      '        let pad = self.get_spaces(n);',
      '        self.none(pad);',
      '    }'
    ]
    const diff = [
      'diff --git a/help.rs b/help.rs',
      '--- a/help.rs',
      '+++ b/help.rs',
      '@@ -1,19 +1,19 @@',
      ' impl Help {',
      ...spaces.map((line) => `-${line}`),
      ...write.map((line) => `+${line}`),
      ' ',
      '     fn other(&mut self) {',
      '         self.x();',
      '     }',
      ' ',
      ...write.map((line) => `-${line}`),
      ...spaces.map((line) => `+${line}`),
      ' }',
      ''
    ].join('\n')
    // Without the closer, `}` against `};` read as a layout edit beside the move.
    expect(kindsOfDiff(diff)).toEqual(['moved-code help.rs', 'moved-code help.rs'])
  })
})

describe('comment-only leaves what is not a comment edit', () => {
  it('reads a JSDoc type widened with the code as a type change, not a comment edit', () => {
    const before = [
      '/**',
      ' * @param {string} url',
      ' * @param {?object} options',
      ' */',
      'export function build(url, options) {',
      '  const query = serialize(options)',
      '  return url + query',
      '}',
      '',
      'function serialize(options) {',
      '  return options ? "?" + String(options) : ""',
      '}',
      ''
    ].join('\n')
    const after = before
      .replace('{?object}', '{?(object|Function)}')
      .replace(
        'return options ?',
        'if (typeof options === "function") return options()\n  return options ?'
      )
    expect(kindsOf([{ path: 'build.js', before, after }])).toEqual([])
  })

  it('still reports a JSDoc description edited beside its type tag', () => {
    const before =
      '/**\n * @param {object} options the options\n */\nexport function f(options) {}\n'
    const after =
      '/**\n * @param {object} options what to send\n */\nexport function f(options) {}\n'
    expect(kindsOf([{ path: 'f.js', before, after }])).toEqual(['comment-only f.js'])
  })
})

describe('moved-code reads Rust items as declarations', () => {
  it('finds a struct headed by a doc comment and attributes moved within its file', () => {
    const item = [
      '/// Arguments of the complete command',
      '#[derive(clap::Args)]',
      '#[derive(Clone, Debug)]',
      'pub struct CompleteArgs {',
      '    shell: Shell,',
      '    register: Option<PathBuf>,',
      '    words: Vec<OsString>,',
      '}',
      ''
    ]
    const middle = [
      'impl CompleteCommand {',
      '    pub fn complete(&self) -> bool {',
      '        self.run()',
      '    }',
      '',
      '    pub fn register(&self) -> bool {',
      '        self.write()',
      '    }',
      '',
      '    pub fn shell(&self) -> Shell {',
      '        self.detect()',
      '    }',
      '}',
      ''
    ]
    const before = ['use std::path::PathBuf;', '', ...item, ...middle].join('\n')
    const after = ['use std::path::PathBuf;', '', ...middle, ...item].join('\n')
    expect(kindsOf([{ path: 'mod.rs', before, after }])).toEqual(['moved-code mod.rs'])
  })
})

describe('file-rename takes the mentions that follow it', () => {
  it('counts a comment naming the renamed file as part of the rename', () => {
    const body = 'module Sinatra\n  module Params\n  end\nend\n'
    const doc = (name: string) =>
      `# Usage:\n#\n#     require "sinatra/${name}"\n#\nuse Rack::Lint\n\nrun App\n`
    const changes = [
      {
        path: 'lib/sinatra/required_params.rb',
        from: 'lib/sinatra/params.rb',
        before: body,
        after: body
      },
      { path: 'app.rb', before: doc('params'), after: doc('required_params') }
    ]
    expect(kindsOf(changes)).toEqual(['file-rename lib/sinatra/required_params.rb'])
  })

  it('leaves a comment that changes more than the path to comment-only', () => {
    const body = 'x: 1\n'
    const changes = [
      { path: 'docs/reqs.txt', from: 'docs/r.txt', before: body, after: body },
      {
        path: 'mkdocs.yml',
        before: '# pip install -r docs/r.txt\nsite: x\n',
        after: '# then pip install -r docs/reqs.txt\nsite: x\n'
      }
    ]
    expect(kindsOf(changes)).toEqual(['comment-only mkdocs.yml', 'file-rename docs/reqs.txt'])
  })
})

describe('moved-code takes the doc comments git paired across a move', () => {
  it('reads two functions swapped, their first doc lines paired by git, as moves only', () => {
    const fixed = [
      '/// Used by every argument.',
      'pub fn fixed(current: &str) -> Vec<String> {',
      '    let all = vec!["foo", "bar", "baz"];',
      '    all.into_iter().filter(|v| v.starts_with(current)).collect()'
    ]
    const files = [
      '/// Used by path arguments.',
      'pub fn files(current: &str) -> Vec<String> {',
      '    let dir = fs::read_dir(current).unwrap();',
      '    dir.map(|e| e.unwrap().path().display().to_string()).collect()'
    ]
    const a = '/// Lists the fixed candidates that match.'
    const b = '/// Lists the files below the current directory.'
    const diff = [
      'diff --git a/c.rs b/c.rs',
      '--- a/c.rs',
      '+++ b/c.rs',
      '@@ -1,15 +1,15 @@',
      `-${a}`,
      `+${b}`,
      ' ///',
      ...fixed.map((line) => `-${line}`),
      ...files.map((line) => `+${line}`),
      ' }',
      ' ',
      `-${b}`,
      `+${a}`,
      ' ///',
      ...files.map((line) => `-${line}`),
      ...fixed.map((line) => `+${line}`),
      ' }',
      ''
    ].join('\n')
    expect(kindsOfDiff(diff)).toEqual(['moved-code c.rs', 'moved-code c.rs'])
  })
})

describe('generated-churn knows pip-compile output by its annotations', () => {
  it('reads a requirements file whose pins carry `# via` lines as generated', () => {
    const pins = (mypy: string) =>
      `colorama==0.4.6\n    # via tox\nmypy==${mypy}\n    # via -r typing.txt\nzipp==3.18.1\n    # via importlib-metadata\n`
    const findings = findingsOf([
      { path: 'requirements/dev.txt', before: pins('1.10.0'), after: pins('1.10.1') }
    ])
    expect(findings.map((f) => [f.rule, f.evidence?.kind])).toEqual([
      ['generated-churn', 'lockfile']
    ])
  })

  it('leaves a hand-written requirements file to the reviewer', () => {
    const before = 'flask==3.0.0\n# the test runner\npytest==8.0.0\n'
    const after = 'flask==3.0.3\n# the test runner\npytest==8.0.0\n'
    expect(kindsOf([{ path: 'requirements.txt', before, after }])).toEqual([])
  })
})

describe('rename-symbol with the new name already used elsewhere', () => {
  it('finds a declared field renamed to a name another type already has', () => {
    const before = [
      'pub struct Arg {',
      '    pub(crate) blacklist: Vec<Id>,',
      '}',
      '',
      'pub struct Group {',
      '    pub(crate) conflicts: Vec<Id>,',
      '}',
      '',
      'fn gather(arg: &Arg, group: &Group) -> Vec<Id> {',
      '    let mut out = arg.blacklist.clone();',
      '    out.extend(group.conflicts.iter().cloned());',
      '    out.extend(arg.blacklist.iter().cloned());',
      '    out',
      '}',
      ''
    ].join('\n')
    const after = before
      .replace('pub(crate) blacklist', 'pub(crate) conflicts')
      .replaceAll('arg.blacklist', 'arg.conflicts')
    const renames = findingsOf([{ path: 'arg.rs', before, after }]).map((f) => [
      f.rule,
      f.evidence?.from,
      f.evidence?.to
    ])
    expect(renames).toEqual([['rename-symbol', 'blacklist', 'conflicts']])
  })

  it('still reads a use switched to an existing field, with no declaration renamed, as a change', () => {
    const before =
      'fn width(slot: &Slot) -> u32 {\n    let a = slot.start;\n    let b = slot.end;\n    b - slot.start + a\n}\n'
    const after = before.replace('b - slot.start', 'b - slot.end')
    expect(kindsOf([{ path: 'slot.rs', before, after }])).toEqual([])
  })
})

describe('rename-symbol to a name spelled like a contextual keyword', () => {
  it('finds a local renamed to symbol, its declaration in the diff', () => {
    const before = [
      'export function topLevel(state, name) {',
      '  const fn = new TopLevelSymbol(name)',
      '  state.add(fn)',
      '  return fn',
      '}',
      ''
    ].join('\n')
    const after = before.replaceAll('fn', 'symbol')
    const found = findingsOf([{ path: 'graph.js', before, after }]).map((f) => [
      f.rule,
      f.evidence?.from,
      f.evidence?.to
    ])
    expect(found).toEqual([['rename-symbol', 'fn', 'symbol']])
  })

  it('does not read a named type swapped for a primitive across files as a rename', () => {
    const use = (n: number, type: string) => ({
      path: `src/u${n}.ts`,
      before: `export function f${n}(x: Amount): Amount {\n  return x\n}\n`,
      after: `export function f${n}(x: ${type}): ${type} {\n  return x\n}\n`
    })
    const changes = [1, 2, 3].map((n) => use(n, 'number'))
    expect(kindsOf(changes).filter((k) => k.startsWith('rename-symbol'))).toEqual([])
  })
})

describe('comment-only inside a renamed region', () => {
  it('reports a doc comment edited beside lines that only rename', () => {
    const before = [
      'impl Opts {',
      '    /// Whether the search stops at this match count.',
      '    pub fn terminate(&self, match_count: u64) -> bool {',
      '        match_count > 0 && self.first_only',
      '    }',
      '}',
      ''
    ].join('\n')
    const after = before
      .replace('this match count', 'this matching line count')
      .replaceAll('match_count', 'match_line_count')
    expect(kindsOf([{ path: 'opts.rs', before, after }])).toEqual([
      'comment-only opts.rs',
      'rename-symbol opts.rs'
    ])
  })

  it('keeps a comment beside a behavioural change with that change', () => {
    const before = [
      'impl Opts {',
      '    /// Whether the search stops at this match count.',
      '    pub fn terminate(&self, match_count: u64) -> bool {',
      '        match_count > 0 && self.first_only',
      '    }',
      '}',
      ''
    ].join('\n')
    const after = before
      .replace('this match count', 'this matching line count')
      .replace('match_count > 0', 'match_count > 1')
    expect(kindsOf([{ path: 'opts.rs', before, after }])).toEqual([])
  })

  it('reports a one-line docstring grown into a paragraph beside a renamed function', () => {
    const before = [
      'def get_package_path(name):',
      '    """Returns the path to a package."""',
      '    return find(name)',
      '',
      '',
      'def root(app):',
      '    return get_package_path(app.name)',
      ''
    ].join('\n')
    const after = [
      'def get_root_path(name):',
      '    """Returns the path to a package.  This returns the folder',
      '    that holds a module, too.',
      '    """',
      '    return find(name)',
      '',
      '',
      'def root(app):',
      '    return get_root_path(app.name)',
      ''
    ].join('\n')
    expect(kindsOf([{ path: 'helpers.py', before, after }])).toEqual([
      'comment-only helpers.py',
      'rename-symbol helpers.py'
    ])
  })
})

describe('a hunk inside a long docstring', () => {
  it('reads a code example edited deep in a docstring, its quotes out of the hunk, as a comment edit', () => {
    const diff = [
      'diff --git a/app.py b/app.py',
      'index 1111111..2222222 100644',
      '--- a/app.py',
      '+++ b/app.py',
      '@@ -40,7 +40,7 @@ class App:',
      '         proxies used by views point at the request for the created',
      '         environment. ::',
      ' ',
      '-            with request_context(...):',
      '+            with app.request_context(...):',
      '                 generate_report()',
      ' ',
      '         When using the shell it may be easier to push and pop the',
      ''
    ].join('\n')
    expect(kindsOfDiff(diff)).toEqual(['comment-only app.py'])
  })
})

describe('comments that tools obey', () => {
  it('does not call a dropped encoding cookie or a changed lint suppression a comment edit', () => {
    const body = 'import os\n\n\ndef root():\n    return os.getcwd()\n'
    const cookie = kindsOf([
      { path: 'a.py', before: '# -*- coding: utf-8 -*-\n' + body, after: body }
    ])
    expect(cookie).toEqual([])
    const noqa = kindsOf([
      {
        path: 'b.py',
        before: body.replace('import os', 'import os  # noqa: F401'),
        after: body.replace('import os', 'import os  # noqa: E402')
      }
    ])
    expect(noqa).toEqual([])
  })

  it('still calls a prose comment dropped beside the same code a comment edit', () => {
    const body = 'import os\n\n\ndef root():\n    return os.getcwd()\n'
    expect(kindsOf([{ path: 'a.py', before: '# The root helper.\n' + body, after: body }])).toEqual(
      ['comment-only a.py']
    )
  })
})
