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
} from './adversarial-lines.js'
import { file } from './change.js'
import { verify } from './detect.js'

/** One path per file role and test language the verifier reads. */
const PATHS = [
  'src/page.test.ts',
  'src/__tests__/page.js',
  'tests/test_page.py',
  'page_test.go',
  'src/test/java/PageTest.java',
  'src/lib.rs',
  '.github/workflows/ci.yml',
  'package.json',
  'Makefile',
  'jest.config.js',
  'pyproject.toml',
  'codecov.yml',
  'src/__snapshots__/page.test.ts.snap'
]

function filesWith(line: string): ChangedFile[] {
  return PATHS.map((path) => file(path, hunkAround(line)))
}

const run = (files: ChangedFile[]) => verify(files)

describe('verifier scans stay linear on hostile lines', () => {
  it.each(OPENERS.map(([prefix, unit]) => [`${prefix}${unit}`, prefix, unit]))(
    '200 KB of %j in every file role',
    (_name, prefix, unit) => {
      const ms = slowest(run, filesWith(adversarialLine(prefix, unit, 200 * KB)))
      expect(ms).toBeLessThan(BUDGET_MS)
    }
  )

  it.each(['expect(', "'", '\\', '.to', 'assert.', 'it.describe.', 'test '])(
    '1 MB of %j in a test file and a workflow',
    (unit) => {
      const line = adversarialLine('', unit, 1000 * KB)
      const files = ['src/page.test.ts', '.github/workflows/ci.yml'].map((p) =>
        file(p, hunkAround(line))
      )
      expect(slowest(run, files)).toBeLessThan(BUDGET_MS)
    }
  )

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

  it('still finds a marker after a long run of quotes and backslashes', () => {
    const line = `${'"\\\\"'.repeat(20_000)}; it.skip('counts', () => {})`
    const found = verify([file('src/page.test.ts', [`+${line}`])]).findings
    expect(found.map((f) => f.rule)).toContain('test-skipped')
  })
})
