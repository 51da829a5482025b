import { describe, expect, it } from '@jest/globals'
import { file } from './change.js'
import { findings } from './detect.js'

const retries = (path: string, lines: string[]) => findings('test-retry-added', [file(path, lines)])
const timeouts = (path: string, lines: string[]) => findings('timeout-raised', [file(path, lines)])

describe('test-retry-added', () => {
  it.each([
    ['jest.retryTimes', 'src/a.test.ts', ['+jest.retryTimes(3)']],
    ['mocha this.retries', 'test/a.js', ["   describe('a', function () {", '+    this.retries(2)']],
    ['playwright config', 'playwright.config.ts', ['-  retries: 0,', '+  retries: 2,']],
    [
      'playwright describe.configure',
      'e2e/a.spec.ts',
      ['+test.describe.configure({ retries: 3 })']
    ],
    [
      'vitest test option',
      'src/a.test.ts',
      ["-  it('a', () => {", "+  it('a', { retry: 2 }, () => {"]
    ],
    ['cypress runMode', 'cypress.config.ts', ['-    runMode: 0,', '+    runMode: 2,']],
    ['pytest flaky marker', 'tests/test_a.py', ['+@pytest.mark.flaky(reruns=3)', ' def test_a():']],
    [
      'pytest --reruns in a workflow',
      '.github/workflows/ci.yml',
      ['-      - run: pytest', '+      - run: pytest --reruns 2']
    ],
    [
      'pytest --reruns in tox.ini',
      'tox.ini',
      ['-commands = pytest', '+commands = pytest --reruns=3']
    ],
    [
      'gotestsum --rerun-fails',
      'Makefile',
      ['-\tgotestsum ./...', '+\tgotestsum --rerun-fails ./...']
    ],
    ['surefire', 'pom.xml', ['+          <rerunFailingTestsCount>2</rerunFailingTestsCount>']],
    ['junit-pioneer', 'src/test/java/a/ATest.java', ['-    @Test', '+    @RetryingTest(3)']],
    ['cargo nextest', '.config/nextest.toml', ['-retries = 0', '+retries = 2']],
    ['retry action in CI', '.github/workflows/ci.yml', ['+      - uses: nick-fields/retry@v3']]
  ])('flags retries added or raised: %s', (_, path, lines) => {
    const found = retries(path, lines)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ rule: 'test-retry-added', severity: 'warn', path })
  })

  it('names the setting and both values', () => {
    const [found] = retries('playwright.config.ts', ['-  retries: 1,', '+  retries: 3,'])
    expect(found!.evidence).toEqual({ setting: 'retries', from: 'retries: 1', to: 'retries: 3' })
    expect(found!.line).toBe(1)
  })

  it('does not flag retries lowered or removed', () => {
    expect(retries('playwright.config.ts', ['-  retries: 3,', '+  retries: 1,'])).toEqual([])
    expect(retries('src/a.test.ts', ['-jest.retryTimes(3)'])).toEqual([])
    expect(retries('tox.ini', ['-commands = pytest --reruns 2', '+commands = pytest'])).toEqual([])
  })

  it('does not flag a retry setting that only moved within the file', () => {
    const moved = file('playwright.config.ts', [['-  retries: 2,'], ['+  retries: 2,']])
    expect(findings('test-retry-added', [moved])).toEqual([])
  })

  it('does not read retry words in application code or docs', () => {
    expect(retries('src/http/client.ts', ['+  retries: 5,'])).toEqual([])
    expect(retries('README.md', ['+Use `--reruns 3` for flaky tests.'])).toEqual([])
  })
})

describe('timeout-raised', () => {
  it.each([
    ['jest.setTimeout above the default', 'src/a.test.ts', ['+jest.setTimeout(30000)']],
    [
      'jest testTimeout in config',
      'jest.config.js',
      ['-  testTimeout: 5000,', '+  testTimeout: 60000,']
    ],
    ['vitest testTimeout', 'vitest.config.ts', ['+    testTimeout: 20_000,']],
    ['mocha this.timeout', 'test/a.js', ['-    this.timeout(2000)', '+    this.timeout(10000)']],
    [
      'jest per-test timeout argument',
      'src/a.test.ts',
      ['   expect(await load()).toBe(1)', '-})', '+}, 30000)']
    ],
    ['playwright test.setTimeout', 'e2e/a.spec.ts', ['+  test.setTimeout(120000)']],
    ['cypress defaultCommandTimeout', 'cypress.config.ts', ['+  defaultCommandTimeout: 20000,']],
    [
      'pytest timeout marker',
      'tests/test_a.py',
      ['-@pytest.mark.timeout(5)', '+@pytest.mark.timeout(60)']
    ],
    ['pytest.ini timeout', 'pytest.ini', ['-timeout = 30', '+timeout = 300']],
    [
      'go test -timeout',
      'Makefile',
      ['-\tgo test -timeout 2m ./...', '+\tgo test -timeout 30m ./...']
    ],
    ['junit @Timeout', 'src/test/java/a/ATest.java', ['-    @Timeout(5)', '+    @Timeout(50)']],
    [
      'workflow timeout-minutes',
      '.github/workflows/ci.yml',
      ['-    timeout-minutes: 10', '+    timeout-minutes: 30']
    ],
    [
      'workflow timeout-minutes removed',
      '.github/workflows/ci.yml',
      ['     runs-on: ubuntu-latest', '-    timeout-minutes: 10']
    ],
    ['junit @Timeout removed', 'src/test/java/a/ATest.java', ['-    @Timeout(5)', '     @Test']]
  ])('flags a timeout raised: %s', (_, path, lines) => {
    const found = timeouts(path, lines)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ rule: 'timeout-raised', severity: 'warn', path })
  })

  it('compares a new setting with the runner default', () => {
    const [found] = timeouts('src/a.test.ts', ['+jest.setTimeout(30000)'])
    expect(found!.message).toContain('the default 5 s')
    expect(found!.evidence).toMatchObject({ from: null, default: 5000 })
  })

  it('does not flag timeouts lowered, or set below the runner default', () => {
    expect(
      timeouts('.github/workflows/ci.yml', ['-    timeout-minutes: 30', '+    timeout-minutes: 10'])
    ).toEqual([])
    expect(timeouts('.github/workflows/ci.yml', ['+    timeout-minutes: 20'])).toEqual([])
    expect(timeouts('src/a.test.ts', ['+jest.setTimeout(2000)'])).toEqual([])
    expect(
      timeouts('Makefile', ['-\tgo test -timeout 30m ./...', '+\tgo test -timeout 90s ./...'])
    ).toEqual([])
  })

  it('does not flag a new timeout whose runner default is unknown', () => {
    expect(timeouts('tests/test_a.py', ['+@pytest.mark.timeout(60)', ' def test_a():'])).toEqual([])
  })

  it('does not read timeouts in application code', () => {
    expect(timeouts('src/http/client.ts', ['-  timeout: 1000,', '+  timeout: 30000,'])).toEqual([])
  })
})
