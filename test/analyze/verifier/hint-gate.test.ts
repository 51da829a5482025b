import { describe, expect, it } from '@jest/globals'
import { alternatives, gateOf, passes } from '../../../src/analyze/verifier/hint-gate.js'
import {
  COVERAGE_HINT,
  MASK_HINT,
  RETRY_HINT,
  SNAPSHOT_UPDATE_HINT,
  TIMEOUT_HINT
} from '../../../src/analyze/verifier/knob-tables.js'
import { LANGUAGE_MARKERS } from '../../../src/analyze/verifier/language-markers.js'

/** Texts built from pieces of the hints and of code around them, from a fixed seed. */
function texts(count: number, seed: number): string[] {
  const pieces = [
    ...'skip only todo fixme fail pending runIf xit xdescribe fit fdescribe expect assert should'.split(
      ' '
    ),
    ...'t. .to .not.to Be .be. .equal( .match ( ) } , 5000 _ retries retry: rerun reruns= flaky'.split(
      ' '
    ),
    ...'max_runs max_attempts imeout Timeout: --timeout continue-on-error: true || true set +e'.split(
      ' '
    ),
    ...'-u INSTA Update branches: fail_under threshold target it test specify describe def func'.split(
      ' '
    ),
    ...'@Test @ParameterizedTest void test #[ test] tokio:: rstest quickcheck @Disabled ignore'.split(
      ' '
    ),
    ...' \t.(x\'"`;=:#/*<!--'.split(''),
    'ab',
    'limit',
    'result.push',
    'Skip',
    'xfail',
    'raises',
    'verify',
    'equalTo',
    'assume'
  ]
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    let text = ''
    const length = Math.floor(next() * 8)
    for (let j = 0; j < length; j++) text += pieces[Math.floor(next() * pieces.length)]!
    out.push(text)
  }
  return out
}

const TABLE_HINTS = [RETRY_HINT, TIMEOUT_HINT, COVERAGE_HINT, MASK_HINT, SNAPSHOT_UPDATE_HINT]

describe('hint gate', () => {
  it.each(Object.keys(LANGUAGE_MARKERS) as (keyof typeof LANGUAGE_MARKERS)[])(
    'passes a text exactly when a hint matches it (%s test files)',
    (language) => {
      const markers = LANGUAGE_MARKERS[language]
      const hints = [markers.skipHint, markers.assertionHint, markers.declarationHint]
      const gate = gateOf([...hints, ...TABLE_HINTS])
      let matched = 0
      const wrong: string[] = []
      for (const text of texts(20_000, language.length)) {
        const expected = [...hints, ...TABLE_HINTS].some((hint) => hint.test(text))
        if (expected) matched++
        if (passes(gate, text) !== expected) wrong.push(text)
      }
      expect(wrong).toEqual([])
      expect(matched).toBeGreaterThan(1000)
    }
  )

  it('merges alternatives by their first atom and keeps their meaning', () => {
    const hints = [
      /skip|should|\bx(?:it|describe)\b|\bt\./,
      /[Rr]etr|rerun|a+b|ac|^\s*\}|^x/,
      // An empty class (`[]`, no match) and a class of any character (`[^]`) end at their first `]`.
      new RegExp(String.raw`\.(?:to|be)\.|\.eq|\[ab\]|[]a]|[^]c|\(|\|\|`)
    ]
    const gate = gateOf(hints)
    expect(gate.patterns).toHaveLength(1)
    expect(gate.patterns[0]!.source).toContain('s(?:kip|hould)')
    for (const text of [
      'skip',
      'shoul',
      'a xit',
      'axit',
      'it.t.',
      'Retr',
      'aab',
      'ac',
      '  }',
      'x'
    ]) {
      expect([text, passes(gate, text)]).toEqual([text, hints.some((h) => h.test(text))])
    }
    for (const text of ['.to.', '.eq', '[ab]', 'a]', 'zc', '(', 'a || b', '.t', 'b', ' x']) {
      expect([text, passes(gate, text)]).toEqual([text, hints.some((h) => h.test(text))])
    }
  })

  it('keeps a hint with named groups or back-references apart, and flags per union', () => {
    const named = /(?<q>['"])x\k<q>/
    const folded = /skip/i
    const gate = gateOf([/only/, named, folded, /todo/])
    expect(gate.patterns).toHaveLength(3)
    expect(passes(gate, "'x'")).toBe(true)
    expect(passes(gate, '\'x"')).toBe(false)
    expect(passes(gate, 'SKIP')).toBe(true)
    expect(passes(gate, 'TODO')).toBe(false)
    expect(gate.hints.has(named)).toBe(true)
  })

  it('splits a source at its top-level bars only', () => {
    expect(alternatives(String.raw`a|b(?:c|d)|[|]|\||e`)).toEqual([
      'a',
      'b(?:c|d)',
      '[|]',
      String.raw`\|`,
      'e'
    ])
  })
})

describe('declaration hint', () => {
  it.each([
    ['js', "  it('counts pages', () => {"],
    ['js', 'test.only.concurrent(`x`, async () => {'],
    ['js', "specify  ('works', function () {"],
    ['python', '    async def test_pages(self):'],
    ['python', 'def test_x():'],
    ['go', 'func TestPages(t *testing.T) {'],
    ['go', 'func (s *Suite) TestPages() {'],
    ['java', '    @Test'],
    ['java', '    @ParameterizedTest(name = "x")'],
    ['java', '  @RepeatedTest(3)'],
    ['java', '  @TestFactory'],
    ['java', '  @TestTemplate'],
    ['java', '  public void testPages() {'],
    ['rust', '    #[test]'],
    ['rust', '    #[tokio::test]'],
    ['rust', '#[rstest]'],
    ['rust', '#[test_case(1, 2)]'],
    ['rust', '#[quickcheck]']
  ] as const)('holds for every line that declares or marks a test (%s: %s)', (language, line) => {
    const { declarations, declarationHint } = LANGUAGE_MARKERS[language]
    const declares = [declarations.line, declarations.marker].some((p) => p?.test(line))
    expect(declares).toBe(true)
    expect(declarationHint.test(line)).toBe(true)
  })
})
