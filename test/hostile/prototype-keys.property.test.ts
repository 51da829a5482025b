/**
 * Names that live on `Object.prototype` (`constructor`, `__proto__`, `toString`...) reach every
 * lookup keyed by input: paths, basenames, extensions, symbols, manifest and config keys. The
 * whole engine must run on them without throwing and report the change as it is.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { GateReport } from '../../src/model.js'
import { addedFileDiff, modifiedFileDiff, runCli } from './cli.js'

const PROTOTYPE_NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    ...Object.getOwnPropertyNames(String.prototype),
    'prototype',
    '__proto__'
  ])
].filter((name) => /^[\w$]+$/.test(name))

const name = fc.constantFrom(...PROTOTYPE_NAMES)
const extension = fc.oneof(name, fc.constantFrom('js', 'ts', 'py', 'json', 'yml', 'lock'))
/** Paths each detector family reads: tests, snapshots, manifests, workflows, lockfiles. */
const TEMPLATES = [
  (m: string) => `test/${m}.test.ts`,
  (m: string) => `${m}/__tests__/${m}.spec.js`,
  (m: string) => `tests/test_${m}.py`,
  (m: string) => `${m}/__snapshots__/${m}.test.ts.snap`,
  (m: string) => `.github/workflows/${m}.yml`,
  (m: string) => `${m}/package.json`,
  (m: string) => `${m}/package-lock.json`,
  (m: string) => `${m}/go.mod`,
  (m: string) => `.github/${m}.md`
]
const path = fc.oneof(
  fc
    .tuple(fc.array(name, { maxLength: 2 }), name, fc.option(extension, { nil: undefined }))
    .map(([dirs, base, ext]) => [...dirs, ext === undefined ? base : `${base}.${ext}`].join('/')),
  fc.tuple(fc.constantFrom(...TEMPLATES), name).map(([template, m]) => template(m))
)

/** Lines that name the members as symbols, keys, matchers, YAML and config keys. */
function linesFor(member: string): string[] {
  return [
    `export function ${member}(${member}) { return ${member}.${member} }`,
    `const ${member} = { ${member}: 1, "${member}": "${member}" }`,
    `expect(${member}).${member}(${member})`,
    `it.${member}('${member}', () => ${member}())`,
    `${member}: ${member}`,
    `  "${member}": "^1.0.0",`,
    `import { ${member} } from './${member}'`,
    `def ${member}(self): pass`,
    `  "scripts": { "${member}": "jest -u --${member}" },`,
    `    ${member}: \${{ secrets.${member} }}`,
    `      - uses: ${member}/${member}@${member}`,
    `require ${member} v1.0.0`
  ]
}

const change = fc.array(fc.tuple(path, name, fc.boolean()), { minLength: 1, maxLength: 4 })

function diffOf(files: [string, string, boolean][]): string {
  const seen = new Set<string>()
  return files
    .filter(([p]) => !seen.has(p) && seen.add(p))
    .map(([p, member, added]) =>
      added
        ? addedFileDiff(p, linesFor(member))
        : modifiedFileDiff(p, [
            ` ${member}`,
            `-${linesFor(member)[0]}`,
            `+${linesFor(member)[1]}`,
            ` ${member}`
          ])
    )
    .join('')
}

function configFor(member: string): string {
  return [
    'version: 1',
    'sensitive:',
    `  hostile: ["**/${member}/**", "${member}"]`,
    'require_human_approval_for: [hostile]',
    `generated: ["**/${member}.generated"]`
  ].join('\n')
}

function manifestFor(member: string): string {
  return JSON.stringify({
    schema: 'agent-run/v1',
    agent: { name: member, model: member, run_id: member },
    task: {
      id: member,
      request: `Fix ${member}`,
      scope: { paths: [`${member}/**`, member] },
      allow: ['refactor']
    },
    actions: [{ seq: 1, tool: member, summary: member, at: '2026-01-01T00:00:00Z', outcome: 'ok' }],
    tests: [{ attempt: 1, command: member, tree: null, status: 'passed' }],
    context_snapshots: [{ version: 1, summary: member, source_refs: [member], diffs: [] }]
  })
}

