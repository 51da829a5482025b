import { describe, expect, it } from '@jest/globals'
import { file } from '../verifier/change.js'
import { discipline } from './discipline.js'

const PAGE = file('src/pagination/page.ts', ['-a', '+b'])
const explain = (
  body: string,
  options: Parameters<typeof discipline>[2] = {},
  title = 'Fix pagination'
) => discipline('explanation', [PAGE], { pr: { title, body }, ...options })
const loud = (findings: { severity: string }[]) => findings.filter((f) => f.severity !== 'info')

describe('explanation', () => {
  it('accepts a short body that says why', () => {
    expect(
      explain('The last partial page was dropped because of Math.floor; use Math.ceil.')
    ).toEqual([])
    expect(explain('Fixes #123: off-by-one in pagination.')).toEqual([])
    expect(explain('Switch to ceil to fix the page count.')).toEqual([])
  })

  it('does not warn on a clear title with a short body or none', () => {
    expect(loud(explain('', {}, 'Round the last page up in pagination'))).toEqual([])
    expect(
      loud(explain('Use Math.ceil for the page count.', {}, 'fix(pager): page count'))
    ).toEqual([])
    expect(loud(explain('', {}, 'fix typo'))).toEqual([])
    expect(loud(explain('', {}, 'chore(deps): update jsdom to v30 (#15197)'))).toEqual([])
  })

  it('warns when there is no description and the title names nothing', () => {
    for (const title of ['WIP', 'Update page.ts', 'fix: fix the bug', 'Address review comments']) {
      const found = explain('', {}, title)
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'warn',
          evidence: expect.objectContaining({ words: 0, clearTitle: false })
        })
      ])
    }
    expect(loud(explain('Rounds the last page up so it is not dropped.', {}, 'WIP'))).toEqual([])
  })

  it('reports a body that says what but not why as info, never a warning', () => {
    const found = explain('Changed Math.floor to Math.ceil in page.ts.', {}, 'Change page count')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'info' })
    expect(found[0]!.message).toContain('not why')
    expect(explain('Changed Math.floor to Math.ceil.', {}, 'Fix the page count bug')).toEqual([])
  })

  it('reports a body over the word limit as info, and follows explanation.max_words', () => {
    const novel = `This fixes the pagination because it was wrong. ${'word '.repeat(320)}`
    const found = explain(novel)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ severity: 'info' })
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
    expect(
      explain('```agent-run\n{"schema":"agent-run/v1"}\n```', {}, 'wip')[0]!.evidence
    ).toMatchObject({ words: 0 })
  })

  it('applies only to agent-authored pull requests', () => {
    expect(explain('', { isAgent: false })).toEqual([])
    expect(discipline('explanation', [PAGE])).toEqual([])
  })
})
