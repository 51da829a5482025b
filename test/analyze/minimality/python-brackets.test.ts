import { describe, expect, it } from '@jest/globals'
import { minimalityDetectors } from '../../../src/analyze/minimality/index.js'
import { pythonTokenizer } from '../../../src/analyze/minimality/tokenize/python.js'
import { inputOf } from './diff-of.js'

/** `rule path` of each finding on a hand-written unified diff. */
function kindsOfDiff(text: string): string[] {
  return minimalityDetectors
    .detect(inputOf(text))
    .findings.map((f) => `${f.rule} ${f.path ?? ''}`)
    .sort()
}

/** A one-hunk diff of `path` starting at line 20, past whatever opened above it. */
function hunk(path: string, lines: readonly string[]): string {
  const old = lines.filter((l) => !l.startsWith('+')).length
  const now = lines.filter((l) => !l.startsWith('-')).length
  return [
    `diff --git a/${path} b/${path}`,
    `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -20,${old} +20,${now} @@ def settings():`,
    ...lines,
    ''
  ].join('\n')
}

describe('Python hunks that start inside a bracket opened above them', () => {
  it('reads lines before a closer with no opener in the side as no statement starts', () => {
    const side = pythonTokenizer(["    'b': 2,", "    'c': 3", '})', '', 'x = 1'])
    expect(side.map((line) => line.statementStart)).toEqual([false, false, false, false, true])
  })

  it('calls a trailing comma after the last dict entry layout', () => {
    const diff = hunk('shop/settings.py', [
      "         'currency': 'EUR',",
      "         'country': 'NL',",
      "-        'language': 'nl'",
      "+        'language': 'nl',",
      '     })',
      ' ',
      ' '
    ])
    expect(kindsOfDiff(diff)).toEqual(['format-only shop/settings.py'])
  })

  it('calls a trailing comma after the last of several call arguments layout', () => {
    const diff = hunk('shop/run.py', [
      '         cart,',
      '         prices,',
      '-        taxes',
      '+        taxes,',
      '     )',
      ' ',
      ' '
    ])
    expect(kindsOfDiff(diff)).toEqual(['format-only shop/run.py'])
  })

  it('keeps a comma that may make a one-item tuple a change', () => {
    const diff = hunk('shop/run.py', [
      '         # the only currency',
      "-        'EUR'",
      "+        'EUR',",
      '     )',
      ' ',
      ' '
    ])
    expect(kindsOfDiff(diff)).toEqual([])
  })
})
