import { describe, expect, it } from '@jest/globals'
import type { ManifestTestAttempt } from '../../../src/model.js'
import type { CheckRunRecord, WorkflowRunRecord } from '../../../src/model.js'
import { file, manifest, type ChangeOptions } from './change.js'
import { verify } from './detect.js'
// JUnit reports below reach the analysis directly, as they do through the library entry.
import '../../../src/analyze/verifier/junit-parser.js'

const TREE_A = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'
const TREE_B = '9f1c0de1a2b3c4d5e6f708192a3b4c5d6e7f8091'
const PAGE_CHANGE = file('src/pagination/page.ts', [
  '-  const total = Math.floor(n / size)',
  '+  const total = Math.ceil(n / size)'
])

function withTests(tests: ManifestTestAttempt[], files = [PAGE_CHANGE]) {
  return verify(files, { manifest: manifest({ tests }) })
}

const reruns = (result: ReturnType<typeof verify>) =>
  result.findings.filter((f) => f.rule === 'rerun-to-green')

describe('rerun-to-green from the run manifest', () => {
  it('flags a test that failed and then passed on the same tree, and blocks when it runs the changed code', () => {
    const result = withTests([
      {
        attempt: 1,
        command: 'npm test',
        tree: TREE_A,
        status: 'failed',
        failed: ['pagination > last page']
      },
      { attempt: 2, command: 'npm test', tree: TREE_A, status: 'passed' }
    ])
    const [found] = reruns(result)
    expect(found).toMatchObject({ rule: 'rerun-to-green', severity: 'block' })
    expect(found!.evidence).toEqual({
      source: 'manifest',
      tests: ['pagination > last page'],
      attempts: [
        {
          test: 'pagination > last page',
          failed: 1,
          passed: 2,
          tree: TREE_A,
          recorded: false,
          onHeadTree: null
        }
      ],
      touchesChange: true
    })
    expect(found!.message).toContain('Only claimed by the manifest')
    expect(result.testTimeline).toEqual([
      { attempt: 1, tree: TREE_A, status: 'failed', flipped: [], source: 'manifest' },
      {
        attempt: 2,
        tree: TREE_A,
        status: 'passed',
        flipped: ['pagination > last page'],
        source: 'manifest'
      }
    ])
  })

  it('does not flag a test that passed after a code change (a different tree)', () => {
    const result = withTests([
      {
        attempt: 1,
        command: 'npm test',
        tree: TREE_A,
        status: 'failed',
        failed: ['pagination > last page']
      },
      { attempt: 2, command: 'npm test', tree: TREE_B, status: 'passed' }
    ])
    expect(reruns(result)).toEqual([])
    expect(result.testTimeline).toHaveLength(2)
  })

  it('only warns when the flipped test does not run the changed code', () => {
    const [found] = reruns(
      withTests([
        {
          attempt: 1,
          command: 'npm test',
          tree: TREE_A,
          status: 'failed',
          failed: ['billing > invoice totals']
        },
        {
          attempt: 2,
          command: 'npm test',
          tree: TREE_A,
          status: 'failed',
          failed: [],
          passed: ['billing > invoice totals']
        }
      ])
    )
    expect(found).toMatchObject({ severity: 'warn', evidence: { touchesChange: false } })
  })

  it('treats a whole command that flipped as running the changed code', () => {
    const [found] = reruns(
      withTests([
        { attempt: 1, command: 'npm test', commit: 'c0ffee0', status: 'failed' },
        { attempt: 2, command: 'npm test', commit: 'c0ffee0', status: 'passed' }
      ])
    )
    expect(found).toMatchObject({
      severity: 'block',
      evidence: { tests: ['npm test'], touchesChange: true }
    })
  })

  it('counts a narrower passing command that names the failed test', () => {
    const [found] = reruns(
      withTests([
        { attempt: 1, command: 'npm test', tree: TREE_A, status: 'failed', failed: ['last page'] },
        { attempt: 2, command: 'npx jest -t "last page"', tree: TREE_A, status: 'passed' }
      ])
    )
    expect(found!.evidence).toMatchObject({ tests: ['last page'] })
  })

  it('reads attempts in order and ignores attempts without a tree or commit', () => {
    expect(
      reruns(
        withTests([
          { attempt: 2, command: 'npm test', status: 'passed' },
          { attempt: 1, command: 'npm test', status: 'failed', failed: ['a'] }
        ])
      )
    ).toEqual([])
  })
})

function checkRun(
  id: number,
  name: string,
  conclusion: string | null,
  startedAt: string
): CheckRunRecord {
  return {
    id,
    name,
    status: conclusion === null ? 'in_progress' : 'completed',
    conclusion,
    startedAt,
    completedAt: null,
    appSlug: 'github-actions'
  }
}

function workflowRun(name: string, attempts: (string | null)[]): WorkflowRunRecord {
  return {
    id: 31,
    name,
    runAttempt: attempts.length,
    conclusion: attempts.at(-1) ?? null,
    attempts: attempts.map((conclusion, i) => ({ attempt: i + 1, conclusion, startedAt: null }))
  }
}

