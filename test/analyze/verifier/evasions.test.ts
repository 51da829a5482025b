import { describe, expect, it } from '@jest/globals'
import { file } from './change.js'
import { findings } from './detect.js'

const rulesOf = (path: string, lines: string[]) =>
  findings('test-skipped', [file(path, lines)])
    .concat(findings('ci-failure-masked', [file(path, lines)]))
    .concat(findings('assertion-weakened', [file(path, lines)]))
    .map((f) => f.rule)

describe('test bending through configuration is test-skipped', () => {
  it.each([
    [
      'jest testPathIgnorePatterns gains an entry',
      'jest.config.js',
      ['   testPathIgnorePatterns: [', "     '/node_modules/',", "+    '/src/billing/',", '   ],']
    ],
    [
      'jest testPathIgnorePatterns on one line',
      'jest.config.ts',
      [
        "-  testPathIgnorePatterns: ['/node_modules/'],",
        "+  testPathIgnorePatterns: ['/node_modules/', 'invoice'],"
      ]
    ],
    [
      'jest testMatch narrowed',
      'jest.config.js',
      ["-  testMatch: ['**/*.test.ts'],", "+  testMatch: ['**/unit/*.test.ts'],"]
    ],
    [
      'jest modulePathIgnorePatterns in package.json',
      'package.json',
      [
        '   "jest": {',
        '+    "modulePathIgnorePatterns": ["<rootDir>/src/pay"],',
        '     "verbose": true'
      ]
    ],
    [
      'a testMatch entry removed',
      'jest.config.js',
      ['   testMatch: [', "     '**/*.test.ts',", "-    '**/*.spec.ts',", '   ],']
    ],
    [
      'vitest exclude',
      'vitest.config.ts',
      [
        '   test: {',
        "-    exclude: ['node_modules'],",
        "+    exclude: ['node_modules', 'src/billing/**'],"
      ]
    ],
    ['pytest addopts -k', 'pytest.ini', [' [pytest]', '+addopts = -k "not pricing"']],
    [
      'pytest addopts --deselect in pyproject',
      'pyproject.toml',
      [
        ' [tool.pytest.ini_options]',
        '-addopts = "-ra"',
        '+addopts = "-ra --deselect tests/test_pricing.py::test_tax"'
      ]
    ],
    [
      'pytest --ignore in a script',
      'scripts/test.sh',
      ['-pytest', '+pytest --ignore=tests/billing']
    ],
    [
      'go test -run in CI',
      '.github/workflows/ci.yml',
      ['-      - run: go test ./...', "+      - run: go test -run 'TestFast' ./..."]
    ],
    ['conftest collect_ignore', 'tests/conftest.py', ['+collect_ignore = ["test_pricing.py"]']]
  ])('%s', (_name, path, lines) => {
    expect(rulesOf(path, lines)).toContain('test-skipped')
  })

  it.each([
    [
      'coverage exclude in vitest',
      'vitest.config.ts',
      ['   coverage: {', "+    exclude: ['src/generated/**'],"]
    ],
    ['ruff exclude in pyproject', 'pyproject.toml', [' [tool.ruff]', '+exclude = ["build"]']],
    [
      'a removed ignore entry widens the run',
      'jest.config.js',
      ['   testPathIgnorePatterns: [', "-    '/src/billing/',", '   ],']
    ]
  ])('not for %s', (_name, path, lines) => {
    expect(rulesOf(path, lines)).not.toContain('test-skipped')
  })
})

describe('failures masked in scripts and CI', () => {
  it.each([
    ['Makefile `-npm test`', 'Makefile', [' test:', '-\tnpm test', '+\t-npm test']],
    ['Makefile `@-pytest`', 'Makefile', [' test:', '-\t@pytest', '+\t@-pytest']],
    [
      'set -e removed',
      'scripts/ci.sh',
      [' #!/usr/bin/env bash', '-set -euo pipefail', ' npm test']
    ],
    [
      'continue-on-error from an expression',
      '.github/workflows/ci.yml',
      ['       - run: npm test', '+        continue-on-error: ${{ matrix.experimental }}']
    ],
    [
      'bash without -e',
      '.github/workflows/ci.yml',
      ['       - run: npm test', '+        shell: bash {0}']
    ]
  ])('%s', (_name, path, lines) => {
    expect(rulesOf(path, lines)).toContain('ci-failure-masked')
  })

  it('set -e kept with other flags is not masked', () => {
    expect(rulesOf('scripts/ci.sh', ['-set -e', '+set -eu'])).toEqual([])
  })

  it('a Makefile variable line starting with a dash in an option list is not a recipe', () => {
    expect(rulesOf('Makefile', ['+FLAGS = -v', '+\tnpm test'])).toEqual([])
  })
})

describe('tests cut short or emptied', () => {
  it('an early return in an existing test', () => {
    const lines = [
      "   it('charges the card', async () => {",
      '+    return',
      '     const receipt = await charge(card, 10)',
      '     expect(receipt.total).toBe(10)',
      '   })'
    ]
    const [finding] = findings('test-skipped', [file('src/charge.test.ts', lines)])
    expect(finding).toMatchObject({ severity: 'block', evidence: { marker: 'early-return' } })
  })

  it('a return that ends a helper is not early', () => {
    const lines = ['   function setup() {', '     db.reset()', '+    return', '   }']
    expect(findings('test-skipped', [file('src/charge.test.ts', lines)])).toEqual([])
  })

  it.each([
    [
      'expect(true).toBe(true)',
      'src/a.test.ts',
      '-    expect(total).toBe(10)',
      '+    expect(true).toBe(true)'
    ],
    ['assert True', 'tests/test_a.py', '-    assert total == 10', '+    assert True'],
    [
      'assert.True(t, true)',
      'a_test.go',
      '-\tassert.Equal(t, 10, total)',
      '+\tassert.True(t, true)'
    ]
  ])('%s replacing an assertion', (_name, path, before, after) => {
    const found = findings('assertion-weakened', [file(path, [before, after])])
    expect(found.map((f) => f.evidence?.kind)).toContain('constant')
  })

  it('toEqual(expect.anything()) replacing a value is a looser matcher', () => {
    const found = findings('assertion-weakened', [
      file('src/a.test.ts', [
        '-    expect(invoice).toEqual({ total: 10 })',
        '+    expect(invoice).toEqual(expect.anything())'
      ])
    ])
    expect(found[0]).toMatchObject({
      evidence: { kind: 'looser-matcher', to: 'toEqual(anything)' }
    })
  })
})
