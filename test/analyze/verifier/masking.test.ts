import { describe, expect, it } from '@jest/globals'
import { file } from './change.js'
import { findings } from './detect.js'

const masked = (path: string, lines: string[] | string[][]) =>
  findings('ci-failure-masked', [file(path, lines)])

describe('ci-failure-masked', () => {
  it.each([
    [
      'continue-on-error',
      '.github/workflows/ci.yml',
      ['       - run: npm test', '+        continue-on-error: true'],
      'continue-on-error: true'
    ],
    [
      'continue-on-error turned on',
      '.github/workflows/ci.yml',
      ['-    continue-on-error: false', '+    continue-on-error: true'],
      'continue-on-error: true'
    ],
    [
      '|| true in a workflow',
      '.github/workflows/ci.yml',
      ['-      - run: npm test', '+      - run: npm test || true'],
      '|| true'
    ],
    [
      '|| true in package.json',
      'package.json',
      ['-    "test": "jest",', '+    "test": "jest || true",'],
      '|| true'
    ],
    ['|| exit 0 in a script', 'scripts/ci.sh', ['-pytest', '+pytest || exit 0'], '|| exit 0'],
    ['set +e', 'scripts/test.sh', [' #!/usr/bin/env bash', '+set +e'], 'set +e'],
    [
      '--passWithNoTests',
      'package.json',
      ['-    "test": "jest"', '+    "test": "jest --passWithNoTests"'],
      '--passWithNoTests'
    ],
    [
      'passWithNoTests in jest config',
      'jest.config.js',
      ['+  passWithNoTests: true,'],
      '--passWithNoTests'
    ],
    [
      'vitest --pass-with-no-tests',
      '.github/workflows/ci.yml',
      ['-      - run: npx vitest run', '+      - run: npx vitest run --pass-with-no-tests'],
      '--pass-with-no-tests'
    ],
    [
      'GitLab allow_failure',
      '.gitlab-ci.yml',
      ['   script: make test', '+  allow_failure: true'],
      'allow_failure: true'
    ],
    [
      'codecov fail_ci_if_error false',
      '.github/workflows/ci.yml',
      ['-          fail_ci_if_error: true', '+          fail_ci_if_error: false'],
      'fail_ci_if_error: false'
    ],
    [
      'flake8 --exit-zero',
      'tox.ini',
      ['-commands = flake8', '+commands = flake8 --exit-zero'],
      '--exit-zero'
    ]
  ])('flags a failure masked: %s', (_, path, lines, marker) => {
    const found = masked(path, lines)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ rule: 'ci-failure-masked', severity: 'block', path })
    expect(found[0]!.evidence).toEqual({ kind: 'mask', marker })
  })

  it.each([
    ['jest coverageThreshold', 'jest.config.js', ['-      lines: 90,', '+      lines: 70,']],
    ['package.json nyc', 'package.json', ['-    "branches": 80,', '+    "branches": 50,']],
    [
      'vitest thresholds',
      'vitest.config.ts',
      ['-        statements: 85,', '+        statements: 60,']
    ],
    ['coverage.py fail_under', 'pyproject.toml', ['-fail_under = 90', '+fail_under = 75']],
    [
      'pytest-cov flag',
      '.github/workflows/ci.yml',
      [
        '-      - run: pytest --cov --cov-fail-under=90',
        '+      - run: pytest --cov --cov-fail-under=60'
      ]
    ],
    ['codecov target', 'codecov.yml', ['-        target: 85%', '+        target: 70%']],
    ['codecov threshold', '.codecov.yml', ['-        threshold: 1%', '+        threshold: 10%']],
    [
      'threshold removed',
      'jest.config.js',
      ['   coverageThreshold: {', '     global: {', '-      functions: 80,', '     },']
    ]
  ])('flags coverage thresholds lowered or removed: %s', (_, path, lines) => {
    const found = masked(path, lines)
    expect(found).toHaveLength(1)
    expect(found[0]!.evidence).toMatchObject({ kind: 'coverage' })
  })

  it('does not flag thresholds raised, added, or moved', () => {
    expect(masked('jest.config.js', ['-      lines: 70,', '+      lines: 90,'])).toEqual([])
    expect(masked('jest.config.js', ['+      lines: 80,'])).toEqual([])
    expect(masked('pyproject.toml', [['-fail_under = 90'], ['+fail_under = 90']])).toEqual([])
  })

  it('does not flag masking removed, or turned off', () => {
    expect(masked('.github/workflows/ci.yml', ['-        continue-on-error: true'])).toEqual([])
    expect(
      masked('.github/workflows/ci.yml', [
        '-        continue-on-error: true',
        '+        continue-on-error: false'
      ])
    ).toEqual([])
    expect(
      masked('package.json', ['-    "test": "jest || true",', '+    "test": "jest",'])
    ).toEqual([])
  })

  it('does not read `|| true` in program code, or masks in comments', () => {
    expect(masked('src/a.test.ts', ['+  const ok = cached || true'])).toEqual([])
    expect(masked('src/feature.ts', ['+  return enabled || true'])).toEqual([])
    expect(masked('.github/workflows/ci.yml', ['+      # continue-on-error: true'])).toEqual([])
    expect(masked('src/metrics.ts', ['-  lines: 90,', '+  lines: 10,'])).toEqual([])
  })
})
