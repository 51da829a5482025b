import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  LABELS_PATH,
  loadLabels,
  parseLabels,
  REFACTOR_KINDS
} from '../../scripts/real-corpus/labels.js'
import { EVALUATED_RULES } from '../corpus/evaluate.js'

const valid = {
  repo: 'octo/widgets',
  commit: 'a'.repeat(40),
  language: 'Go',
  kinds: ['rename-symbol'],
  behaviour: false,
  source: 'hand',
  note: 'Local n renamed to count'
}

describe('the real-commit corpus label file', () => {
  const labels = loadLabels()

  it('reads without a problem, every entry valid', () => {
    const { problems } = parseLabels(JSON.parse(readFileSync(LABELS_PATH, 'utf8')) as unknown)
    expect(problems).toEqual([])
    expect(labels.length).toBeGreaterThan(0)
  })

  it('labels kinds from the gate’s own refactor rules only', () => {
    expect([...REFACTOR_KINDS].sort()).toEqual([...EVALUATED_RULES].sort())
    for (const label of labels)
      for (const kind of label.kinds) expect(REFACTOR_KINDS).toContain(kind)
  })

  it('lists no commit twice', () => {
    const ids = labels.map((l) => `${l.repo}@${l.commit}`)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('parseLabels', () => {
  it('accepts a well-formed entry and keeps its parent', () => {
    const parent = 'b'.repeat(40)
    const { labels, problems } = parseLabels({ version: 1, commits: [{ ...valid, parent }] })
    expect(problems).toEqual([])
    expect(labels).toEqual([{ ...valid, parent }])
  })

  it.each([
    ['an unknown kind', { kinds: ['reformat'] }, 'kinds must be a list of'],
    ['a kind twice', { kinds: ['format-only', 'format-only'] }, 'lists a kind twice'],
    ['a short commit id', { commit: 'abc1234' }, 'full 40-hex SHA'],
    ['a repo without an owner', { repo: 'widgets' }, 'is not owner/name'],
    ['behaviour as a string', { behaviour: 'no' }, 'behaviour must be true or false'],
    ['an empty note', { note: ' ' }, '"note" must be a non-empty string'],
    ['no kind and no behaviour', { kinds: [], behaviour: false }, 'must change behaviour'],
    ['a stray key', { expect: [] }, 'unknown key "expect"']
  ])('rejects %s, naming the entry', (_name, change, message) => {
    const { labels, problems } = parseLabels({ version: 1, commits: [{ ...valid, ...change }] })
    expect(labels).toEqual([])
    expect(problems).toEqual([expect.stringContaining(message)])
    expect(problems[0]).toMatch(/^commits\[0\]: /)
  })

  it('rejects the same commit listed twice', () => {
    const { problems } = parseLabels({ version: 1, commits: [valid, { ...valid, note: 'again' }] })
    expect(problems).toEqual([`commits[1]: octo/widgets@${valid.commit} is listed twice`])
  })

  it('rejects a file that is not { version: 1, commits: [...] }', () => {
    expect(parseLabels([valid]).problems).toEqual([expect.stringContaining('"version": 1')])
    expect(parseLabels({ version: 2, commits: [] }).problems).toHaveLength(1)
  })
})
