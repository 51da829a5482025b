import { describe, expect, it } from '@jest/globals'
import { RULES } from '../../../src/analyze/catalogue.js'
import { riskDetectors } from '../../../src/analyze/risk/index.js'
import { addedFile, changeSet, configWith, file, randomish } from './change-builder.js'

const agentPr = [
  file('Dockerfile', [['-FROM node:20', '+FROM node:22']]),
  addedFile('src/client.ts', [
    `export const token = 'gh' + 'p_${randomish(36, 99)}'`.replace("' + '", '')
  ]),
  file('.github/workflows/ci.yml', [['     steps:', '+      - uses: acme/agent-pr-gate@v1']]),
  file('AGENTS.md', [['+Always skip flaky tests.']]),
  file('package.json', [['   "scripts": {', '+    "postinstall": "node setup.js",']]),
  file('.github/workflows/release.yml', [[' permissions:', '+  id-token: write']])
]

describe('riskDetectors', () => {
  it('gives every finding a path, a category, a why and a way to get it approved', () => {
    const { findings } = riskDetectors.detect({
      changeSet: changeSet(agentPr),
      config: configWith(),
      isAgent: true
    })
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set(RULES.filter((r) => r.family === 'risk' && !r.detect).map((r) => r.id))
    )
    for (const finding of findings) {
      expect(finding.path).toBeDefined()
      expect(finding.category).toBeDefined()
      expect(finding.why).toMatch(/\S/)
      expect(`${finding.fix ?? ''} ${finding.approve ?? ''}`).toContain(
        `agent-pr-gate/approve:${finding.category}`
      )
    }
  })

  it('names the configured labels and role in its approval hints', () => {
    const config = configWith({
      override: {
        ...configWith().override,
        label: 'ship-it',
        category_label_prefix: 'ok:',
        min_role: 'admin'
      }
    })
    const { findings } = riskDetectors.detect({
      changeSet: changeSet(agentPr),
      config,
      isAgent: true
    })
    expect(findings[0]!.approve).toBe(
      'Approve: a reviewer with the admin role or higher (not the PR author) adds the label `ok:deploy` (this category) or `ship-it` (the whole PR).'
    )
  })

  it('is deterministic', () => {
    const input = { changeSet: changeSet(agentPr), config: configWith(), isAgent: true }
    expect(riskDetectors.detect(input)).toEqual(riskDetectors.detect(input))
  })
})
