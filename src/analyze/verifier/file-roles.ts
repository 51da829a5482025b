/**
 * What a changed file is to the verifier, decided from its path alone so that every other file is
 * skipped without reading a line: a test file (and its language), a snapshot, a CI definition, a
 * script that runs tests, a test-runner or coverage config.
 */

export type TestLanguage = 'js' | 'python' | 'go' | 'java' | 'rust'

export type CoverageConfig = 'js' | 'python' | 'codecov'

export interface FileRoles {
  test: TestLanguage | null
  /** A Rust source file outside the test folders: it may hold `#[cfg(test)]` modules. */
  inlineTests: boolean
  snapshot: boolean
  ci: boolean
  script: boolean
  testConfig: boolean
  coverage: CoverageConfig | null
}

/** Where a marker table entry applies; a file gets one tag per role it has. */
export type Scope =
  'test' | `test:${TestLanguage}` | 'testConfig' | 'script' | 'ci' | `coverage:${CoverageConfig}`

const JS_SOURCE = /\.[cm]?[jt]sx?$/
const JS_TEST_NAME = /\.(?:test|spec|cy|e2e|e2e-spec|e2e-test|unit|int|integration)\.[cm]?[jt]sx?$/
const JS_TEST_DIR =
  /(?:^|\/)(?:__tests__|test|tests|e2e|spec|cypress\/(?:e2e|integration|component))\//
const PY_TEST_NAME = /^(?:test_.*|.*_test|tests|conftest)\.py$/
const PY_TEST_DIR = /(?:^|\/)tests?\//
const JVM_SOURCE = /\.(?:java|kt)$/
const JVM_TEST_NAME = /(?:Tests?|IT|TestCase)\.(?:java|kt)$/
const JVM_TEST_DIR = /(?:^|\/)src\/(?:test|androidTest|integrationTest|testFixtures)\//
const RUST_TEST_NAME = /^(?:tests|.*_tests?|test_.*)\.rs$/
const RUST_TEST_DIR = /(?:^|\/)(?:tests|benches)\//

const SNAPSHOT =
  /(?:^|\/)(?:__snapshots__|__image_snapshots__|snapshots)\/|-snapshots\/|\.(?:snap|ambr)$|(?:^|\/)testdata\/.*\.golden$/

const CI =
  /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.github\/actions\/.+\/action\.ya?ml|\.gitlab-ci\.ya?ml|\.gitlab\/ci\/.+\.ya?ml|\.circleci\/config\.ya?ml|azure-pipelines[^/]*\.ya?ml|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|\.buildkite\/.+\.ya?ml|\.drone\.ya?ml|appveyor\.ya?ml|\.woodpecker(?:\.ya?ml|\/.+\.ya?ml))$|(?:^|\/)Jenkinsfile$/

const SCRIPT_NAME =
  /^(?:Makefile|GNUmakefile|makefile|justfile|Justfile|Taskfile\.ya?ml|package\.json|tox\.ini)$|\.(?:mk|sh|bash)$/

const TEST_CONFIG_NAME =
  /^(?:(?:jest|vitest|vite|playwright|cypress|karma|nyc|wdio)(?:\.[\w-]+)?\.(?:config|conf|workspace)\.[cm]?[jt]s(?:on)?|\.mocharc(?:\.[\w]+)?|\.nycrc(?:\.[\w]+)?|\.c8rc(?:\.[\w]+)?|cypress\.json|package\.json|pytest\.ini|tox\.ini|setup\.cfg|pyproject\.toml|conftest\.py|\.coveragerc|nextest\.toml|pom\.xml|build\.gradle(?:\.kts)?|[.]?codecov\.ya?ml)$/

const JS_COVERAGE_NAME =
  /^(?:(?:jest|vitest|vite|karma|nyc)(?:\.[\w-]+)?\.(?:config|conf|workspace)\.[cm]?[jt]s(?:on)?|\.nycrc(?:\.[\w]+)?|\.c8rc(?:\.[\w]+)?|package\.json)$/
