import { describe, expect, it } from '@jest/globals'
import type { ChangedFile, Finding } from '../../../src/model.js'
import { addedFile, configWith, detectRisk, file, ofRule } from './change-builder.js'

const WORKFLOW = '.github/workflows/release.yml'
const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11'

const privilege = (files: ChangedFile[], config = configWith()): Finding[] =>
  ofRule(detectRisk(files, config), 'workflow-privilege')

const workflowHunk = (lines: string[]): ChangedFile => file(WORKFLOW, [lines])

describe('workflow-privilege: token permissions', () => {
  it('accepts a workflow that lowers its permissions', () => {
    const lowered = workflowHunk([
      ' permissions:',
      '-  contents: write',
      '-  id-token: write',
      '+  contents: read',
      ' jobs:'
    ])
    expect(privilege([lowered])).toEqual([])
  })

  it('blocks write-all', () => {
    const raised = workflowHunk([
      ' name: release',
      '-permissions: read-all',
      '+permissions: write-all'
    ])
    expect(privilege([raised])).toEqual([
      expect.objectContaining({
        severity: 'block',
        line: 2,
        category: 'ci',
        evidence: { permissions: 'write-all' }
      })
    ])
  })

  it('blocks a scope raised to write and a new id-token: write', () => {
    const raised = workflowHunk([
      ' permissions:',
      '-  contents: read',
      '+  contents: write',
      '+  id-token: write',
      ' jobs:'
    ])
    const findings = privilege([raised])
    expect(findings.map((f) => [f.severity, f.line, f.evidence])).toEqual([
      ['block', 2, { scope: 'contents', level: 'write' }],
      ['block', 3, { scope: 'id-token', level: 'write' }]
    ])
    expect(findings[1]!.why).toMatch(/OIDC/)
    expect(findings[0]!.approve).toContain('`agent-pr-gate/approve:ci`')
  })

  it('reads one-line permission maps', () => {
    const raised = workflowHunk(['+    permissions: { contents: read, packages: write }'])
    expect(privilege([raised])).toEqual([
      expect.objectContaining({ evidence: { scope: 'packages', level: 'write' } })
    ])
  })

  it('accepts write scopes that only moved, from the workflow to a job', () => {
    const moved = file(WORKFLOW, [
      [' on: push', '-permissions:', '-  packages: write', ' jobs:'],
      {
        oldStart: 20,
        newStart: 18,
        lines: [
          '   publish:',
          '+    permissions:',
          '+      packages: write',
          '     runs-on: ubuntu-latest'
        ]
      }
    ])
    expect(privilege([moved])).toEqual([])
  })

  it('ignores a `write` value outside a permissions block', () => {
    const input = workflowHunk(['       with:', '+        contents: write', '         path: out'])
    expect(privilege([input])).toEqual([])
  })

  it('blocks the removal of a permissions declaration, which restores the default token', () => {
    const removed = workflowHunk([' on: push', '-permissions:', '-  contents: read', ' jobs:'])
    expect(privilege([removed])).toEqual([
      expect.objectContaining({ severity: 'block', evidence: { permissions: 'removed' } })
    ])
  })

  it('accepts a permissions declaration removed with its job or its workflow', () => {
    const job = workflowHunk([
      ' jobs:',
      '-  lint:',
      '-    runs-on: ubuntu-latest',
      '-    permissions:',
      '-      contents: read',
      '   test:'
    ])
    const deleted = file(WORKFLOW, [['-permissions:', '-  contents: read']], { status: 'deleted' })
    expect(privilege([job])).toEqual([])
    expect(privilege([deleted])).toEqual([])
  })
})

