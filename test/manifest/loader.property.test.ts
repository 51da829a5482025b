import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { findManifestInBody, parseManifest, resolveManifest } from '../../src/manifest/loader.js'
import { validManifest } from './fixtures.js'

const SOURCE = 'manifest input (agent-run.json)'

const { value: jsonValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(0, 1, -1, 2.5, 1e300, true, false, null, '', 'agent-run/v1', 'x', 'passed'),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        fc.constantFrom(
          'schema',
          'agent',
          'task',
          'tests',
          'actions',
          'seq',
          'attempt',
          'x-a',
          '__proto__'
        ),
        fc.string()
      ),
      tie('value'),
      { maxKeys: 5 }
    )
  )
}))

/** A valid manifest with one value somewhere replaced by an arbitrary one. */
const mutatedManifest = fc
  .tuple(
    fc.constantFrom('schema', 'agent', 'task', 'actions', 'tests', 'context_snapshots', 'changes'),
    jsonValue
  )
  .map(([key, value]) => JSON.stringify({ ...validManifest(), [key]: value }))

const bodyPiece = fc.constantFrom(
  '```agent-run\n',
  '~~~agent-run\n',
  '```\n',
  '~~~\n',
  '````',
  '<!-- agent-run ',
  '<!--',
  '-->',
  '\r\n',
  '\n',
  '{}',
  '{"schema"',
  ' ',
  'text'
)
const bodies = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(bodyPiece, { maxLength: 30 }).map((p) => p.join(''))
)

describe('the manifest loader on arbitrary input never throws', () => {
  it('parseManifest: arbitrary strings, JSON values and mutated manifests', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary' }),
      jsonValue.map((value) => JSON.stringify(value)),
      mutatedManifest
    )
    fc.assert(
      fc.property(texts, fc.string(), (text, source) => {
        const state = parseManifest(text, source)
        expect(['present', 'invalid']).toContain(state.status)
        if (state.status === 'invalid') expect(state.problems.length).toBeGreaterThan(0)
      }),
      { numRuns: 500 }
    )
  })

  it('findManifestInBody and resolveManifest: arbitrary PR bodies', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const found = findManifestInBody(body)
        if (found !== null) expect(found.source).toMatch(/^PR body \(/)
        expect(['absent', 'present', 'invalid']).toContain(resolveManifest({ prBody: body }).status)
      }),
      { numRuns: 500 }
    )
  })

  it('resolveManifest: arbitrary file text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.option(bodies), (text, prBody) => {
        const state = resolveManifest({ file: { text, source: SOURCE }, prBody })
        expect(state.status).not.toBe('absent')
      }),
      { numRuns: 300 }
    )
  })
})
