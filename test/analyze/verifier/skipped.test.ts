import { describe, expect, it } from '@jest/globals'
import { file } from './change.js'
import { findings } from './detect.js'

const skipped = (path: string, lines: string[]) => findings('test-skipped', [file(path, lines)])

describe('test-skipped', () => {
  it.each([
    [
      'jest it.skip',
      'src/page.test.ts',
      ["-  it('counts pages', () => {", "+  it.skip('counts pages', () => {"]
    ],
    [
      'vitest skipIf',
      'src/page.spec.ts',
      ["-  it('counts', () => {", "+  it.skipIf(isCi)('counts', () => {"]
    ],
    [
      'mocha xit',
      'test/page.js',
      ["-  it('counts', function () {", "+  xit('counts', function () {"]
    ],
    ['mocha this.skip', 'test/page.js', ["   it('counts', function () {", '+    this.skip()']],
    [
      'playwright describe.skip',
      'e2e/login.spec.ts',
      ["-test.describe('login', () => {", "+test.describe.skip('login', () => {"]
    ],
    [
      'playwright fixme',
      'e2e/login.spec.ts',
      ["-test('logs in', async ({ page }) => {", "+test.fixme('logs in', async ({ page }) => {"]
    ],
    [
      'cypress it.skip',
      'cypress/e2e/cart.cy.ts',
      ["-  it('adds', () => {", "+  it.skip('adds', () => {"]
    ],
    [
      'pytest skip',
      'tests/test_page.py',
      ['+@pytest.mark.skip(reason="flaky")', ' def test_last_page():']
    ],
    [
      'pytest skipif',
      'tests/test_page.py',
      ['+@pytest.mark.skipif(sys.platform == "win32", reason="x")', ' def test_last_page():']
    ],
    [
      'unittest skip',
      'pkg/tests.py',
      ['+    @unittest.skip("later")', '     def test_last_page(self):']
    ],
    [
      'go t.Skip',
      'page/page_test.go',
      [' func TestLastPage(t *testing.T) {', '+\tt.Skip("flaky")']
    ],
    ['junit @Disabled', 'src/test/java/com/acme/PageTest.java', ['+    @Disabled', '     @Test']],
    ['junit4 @Ignore', 'core/src/test/java/PageTest.java', ['+  @Ignore("later")', '   @Test']],
    [
      'rust #[ignore] in tests/',
      'tests/paging.rs',
      [' #[test]', '+#[ignore]', ' fn last_page() {']
    ],
    [
      'rust #[ignore] inline',
      'src/page.rs',
      ['     #[test]', '+    #[ignore = "slow"]', '     fn last_page() {']
    ]
  ])('flags an added skip: %s', (_, path, lines) => {
    const found = skipped(path, lines)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ rule: 'test-skipped', severity: 'block', path })
    expect(found[0]!.evidence).toMatchObject({ marker: 'skip' })
  })

  it.each([
    ['jest todo', 'src/a.test.ts', ["+  it.todo('handles an empty list')"], 'todo'],
    ['pytest xfail', 'tests/test_a.py', ['+@pytest.mark.xfail', ' def test_a():'], 'xfail'],
    [
      'unittest expectedFailure',
      'tests/test_a.py',
      ['+    @unittest.expectedFailure', '     def test_a(self):'],
      'xfail'
    ],
    [
      'jest failing',
      'src/a.test.ts',
      ["-  test('rounds', () => {", "+  test.failing('rounds', () => {"],
      'xfail'
    ],
    [
      'focused describe.only',
      'src/a.test.ts',
      ["-describe('paging', () => {", "+describe.only('paging', () => {"],
      'only'
    ],
    [
      'jasmine fit',
      'spec/a.spec.js',
      ["-  it('rounds', () => {", "+  fit('rounds', () => {"],
      'only'
    ],
    [
      'playwright test.only',
      'tests/a.spec.ts',
      ["-test('rounds', async () => {", "+test.only('rounds', async () => {"],
      'only'
    ]
  ])('flags other markers that stop a test from failing: %s', (_, path, lines, kind) => {
    const found = skipped(path, lines)
    expect(found).toHaveLength(1)
    expect(found[0]!.evidence).toMatchObject({ marker: kind })
  })

  it('reports the line of the added marker', () => {
    const found = skipped('src/a.test.ts', [
      " it('a', () => {})",
      "-it('b', () => {})",
      "+it.skip('b', () => {})"
    ])
    expect(found[0]!.line).toBe(2)
  })

  it('does not flag a skip that is removed', () => {
    expect(
      skipped('src/a.test.ts', ["-  it.skip('counts', () => {", "+  it('counts', () => {"])
    ).toEqual([])
    expect(skipped('tests/test_a.py', ['-@pytest.mark.skip', ' def test_a():'])).toEqual([])
    expect(skipped('a/a_test.go', ['-\tt.Skip("flaky")'])).toEqual([])
  })

  it('does not flag a skipped test that is only edited or moved', () => {
    expect(
      skipped('src/a.test.ts', [
        "-  it.skip('counts pages', () => {",
        "+  it.skip('counts all pages', () => {"
      ])
    ).toEqual([])
    expect(
      findings('test-skipped', [
        file('src/a.test.ts', [
          ["-  it.skip('counts', () => {})"],
          ["+  it.skip('counts', () => {})"]
        ])
      ])
    ).toEqual([])
  })

  it('does not flag markers in comments, strings, or files that are not tests', () => {
    expect(skipped('src/a.test.ts', ["+  // it.skip('later', () => {})"])).toEqual([])
    expect(skipped('src/a.test.ts', ["+  const doc = 'use it.skip( to skip a test'"])).toEqual([])
    expect(skipped('src/runner.ts', ["+  it.skip('x', () => {})"])).toEqual([])
    expect(skipped('src/layout.test.ts', ['+  const box = layout.fit(width)'])).toEqual([])
    expect(skipped('docs/testing.md', ['+Use `it.skip(` sparingly.'])).toEqual([])
  })

  it('counts each kind on net: one skip added and another removed is not a finding', () => {
    expect(
      skipped('src/a.test.ts', [
        "-  it.skip('a', () => {})",
        "+  it('a', () => {})",
        "-  it('b', () => {})",
        "+  it.skip('b', () => {})"
      ])
    ).toEqual([])
  })
})
