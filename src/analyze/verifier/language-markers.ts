/**
 * Per-language marker tables for test files: what skips or focuses a test, what declares one,
 * what asserts, and how strict each matcher is. Data, so a language is added by adding a row.
 */
import type { TestLanguage } from './file-roles.js'

export type SkipKind = 'skip' | 'only' | 'todo' | 'xfail'

export interface SkipMarker {
  kind: SkipKind
  /** Non-global: the first code match on a line is enough. */
  pattern: RegExp
}

/** How a test is declared: on one line (`it('name'`), or by a marker before a function. */
export interface DeclarationRule {
  /** A line that declares a test; group `name` is its name. */
  line?: RegExp
  /** An annotation or attribute that makes the next function a test. */
  marker?: RegExp
  /** The function signature after a marker; group `name` is its name. */
  signature?: RegExp
}

export interface LanguageMarkers {
  skips: SkipMarker[]
  /** A line without a match here holds no skip marker. */
  skipHint: RegExp
  declarations: DeclarationRule
  /** A line without a match here neither declares a test nor holds a test marker. */
  declarationHint: RegExp
  /** Global: counts every assertion on a line. */
  assertion: RegExp
  /** A line without a match here holds no assertion and no matcher. */
  assertionHint: RegExp
  /** The ranked matcher names a line uses, in order (see MATCHER_RANKS). */
  matchers(code: string): string[]
}

/** 3 exact, 2 a value, 1 a partial property, 0 mere presence or truthiness. */
export type Rank = 0 | 1 | 2 | 3

const JS_TEST_FN = String.raw`(?:it|test|describe|context|suite|specify)`

