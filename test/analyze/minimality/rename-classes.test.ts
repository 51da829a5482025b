import { describe, expect, it } from '@jest/globals'
import { minimalityDetectors } from '../../../src/analyze/minimality/index.js'
import { findingsOf, inputOf } from './diff-of.js'
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

describe('a rename on lines that also change otherwise', () => {
  it('is found from its declaration on a line edited beside the rename', () => {
    const before = [
      'def req(*types)',
      "  p = types.shift if types.first.is_a? String and types.first.start_with? '/'",
      "  get (p || '/'), {}",
      'end',
      ''
    ].join('\n')
    const after = [
      'def req(*types)',
      "  path = types.shift if types.first.is_a?(String) && types.first.start_with?('/')",
      "  get (path || '/'), {}",
      'end',
      ''
    ].join('\n')
    const findings = findingsOf([{ path: 'spec/req_spec.rb', before, after }])
    const rename = findings.find((f) => f.rule === 'rename-symbol')
    expect(rename?.evidence).toMatchObject({ from: 'p', to: 'path', occurrences: 2 })
    // Only the line that does nothing but rename is noise; the edited line stays to review.
    expect(rename?.lines).toBe(2)
  })

  it('is found where a rewritten block uses the renamed local', () => {
    const before = [
      'def parse(params):',
      '    items_to_strip = "\\"\' "',
      '    out = {}',
      '    for param in params:',
      '        if param:',
      '            index = param.find("=")',
      '            if index != -1:',
      '                out[param[:index].strip(items_to_strip)] = param[index + 1 :].strip(items_to_strip)',
      '    return out',
      ''
    ].join('\n')
    const after = [
      'def parse(params):',
      '    strip_chars = "\\"\' "',
      '    out = {}',
      '    for param in params:',
      '        if param and (index := param.find("=")) != -1:',
      '            out[param[:index].strip(strip_chars)] = param[index + 1 :].strip(strip_chars)',
      '    return out',
      ''
    ].join('\n')
    expect(renamed([{ path: 'utils.py', before, after }])).toEqual(['items_to_strip->strip_chars'])
  })

  it('is found when every line of it also changed, its declaration among them', () => {
    const before = [
      'def render(options)',
      '  default_outvar = options.delete(:default_outvar) != false',
      "  options[:outvar] ||= '@_out' if default_outvar",
      'end',
      'def markdown(options)',
      '  options[:default_outvar] = false',
      'end',
      ''
    ].join('\n')
    const after = before
      .replace(
        'default_outvar = options.delete(:default_outvar) != false',
        'exclude_outvar = options.delete(:exclude_outvar)'
      )
      .replace('if default_outvar', 'unless exclude_outvar')
      .replace('options[:default_outvar] = false', 'options[:exclude_outvar] = true')
    const findings = findingsOf([{ path: 'lib/base.rb', before, after }])
    const rename = findings.find((f) => f.rule === 'rename-symbol')
    expect(rename?.evidence).toMatchObject({ from: 'default_outvar', to: 'exclude_outvar' })
    // Every line also changes behaviour: the finding says what was renamed, and claims no line.
    expect(rename?.lines).toBe(0)
  })

  it('is not found from one edited line that swaps a variable', () => {
    const before =
      'function total(order) {\n  const base = order.sum + order.tax\n  return base\n}\n'
    const after =
      'function total(order) {\n  const base = order.sum - order.discount\n  return base\n}\n'
    expect(renamed([{ path: 'total.ts', before, after }])).toEqual([])
  })

  it('is not found when the swapped name is used once and declared nowhere in the diff', () => {
    const before = 'function f(a, b) {\n  return scale(a, LIMIT) + b\n}\n'
    const after = 'function f(a, b) {\n  return scale(a, CEILING) * 2 + b\n}\n'
    expect(renamed([{ path: 'f.ts', before, after }])).toEqual([])
  })
})

describe('a Ruby method renamed away from the parent method it overrode', () => {
  const file = (name: string, body: string) =>
    [
      'class Base',
      '  def public=(value)',
      `    ${name} ':public is deprecated'`,
      '  end',
      '',
      `  def ${name}(message)`,
      `    ${body} message + caller.first`,
      '  end',
      'end',
      ''
    ].join('\n')

  it('is a rename when the old name is left only where super called it', () => {
    const before = file('warn', 'super')
    const after = file('warn_for_deprecation', 'warn')
    expect(renamed([{ path: 'lib/base.rb', before, after }])).toEqual([
      'warn->warn_for_deprecation'
    ])
  })

  it('is no rename when the old name is still called elsewhere', () => {
    const before = file('warn', 'super') + 'Base.new.warn("x")\n'
    const after = file('warn_for_deprecation', 'warn') + 'Base.new.warn("y")\n'
    expect(renamed([{ path: 'lib/base.rb', before, after }])).toEqual([])
  })
})

