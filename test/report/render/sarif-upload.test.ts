import { describe, expect, it } from '@jest/globals'
import type { Log } from 'sarif'
import { RULES } from '../../../src/analyze/index.js'
import type { GateReport } from '../../../src/model.js'
import { renderSarif, RULES_DOC_URL } from '../../../src/report/render/sarif.js'
import {
  failReport,
  finding,
  hostileReport,
  incompleteReport,
  manyFindingsReport,
  overriddenReport,
  passReport,
  report,
  skippedReport,
  warnReport
} from '../../support/report-fixtures.js'
import { uploadProblems } from '../../support/sarif-upload.js'

function sarif(r: GateReport, options = {}): Log {
  return JSON.parse(renderSarif(r, RULES, { toolVersion: '1.0.0', ...options })) as Log
}

/** One finding per rule, none with a file: the case upload-sarif used to reject. */
function repositoryLevelReport(): GateReport {
  return report({ findings: RULES.map((rule) => finding(rule.id, { path: undefined })) })
}

describe('SARIF accepted by upload-sarif', () => {
  const reports = {
    passReport,
    warnReport,
    failReport,
    overriddenReport,
    incompleteReport,
    skippedReport,
    hostileReport,
    repositoryLevelReport,
    manyFindings: () => manyFindingsReport(10_000)
  }

  it.each(Object.entries(reports))('%s meets every upload constraint', (_name, build) => {
    expect(uploadProblems(sarif(build()))).toEqual([])
  })

  it('the checker finds what upload-sarif rejects, so the check is real', () => {
    const log = sarif(failReport())
    const run = log.runs[0]!
    delete run.results![0]!.locations
    run.results![1]!.locations![0]!.physicalLocation!.artifactLocation!.uri = '/abs/path.ts'
    delete run.automationDetails
    delete run.tool.driver.rules![0]!.help
    expect(uploadProblems(log)).toEqual([
      'runs[0].automationDetails.id: no category',
      'runs[0].tool.driver.rules[0].help.text: missing',
      'runs[0].results[0].locations: none',
      'runs[0].results[1].locations[0]: /abs/path.ts is not repository-relative'
    ])
  })

  it('points a finding without a file at the manifest for run rules, else at the config, line 1', () => {
    const log = sarif(repositoryLevelReport(), {
      configPath: 'config/gate.yml',
      manifestPath: 'agent-run.json'
    })
    const where = new Map(
      log.runs[0]!.results!.map((r) => [r.ruleId, r.locations![0]!.physicalLocation])
    )
    expect(where.get('run-manifest-invalid')).toEqual({
      artifactLocation: { uri: 'agent-run.json' },
      region: { startLine: 1 }
    })
    expect(where.get('rerun-to-green')?.artifactLocation?.uri).toBe('agent-run.json')
    expect(where.get('low-minimality')).toEqual({
      artifactLocation: { uri: 'config/gate.yml' },
      region: { startLine: 1 }
    })
    const noManifest = sarif(repositoryLevelReport()).runs[0]!.results!
    expect(
      new Set(noManifest.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri))
    ).toEqual(new Set(['.github/agent-pr-gate.yml']))
  })

  it('keeps a finding with a file on that file', () => {
    const located = report({ findings: [finding('out-of-scope', { path: 'src/a.ts', line: 3 })] })
    expect(sarif(located).runs[0]!.results![0]!.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 3 } } }
    ])
  })

  it('names the category and links every rule to its section of docs/rules.md', () => {
    const run = sarif(failReport(), { category: 'gate/pr' }).runs[0]!
    expect(run.automationDetails).toEqual({ id: 'gate/pr/' })
    expect(sarif(failReport()).runs[0]!.automationDetails).toEqual({ id: 'agent-pr-gate/' })
    expect(sarif(failReport(), { category: 'gate//' }).runs[0]!.automationDetails).toEqual({
      id: 'gate/'
    })
    for (const rule of run.tool.driver.rules!) {
      expect(rule.helpUri).toBe(`${RULES_DOC_URL}#${rule.id}`)
      expect(rule.help!.markdown).toContain(`(${RULES_DOC_URL}#${rule.id})`)
    }
  })

  it('gives the same fingerprints on every run, and distinct ones to repeated findings', () => {
    const twice = report({
      findings: [
        finding('explanation', { path: undefined }),
        finding('explanation', { path: undefined })
      ]
    })
    const first = sarif(twice).runs[0]!.results!.map((r) => r.partialFingerprints)
    expect(sarif(twice).runs[0]!.results!.map((r) => r.partialFingerprints)).toEqual(first)
    expect(new Set(first.map((p) => JSON.stringify(p))).size).toBe(2)
  })
})

describe('SARIF past the results limit', () => {
  it('keeps 25,000 results, blocking ones first, and counts the rest', () => {
    const many = manyFindingsReport(25_010)
    many.findings[25_005] = { ...many.findings[25_005]!, severity: 'block' }
    const run = sarif(many).runs[0]!
    expect(run.results).toHaveLength(25_000)
    expect(run.results![0]!.level).toBe('error')
    expect(run.properties).toMatchObject({ omittedResults: 10 })
    expect(uploadProblems(sarif(many))).toEqual([])
  })
})
