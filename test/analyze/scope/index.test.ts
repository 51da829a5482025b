import { describe, expect, it } from '@jest/globals'
import { scopeDetectors } from '../../../src/analyze/scope/index.js'
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js'
import type { RunManifest } from '../../../src/model.js'
import type { ChangedFile, ChangeSet, ManifestState } from '../../../src/model.js'
import { changeSet as changeSetOf, churnedFile, type FileSpec } from '../../support/change-set.js'

function file(
  path: string,
  {
    additions = 3,
    deletions = 1,
    ...spec
  }: FileSpec & { additions?: number; deletions?: number } = {}
): ChangedFile {
  return churnedFile(path, additions, deletions, spec)
}

function changeSet(files: ChangedFile[], manifest: ManifestState): ChangeSet {
  return changeSetOf(files, { manifest })
}

function withScope(paths: string[] | undefined): ManifestState {
  const manifest: RunManifest = {
    schema: 'agent-run/v1',
    agent: { name: 'codex' },
    task: { request: 'Fix pagination', ...(paths === undefined ? {} : { scope: { paths } }) }
  }
  return { status: 'present', source: 'PR body (agent-run block)', manifest }
}

function outOfScope(files: ChangedFile[], manifest: ManifestState): string[] {
  const { findings } = scopeDetectors.detect({
    changeSet: changeSet(files, manifest),
    config: DEFAULT_CONFIG,
    isAgent: true
  })
  return findings.map((finding) => finding.path ?? '')
}

describe('out-of-scope', () => {
  it('flags each changed file outside task.scope.paths, with the evidence a reviewer needs', () => {
    const { findings } = scopeDetectors.detect({
      changeSet: changeSet(
        [
          file('src/pagination/page.ts'),
          file('src/billing/charge.ts', { additions: 10, deletions: 2 })
        ],
        withScope(['src/pagination/**', 'test/pagination/**'])
      ),
      config: DEFAULT_CONFIG,
      isAgent: true
    })
    expect(findings).toEqual([
      {
        rule: 'out-of-scope',
        severity: 'block',
        message:
          'src/billing/charge.ts is outside the task scope (src/pagination/**, test/pagination/**).',
        path: 'src/billing/charge.ts',
        lines: 12,
        evidence: { scope: ['src/pagination/**', 'test/pagination/**'] },
        why: expect.any(String),
        fix: 'Ask the human to widen task.scope.paths or move this change to its own PR.'
      }
    ])
  })

  it('finds nothing without a manifest, with an invalid one, or without a scope', () => {
    const files = [file('anything.ts')]
    expect(outOfScope(files, { status: 'absent' })).toEqual([])
    expect(outOfScope(files, { status: 'invalid', source: 'x', problems: [] })).toEqual([])
    expect(outOfScope(files, withScope(undefined))).toEqual([])
  })

  it('matches dot files and directories', () => {
    const scope = withScope(['config/**', 'src/pagination', 'docs/'])
    expect(
      outOfScope(
        [
          file('config/.env.example'),
          file('src/pagination/deep/page.ts'),
          file('src/pagination'),
          file('docs/a.md'),
          file('src/pagination2/page.ts'),
          file('.github/workflows/ci.yml')
        ],
        scope
      )
    ).toEqual(['src/pagination2/page.ts', '.github/workflows/ci.yml'])
  })

  it('reads ./ prefixes as repository-relative and a bare name as top level only', () => {
    expect(
      outOfScope(
        [file('src/a.ts'), file('lib/README.md'), file('README.md')],
        withScope(['./src/**', '*.md'])
      )
    ).toEqual(['lib/README.md'])
  })

  it('is case-sensitive, as git paths are', () => {
    expect(outOfScope([file('SRC/a.ts')], withScope(['src/**']))).toEqual(['SRC/a.ts'])
  })

  it('accepts a rename when either the old or the new path is in scope', () => {
    const scope = withScope(['src/pagination/**'])
    expect(
      outOfScope(
        [
          file('lib/page.ts', { status: 'renamed', oldPath: 'src/pagination/page.ts' }),
          file('src/pagination/util.ts', { status: 'renamed', oldPath: 'lib/util.ts' }),
          file('lib/copy.ts', { status: 'copied', oldPath: 'src/pagination/page.ts' }),
          file('lib/gone.ts', { status: 'renamed', oldPath: 'lib/old.ts' })
        ],
        scope
      )
    ).toEqual(['lib/copy.ts', 'lib/gone.ts'])
  })

  it('flags added and deleted files alike, counting binary files as zero lines', () => {
    const { findings } = scopeDetectors.detect({
      changeSet: changeSet(
        [
          file('new.ts', { status: 'added', additions: 5, deletions: 0 }),
          file('old.ts', { status: 'deleted', additions: 0, deletions: 7 }),
          file('logo.png', { binary: true, additions: 0, deletions: 0 })
        ],
        withScope(['src/**'])
      ),
      config: DEFAULT_CONFIG,
      isAgent: true
    })
    expect(findings.map((finding) => [finding.path, finding.lines])).toEqual([
      ['new.ts', 5],
      ['old.ts', 7],
      ['logo.png', 0]
    ])
  })

  it('summarizes a long scope in the message and keeps all of it in the evidence', () => {
    const globs = ['a/**', 'b/**', 'c/**', 'd/**', 'e/**']
    const { findings } = scopeDetectors.detect({
      changeSet: changeSet([file('z.ts')], withScope(globs)),
      config: DEFAULT_CONFIG,
      isAgent: false
    })
    expect(findings[0]?.message).toBe(
      'z.ts is outside the task scope (a/**, b/**, c/** and 2 more).'
    )
    expect(findings[0]?.evidence).toEqual({ scope: globs })
  })

  it('stays fast on many files and globs', () => {
    const files = Array.from({ length: 5000 }, (_, index) =>
      file(`pkg${index % 50}/src/file${index}.ts`)
    )
    const globs = Array.from({ length: 100 }, (_, index) => `pkg${index}/src/**`)
    const started = performance.now()
    expect(outOfScope(files, withScope(globs))).toEqual([])
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
