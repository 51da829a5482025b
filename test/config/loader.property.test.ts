import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { ConfigError } from '../../src/config/errors.js'
import { parseConfig } from '../../src/config/loader.js'

const FILE = '.github/agent-pr-gate.yml'

/** parseConfig either returns or throws a ConfigError: never a TypeError, RangeError, ... */
function onlyConfigErrors(text: string): boolean {
  try {
    parseConfig(text, FILE)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    expect(error.message).toContain(FILE)
  }
  return true
}

const keys = fc.constantFrom(
  'version',
  'mode',
  'rules',
  'agents',
  'authors',
  'minimality',
  'warn_below',
  'block_below',
  'sensitive',
  'require_human_approval_for',
  'override',
  'label',
  'out-of-scope',
  '__proto__',
  'constructor'
)
const { value: jsonish } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(1, 0, -1, 80, 50, 1.5, true, false, null, 'warn', 'block', 'off', '**/x/**'),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(keys, fc.string()), tie('value'), { maxKeys: 5 })
  )
}))

describe('parseConfig on arbitrary input', () => {
  it('throws nothing but ConfigError on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), onlyConfigErrors), {
      numRuns: 300
    })
  })

  it('throws nothing but ConfigError on YAML-ish text', () => {
    const token = fc.constantFrom(
      'version: 1\n',
      'rules:',
      ' - ',
      '[',
      ']',
      '{',
      '}',
      ': ',
      '\n  ',
      '&a ',
      '*a',
      '!!str ',
      '"',
      "'",
      '#',
      '---\n',
      '? ',
      '|\n',
      'null',
      '~',
      'mode: warn\n',
      'x'
    )
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 40 }).map((t) => t.join('')),
        onlyConfigErrors
      ),
      {
        numRuns: 300
      }
    )
  })

  it('throws nothing but ConfigError on arbitrary objects serialized to YAML', () => {
    const documents = fc.oneof(
      jsonish,
      fc.dictionary(keys, jsonish, { maxKeys: 6 }).map((object) => ({ version: 1, ...object }))
    )
    fc.assert(
      fc.property(documents, (document) => onlyConfigErrors(stringify(document))),
      { numRuns: 300 }
    )
  })
})
