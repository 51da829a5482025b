import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { minimatch } from 'minimatch'
import {
  compileGlobs,
  matchChangedPaths,
  requiredLiteral
} from '../../../src/analyze/risk/path-matcher.js'
import { DEFAULT_SENSITIVE } from '../../../src/config/defaults.js'

describe('compileGlobs', () => {
  it('matches whole repository-relative paths: `**/` reaches any depth, a bare name only the root', () => {
    const globs = compileGlobs(['Jenkinsfile', '**/Dockerfile'])
    expect(globs.match('Jenkinsfile')).toBe('Jenkinsfile')
    expect(globs.match('ci/Jenkinsfile')).toBeNull()
    expect(globs.match('Dockerfile')).toBe('**/Dockerfile')
    expect(globs.match('services/api/Dockerfile')).toBe('**/Dockerfile')
  })

  it('lets `*` and `**` match dotfiles and dot folders', () => {
    const globs = compileGlobs(['**/*.pem', 'config/**'])
    expect(globs.match('.certs/server.pem')).toBe('**/*.pem')
    expect(globs.match('config/.hidden/prod.yml')).toBe('config/**')
  })

  it('ignores case', () => {
    expect(compileGlobs(['**/billing/**']).match('src/Billing/Invoice.ts')).toBe('**/billing/**')
  })

  it('lets the last matching glob decide, so `!` excludes and a later glob re-includes', () => {
    const globs = compileGlobs(['deploy/**', '!deploy/docs/**', 'deploy/docs/secrets.md'])
    expect(globs.match('deploy/app.yaml')).toBe('deploy/**')
    expect(globs.match('deploy/docs/README.md')).toBeNull()
    expect(globs.match('deploy/docs/secrets.md')).toBe('deploy/docs/secrets.md')
  })

  it('needs an including glob before a negation means anything', () => {
    expect(compileGlobs(['!docs/**']).match('src/a.ts')).toBeNull()
  })
})

describe('matchChangedPaths', () => {
  const deploy = compileGlobs(['deploy/**'])

  it('reports a file moved into the glob list', () => {
    expect(matchChangedPaths(deploy, 'deploy/run.sh', 'scripts/run.sh')).toMatchObject({
      path: 'deploy/run.sh',
      movedInto: true,
      movedOutOf: false
    })
  })

  it('reports a file moved out of the glob list by its old path', () => {
    expect(matchChangedPaths(deploy, 'scripts/run.sh', 'deploy/run.sh')).toMatchObject({
      path: 'deploy/run.sh',
      movedInto: false,
      movedOutOf: true
    })
  })

  it('treats a move within the list as a plain change', () => {
    expect(matchChangedPaths(deploy, 'deploy/b.sh', 'deploy/a.sh')).toMatchObject({
      movedInto: false,
      movedOutOf: false
    })
  })
})

describe('requiredLiteral', () => {
  it('takes the longest plain run outside wildcards and groups, without edge slashes', () => {
    expect(requiredLiteral('**/Dockerfile')).toBe('dockerfile')
    expect(requiredLiteral('**/docker-compose*.y?(a)ml')).toBe('docker-compose')
    expect(requiredLiteral('**/invoic{e,es,ing}/**')).toBe('invoic')
    expect(requiredLiteral('.github/workflows/**')).toBe('.github/workflows')
    expect(requiredLiteral('**/*')).toBe('')
  })

  it("never rejects a path that the glob's regex matches", () => {
    const globs = Object.values(DEFAULT_SENSITIVE).flat()
    const compiled = globs.map((glob) => ({
      matcher: compileGlobs([glob]),
      regex: minimatch.makeRe(glob, { dot: true, nocase: true })
    }))
    const segment = fc.oneof(
      fc.constantFrom(
        ...globs.flatMap((g) => g.split('/')).map((s) => s.replace(/[*?!+@()[\]{}|,]/g, ''))
      ),
      fc.stringMatching(/^[A-Za-z0-9._-]{1,8}$/)
    )
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (parts) => {
        const path = parts.filter((p) => p !== '').join('/') || 'x'
        const missed = compiled.filter(
          ({ matcher, regex }) =>
            regex !== false && regex.test(path) && matcher.match(path) === null
        )
        expect(missed).toEqual([])
      }),
      { numRuns: 300 }
    )
  })
})
