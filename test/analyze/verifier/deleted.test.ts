import { describe, expect, it } from '@jest/globals'
import { added, file, removed } from './change.js'
import { findings } from './detect.js'

const deleted = (...files: Parameters<typeof file>[]) =>
  findings(
    'test-deleted',
    files.map((args) => file(...args))
  )

const JS_TEST = `describe('paginate', () => {
  it('counts the last partial page', () => {
    expect(paginate([1, 2, 3], 1, 2).totalPages).toBe(2)
    expect(paginate([], 1, 2).totalPages).toBe(0)
  })
})`

describe('test-deleted', () => {
  it('flags a deleted test file, naming its tests', () => {
    const found = deleted(['test/page.test.ts', removed(JS_TEST), { status: 'deleted' }])
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      rule: 'test-deleted',
      severity: 'block',
      path: 'test/page.test.ts'
    })
    expect(found[0]!.evidence).toMatchObject({
      tests: ['counts the last partial page'],
      fileDeleted: true
    })
    expect(found[0]!.line).toBeUndefined()
  })

  it('flags a deleted test file whose lines the diff does not show', () => {
    const found = deleted([
      'test/page.test.ts',
      removed("it('pages', () => {\n  expect(page(2)).toEqual([3, 4])\n})"),
      { status: 'deleted', patchMissing: true }
    ])
    expect(found).toHaveLength(1)
    expect(found[0]!.evidence).toMatchObject({ fileDeleted: true, count: null })
  })

  it.each([
    [
      'jest',
      'src/page.test.ts',
      ["   it('keeps', () => {})", "-  it('drops', () => {", '-    expect(a).toBe(1)', '-  })'],
      'drops'
    ],
    [
      'pytest',
      'tests/test_page.py',
      [' def test_keeps():', '     assert True', '-def test_drops():', '-    assert page(3) == 2'],
      'test_drops'
    ],
    [
      'unittest method',
      'tests/test_page.py',
      [
        '     def test_keeps(self):',
        '-    def test_drops(self):',
        '-        self.assertEqual(page(3), 2)'
      ],
      'test_drops'
    ],
    [
      'go',
      'page/page_test.go',
      [
        '-func TestDrops(t *testing.T) {',
        '-\tif page(3) != 2 {',
        '-\t\tt.Fatal("x")',
        '-\t}',
        '-}'
      ],
      'TestDrops'
    ],
    [
      'testify suite method',
      'page/page_test.go',
      ['-func (s *PageSuite) TestDrops() {', '-\ts.Equal(2, page(3))', '-}'],
      'TestDrops'
    ],
    [
      'junit',
      'src/test/java/a/PageTest.java',
      ['-    @Test', '-    void drops() {', '-        assertEquals(2, page(3));', '-    }'],
      'drops'
    ],
    [
      'junit annotation removed',
      'src/test/java/a/PageTest.java',
      ['-    @Test', '     void drops() {'],
      'drops'
    ],
    [
      'kotlin',
      'src/test/kotlin/PageTest.kt',
      [
        '-    @Test',
        '-    fun `drops the last page`() {',
        '-        assertEquals(2, page(3))',
        '-    }'
      ],
      'drops the last page'
    ],
    [
      'rust',
      'tests/page.rs',
      ['-#[test]', '-fn drops() {', '-    assert_eq!(page(3), 2);', '-}'],
      'drops'
    ],
    [
      'rust inline',
      'src/page.rs',
      [
        '-    #[tokio::test]',
        '-    async fn drops() {',
        '-        assert_eq!(page(3).await, 2);',
        '-    }'
      ],
      'drops'
    ]
  ])('flags a test case removed on net: %s', (_, path, lines, name) => {
    const found = deleted([path, lines])
    expect(found).toHaveLength(1)
    expect(found[0]!.evidence).toMatchObject({ tests: [name], fileDeleted: false })
    expect(found[0]!.message).toContain(name)
  })

  it('flags a test commented out', () => {
    const found = deleted([
      'src/a.test.ts',
      ["-  it('drops', () => {", "+  // it('drops', () => {"]
    ])
    expect(found[0]!.evidence).toMatchObject({ tests: ['drops'] })
  })

  it('does not flag a test renamed in place', () => {
    expect(
      deleted([
        'src/a.test.ts',
        ["-  it('counts pages', () => {", "+  it('counts every page', () => {"]
      ])
    ).toEqual([])
    expect(
      deleted(['tests/test_a.py', ['-def test_count():', '+def test_count_pages():']])
    ).toEqual([])
  })

  it('does not flag a test moved to another file, under its name or a new one with the same body', () => {
    const body = [
      '    const pages = paginate(items, 1, 2)',
      '    expect(pages.totalPages).toBe(2)',
      '    expect(pages.items).toEqual([1, 2])',
      '  })'
    ]
    expect(
      deleted(
        [
          'test/old.test.ts',
          [...removed("  it('counts pages', () => {"), ...body.map((l) => `-${l}`)]
        ],
        [
          'test/new.test.ts',
          [...added("  it('counts pages', () => {"), ...body.map((l) => `+${l}`)],
          { status: 'added' }
        ]
      )
    ).toEqual([])
    expect(
      deleted(
        [
          'test/old.test.ts',
          [...removed("  it('counts pages', () => {"), ...body.map((l) => `-${l}`)]
        ],
        [
          'test/new.test.ts',
          [...added("  it('reports the page count', () => {"), ...body.map((l) => `+${l}`)],
          { status: 'added' }
        ]
      )
    ).toEqual([])
  })

  it('does not flag a test file renamed, or deleted while its tests move to a new file', () => {
    expect(
      deleted(['test/b.test.ts', [], { status: 'renamed', oldPath: 'test/a.test.ts' }])
    ).toEqual([])
    expect(
      deleted(
        ['test/page.test.ts', removed(JS_TEST), { status: 'deleted' }],
        ['test/paging.test.ts', added(JS_TEST), { status: 'added' }]
      )
    ).toEqual([])
  })

  it('flags only the tests not declared again', () => {
    const found = deleted([
      'src/a.test.ts',
      [
        "-  it('a', () => {})",
        "-  it('b', () => {})",
        "-  it('c', () => {})",
        "+  it('a', () => {})"
      ]
    ])
    expect(found).toHaveLength(1)
    expect(found[0]!.evidence).toMatchObject({ count: 2 })
  })

  it('does not count declarations quoted in strings', () => {
    expect(deleted(['src/a.test.ts', ['-  const sample = "it(\'x\', () => {})"']])).toEqual([])
  })
})