describe('lookups keyed by input never hit Object.prototype', () => {
  it('finds the prototype member names it draws from', () => {
    expect(PROTOTYPE_NAMES).toEqual(
      expect.arrayContaining(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])
    )
  })

  it('runs the whole engine on paths, symbols, config and manifest keys named like them', async () => {
    await fc.assert(
      fc.asyncProperty(change, name, async (files, member) => {
        const diff = diffOf(files)
        const run = await runCli({
          diff,
          config: configFor(member),
          manifest: manifestFor(member)
        })
        // 0 or 1 is a verdict; 2 here would be a crash: the config and manifest are valid
        expect(run.stderr).toBe('')
        expect([0, 1]).toContain(run.code)
        const report = JSON.parse(run.stdout) as GateReport
        expect(report.complete).toBe(true)
        expect(report.stats.files).toBe(new Set(files.map(([p]) => p)).size)
        for (const finding of report.findings) {
          expect(typeof finding.message).toBe('string')
          expect(finding.message).not.toMatch(/\[object |function \w*\(\) \{ \[native code\] \}/)
        }
      }),
      { numRuns: 150 }
    )
  })

  it('rejects config keys named like them with a message that names the key', async () => {
    const places = [
      (m: string) => `version: 1\n${m}: 1`,
      (m: string) => `version: 1\nrules:\n  ${m}: block`,
      (m: string) => `version: 1\nminimality:\n  ${m}: 3`,
      (m: string) => `version: 1\noverride:\n  ${m}: x`,
      (m: string) => `version: 1\nagents:\n  ${m}: [x]`
    ]
    await fc.assert(
      fc.asyncProperty(name, fc.constantFrom(...places), async (member, place) => {
        const run = await runCli({ diff: addedFileDiff('a.ts', ['x']), config: place(member) })
        expect(run.code).toBe(2)
        expect(run.stdout).toBe('')
        expect(run.stderr).toContain('is invalid')
        expect(run.stderr).toContain(member)
      }),
      { numRuns: 100 }
    )
  })

  it('takes a sensitive category named like them as a category, or refuses it by name', async () => {
    await fc.assert(
      fc.asyncProperty(name, async (member) => {
        const config = `version: 1\nsensitive:\n  ${member}: ["**/*.ts"]\nrequire_human_approval_for: [${member}]`
        const run = await runCli({ diff: addedFileDiff('a.ts', ['x']), config })
        if (run.code === 2) {
          expect(run.stderr).toContain(`"${member}" is not allowed here`)
          return
        }
        const report = JSON.parse(run.stdout) as GateReport
        const finding = report.findings.find((f) => f.rule === 'sensitive-path')
        expect(finding?.category).toBe(member)
        expect(run.code).toBe(1)
      }),
      { numRuns: 60 }
    )
  })

  it('reads manifest keys named like them as unknown keys, not as members', async () => {
    await fc.assert(
      fc.asyncProperty(name, async (member) => {
        const manifest = JSON.parse(manifestFor('x')) as Record<string, Record<string, unknown>>
        const task = manifest.task!
        const hostile = JSON.stringify({
          ...manifest,
          task: { ...task, scope: { paths: ['a.ts'] } }
        }).replace('"scope":{', `"scope":{"${member}":1,`)
        const run = await runCli({ diff: addedFileDiff('a.ts', ['x']), manifest: hostile })
        expect([0, 1]).toContain(run.code)
        const report = JSON.parse(run.stdout) as GateReport
        const invalid = report.findings.find((f) => f.rule === 'run-manifest-invalid')
        expect(invalid?.message ?? '').toContain(member)
      }),
      { numRuns: 60 }
    )
  })
})
