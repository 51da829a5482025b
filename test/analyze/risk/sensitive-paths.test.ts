import { describe, expect, it } from '@jest/globals'
import { addedFile, configWith, detectRisk, file, ofRule } from './change-builder.js'

const edit = ['-a', '+b']

describe('sensitive-path', () => {
  it('blocks a change to a category that requires a human approval, naming the labels', () => {
    const [finding] = ofRule(
      detectRisk([file('k8s/api/deployment.yaml', [edit])]),
      'sensitive-path'
    )
    expect(finding).toMatchObject({
      severity: 'block',
      category: 'deploy',
      path: 'k8s/api/deployment.yaml',
      evidence: { glob: '**/k8s/**' }
    })
    expect(finding!.line).toBeUndefined()
    expect(finding!.why).toMatch(/production/)
    expect(finding!.approve).toContain('`agent-pr-gate/approve:deploy`')
    expect(finding!.approve).toContain('`agent-pr-gate/approved`')
  })

  it.each([
    ['Dockerfile', 'deploy'],
    ['infra/main.tf', 'deploy'],
    ['config/production.yml', 'prod_config'],
    ['src/billing/charge.ts', 'billing'],
    ['services/payments/refund.go', 'billing'],
    ['.env.local', 'secrets'],
    ['certs/server.key', 'secrets'],
    ['.github/workflows/ci.yml', 'ci']
  ])('puts %s in the %s category', (path, category) => {
    const findings = ofRule(detectRisk([file(path, [edit])]), 'sensitive-path')
    expect(findings.map((f) => f.category)).toContain(category)
  })

  it('warns for a category outside require_human_approval_for', () => {
    const [finding] = ofRule(detectRisk([file('.gitlab-ci.yml', [edit])]), 'sensitive-path')
    expect(finding).toMatchObject({ severity: 'warn', category: 'ci' })
  })

  it('follows the configured categories and approval list', () => {
    const config = configWith({
      sensitive: { auth: ['src/auth/**'], deploy: [] },
      require_human_approval_for: ['auth']
    })
    const findings = detectRisk(
      [file('src/auth/session.ts', [edit]), file('Dockerfile', [edit])],
      config
    )
    expect(ofRule(findings, 'sensitive-path')).toEqual([
      expect.objectContaining({ path: 'src/auth/session.ts', category: 'auth', severity: 'block' })
    ])
    expect(ofRule(findings, 'sensitive-path')[0]!.why).toContain('(auth)')
  })

  it('matches a file renamed into a sensitive folder', () => {
    const moved = file('deploy/migrate.sh', [], { oldPath: 'scripts/migrate.sh' })
    const [finding] = ofRule(detectRisk([moved]), 'sensitive-path')
    expect(finding).toMatchObject({
      category: 'deploy',
      path: 'deploy/migrate.sh',
      evidence: { from: 'scripts/migrate.sh', to: 'deploy/migrate.sh' }
    })
    expect(finding!.message).toContain('into')
  })

  it('matches a file renamed out of a sensitive folder', () => {
    const moved = file('scripts/rotate.sh', [], { oldPath: 'secrets/rotate.sh' })
    const [finding] = ofRule(detectRisk([moved]), 'sensitive-path')
    expect(finding).toMatchObject({ category: 'secrets', path: 'scripts/rotate.sh' })
    expect(finding!.message).toContain('out')
  })

  it('reports a deleted sensitive file', () => {
    const deleted = file('helm/values.yaml', [['-replicas: 3']], { status: 'deleted' })
    const [finding] = ofRule(detectRisk([deleted]), 'sensitive-path')
    expect(finding!.message).toMatch(/^Deletes/)
  })

  it('leaves ordinary files alone', () => {
    const findings = detectRisk([addedFile('src/pagination/page.ts', ['export const size = 20'])])
    expect(findings).toEqual([])
  })

  it('leaves the categories with their own rule to that rule', () => {
    const findings = detectRisk([file('AGENTS.md', [edit]), file('package-lock.json', [edit])])
    expect(ofRule(findings, 'sensitive-path')).toEqual([])
  })
})
