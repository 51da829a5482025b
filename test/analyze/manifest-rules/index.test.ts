import { describe, expect, it } from '@jest/globals'
import { manifestDetectors } from '../../../src/analyze/manifest-rules/index.js'
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js'
import type { Finding, ManifestState } from '../../../src/model.js'
import { changeSet as changeSetOf } from '../../support/change-set.js'

function detect(manifest: ManifestState, isAgent: boolean): Finding[] {
  const changeSet = changeSetOf([], { manifest })
  return manifestDetectors.detect({ changeSet, config: DEFAULT_CONFIG, isAgent }).findings
}

const SOURCE = 'PR body (agent-run block)'

function invalid(count: number): ManifestState {
  return {
    status: 'invalid',
    source: SOURCE,
    problems: Array.from({ length: count }, (_, index) => ({
      pointer: `/tests/${index}/status`,
      message: 'is "flaky"; expected one of: passed, failed, error, skipped'
    }))
  }
}

describe('run-manifest-missing', () => {
  it('is info on an agent PR without a manifest, and says how to attach one', () => {
    const findings = detect({ status: 'absent' }, true)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'run-manifest-missing', severity: 'info' })
    expect(findings[0]?.message).toContain('every diff check ran')
    expect(findings[0]?.fix).toContain('`manifest` input')
    expect(findings[0]?.fix).toContain('```agent-run')
  })

  it('says nothing on a PR that is not agent-authored', () => {
    expect(detect({ status: 'absent' }, false)).toEqual([])
  })

  it('says nothing when a valid manifest is present', () => {
    const manifest: ManifestState = {
      status: 'present',
      source: SOURCE,
      manifest: { schema: 'agent-run/v1', agent: { name: 'codex' }, task: { request: 'Fix it' } }
    }
    expect(detect(manifest, true)).toEqual([])
  })
})

describe('run-manifest-invalid', () => {
  it('warns with one finding per problem naming the source, the pointer and the fix', () => {
    const findings = detect(invalid(2), true)
    expect(findings).toHaveLength(2)
    expect(findings[1]).toEqual({
      rule: 'run-manifest-invalid',
      severity: 'warn',
      message:
        'Run manifest from PR body (agent-run block) is invalid at /tests/1/status: is "flaky"; expected one of: passed, failed, error, skipped',
      evidence: { source: SOURCE, pointer: '/tests/1/status' },
      why: expect.any(String),
      fix: 'Correct /tests/1/status in the manifest so it matches agent-run/v1 (schema/agent-run.schema.json).'
    })
  })

  it('names the whole document for a syntax error', () => {
    const [finding] = detect(
      {
        status: 'invalid',
        source: SOURCE,
        problems: [{ pointer: '', message: 'is not valid JSON' }]
      },
      true
    )
    expect(finding?.message).toBe(
      'Run manifest from PR body (agent-run block) is invalid at the document: is not valid JSON'
    )
  })

  it('lists at most 20 problems plus one that counts the rest', () => {
    const findings = detect(invalid(57), true)
    expect(findings).toHaveLength(21)
    expect(findings[19]?.evidence).toEqual({ source: SOURCE, pointer: '/tests/19/status' })
    expect(findings[20]?.message).toBe(
      'Run manifest from PR body (agent-run block) has 37 more problems not listed here.'
    )
  })

  it('reports an invalid manifest even on a PR not classified as agent-authored', () => {
    expect(detect(invalid(1), false)).toHaveLength(1)
  })
})
