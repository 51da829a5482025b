import { describe, expect, it } from '@jest/globals'
import type { ManifestAction } from '../../../src/model.js'
import { manifest } from '../verifier/change.js'
import { discipline } from './discipline.js'

const actions = (n: number): ManifestAction[] =>
  Array.from({ length: n }, (_, i) => ({ seq: i + 1, tool: i % 2 ? 'edit' : 'shell' }))

describe('action-budget', () => {
  it('warns on a run of 51 actions under the default budget of 50', () => {
    const found = discipline('action-budget', [], { manifest: manifest({ actions: actions(51) }) })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      severity: 'warn',
      evidence: { actions: 51, highestSeq: 51, limit: 50 }
    })
    expect(found[0]!.message).toContain('51 actions')
  })

  it('accepts a run of exactly the budget, and follows max_actions_per_run', () => {
    expect(
      discipline('action-budget', [], { manifest: manifest({ actions: actions(50) }) })
    ).toEqual([])
    expect(
      discipline('action-budget', [], {
        manifest: manifest({ actions: actions(21) }),
        config: { max_actions_per_run: 20 }
      })
    ).toHaveLength(1)
  })

  it('counts by the highest sequence number, so leaving entries out does not shorten the run', () => {
    const found = discipline('action-budget', [], {
      manifest: manifest({
        actions: [
          { seq: 1, tool: 'read' },
          { seq: 80, tool: 'edit' }
        ]
      })
    })
    expect(found[0]!.evidence).toMatchObject({ actions: 2, highestSeq: 80 })
  })

  it('says nothing without a manifest', () => {
    expect(discipline('action-budget', [])).toEqual([])
  })
})