describe('rerun-to-green from CI history on the head commit', () => {
  it('flags check runs of one name that failed and then succeeded', () => {
    const result = verify([PAGE_CHANGE], {
      ci: {
        checkRuns: [
          checkRun(2, 'test', 'success', '2026-03-02T10:10:00Z'),
          checkRun(1, 'test', 'failure', '2026-03-02T10:00:00Z'),
          checkRun(3, 'lint', 'success', '2026-03-02T10:00:00Z')
        ]
      }
    })
    const [found] = reruns(result)
    expect(found).toMatchObject({
      severity: 'block',
      evidence: { source: 'ci', tests: ['check run "test"'] }
    })
    expect(found!.evidence).toMatchObject({
      attempts: [{ test: 'check run "test"', failed: 1, passed: 2 }]
    })
    expect(result.testTimeline).toEqual([
      { attempt: 1, tree: null, status: 'failure', flipped: [], source: 'check run "test"' },
      { attempt: 2, tree: null, status: 'success', flipped: ['test'], source: 'check run "test"' }
    ])
  })

  it('flags a workflow run whose earlier attempt failed', () => {
    const [found] = reruns(
      verify([PAGE_CHANGE], { ci: { workflowRuns: [workflowRun('CI', ['failure', 'success'])] } })
    )
    expect(found!.evidence).toMatchObject({
      tests: ['workflow "CI"'],
      attempts: [{ failed: 1, passed: 2 }]
    })
  })

  it('does not flag a clean history, a rerun that is still red, or a cancelled run', () => {
    const quiet = (ci: ChangeOptions['ci']) => reruns(verify([PAGE_CHANGE], { ci }))
    expect(quiet({ checkRuns: [checkRun(1, 'test', 'success', '2026-03-02T10:00:00Z')] })).toEqual(
      []
    )
    expect(
      quiet({
        checkRuns: [
          checkRun(1, 'test', 'failure', '2026-03-02T10:00:00Z'),
          checkRun(2, 'test', 'success', '2026-03-02T10:05:00Z'),
          checkRun(3, 'test', 'failure', '2026-03-02T10:10:00Z')
        ]
      })
    ).toEqual([])
    expect(
      quiet({
        checkRuns: [
          checkRun(1, 'test', 'cancelled', '2026-03-02T10:00:00Z'),
          checkRun(2, 'test', 'success', '2026-03-02T10:05:00Z')
        ]
      })
    ).toEqual([])
    expect(quiet({ workflowRuns: [workflowRun('CI', ['success'])] })).toEqual([])
    expect(verify([PAGE_CHANGE], { ci: {} }).testTimeline).toBeUndefined()
  })
})

describe('rerun-to-green from JUnit reports', () => {
  const report = (xml: string) => ({ junit: [{ path: 'reports/junit.xml', xml }] })

  it('flags Surefire flaky failures on a passing case, tied to the changed code by its class', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="PageTest" tests="2">
  <testcase name="lastPage" classname="com.acme.pagination.PageTest">
    <flakyFailure message="expected 2" type="AssertionError"/>
  </testcase>
  <testcase name="firstPage" classname="com.acme.pagination.PageTest"/>
</testsuite>`
    const files = [file('src/main/java/com/acme/pagination/Page.java', ['-a', '+b'])]
    const [found] = reruns(verify(files, { ci: report(xml) }))
    expect(found).toMatchObject({ severity: 'block' })
    expect(found!.evidence).toMatchObject({
      source: 'junit',
      tests: ['com.acme.pagination.PageTest > lastPage'],
      touchesChange: true
    })
  })

  it('flags a case reported again after a failure (pytest-rerunfailures, jest-junit retries)', () => {
    const xml = `<testsuites><testsuite name="pytest">
  <testcase classname="tests.test_invoice" name="test_total" file="tests/test_invoice.py"><failure message="boom"/></testcase>
  <testcase classname="tests.test_invoice" name="test_total" file="tests/test_invoice.py"/>
</testsuite></testsuites>`
    const [found] = reruns(verify([PAGE_CHANGE], { ci: report(xml) }))
    expect(found).toMatchObject({
      severity: 'warn',
      evidence: { tests: ['tests.test_invoice > test_total'], touchesChange: false }
    })
  })

  it('flags a Surefire rerun that passed, and not one that kept failing', () => {
    const green =
      '<testsuite><testcase name="a" classname="A"><rerunFailure message="x"/></testcase></testsuite>'
    const red =
      '<testsuite><testcase name="a" classname="A"><failure/><rerunFailure message="x"/></testcase></testsuite>'
    expect(reruns(verify([PAGE_CHANGE], { ci: report(green) }))).toHaveLength(1)
    expect(reruns(verify([PAGE_CHANGE], { ci: report(red) }))).toEqual([])
  })

  it('ignores reports with no reruns and text that is not a JUnit report', () => {
    const clean =
      '<testsuite><testcase name="a" classname="A"/><testcase name="b" classname="A"><skipped/></testcase></testsuite>'
    expect(reruns(verify([PAGE_CHANGE], { ci: report(clean) }))).toEqual([])
    expect(
      reruns(verify([PAGE_CHANGE], { ci: report('<html><body>not junit</body></html>') }))
    ).toEqual([])
    expect(reruns(verify([PAGE_CHANGE], { ci: report('<testsuite><testcase') }))).toEqual([])
  })
})
