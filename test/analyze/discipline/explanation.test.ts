import { describe, expect, it } from '@jest/globals'
import { file } from '../verifier/change.js'
import { discipline } from './discipline.js'

const PAGE = file('src/pagination/page.ts', ['-a', '+b'])
const explain = (body: string, options: Parameters<typeof discipline>[2] = {}) =>
  discipline('explanation', [PAGE], { pr: { body }, ...options })

describe('explanation', () => {
  it('accepts a short body that says why', () => {
    expect(
      explain('The last partial page was dropped because of Math.floor; use Math.ceil.')
    ).toEqual([])
    expect(explain('Fixes #123: off-by-one in pagination.')).toEqual([])
    expect(explain('Switch to ceil to fix the page count.')).toEqual([])
  })

  it('flags an empty body and one that says what but not why', () => {
    expect(explain('')[0]).toMatchObject({ severity: 'warn', evidence: { words: 0, why: false } })
    const found = explain('Changed Math.floor to Math.ceil in page.ts.')
    expect(found).toHaveLength(1)
    expect(found[0]!.message).toContain('not why')
  })

  it('flags a body over the word limit, and follows explanation.max_words', () => {
    const novel = `This fixes the pagination because it was wrong. ${'word '.repeat(320)}`
    const found = explain(novel)
    expect(found).toHaveLength(1)
    expect(found[0]!.evidence).toMatchObject({ words: 328, maxWords: 300 })
    expect(
      explain('Because the count was wrong, use ceil here.', {
        config: { explanation: { max_words: 5 } }
      })
    ).toHaveLength(1)
  })

  it('does not count the run manifest or HTML comments as prose', () => {
    const body = [
      'Use ceil because the last partial page was lost.',
      '<!-- agent-run {"schema":"agent-run/v1"} -->',
      '```agent-run',
      JSON.stringify({ schema: 'agent-run/v1', notes: 'word '.repeat(400) }),
      '```'
    ].join('\n')
    expect(explain(body)).toEqual([])
    expect(explain('```agent-run\n{"schema":"agent-run/v1"}\n```')[0]!.evidence).toMatchObject({
      words: 0
    })
  })

  it('applies only to agent-authored pull requests', () => {
    expect(explain('', { isAgent: false })).toEqual([])
    expect(discipline('explanation', [PAGE])).toEqual([])
  })
})
