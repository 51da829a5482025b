import { describe, expect, it } from '@jest/globals'
import { evaluateCorpus, TARGETS } from '../../corpus/evaluate.js'

describe('labelled corpus', () => {
  const result = evaluateCorpus()

  it('holds at least 60 diffs covering every kind', () => {
    expect(result.diffs).toBeGreaterThanOrEqual(60)
    for (const kind of result.kinds)
      expect(kind.truePositives + kind.falseNegatives).toBeGreaterThan(0)
  })

  it('meets precision and recall per kind and the false-alarm bound', () => {
    for (const kind of result.kinds) {
      expect({ rule: kind.rule, precision: kind.precision >= TARGETS.precision }).toEqual({
        rule: kind.rule,
        precision: true
      })
      expect({ rule: kind.rule, recall: kind.recall >= TARGETS.recall }).toEqual({
        rule: kind.rule,
        recall: true
      })
    }
    expect(result.behaviourOnly.rate).toBeLessThanOrEqual(TARGETS.falseAlarmRate)
    expect(result.missed).toEqual([])
  })
})