const JS_MATCHER =
  /\.((?:not\.)?to[A-Z]\w*)\s*\(|\.(?:to\.|be\.|deep\.|have\.)*(equal|eql|include|contain|members|match)\s*\(|\.(?:to\.|be\.)+(ok|exist)\b(?!\s*\()|\.should\(\s*['"]([\w.]+)['"]/g
const PY_MATCHER = /\b(assert[A-Z]\w*|assert_|pytest\.raises)\s*\(/g
const GO_MATCHER = /\b(?:assert|require)\.([A-Z]\w*)\s*\(/g
const JAVA_MATCHER =
  /\b(assert[A-Z]\w*)\s*\(|\.((?:is|has)[A-Z]\w*|contains\w*|startsWith|endsWith)\s*\(|\b(equalTo|notNullValue|anything|containsString|hasItems?)\s*\(/g
const RUST_MATCHER = /\b((?:debug_)?assert(?:_eq|_ne)?)!\s*\(/g

function names(code: string, pattern: RegExp): string[] {
  const out: string[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(code); m !== null; m = pattern.exec(code)) {
    const name = m.slice(1).find((group) => group !== undefined)
    if (name) out.push(name)
  }
  return out
}

function jsMatchers(code: string): string[] {
  const out: string[] = []
  JS_MATCHER.lastIndex = 0
  for (let m = JS_MATCHER.exec(code); m !== null; m = JS_MATCHER.exec(code)) {
    const [, jest, chai, chaiProperty, should] = m
    out.push(should !== undefined ? `should:${should}` : (jest ?? chai ?? chaiProperty)!)
  }
  return out
}

/** pytest and Rust write most assertions as a bare `assert`: its operator says how strict it is. */
function bareAssertKind(expression: string): string {
  if (/^\s*not\b/.test(expression) || /!=/.test(expression)) return 'assert (negated)'
  if (/==/.test(expression) || /\bis\s+(?!not\b)/.test(expression)) return 'assert =='
  if (/\bin\b|[<>]/.test(expression)) return 'assert (partial)'
  return 'assert (truthy)'
}

export const LANGUAGE_MARKERS: Record<TestLanguage, LanguageMarkers> = {
  js: {
    skips: [
      {
        kind: 'skip',
        pattern: new RegExp(
          String.raw`\b${JS_TEST_FN}(?:\.(?:describe|concurrent|serial|parallel|each))*\.(?:skip|skipIf|runIf)\b`
        )
      },
      { kind: 'skip', pattern: /(?<![.\w])x(?:it|describe|test|context|specify)\s*\(/ },
      { kind: 'skip', pattern: /\bthis\.skip\s*\(|(?<![.\w])pending\s*\(\s*\)/ },
      { kind: 'skip', pattern: new RegExp(String.raw`\b${JS_TEST_FN}(?:\.describe)?\.fixme\b`) },
      { kind: 'todo', pattern: new RegExp(String.raw`\b${JS_TEST_FN}(?:\.describe)?\.todo\b`) },
      {
        kind: 'xfail',
        pattern: new RegExp(String.raw`\b${JS_TEST_FN}(?:\.describe)?\.(?:failing|fails|fail)\b`)
      },
      {
        kind: 'only',
        pattern: new RegExp(String.raw`\b${JS_TEST_FN}(?:\.describe|\.concurrent)?\.only\b`)
      },
      { kind: 'only', pattern: /(?<![.\w])f(?:it|describe)\s*\(/ }
    ],
    skipHint:
      /skip|only|todo|fixme|fail|pending|runIf|\bx(?:it|describe|test|context|specify)\b|\bf(?:it|describe)\b/,
    declarations: {
      line: /\b(?:it|test|specify)(?:\.(?:only|skip|concurrent|failing|fails|todo|fixme|sequential))*\s*\(\s*(?<q>['"`])(?<name>.*?)\k<q>/
    },
    declarationHint: /\b(?:it|test|specify)[.\s(]/,
    assertion:
      /\bexpect(?:\.soft)?\s*\(|\bassert(?:\.\w+)*\s*\(|\.should(?:\.\w+)*\s*\(|\bt\.(?:is|not|deepEqual|notDeepEqual|true|false|truthy|falsy|throws|throwsAsync|notThrows|regex|assert|equal|notEqual|same|match|ok|notOk|strictEqual|deepStrictEqual)\s*\(/g,
    assertionHint:
      /expect|assert|should|\bt\.|\.(?:not\.)?to[A-Z]|\.(?:to|be)\.|\.(?:equal|eql|include|contain|members|match)\s*\(/,
    matchers: jsMatchers
  },
  python: {
    skips: [
      {
        kind: 'skip',
        pattern: /\bpytest\.mark\.skip(?:if)?\b|\bpytest\.skip\s*\(|\bpytest\.importorskip\s*\(/
      },
      {
        kind: 'skip',
        pattern:
          /@(?:unittest\.)?skip(?:If|Unless)?\b|\bself\.skipTest\s*\(|\braise\s+(?:unittest\.)?SkipTest\b/
      },
      {
        kind: 'xfail',
        pattern: /\bpytest\.mark\.xfail\b|\bpytest\.xfail\s*\(|@(?:unittest\.)?expectedFailure\b/
      }
    ],
    skipHint: /skip|Skip|xfail|expectedFailure/,
    declarations: { line: /^\s*(?:async\s+)?def\s+(?<name>test\w*)\s*\(/ },
    declarationHint: /def\s+test/,
    assertion:
      /^\s*assert\b|\.assert\w*\s*\(|\bassert[A-Z]\w*\s*\(|\bpytest\.raises\s*\(|\bself\.fail\s*\(/g,
    assertionHint: /assert|raises|fail/,
    matchers(code) {
      const out = names(code, PY_MATCHER).map((n) =>
        n === 'pytest.raises' && /\bmatch\s*=/.test(code) ? 'pytest.raises(match)' : n
      )
      const bare = /^\s*assert\s+(\S.*)?$/s.exec(code)
      if (bare) out.unshift(bareAssertKind(bare[1] ?? ''))
      return out
    }
  },
  go: {
    skips: [{ kind: 'skip', pattern: /\.Skip(?:f|Now)?\s*\(/ }],
    skipHint: /Skip/,
    declarations: {
      line: /^func\s+(?:\([^)]*\)\s*)?(?<name>(?:Test|Fuzz|Example)\w*)\s*\(/
    },
    declarationHint: /^func\s/,
    assertion:
      /\bt\.(?:Error|Errorf|Fatal|Fatalf|Fail|FailNow)\s*\(|\b(?:assert|require)\.[A-Z]\w*\s*\(/g,
    assertionHint: /\bt\.|assert\.|require\./,
    matchers: (code) => names(code, GO_MATCHER)
  },
  java: {
    skips: [
      { kind: 'skip', pattern: /@(?:Disabled\w*|Ignore|Enabled(?:If|On)\w*)\b/ },
      { kind: 'skip', pattern: /@Test\s*\(\s*enabled\s*=\s*false/ },
      { kind: 'skip', pattern: /\b(?:Assumptions\.)?assume(?:True|False|That)\s*\(/ }
    ],
    skipHint: /@Disabled|@Ignore|@Enabled|enabled|assume/,
    declarations: {
      marker: /@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b/,
      signature: /\b(?:void|fun)\s+(?<name>`[^`]+`|\w+)\s*\(/,
      line: /\bvoid\s+(?<name>test\w*)\s*\(/
    },
    declarationHint: /@(?:Test|ParameterizedTest|RepeatedTest)|\bvoid\s+test/,
    assertion: /\bassert\w*\s*\(|\bverify\s*\(|\bfail\s*\(|^\s*assert\s/g,
    assertionHint:
      /assert|verify|fail|\.(?:is|has)[A-Z]|contains|\.startsWith|\.endsWith|equalTo|notNullValue|anything|hasItem/,
    matchers: (code) => names(code, JAVA_MATCHER)
  },
  rust: {
    skips: [{ kind: 'skip', pattern: /#\[ignore\b|#\[cfg_attr\([^\]]*\bignore\b/ }],
    skipHint: /ignore/,
    declarations: {
      marker: /#\[(?:\w+::)*(?:test|rstest|test_case|quickcheck)\b/,
      signature: /\bfn\s+(?<name>\w+)\s*[<(]/
    },
    declarationHint: /#\[(?:\w+::)*(?:test|rstest|quickcheck)/,
    assertion: /\b(?:debug_)?assert(?:_eq|_ne)?!\s*\(/g,
    assertionHint: /assert/,
    matchers(code) {
      return names(code, RUST_MATCHER).map((n) => {
        if (n !== 'assert' && n !== 'debug_assert') return n.replace('debug_', '')
        return /\bmatches!/.test(code)
          ? 'assert (partial)'
          : bareAssertKind(code.replace(/^.*?assert!\s*\(/, ''))
      })
    }
  }
}

/** How strict a matcher is; names missing here are not compared. */
export const MATCHER_RANKS: Record<TestLanguage, Record<string, Rank>> = {
  js: {
    toStrictEqual: 3,
    ...ranks(2, [
      'toEqual',
      'toBe',
      'toBeNull',
      'toBeUndefined',
      'toBeNaN',
      'toHaveBeenCalledWith',
      'toHaveBeenCalledTimes',
      'toHaveBeenNthCalledWith',
      'toHaveBeenLastCalledWith',
      'toBeCalledWith',
      'toBeCalledTimes',
      'toHaveReturnedWith',
      'toHaveReturnedTimes',
      'toHaveLength',
      'toMatchSnapshot',
      'toMatchInlineSnapshot',
      'toThrowErrorMatchingSnapshot',
      'toThrowErrorMatchingInlineSnapshot',
      'toHaveText',
      'toHaveValue',
      'toHaveURL',
      'toHaveTitle',
      'toHaveCount',
      'toHaveAttribute',
      'toHaveScreenshot',
      'not.toHaveBeenCalled',
      'equal',
      'eql',
      'should:eq',
      'should:equal',
      'should:deep.equal',
      'should:have.text',
      'should:have.value',
      'should:have.length'
    ]),
    ...ranks(1, [
      'toMatchObject',
      'toContain',
      'toContainEqual',
      'toMatch',
      'toHaveProperty',
      'toBeCloseTo',
      'toBeGreaterThan',
      'toBeGreaterThanOrEqual',
      'toBeLessThan',
      'toBeLessThanOrEqual',
      'toBeInstanceOf',
      'toThrow',
      'toThrowError',
      'toContainText',
      'toHaveClass',
      'toSatisfy',
      'include',
      'contain',
      'match',
      'members',
      'should:contain',
      'should:include',
      'should:match',
      'should:have.class',
      'should:have.attr'
    ]),
    ...ranks(0, [
      'toBeDefined',
      'toBeTruthy',
      'toBeFalsy',
      'not.toBeNull',
      'not.toBeUndefined',
      'not.toBe',
      'not.toEqual',
      'not.toStrictEqual',
      'toHaveBeenCalled',
      'toBeCalled',
      'toHaveReturned',
      'toBeVisible',
      'toBeAttached',
      'ok',
      'exist',
      'should:exist',
      'should:be.visible',
      'should:be.ok',
      'should:not.be.empty'
    ])
  },
  python: {
    ...ranks(2, [
      'assertEqual',
      'assertEquals',
      'assertListEqual',
      'assertDictEqual',
      'assertTupleEqual',
      'assertSetEqual',
      'assertSequenceEqual',
      'assertMultiLineEqual',
      'assertCountEqual',
      'assertIs',
      'assertIsNone',
      'assertRaisesRegex',
      'assertWarnsRegex',
      'pytest.raises(match)',
      'assert =='
    ]),
    ...ranks(1, [
      'assertIn',
      'assertNotIn',
      'assertRegex',
      'assertAlmostEqual',
      'assertGreater',
      'assertGreaterEqual',
      'assertLess',
      'assertLessEqual',
      'assertIsInstance',
      'assertRaises',
      'assertWarns',
      'pytest.raises',
      'assert (partial)'
    ]),
    ...ranks(0, [
      'assertTrue',
      'assertFalse',
      'assertIsNotNone',
      'assertNotEqual',
      'assertIsNot',
      'assert_',
      'assert (truthy)',
      'assert (negated)'
    ])
  },
  go: {
    Exactly: 3,
    ...ranks(2, [
      'Equal',
      'EqualValues',
      'EqualError',
      'EqualExportedValues',
      'Len',
      'ErrorIs',
      'ErrorAs',
      'JSONEq',
      'YAMLEq',
      'Same',
      'Nil',
      'NoError',
      'Empty',
      'Zero',
      'PanicsWithValue',
      'PanicsWithError'
    ]),
    ...ranks(1, [
      'Contains',
      'ElementsMatch',
      'Subset',
      'InDelta',
      'InEpsilon',
      'Greater',
      'GreaterOrEqual',
      'Less',
      'LessOrEqual',
      'ErrorContains',
      'Regexp',
      'IsType',
      'Implements',
      'Panics'
    ]),
    ...ranks(0, ['NotNil', 'NotEmpty', 'NotZero', 'True', 'False', 'Error', 'NotEqual'])
  },
  java: {
    ...ranks(2, [
      'assertEquals',
      'assertArrayEquals',
      'assertIterableEquals',
      'assertLinesMatch',
      'assertSame',
      'assertNull',
      'assertThrowsExactly',
      'isEqualTo',
      'containsExactly',
      'containsExactlyInAnyOrder',
      'isSameAs',
      'hasSize',
      'isNull',
      'hasMessage',
      'equalTo'
    ]),
    ...ranks(1, [
      'assertThrows',
      'assertInstanceOf',
      'contains',
      'containsAll',
      'startsWith',
      'endsWith',
      'isInstanceOf',
      'isGreaterThan',
      'isLessThan',
      'hasMessageContaining',
      'isCloseTo',
      'containsString',
      'hasItem',
      'hasItems'
    ]),
    ...ranks(0, [
      'assertTrue',
      'assertFalse',
      'assertNotNull',
      'assertNotEquals',
      'assertDoesNotThrow',
      'isNotNull',
      'isNotEmpty',
      'isTrue',
      'isFalse',
      'isNotEqualTo',
      'notNullValue',
      'anything'
    ])
  },
  rust: {
    assert_eq: 2,
    'assert ==': 2,
    'assert (partial)': 1,
    assert_ne: 0,
    'assert (negated)': 0,
    'assert (truthy)': 0
  }
}

function ranks<R extends Rank>(rank: R, list: string[]): Record<string, R> {
  return Object.fromEntries(list.map((name) => [name, rank]))
}