describe('workflow-privilege: triggers, secrets, runners', () => {
  it('blocks pull_request_target added as a key or in a list', () => {
    const asKey = workflowHunk([' on:', '+  pull_request_target:', '+    types: [opened]'])
    const inList = workflowHunk(['-on: [push]', '+on: [push, pull_request_target]'])
    expect(privilege([asKey])).toEqual([
      expect.objectContaining({
        severity: 'block',
        line: 2,
        evidence: { trigger: 'pull_request_target' }
      })
    ])
    expect(privilege([inList])).toHaveLength(1)
  })

  it('does not treat a condition on the event name as a new trigger', () => {
    const condition = workflowHunk(["+    if: github.event_name == 'pull_request_target'"])
    expect(privilege([condition])).toEqual([])
  })

  it('warns on a newly referenced secret, and not on one that was already there', () => {
    const added = workflowHunk([
      '       env:',
      '-        TOKEN: ${{ secrets.NPM_TOKEN }}',
      '+        TOKEN: ${{ secrets.NPM_TOKEN }}',
      '+        DEPLOY_KEY: ${{ secrets.PROD_DEPLOY_KEY }}',
      '+        GH: ${{ secrets.GITHUB_TOKEN }}'
    ])
    expect(privilege([added])).toEqual([
      expect.objectContaining({
        severity: 'warn',
        line: 3,
        evidence: { secret: 'PROD_DEPLOY_KEY' }
      })
    ])
  })

  it('warns when every secret is handed over', () => {
    const inherit = workflowHunk([
      '     uses: ./.github/workflows/deploy.yml',
      '+    secrets: inherit'
    ])
    const dump = workflowHunk(['+      - run: echo "${{ toJSON(secrets) }}" > all.json'])
    expect(privilege([inherit])[0]).toMatchObject({ evidence: { secret: '*' } })
    expect(privilege([dump])[0]).toMatchObject({ evidence: { secret: '*' } })
  })

  it('blocks a job moved to a self-hosted runner', () => {
    const runner = workflowHunk([
      '-    runs-on: ubuntu-latest',
      '+    runs-on: [self-hosted, linux]'
    ])
    const listed = workflowHunk(['     runs-on:', '+      - self-hosted', '       - x64'])
    expect(privilege([runner])).toEqual([
      expect.objectContaining({ severity: 'block', evidence: { runner: 'self-hosted' } })
    ])
    expect(privilege([listed])).toHaveLength(1)
  })
})

describe('workflow-privilege: action pinning', () => {
  it('warns on a third-party action pinned by tag and accepts one pinned by full SHA', () => {
    const tagged = workflowHunk(['+      - uses: softprops/action-gh-release@v2'])
    const pinned = workflowHunk([`+      - uses: softprops/action-gh-release@${SHA} # v2`])
    expect(privilege([tagged])).toEqual([
      expect.objectContaining({
        severity: 'warn',
        evidence: { action: 'softprops/action-gh-release', ref: 'v2' }
      })
    ])
    expect(privilege([pinned])).toEqual([])
  })

  it("accepts GitHub's own actions by tag, local actions and re-pinned lines", () => {
    const firstParty = workflowHunk([
      '+      - uses: actions/checkout@v4',
      '+      - uses: github/codeql-action/init@v3',
      '+      - uses: ./.github/actions/setup',
      '-      - uses: docker/login-action@v3',
      '+      - uses: docker/login-action@v3'
    ])
    expect(privilege([firstParty])).toEqual([])
  })

  it('warns on a reusable workflow or docker image without a pin', () => {
    const reusable = workflowHunk(['+    uses: acme/workflows/.github/workflows/deploy.yml@main'])
    const image = workflowHunk(['+      - uses: docker://alpine:3.20'])
    const digest = workflowHunk([`+      - uses: docker://alpine@sha256:${SHA}${SHA.slice(0, 24)}`])
    expect(privilege([reusable])[0]).toMatchObject({ evidence: { ref: 'main' } })
    expect(privilege([image])).toHaveLength(1)
    expect(privilege([digest])).toEqual([])
  })

  it('checks the steps of composite actions too', () => {
    const composite = file('.github/actions/setup/action.yml', [
      ['+    - uses: pnpm/action-setup@v4']
    ])
    expect(privilege([composite])).toHaveLength(1)
  })

  it('blocks unpinned actions when the config requires approval for ci', () => {
    const config = configWith({ require_human_approval_for: ['ci'] })
    const tagged = workflowHunk(['+      - uses: softprops/action-gh-release@v2'])
    expect(privilege([tagged], config)[0]).toMatchObject({ severity: 'block' })
  })
})

describe('workflow-privilege: new workflow files', () => {
  it('reads a whole added workflow', () => {
    const workflow = addedFile('.github/workflows/triage.yml', [
      'on:',
      '  pull_request_target:',
      'permissions: write-all',
      'jobs:',
      '  triage:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: acme/labeler@v1',
      '        with:',
      '          token: ${{ secrets.TRIAGE_PAT }}'
    ])
    expect(privilege([workflow]).map((f) => [f.line, f.severity, f.evidence])).toEqual([
      [2, 'block', { trigger: 'pull_request_target' }],
      [3, 'block', { permissions: 'write-all' }],
      [9, 'warn', { action: 'acme/labeler', ref: 'v1' }],
      [11, 'warn', { secret: 'TRIAGE_PAT' }]
    ])
  })

  it('ignores YAML comments', () => {
    const commented = workflowHunk(['+# permissions: write-all', '+  # pull_request_target:'])
    expect(privilege([commented])).toEqual([])
  })

  it('leaves files that are not workflows alone', () => {
    expect(privilege([addedFile('docs/ci.yml', ['permissions: write-all'])])).toEqual([])
  })
})