describe('a Go field renamed together with its type', () => {
  it('finds both renames although both take the same new name', () => {
    const before = [
      'type App struct {',
      '\tGroups []Group',
      '}',
      '',
      'type Group struct {',
      '\tFlags []string',
      '}',
      '',
      'func (a *App) Check() {',
      '\tfor _, g := range a.Groups {',
      '\t\tuse(g)',
      '\t}',
      '}',
      ''
    ].join('\n')
    const after = before
      .replace('\tGroups []Group', '\tExclusive []Exclusive')
      .replace('type Group struct', 'type Exclusive struct')
      .replace('a.Groups', 'a.Exclusive')
    expect(renamed([{ path: 'app.go', before, after }])).toEqual([
      'Group->Exclusive',
      'Groups->Exclusive'
    ])
  })

  it('does not take two types merged into one as renames', () => {
    const before =
      'func f(a Alpha, b Beta) {\n\tvar x Alpha = a\n\tvar y Beta = b\n\tuse(x, y)\n}\n'
    const after = before.replace(/Alpha|Beta/g, 'Gamma')
    expect(renamed([{ path: 'f.go', before, after }])).toEqual([])
  })
})

describe('renames inside moved blocks', () => {
  const typeBlock = (name: string, fields: string[]) => [
    `type ${name} struct {`,
    ...fields.map((field) => `    ${field}`),
    '}',
    `    ${name} is one of the listed types.`,
    ''
  ]
  const named = ['Name string', 'Path string', 'Mode int']
  const sized = ['Size int', 'Count int', 'Limit int']
  const code = (name: string) =>
    `package p\n\ntype ${name} struct {\n\tName string\n}\n\nfunc New() *${name} {\n\treturn &${name}{}\n}\n`

  it('reads a listing re-sorted by the rename as the rename, not a move', () => {
    // A godoc listing, sorted by name: the renamed type moves to its new place.
    const before = [...typeBlock('Alpha', named), ...typeBlock('Beta', sized)].join('\n')
    const after = [...typeBlock('Beta', sized), ...typeBlock('Zeta', named)].join('\n')
    const changes = [
      { path: 'p.go', before: code('Alpha'), after: code('Zeta') },
      { path: 'godoc.txt', before, after }
    ]
    const findings = findingsOf(changes)
    expect(findings.map((f) => `${f.rule} ${f.path ?? ''}`).sort()).toEqual([
      'rename-symbol godoc.txt',
      'rename-symbol p.go'
    ])
  })

  it('reports a class moved to another file and renamed there as a move and a rename', () => {
    const klass = (name: string, indent: string) =>
      [
        `${indent}class ${name} < Base`,
        `${indent}  helpers Shared`,
        `${indent}  get '/' do`,
        `${indent}    body 'inline'`,
        `${indent}  end`,
        `${indent}end`
      ].join('\n')
    const host = 'class HelpersTest\n  it "works" do\n    assert ok\n  end\nend\n'
    const changes = [
      { path: 'test/overload_test.rb', before: `${klass('Override', '')}\n` },
      {
        path: 'test/helpers_test.rb',
        before: host,
        after: host.replace('end\n', `end\n\n${klass('HelpersOverride', '  ')}\n`)
      }
    ]
    const findings = findingsOf(changes)
    const kinds = findings.map((f) => f.rule)
    expect(kinds).toContain('moved-code')
    expect(findings.find((f) => f.rule === 'rename-symbol')?.evidence).toMatchObject({
      from: 'Override',
      to: 'HelpersOverride'
    })
    // The old name still used elsewhere: a copy under another name, not a rename.
    const user = { path: 'test/app_test.rb', before: 'run Override\n', after: 'run Override\nok\n' }
    expect(findingsOf([...changes, user]).map((f) => f.rule)).not.toContain('rename-symbol')
  })
})

