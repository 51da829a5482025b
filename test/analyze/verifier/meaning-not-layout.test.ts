import { describe, expect, it } from '@jest/globals'
import { meaningTokens } from '../../../src/analyze/verifier/layout.js'
import { added, file } from './change.js'
import { findings } from './detect.js'

describe('assertion-weakened compares meaning, not layout', () => {
  it('a formatter rewrapping `assert a == b` in parentheses weakens nothing', () => {
    const rewrap = file('tests/test_views.py', [
      '     def test_json_body(client):',
      '         response = client.get("/json")',
      '-        assert response.get_json() == {"name": "flask", "version": 3}',
      '+        assert (',
      '+            response.get_json()',
      '+            == {"name": "flask", "version": 3}',
      '+        )'
    ])
    expect(findings('assertion-weakened', [rewrap])).toEqual([])
  })

  it('a rewrap with trailing commas and quote style changed weakens nothing (prettier)', () => {
    const rewrap = file('src/cart.test.ts', [
      "-    expect(total(items, 'EUR')).toEqual({ amount: 12, currency: 'EUR' });",
      '+    expect(',
      '+      total(',
      '+        items,',
      '+        "EUR",',
      '+      ),',
      '+    ).toEqual({ amount: 12, currency: "EUR" })'
    ])
    expect(findings('assertion-weakened', [rewrap])).toEqual([])
  })

  it('the same rewrap that also loosens the comparison is still weakened', () => {
    const loosened = file('tests/test_views.py', [
      '-        assert response.get_json() == {"name": "flask"}',
      '+        assert (',
      '+            response.get_json()',
      '+        )'
    ])
    expect(findings('assertion-weakened', [loosened]).length).toBeGreaterThan(0)
  })

  it.each([
    ['grouping after assert', 'assert a == b', 'assert (\n  a == b\n)', true],
    ['a message after the group', 'assert a == b, "m"', 'assert (\n  a == b\n), "m"', true],
    ['a one-element tuple is always true', 'assert a == b', 'assert (a == b,)', false],
    ['precedence kept', 'x = c * (a + b)', 'x = c * a + b', false],
    ['negation scope kept', 'assert not (a and b)', 'assert not a and b', false],
    ['a call keeps its parentheses', 'f(a)', 'f a', false]
  ])('%s', (_name, before, after, same) => {
    expect(meaningTokens(before).join(' ') === meaningTokens(after).join(' ')).toBe(same)
  })
})

describe('a new test is not a skipped test', () => {
  const skipsIn = (files: Parameters<typeof findings>[1]) => findings('test-skipped', files)

  it('a new test file guarded by describe.skipIf(!global.gc) is info', () => {
    const newFile = file(
      'packages/runtime/__tests__/gc.spec.ts',
      added(
        [
          "describe.skipIf(!global.gc)('reactivity/gc', () => {",
          "  it('frees computed refs', async () => {",
          '    expect(await collected()).toBe(true)',
          '  })',
          '})'
        ].join('\n')
      ),
      { status: 'added' }
    )
    const [finding] = skipsIn([newFile])
    expect(finding).toMatchObject({
      severity: 'info',
      evidence: { newTest: true, conditional: true }
    })
  })

  it('an unconditional skip of a new test in an existing file warns', () => {
    const edit = file('src/page.test.ts', [
      "   it('counts pages', () => {",
      '     expect(pages(3)).toBe(1)',
      '   })',
      "+  it.skip('counts empty pages', () => {",
      '+    expect(pages(0)).toBe(0)',
      '+  })'
    ])
    const [finding] = skipsIn([edit])
    expect(finding).toMatchObject({ severity: 'warn', evidence: { newTest: true } })
  })

  it('a pytest skipif decorator on a new test is info', () => {
    const edit = file('tests/test_gpu.py', [
      ' def test_cpu():',
      '     assert run("cpu") == 1',
      '+',
      '+@pytest.mark.skipif(not HAS_GPU, reason="needs a GPU")',
      '+def test_gpu():',
      '+    assert run("gpu") == 1'
    ])
    const [finding] = skipsIn([edit])
    expect(finding).toMatchObject({ severity: 'info', evidence: { conditional: true } })
  })

  it('t.Skip under a condition in a new Go test is info', () => {
    const edit = file('store/store_test.go', [
      '+func TestPostgres(t *testing.T) {',
      '+\tif os.Getenv("PG_URL") == "" {',
      '+\t\tt.Skip("no database")',
      '+\t}',
      '+\tassert.Equal(t, 1, count(t))',
      '+}'
    ])
    const [finding] = skipsIn([edit])
    expect(finding).toMatchObject({ severity: 'info', evidence: { newTest: true } })
  })

  it('skipping an existing test keeps blocking, conditional or not', () => {
    const edit = file('src/page.spec.ts', [
      "-  it('counts', () => {",
      "+  it.skipIf(isCi)('counts', () => {"
    ])
    const [finding] = skipsIn([edit])
    expect(finding).toMatchObject({ severity: 'block', evidence: { newTest: false } })
  })

  it('a .only in a new test still blocks: it skips every other test', () => {
    const edit = file('src/page.test.ts', [
      "+  it.only('new one', () => {",
      '+    expect(1).toBe(1)',
      '+  })'
    ])
    expect(skipsIn([edit])[0]).toMatchObject({ severity: 'block' })
  })
})
