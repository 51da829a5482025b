/**
 * Tables of the settings that loosen a verifier when turned (retries, timeouts, coverage
 * thresholds) and of the lines that mask a failure or rewrite snapshots. Data, one row per
 * framework spelling; `scopes` says in which files a row is read.
 */
import type { Scope } from './file-roles.js'

/** What a knob is when a change leaves it out: a runner default, no limit, or not known. */
export type Absent = number | 'unbounded' | 'unknown'

export interface Knob {
  /** Shown in findings; a `key` group in the pattern names the kind instead. */
  kind: string
  /** Non-global. Groups: `value` (a number), optional `unit` (ms|s|m|min|h), optional `key`. */
  pattern: RegExp
  scopes: readonly Scope[]
  looser: 'higher' | 'lower'
  /** The value, in the knob's unit, when a change removes the setting or adds it anew. */
  absent: Absent
  /** Runner defaults by key for keyed kinds (lowercased key). */
  absentByKey?: Readonly<Record<string, Absent>>
  /** Milliseconds per unit of a bare number: timeouts compare in ms across spellings. */
  unitMs?: number
  /** The value when the pattern matched without a number (a bare `@flaky`). */
  implicit?: number
}

const TESTS_AND_CONFIG: readonly Scope[] = ['test', 'testConfig']
const COMMANDS: readonly Scope[] = ['script', 'ci', 'testConfig']

