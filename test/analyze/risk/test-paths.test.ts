import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js'
import { addedFile, configWith, detectRisk, file, ofRule, randomish } from './change-builder.js'

const edit = ['-a', '+b']
const categoriesOf = (path: string, config = configWith()) =>
  ofRule(detectRisk([file(path, [edit])], config), 'sensitive-path').map((f) => f.category)

describe('sensitive categories and test files', () => {
  it.each([
    'src/__fixtures__/invoices.ts',
    'tests/services/test_llm_pricing.py',
    'test/billing/charge.test.ts',
    'src/payments/refund.spec.ts',
    'pkg/billing/invoice_test.go',
    'internal/pricing/testdata/plans.json',
    'spec/fixtures/.env.production',
    'tests/fixtures/server.key',
    'test/deploy/Dockerfile',
    'src/__mocks__/stripe/client.ts'
  ])('%s is a test or fixture file, not a production path', (path) => {
    expect(categoriesOf(path)).toEqual([])
  })

  it.each([
    ['src/billing/invoices.ts', 'billing'],
    ['services/pricing/llm.py', 'billing'],
    ['deploy/values.yaml', 'deploy'],
    ['.env.production', 'secrets']
  ])('%s keeps its category', (path, category) => {
    expect(categoriesOf(path)).toContain(category)
  })

  it('moving a production file into a test folder still matches on its old path', () => {
    const moved = file('tests/fixtures/billing.ts', [edit], { oldPath: 'src/billing.ts' })
    const [finding] = ofRule(detectRisk([moved]), 'sensitive-path')
    expect(finding).toMatchObject({ category: 'billing', severity: 'block' })
    expect(finding!.message).toContain('out')
  })

  it('still reads secrets in a fixture: a secret-shaped value is a secret wherever it is', () => {
    const value = randomish(32, 11)
    const fixture = addedFile('tests/fixtures/settings.py', [`API_TOKEN = "${value}"`])
    const found = ofRule(detectRisk([fixture]), 'secret-in-diff')
    expect(found).toHaveLength(1)
    expect(JSON.stringify(found)).not.toContain(value)
  })

  it('an empty tests.exempt_categories makes test files match again', () => {
    const config = configWith({ tests: { ...DEFAULT_CONFIG.tests, exempt_categories: [] } })
    expect(categoriesOf('src/__fixtures__/invoices.ts', config)).toEqual(['billing'])
  })

  it('tests.paths is configurable: a custom fixture folder is exempt, the defaults replaced', () => {
    const config = configWith({ tests: { ...DEFAULT_CONFIG.tests, paths: ['qa/**'] } })
    expect(categoriesOf('qa/billing/plans.ts', config)).toEqual([])
    expect(categoriesOf('tests/billing/plans.ts', config)).toEqual(['billing'])
  })

  it('the ci category is not exempt by default: a workflow is never a test file', () => {
    expect(categoriesOf('.github/workflows/test.yml')).toEqual(['ci'])
  })
})
