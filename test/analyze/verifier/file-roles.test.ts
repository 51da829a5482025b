import { describe, expect, it } from '@jest/globals'
import { fileRoles, testLanguage } from '../../../src/analyze/verifier/file-roles.js'

describe('which files the verifier reads', () => {
  it.each([
    ['src/page.test.ts', 'js'],
    ['src/page.spec.tsx', 'js'],
    ['src/__tests__/page.ts', 'js'],
    ['test/page.js', 'js'],
    ['e2e/login.spec.ts', 'js'],
    ['cypress/e2e/cart.cy.ts', 'js'],
    ['tests/test_page.py', 'python'],
    ['pkg/page_test.py', 'python'],
    ['conftest.py', 'python'],
    ['page/page_test.go', 'go'],
    ['core/src/test/java/com/acme/PageTest.java', 'java'],
    ['app/src/test/kotlin/PageTest.kt', 'java'],
    ['src/main/java/com/acme/PageTests.java', 'java'],
    ['tests/paging.rs', 'rust'],
    ['src/page.ts', null],
    ['src/testing.py', null],
    ['page/page.go', null],
    ['src/main/java/com/acme/Page.java', null],
    ['src/lib.rs', null]
  ])('%s is a %s test file', (path, language) => {
    expect(testLanguage(path)).toBe(language)
  })

  it('reads Rust sources for inline test modules, snapshots, CI, scripts and test configs', () => {
    expect(fileRoles('src/lib.rs')).toMatchObject({ test: null, inlineTests: true })
    expect(fileRoles('src/__snapshots__/a.test.ts.snap')).toMatchObject({
      snapshot: true,
      test: null
    })
    expect(fileRoles('.github/workflows/ci.yml')).toMatchObject({ ci: true })
    expect(fileRoles('Makefile')).toMatchObject({ script: true })
    expect(fileRoles('package.json')).toMatchObject({
      script: true,
      testConfig: true,
      coverage: 'js'
    })
    expect(fileRoles('pyproject.toml')).toMatchObject({ testConfig: true, coverage: 'python' })
    expect(fileRoles('codecov.yml')).toMatchObject({ coverage: 'codecov' })
    expect(fileRoles('playwright.config.ts')).toMatchObject({ testConfig: true })
  })

  it('skips every other file by its path alone', () => {
    expect(fileRoles('src/pagination/page.ts')).toBeNull()
    expect(fileRoles('README.md')).toBeNull()
    expect(fileRoles('assets/logo.png')).toBeNull()
  })
})