export const RETRY_KNOBS: readonly Knob[] = [
  retry('jest.retryTimes', /\bjest\.retryTimes\(\s*(?<value>\d+)/, TESTS_AND_CONFIG),
  retry('this.retries', /\bthis\.retries\(\s*(?<value>\d+)/, ['test']),
  retry('retries', /(?<![\w-])["']?retries["']?\s*[:=]\s*(?<value>\d+)/, [
    'test',
    'testConfig',
    'ci'
  ]),
  retry('retry', /(?<![\w-])["']?retry["']?\s*:\s*(?<value>\d+)/, ['test', 'testConfig', 'ci']),
  retry('runMode', /["']?\brunMode["']?\s*:\s*(?<value>\d+)/, ['testConfig']),
  retry('--retries', /--retries[=\s]+(?<value>\d+)/, COMMANDS),
  retry('vitest --retry', /\bvitest\b.*--retry[=\s]+(?<value>\d+)/, COMMANDS),
  retry('reruns', /(?<![\w-])reruns\s*=\s*(?<value>\d+)/, TESTS_AND_CONFIG),
  retry('--reruns', /--reruns[=\s]+(?<value>\d+)/, COMMANDS),
  retry('max_runs', /\bmax_runs\s*=\s*(?<value>\d+)/, ['test']),
  {
    ...retry('flaky', /@(?:pytest\.mark\.)?flaky\b(?!\s*\(\s*(?:reruns|max_runs))/, ['test']),
    implicit: 1
  },
  { ...retry('--rerun-fails', /--rerun-fails(?:[=\s]+(?<value>\d+))?/, COMMANDS), implicit: 2 },
  retry('@RetryingTest', /@RetryingTest\(\s*(?:maxAttempts\s*=\s*)?(?<value>\d+)/, ['test']),
  retry('rerunFailingTestsCount', /rerunFailingTestsCount\W{0,3}(?<value>\d+)/, COMMANDS),
  retry('maxRetries', /\bmaxRetries(?:\.set\(|\s*=\s*|\s*\(\s*)(?<value>\d+)/, ['testConfig']),
  retry('max_attempts', /\bmax_attempts\s*:\s*(?<value>\d+)/, ['ci']),
  { ...retry('retry action', /\buses:\s*[\w.-]+\/[\w.-]*retry[\w.-]*@/i, ['ci']), implicit: 1 }
]

const SECOND = 1000
const MINUTE = 60 * SECOND

export const TIMEOUT_KNOBS: readonly Knob[] = [
  {
    kind: 'call',
    pattern: /\b(?<key>jest\.setTimeout|this\.timeout|test\.setTimeout)\(\s*(?<value>[\d_]+)/,
    scopes: TESTS_AND_CONFIG,
    looser: 'higher',
    absent: 'unknown',
    absentByKey: {
      'jest.settimeout': 5 * SECOND,
      'this.timeout': 2 * SECOND,
      'test.settimeout': 30 * SECOND
    }
  },
  timeout('.timeout()', /\)\s*\.timeout\(\s*(?<value>[\d_]+)/, ['test:js'], 2 * SECOND),
  timeout(
    'test timeout argument',
    /^\s*\}\s*(?:\)\s*)?,\s*(?<value>\d[\d_]{2,})\s*\)\s*(?:;\s*)?$/,
    ['test:js'],
    5 * SECOND
  ),
  {
    kind: 'key',
    pattern:
      /(?<![\w-])["']?(?<key>[A-Za-z_]*[Tt]imeout(?:[-_]?[Mm]inutes|[-_]?[Ss]econds|Ms)?)["']?\s*[:=]\s*["']?(?<value>\d[\d_]*(?:\.\d+)?)\s*(?<unit>ms|s|m|min|h)?\b/,
    scopes: ['test', 'testConfig', 'ci'],
    looser: 'higher',
    absent: 'unknown',
    absentByKey: {
      testtimeout: 5 * SECOND,
      hooktimeout: 10 * SECOND,
      defaultcommandtimeout: 4 * SECOND,
      'timeout-minutes': 360 * MINUTE
    }
  },
  {
    ...timeout(
      '@pytest.mark.timeout',
      /\bpytest\.mark\.timeout\(\s*(?:timeout\s*=\s*)?(?<value>\d+(?:\.\d+)?)/,
      ['test:python'],
      'unknown'
    ),
    unitMs: SECOND
  },
  timeout(
    '--timeout',
    /--timeout[=\s]+(?<value>\d+(?:\.\d+)?)(?<unit>ms|s|m|h)?\b/,
    COMMANDS,
    'unknown'
  ),
  timeout('--testTimeout', /--testTimeout[=\s]+(?<value>\d+)/, COMMANDS, 5 * SECOND),
  timeout(
    'go test -timeout',
    /(?<![\w-])-timeout[=\s]+(?<value>\d+(?:\.\d+)?)(?<unit>ms|s|m|h)\b/,
    ['script', 'ci'],
    10 * MINUTE
  ),
  timeout('@Timeout', /@Timeout\(\s*(?:value\s*=\s*)?(?<value>\d+)/, ['test:java'], 'unbounded'),
  timeout(
    'nextest slow-timeout',
    /\bslow-timeout\s*=\s*(?:\{\s*period\s*=\s*)?"(?<value>\d+)(?<unit>ms|s|m|h)"/,
    ['testConfig'],
    60 * SECOND
  )
]

export const COVERAGE_KNOBS: readonly Knob[] = [
  {
    kind: 'coverage threshold',
    pattern:
      /["']?\b(?<key>branches|functions|lines|statements)["']?\s*:\s*(?<value>\d+(?:\.\d+)?)/,
    scopes: ['coverage:js'],
    looser: 'lower',
    absent: 0
  },
  coverage('fail_under', /\bfail_under\s*=\s*(?<value>\d+(?:\.\d+)?)/, ['coverage:python']),
  coverage('--cov-fail-under', /--cov-fail-under[=\s]+(?<value>\d+(?:\.\d+)?)/, [
    ...COMMANDS,
    'coverage:python'
  ]),
  coverage('--fail-under', /(?<![\w-])--fail-under[=\s]+(?<value>\d+(?:\.\d+)?)/, COMMANDS),
  {
    kind: 'coverage threshold',
    pattern: /--coverage\.thresholds\.(?<key>\w+)[=\s]+(?<value>\d+(?:\.\d+)?)/,
    scopes: COMMANDS,
    looser: 'lower',
    absent: 0
  },
  coverage('codecov target', /\btarget\s*:\s*["']?(?<value>\d+(?:\.\d+)?)%?/, ['coverage:codecov']),
  {
    kind: 'codecov threshold',
    pattern: /\bthreshold\s*:\s*["']?(?<value>\d+(?:\.\d+)?)%?/,
    scopes: ['coverage:codecov'],
    looser: 'higher',
    absent: 0
  }
]

/** A line whose presence is the finding (counted added vs removed per file). */
export interface LineMarker {
  label: string
  /** Non-global. */
  pattern: RegExp
  scopes: readonly Scope[]
}

const SHELL: readonly Scope[] = ['script', 'ci', 'testConfig']

export const MASK_MARKERS: readonly LineMarker[] = [
  { label: 'continue-on-error: true', pattern: /\bcontinue-on-error\s*:\s*true\b/, scopes: ['ci'] },
  { label: 'allow_failure: true', pattern: /\ballow_failure\s*:\s*true\b/, scopes: ['ci'] },
  { label: 'soft_fail', pattern: /\bsoft_fail\s*:\s*(?:true\b|\[)/, scopes: ['ci'] },
  { label: 'continueOnError: true', pattern: /\bcontinueOnError\s*:\s*true\b/, scopes: ['ci'] },
  { label: 'catchError', pattern: /\bcatchError\s*\(|\breturnStatus\s*:\s*true\b/, scopes: ['ci'] },
  { label: '|| true', pattern: /\|\|\s*(?:true|:)(?=\s*(?:$|[;&|)"'`]))/, scopes: SHELL },
  { label: '|| exit 0', pattern: /\|\|\s*exit\s+0\b/, scopes: SHELL },
  { label: '|| echo', pattern: /\|\|\s*echo\b/, scopes: SHELL },
  { label: 'set +e', pattern: /\bset\s+\+e\b|\bset\s+\+o\s+errexit\b/, scopes: SHELL },
  {
    label: '--passWithNoTests',
    pattern: /--passWithNoTests\b(?!\s*=\s*false)|\bpassWithNoTests["']?\s*:\s*true\b/,
    scopes: SHELL
  },
  { label: '--pass-with-no-tests', pattern: /--pass-with-no-tests\b/, scopes: SHELL },
  {
    label: '--suppress-no-test-exit-code',
    pattern: /--suppress-no-test-exit-code\b/,
    scopes: SHELL
  },
  { label: '--exit-zero', pattern: /--exit-zero\b/, scopes: SHELL },
  { label: 'fail_ci_if_error: false', pattern: /\bfail_ci_if_error\s*:\s*false\b/, scopes: ['ci'] },
  {
    label: 'informational: true',
    pattern: /\binformational\s*:\s*true\b/,
    scopes: ['coverage:codecov']
  },
  {
    label: 'check-coverage: false',
    pattern: /["']?check-coverage["']?\s*[:=]\s*false\b/,
    scopes: ['coverage:js']
  }
]

export const SNAPSHOT_UPDATE_MARKERS: readonly LineMarker[] = [
  {
    label: '--updateSnapshot',
    pattern: /--updateSnapshot\b|--update-snapshots?\b|--snapshot-update\b/,
    scopes: SHELL
  },
  { label: '-u', pattern: /\b(?:jest|vitest|test)\b.*\s-u(?=\s|$|["'])/, scopes: SHELL },
  { label: 'go test -update', pattern: /\bgo\s+test\b.*\s-update\b/, scopes: SHELL },
  {
    label: 'INSTA_UPDATE',
    pattern: /\bINSTA_UPDATE\s*[:=]\s*["']?(?:always|unseen|new)\b/,
    scopes: SHELL
  },
  {
    label: 'updateSnapshot: all',
    pattern: /\bupdateSnapshot\s*:\s*['"]?(?:all|new)\b/,
    scopes: ['testConfig']
  }
]

function retry(kind: string, pattern: RegExp, scopes: readonly Scope[]): Knob {
  return { kind, pattern, scopes, looser: 'higher', absent: 0 }
}

function timeout(kind: string, pattern: RegExp, scopes: readonly Scope[], absent: Absent): Knob {
  return { kind, pattern, scopes, looser: 'higher', absent }
}

function coverage(kind: string, pattern: RegExp, scopes: readonly Scope[]): Knob {
  return { kind, pattern, scopes, looser: 'lower', absent: 0 }
}

/** Cheap pre-checks: a line without these letters cannot hold a knob of the table. */
export const RETRY_HINT = /[Rr]etr|rerun|runMode|max_runs|flaky|max_attempts/
export const TIMEOUT_HINT = /imeout|^\s*\}\s*(?:\)\s*)?,\s*\d/
export const COVERAGE_HINT =
  /branches|functions|lines|statements|fail.under|thresholds|target|threshold/
export const MASK_HINT =
  /continue|allow_failure|soft_fail|catchError|returnStatus|\|\||set\s+\+|[Ww]ith-?[Nn]o-?[Tt]ests|suppress-no-test|exit-zero|fail_ci_if_error|informational|check-coverage/
export const SNAPSHOT_UPDATE_HINT = /[Uu]pdate|-u|INSTA/
