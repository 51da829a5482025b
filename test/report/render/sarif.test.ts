import { describe, expect, it } from '@jest/globals'
import type { Log } from 'sarif'
import type { GateReport } from '../../../src/model.js'
import { renderSarif } from '../../../src/report/render/sarif.js'
import {
  failReport,
  finding,
  hostileReport,
  incompleteReport,
  manyFindingsReport,
  overriddenReport,
  passReport,
  report,
  ruleCatalog,
  skippedReport,
  warnReport
} from '../../support/report-fixtures.js'
import { sarifValidator } from '../../support/sarif-schema.js'

const validate = sarifValidator()
const RULES = ruleCatalog()

function run(report: GateReport, version?: string): Log['runs'][number] {
  const log = JSON.parse(renderSarif(report, RULES, version)) as Log
  return log.runs[0]!
}

describe('renderSarif', () => {
  const reports = {
    passReport,
    warnReport,
    failReport,
    overriddenReport,
    incompleteReport,
    skippedReport,
    hostileReport
  }

  it.each(Object.entries(reports))(
    '%s validates against the SARIF 2.1.0 schema',
    (_name, build) => {
      const text = renderSarif(build(), RULES, '1.0.0')
      expect(validate(JSON.parse(text))).toEqual([])
      expect(text.endsWith('}\n')).toBe(true)
    }
  )

  it('rejects what the schema rejects, so the validation is real', () => {
    const log = JSON.parse(renderSarif(failReport(), RULES)) as Record<string, unknown>
    expect(validate({ ...log, version: '2.0.0' })).not.toEqual([])
    const [first] = (log.runs as { results: Record<string, unknown>[] }[])[0]!.results
    first!.level = 'block'
    expect(validate(log)).toEqual([
      '/runs/0/results/0/level must be equal to one of the allowed values'
    ])
  })

  it('describes the tool and every rule with its default level', () => {
    const { tool } = run(failReport(), '1.2.3')
    expect(tool.driver.name).toBe('agent-pr-gate')
    expect(tool.driver.version).toBe('1.2.3')
    expect(tool.driver.informationUri).toBe('https://github.com/agent-pr-gate/agent-pr-gate')
    expect(tool.driver.rules).toHaveLength(RULES.length)
    const secret = tool.driver.rules!.find((r) => r.id === 'secret-in-diff')!
    expect(secret.shortDescription?.text).toBe(
      RULES.find((r) => r.id === 'secret-in-diff')!.summary
    )
    expect(secret.defaultConfiguration).toEqual({ level: 'error' })
    expect(tool.driver.rules!.find((r) => r.id === 'explanation')!.defaultConfiguration).toEqual({
      level: 'note',
      enabled: false
    })
    expect(run(failReport()).tool.driver.version).toBeUndefined()
  })

  it('maps each finding to a result with level, location and properties', () => {
    const { results, tool } = run(failReport())
    expect(results).toHaveLength(failReport().findings.length)
    const deploy = results!.find((r) => r.ruleId === 'sensitive-path')!
    expect(tool.driver.rules![deploy.ruleIndex!]!.id).toBe('sensitive-path')
    expect(deploy.level).toBe('error')
    expect(deploy.message.text).toBe(
      'Changes a deploy file (category deploy), which needs a human approval'
    )
    expect(deploy.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'deploy/k8s/api.yaml' },
          region: { startLine: 21, endLine: 24 }
        }
      }
    ])
    expect(deploy.properties).toMatchObject({ category: 'deploy' })
    const rename = results!.find((r) => r.ruleId === 'rename-symbol')!
    expect(rename.level).toBe('warning')
    expect(rename.properties).toEqual({
      evidence: { from: 'pageSize', to: 'perPage', occurrences: 7 }
    })
    expect(results!.find((r) => r.ruleId === 'file-rename')!.level).toBe('note')
    const wholeFile = results!.find((r) => r.ruleId === 'file-rename')!
    expect(wholeFile.locations![0]!.physicalLocation!.region).toBeUndefined()
    expect(results!.find((r) => r.ruleId === 'rerun-to-green')!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: '.github/agent-pr-gate.yml' },
          region: { startLine: 1 }
        }
      }
    ])
  })

  it('percent-encodes paths into URI references', () => {
    const odd = report({
      findings: [finding('out-of-scope', { path: 'docs/my notes#1?.md', line: 2 })]
    })
    const uri = run(odd).results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri
    expect(uri).toBe('docs/my%20notes%231%3F.md')
    expect(validate(JSON.parse(renderSarif(odd, RULES)))).toEqual([])
  })

  it('gives stable fingerprints that differ between findings', () => {
    const first = run(failReport()).results!.map((r) => r.partialFingerprints)
    const again = run(failReport()).results!.map((r) => r.partialFingerprints)
    expect(again).toEqual(first)
    expect(new Set(first.map((f) => f!['agentPrGate/v1'])).size).toBe(first.length)
  })

  it('adds a descriptor for a finding whose rule the caller did not list', () => {
    const log = JSON.parse(renderSarif(failReport(), [])) as Log
    const driver = log.runs[0]!.tool.driver
    for (const result of log.runs[0]!.results!) {
      expect(driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId)
    }
    expect(validate(log)).toEqual([])
  })

  it('stays valid on 10,000 findings', () => {
    expect(validate(JSON.parse(renderSarif(manyFindingsReport(10_000), RULES)))).toEqual([])
  })
})
