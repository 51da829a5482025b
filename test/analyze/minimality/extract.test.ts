import { describe, expect, it } from '@jest/globals'
import { findingsOf } from './diff-of.js'

describe('moved-code: extract function', () => {
  const before = [
    'func Handle(lines []string) {',
    '\tif debug {',
    '\t\tfor i, line := range lines {',
    '\t\t\tkey, _, _ := strings.Cut(line, ":")',
    '\t\t\tif key == "Authorization" {',
    '\t\t\t\tlines[i] = key + ": *"',
    '\t\t\t}',
    '\t\t}',
    '\t}',
    '\tlog(lines)',
    '}',
    ''
  ].join('\n')

  it('finds a block moved into a new function, re-indented, a variable become a parameter', () => {
    const after = [
      'func Handle(lines []string) {',
      '\tif debug {',
      '\t\tmask(lines)',
      '\t}',
      '\tlog(lines)',
      '}',
      '',
      'func mask(headers []string) {',
      '\tfor i, line := range headers {',
      '\t\tkey, _, _ := strings.Cut(line, ":")',
      '\t\tif key == "Authorization" {',
      '\t\t\theaders[i] = key + ": *"',
      '\t\t}',
      '\t}',
      '}',
      ''
    ].join('\n')
    const moved = findingsOf([{ path: 'r.go', before, after }]).filter(
      (f) => f.rule === 'moved-code'
    )
    expect(moved).toHaveLength(1)
    expect(moved[0].evidence).toMatchObject({
      from: { path: 'r.go', line: 3 },
      to: { path: 'r.go', line: 9 },
      extracted: true,
      renamed: [{ from: 'lines', to: 'headers' }],
      editedLine: null
    })
    expect(moved[0].message).toMatch(
      /^6 lines extracted into a new function from r\.go:3-8 to r\.go:9-14/
    )
    expect(moved[0].message).toContain('`lines` → `headers`')
  })

  it('leaves a line edited inside the extracted block behavioural', () => {
    const after = [
      'func Handle(lines []string) {',
      '\tif debug {',
      '\t\tmask(lines)',
      '\t}',
      '\tlog(lines)',
      '}',
      '',
      'func mask(lines []string) {',
      '\tfor i, line := range lines {',
      '\t\tkey, _, _ := strings.Cut(line, ":")',
      '\t\tif strings.EqualFold(key, "Authorization") {',
      '\t\t\tlines[i] = key + ": *"',
      '\t\t}',
      '\t}',
      '}',
      ''
    ].join('\n')
    const [moved] = findingsOf([{ path: 'r.go', before, after }]).filter(
      (f) => f.rule === 'moved-code'
    )
    expect(moved.evidence).toMatchObject({ extracted: true, renamed: [], editedLine: 11 })
  })

  it('does not take a block whose lines mostly changed names for a move', () => {
    const after = [
      'func Handle(lines []string) {',
      '\tif debug {',
      '\t\tmask(lines)',
      '\t}',
      '\tlog(lines)',
      '}',
      '',
      'func mask(rows []string) {',
      '\tfor j, row := range rows {',
      '\t\tkey, _, _ := strings.Cut(row, ":")',
      '\t\tif key == "Authorization" {',
      '\t\t\trows[j] = key + ": *"',
      '\t\t}',
      '\t}',
      '}',
      ''
    ].join('\n')
    expect(findingsOf([{ path: 'r.go', before, after }]).map((f) => f.rule)).not.toContain(
      'moved-code'
    )
  })
})
