import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { ChangedFile } from '../../../src/model.js'
import {
  adversarialLine,
  BUDGET_MS,
  hunkAround,
  KB,
  OPENERS,
  slowest
} from '../verifier/adversarial-lines.js'
import { detectRisk, file, ofRule, randomish } from './change-builder.js'

/** One path per risk rule's file kind: workflows, actions, manifests, env and config files. */
const PATHS = [
  '.github/workflows/ci.yml',
  '.github/actions/setup/action.yml',
  'package.json',
  '.env',
  'config/app.yml',
  'src/client.ts',
  'deploy/values.yaml',
  'Dockerfile',
  '.gitmodules'
]

function filesWith(line: string): ChangedFile[] {
  return PATHS.map((path) => file(path, [hunkAround(line)]))
}

const run = (files: ChangedFile[]) => detectRisk(files)

describe('risk scans stay linear on hostile lines', () => {
  it.each(OPENERS.map(([prefix, unit]) => [`${prefix}${unit}`, prefix, unit]))(
    '200 KB of %j in every file kind',
    (_name, prefix, unit) => {
      const ms = slowest(run, filesWith(adversarialLine(prefix, unit, 200 * KB)))
      expect(ms).toBeLessThan(BUDGET_MS)
    }
  )

  it.each([
    ['', 'key:'],
    ['', 'api_key:'],
    ['permissions: {', 'a'],
    ['', '${{'],
    ['key', ' '],
    ['', 'eyJ'],
    ['', 'sk-'],
    ['', '"']
  ])('1 MB of %j then %j in a workflow and an env file', (prefix, unit) => {
    const line = adversarialLine(prefix, unit, 1000 * KB)
    const files = ['.github/workflows/ci.yml', '.env', 'src/client.ts'].map((p) =>
      file(p, [hunkAround(line)])
    )
    expect(slowest(run, files)).toBeLessThan(BUDGET_MS)
  })

  it('a line mixing openers at random, 200 KB', () => {
    const units = OPENERS.map(([prefix, unit]) => prefix + unit)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { minLength: 4, maxLength: 12 }), (mix) => {
        const line = adversarialLine('', mix.join(''), 200 * KB)
        expect(slowest(run, filesWith(line))).toBeLessThan(BUDGET_MS)
      }),
      { numRuns: 5 }
    )
  })

  it('many indented scope lines in one hunk read their enclosing key once', () => {
    const lines = ['+permissions:', ...Array.from({ length: 50_000 }, () => '+  checks: write')]
    const ms = slowest(run, [file('.github/workflows/ci.yml', [lines])])
    expect(ms).toBeLessThan(BUDGET_MS)
  })

  it('still finds a secret assignment after a long run of keys', () => {
    const secret = randomish(24, 7)
    const line = `${'key:'.repeat(50_000)} password: "${secret}"`
    const found = ofRule(detectRisk([file('src/client.ts', [[`+${line}`]])]), 'secret-in-diff')
    expect(found).toHaveLength(1)
  })
})
