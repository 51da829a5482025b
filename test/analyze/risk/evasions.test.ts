import { describe, expect, it } from '@jest/globals'
import type { ChangedFile } from '../../../src/model.js'
import { addedFile, detectRisk, file, ofRule, randomish } from './change-builder.js'

function symlink(path: string, target: string): ChangedFile {
  return file(path, [[`+${target}`]], { status: 'added', mode: '120000' })
}

describe('symlinks are judged by their target', () => {
  it.each([
    ['tests/fixtures/env', '../../.env.production', 'secrets'],
    ['config/settings.yml', '../deploy/values.yaml', 'deploy'],
    ['docs/key.txt', '/home/runner/.ssh/id_rsa', 'secrets'],
    ['notes', '../../../etc/passwd', 'secrets']
  ])('%s -> %s is %s', (path, target, category) => {
    const found = ofRule(detectRisk([symlink(path, target)]), 'sensitive-path')
    expect(found.map((f) => f.category)).toContain(category)
    expect(found.find((f) => f.category === category)).toMatchObject({
      severity: 'block',
      evidence: { symlink: true, target }
    })
  })

  it('a link to an ordinary file is not sensitive', () => {
    expect(
      ofRule(detectRisk([symlink('docs/README.md', '../README.md')]), 'sensitive-path')
    ).toEqual([])
  })
})

describe('submodules', () => {
  it('a .gitmodules url pointed at another repository blocks', () => {
    const gitmodules = file('.gitmodules', [
      [
        ' [submodule "vendor/lib"]',
        ' \tpath = vendor/lib',
        '-\turl = https://github.com/acme/lib.git',
        '+\turl = https://github.com/evil/lib.git'
      ]
    ])
    const [finding] = ofRule(detectRisk([gitmodules]), 'dependency-change')
    expect(finding).toMatchObject({
      severity: 'block',
      evidence: { submoduleUrl: 'https://github.com/evil/lib.git' }
    })
  })

  it('a submodule commit moved is a dependency change', () => {
    const moved = file(
      'vendor/lib',
      [['-Subproject commit ' + 'a'.repeat(40), '+Subproject commit ' + 'b'.repeat(40)]],
      { mode: '160000' }
    )
    const [finding] = ofRule(detectRisk([moved]), 'dependency-change')
    expect(finding).toMatchObject({
      evidence: { submodule: 'vendor/lib', from: 'a'.repeat(40), to: 'b'.repeat(40) }
    })
  })
})

describe('workflows', () => {
  it('.github/workflows/deploy.yml is in the deploy category and blocks', () => {
    const found = ofRule(
      detectRisk([file('.github/workflows/deploy.yml', [['-    runs-on: a', '+    runs-on: b']])]),
      'sensitive-path'
    )
    expect(found.find((f) => f.category === 'deploy')).toMatchObject({ severity: 'block' })
  })

  it('any workflow made to deploy to production blocks as deploy', () => {
    const edit = file('.github/workflows/ci.yml', [
      ['   release:', '     runs-on: ubuntu-latest', '+    environment: production']
    ])
    const found = ofRule(detectRisk([edit]), 'sensitive-path').filter(
      (f) => f.category === 'deploy'
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'block', evidence: { environment: 'production' } })
  })

  it.each([
    ['statuses: write', ['+permissions:', '+  statuses: write']],
    ['checks: write', ['+permissions:', '+  checks: write']],
    [
      'a check run posted through the API with the default token',
      [
        '+      - run: gh api repos/$REPO/check-runs -f name=agent-pr-${SUFFIX} -f conclusion=success'
      ]
    ],
    [
      'a commit status through github-script',
      ['+            await github.rest.repos.createCommitStatus({ state: "success" })']
    ]
  ])('a new workflow that could forge the gate check blocks: %s', (_name, lines) => {
    const found = ofRule(
      detectRisk([
        addedFile(
          '.github/workflows/x.yml',
          lines.map((l) => l.slice(1))
        )
      ]),
      'workflow-privilege'
    )
    expect(found.some((f) => f.severity === 'block')).toBe(true)
    expect(found.map((f) => f.why).join(' ')).toMatch(/agent-pr-gate check/)
  })

  it.each([
    ['container: postgres:17', '    container: postgres:17', 'postgres:17'],
    ['a service image', '        image: redis:7', 'redis:7'],
    ['a docker step', '      - uses: docker://alpine:3.20', 'docker://alpine:3.20']
  ])('an unpinned image is reported: %s', (_name, line, shown) => {
    const found = ofRule(
      detectRisk([file('.github/workflows/ci.yml', [[`+${line}`]])]),
      'workflow-privilege'
    )
    expect(found.map((f) => f.message).join(' ')).toContain(shown)
  })

  it('an image pinned to a digest is not reported', () => {
    const pinned = `    container: postgres:17@sha256:${'c'.repeat(64)}`
    expect(
      ofRule(detectRisk([file('.github/workflows/ci.yml', [[`+${pinned}`]])]), 'workflow-privilege')
    ).toEqual([])
  })
})

describe('secrets in disguise', () => {
  const token = `ghp_${randomish(36, 5)}`

  it('a token split across concatenated literals', () => {
    const line = `const auth = "${token.slice(0, 10)}" + "${token.slice(10)}"`
    const found = ofRule(detectRisk([addedFile('src/client.ts', [line])]), 'secret-in-diff')
    expect(found).toHaveLength(1)
    expect(JSON.stringify(found)).not.toContain(token.slice(10))
  })

  it('a token split across Python adjacent literals', () => {
    const line = `TOKEN = ("${token.slice(0, 2)}" "${token.slice(2)}")`
    expect(ofRule(detectRisk([addedFile('app/client.py', [line])]), 'secret-in-diff')).toHaveLength(
      1
    )
  })

  it.each(['', 'auth=', '{"t":"'])('a token wrapped in base64 (after %j)', (before) => {
    const encoded = Buffer.from(before + token).toString('base64')
    const found = ofRule(
      detectRisk([addedFile('src/client.ts', [`const blob = "${encoded}"`])]),
      'secret-in-diff'
    )
    expect(found).toHaveLength(1)
    expect(JSON.stringify(found)).not.toContain(encoded)
  })

  it('base64 of ordinary text is not a secret', () => {
    const encoded = Buffer.from('just some configuration text that is long').toString('base64')
    expect(
      ofRule(
        detectRisk([addedFile('src/client.ts', [`const blob = "${encoded}"`])]),
        'secret-in-diff'
      )
    ).toEqual([])
  })
})