describe('line pairings that are not renames', () => {
  it('does not read constants re-paired around an inserted one as a chain of renames', () => {
    // git pairs each deleted line with the added line at its place: SUMMARIZE moved down.
    const diff = [
      'diff --git a/lib/stages.js b/lib/stages.js',
      '--- a/lib/stages.js',
      '+++ b/lib/stages.js',
      '@@ -1,10 +1,13 @@',
      ' C.SIZE = 400;',
      "-load('stages');",
      '+load("stages");',
      ' ',
      '-C.SUMMARIZE = 1000;',
      '+C.DEV_TOOLING = 500;',
      ' ',
      '-C.DEV_TOOLING = 2000;',
      '+C.INLINE = 700;',
      ' ',
      '-C.TRANSFER = 3000;',
      '+C.SUMMARIZE = 1000;',
      ' ',
      ' C.HASH = 3500;',
      '+',
      '+C.TRANSFER = 4000;',
      '+run(C.INLINE, C.DEV_TOOLING);',
      'diff --git a/types.d.ts b/types.d.ts',
      '--- a/types.d.ts',
      '+++ b/types.d.ts',
      '@@ -1,8 +1,10 @@',
      ' declare class C {',
      ' \t/** size */',
      '-\tstatic SUMMARIZE: number;',
      '+\tstatic DEV_TOOLING: number;',
      ' \t/** next */',
      '-\tstatic DEV_TOOLING: number;',
      '+\tstatic INLINE: number;',
      ' \t/** last */',
      '-\tstatic TRANSFER: number;',
      '+\tstatic SUMMARIZE: number;',
      '+\t/** transfer */',
      '+\tstatic TRANSFER: number;',
      ' }',
      ''
    ].join('\n')
    const rules = minimalityDetectors.detect(inputOf(diff)).findings.map((f) => f.rule)
    expect(rules).not.toContain('rename-symbol')
  })

  it('keeps a clean rename when one edited line pairs its old name with another', () => {
    const use = (n: number, name: string) => ({
      path: `lib/m${n}.js`,
      before: `const { memorize } = require('./util')\nexports.f${n} = memorize(() => ${n})\n`,
      after: `const { ${name} } = require('./util')\nexports.f${n} = ${name}(() => ${n})\n`
    })
    const odd = {
      path: 'lib/schema.js',
      before: 'const validate = memorize(() => load(1))\n',
      after: 'const validate = createValidation(load, 2)\n'
    }
    const changes = [...[1, 2, 3].map((n) => use(n, 'memoize')), odd]
    expect(renamed(changes)).toEqual(['memorize->memoize'])
  })

  it('does not call a local declared in place of another, already named, a rename', () => {
    const fn = (n: number) => ({
      path: `lib/d${n}.js`,
      before: [
        `function names${n}(module) {`,
        '  const convention = (module.generator).convention',
        '  return names(convention)',
        '  // A quote change beside them has the hunk read token by token.',
        "  log('names')",
        '}',
        'exports.generator = generator',
        ''
      ].join('\n'),
      after: [
        `function names${n}(module) {`,
        '  const generator = module.generator',
        '  return names(generator.convention)',
        '  // A quote change beside them has the hunk read token by token.',
        '  log("names")',
        '}',
        'exports.generator = generator',
        ''
      ].join('\n')
    })
    expect(renamed([fn(1), fn(2), fn(3)])).not.toContain('convention->generator')
  })
})

describe('the old name left in a hunk read only as text', () => {
  const decl = (name: string) => `export function ${name}(a) {\n  return a + 1\n}\n`
  const use = (name: string) => `import { ${name} } from './lib'\n\nexport const x = ${name}(1)\n`
  const renamedFiles: FileChange[] = [
    { path: 'src/lib.ts', before: decl('countItems'), after: decl('tallyItems') },
    { path: 'src/use.ts', before: use('countItems'), after: use('tallyItems') }
  ]
  /** A new file: added lines only, which no rename can explain, so their hunk is not tokenized. */
  const added = (body: string): FileChange => ({ path: 'src/added.ts', after: body })
  const body = (name: string) =>
    Array.from({ length: 6 }, (_, n) => `export const v${n} = ${name}(${n}) * 2 // ${n}`).join(
      '\n'
    ) + '\n'

  it('keeps the rename when the untokenized lines name neither', () => {
    expect(renamed([...renamedFiles, added(body('other'))])).toEqual(['countItems->tallyItems'])
  })

  it('is no rename when they still call the old name, found whole, not inside a longer one', () => {
    expect(renamed([...renamedFiles, added(body('countItems'))])).toEqual([])
    expect(renamed([...renamedFiles, added(body('countItemsX'))])).toEqual([
      'countItems->tallyItems'
    ])
  })
})
