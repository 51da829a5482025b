import { describe, expect, it } from '@jest/globals'
import type { ManifestTestAttempt } from '../../../src/model.js'
import type { CheckRunRecord } from '../../../src/model.js'
import { file, HEAD_SHA, manifest } from '../verifier/change.js'
import { discipline } from './discipline.js'

const PAGE = file('src/pagination/page.ts', ['-a', '+b'])
const EARLIER = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const claims = (tests: ManifestTestAttempt[], options: Parameters<typeof discipline>[2] = {}) =>
  discipline('run-claim-mismatch', [PAGE], {
    ...options,
    manifest: manifest({ ...options.manifest, tests })
  })

function check(name: string, conclusion: string, id: number): CheckRunRecord {
  return {
    id,
    name,
    status: 'completed',
    conclusion,
    startedAt: `2026-03-02T10:0${id}:00Z`,
    completedAt: null,
    appSlug: 'github-actions'
  }
}

describe('run-claim-mismatch', () => {
  it('blocks a claim of passing tests on a commit that is not the head', () => {
    const found = claims([{ attempt: 1, command: 'npm test', commit: EARLIER, status: 'passed' }], {
      commits: [EARLIER, HEAD_SHA]
    })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      severity: 'block',
      evidence: { claimed: EARLIER, head: HEAD_SHA, earlierCommitOfPr: true }
    })
    expect(found[0]!.message).toContain('an earlier commit of this PR')
  })

  it('accepts a claim on the head commit, also as a short SHA', () => {
    expect(
      claims([{ attempt: 1, command: 'npm test', commit: HEAD_SHA, status: 'passed' }])
    ).toEqual([])
    expect(
      claims([
        {
          attempt: 1,
          command: 'npm test',
          commit: HEAD_SHA.slice(0, 7).toUpperCase(),
          status: 'passed'
        }
      ])
    ).toEqual([])
  })

  it('reads only the last attempt as the claim, and a failed last attempt claims nothing', () => {
    expect(
      claims([
        { attempt: 2, command: 'npm test', commit: HEAD_SHA, status: 'passed' },
        { attempt: 1, command: 'npm test', commit: EARLIER, status: 'passed' }
      ])
    ).toEqual([])
    expect(
      claims([{ attempt: 1, command: 'npm test', commit: EARLIER, status: 'failed' }])
    ).toEqual([])
  })

  it('flags a claim on a stale tree: the manifest logs edits after the passing run', () => {
    const found = claims(
      [
        {
          attempt: 3,
          command: 'npm test',
          tree: 'f'.repeat(40),
          status: 'passed',
          at: '2026-03-02T10:00:00Z'
        }
      ],
      {
        manifest: manifest({
          actions: [
            { seq: 7, tool: 'shell', summary: 'npm test', at: '2026-03-02T10:00:00Z' },
            {
              seq: 8,
              tool: 'edit',
              paths: ['src/pagination/page.ts'],
              at: '2026-03-02T12:30:00+02:00'
            },
            { seq: 9, tool: 'edit', paths: ['src/format/money.ts'], at: '2026-03-02T10:05:00.250Z' }
          ]
        })
      }
    )
    expect(found).toHaveLength(1)
    expect(found[0]!.evidence).toMatchObject({
      editsAfter: [8, 9],
      paths: ['src/pagination/page.ts', 'src/format/money.ts']
    })
  })

  it('does not count edits before the passing run, or times it cannot read', () => {
    expect(
      claims(
        [
          {
            attempt: 1,
            command: 'npm test',
            tree: 'f'.repeat(40),
            status: 'passed',
            at: '2026-03-02T10:00:00Z'
          }
        ],
        {
          manifest: manifest({
            actions: [
              { seq: 1, tool: 'edit', at: '2026-03-02T11:59:00+02:00' },
              { seq: 2, tool: 'edit', at: 'yesterday' }
            ]
          })
        }
      )
    ).toEqual([])
  })

  it('blocks a claim CI on the head contradicts, and not a failing lint job or a rerun that passed', () => {
    const claim: ManifestTestAttempt[] = [{ attempt: 1, command: 'npm test', status: 'passed' }]
    const found = claims(claim, { ci: { checkRuns: [check('unit tests (ubuntu)', 'failure', 1)] } })
    expect(found).toHaveLength(1)
    expect(found[0]!.evidence).toEqual({
      attempt: 1,
      failing: ['check run "unit tests (ubuntu)" (failure)']
    })
    expect(claims(claim, { ci: { checkRuns: [check('lint', 'failure', 1)] } })).toEqual([])
    expect(
      claims(claim, {
        ci: { checkRuns: [check('test', 'failure', 1), check('test', 'success', 2)] }
      })
    ).toEqual([])
  })

  it('blocks a claim when the head commit’s test workflow failed', () => {
    const found = claims([{ attempt: 1, command: 'pytest', status: 'passed' }], {
      ci: {
        workflowRuns: [{ id: 5, name: 'CI', runAttempt: 2, conclusion: 'failure', attempts: [] }]
      }
    })
    expect(found[0]!.evidence).toMatchObject({ failing: ['workflow "CI" attempt 2 (failure)'] })
  })
})