const PY_COVERAGE_NAME = /^(?:\.coveragerc|setup\.cfg|pyproject\.toml|tox\.ini)$/
const CODECOV_NAME = /^[.]?codecov\.ya?ml$/

export function testLanguage(path: string): TestLanguage | null {
  const name = basename(path)
  if (JS_SOURCE.test(name)) {
    return JS_TEST_NAME.test(name) || JS_TEST_DIR.test(path) ? 'js' : null
  }
  if (name.endsWith('.py'))
    return PY_TEST_NAME.test(name) || PY_TEST_DIR.test(path) ? 'python' : null
  if (name.endsWith('_test.go')) return 'go'
  if (JVM_SOURCE.test(name)) {
    return JVM_TEST_NAME.test(name) || JVM_TEST_DIR.test(path) ? 'java' : null
  }
  if (name.endsWith('.rs'))
    return RUST_TEST_NAME.test(name) || RUST_TEST_DIR.test(path) ? 'rust' : null
  return null
}

const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kt)$/
/** A source file is a test or a test config only when its path says so. */
const CODE_ROLE =
  /test|spec|e2e|cy\.|unit\.|int\.|integration|cypress|\.conf|\.workspace\.|(?:^|\/)\.[^/]*$|IT\.(?:java|kt)$/i
/** Configs, scripts, CI definitions, Rust sources and snapshots: the full rules decide. */
const OTHER_ROLE =
  /(?:^|\/)[^/.]+$|\.(?:ya?ml|json|toml|ini|cfg|xml|gradle|kts|sh|bash|mk|snap|ambr|golden|rs)$|rc(?:\.\w+)?$|snapshot/i

/** A cheap first look (one or two regular expressions): most application files stop here. */
function mayHaveRole(path: string): boolean {
  return CODE_FILE.test(path) ? CODE_ROLE.test(path) : OTHER_ROLE.test(path)
}

const NO_ROLES: FileRoles = {
  test: null,
  inlineTests: false,
  snapshot: false,
  ci: false,
  script: false,
  testConfig: false,
  coverage: null
}

/** The roles of a path, or null when the verifier has nothing to read in it. */
export function fileRoles(path: string): FileRoles | null {
  if (!mayHaveRole(path)) return null
  const name = basename(path)
  const snapshot = SNAPSHOT.test(path)
  const test = snapshot ? null : testLanguage(path)
  if (test !== null) return { ...NO_ROLES, test, testConfig: TEST_CONFIG_NAME.test(name) }
  const roles: FileRoles = {
    ...NO_ROLES,
    inlineTests: !snapshot && name.endsWith('.rs'),
    snapshot,
    ci: CI.test(path),
    script: SCRIPT_NAME.test(name),
    testConfig: TEST_CONFIG_NAME.test(name) || path.endsWith('.config/nextest.toml'),
    coverage: JS_COVERAGE_NAME.test(name)
      ? 'js'
      : PY_COVERAGE_NAME.test(name)
        ? 'python'
        : CODECOV_NAME.test(name)
          ? 'codecov'
          : null
  }
  const any =
    roles.inlineTests ||
    roles.snapshot ||
    roles.ci ||
    roles.script ||
    roles.testConfig ||
    roles.coverage !== null
  return any ? roles : null
}

export function scopesOf(roles: FileRoles): Set<Scope> {
  const scopes = new Set<Scope>()
  const language = roles.test ?? (roles.inlineTests ? 'rust' : null)
  if (language) {
    scopes.add('test')
    scopes.add(`test:${language}`)
  }
  if (roles.testConfig) scopes.add('testConfig')
  if (roles.script) scopes.add('script')
  if (roles.ci) scopes.add('ci')
  if (roles.coverage) scopes.add(`coverage:${roles.coverage}`)
  return scopes
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}
