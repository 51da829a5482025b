/**
 * A change whose quoted lines carry secrets: rules other than `secret-in-diff` (a skipped test,
 * a masked CI step, a snapshot update, a weakened assertion) quote them. Secrets are assembled at
 * run time: no token literal sits in this file.
 */
import { randomish } from '../analyze/risk/change-builder.js'
import { addedPatch, diffEntry, unifiedDiff } from '../fixtures/github/diff-entry.js'
import type { DiffEntry } from '../fixtures/github/diff-entry.js'

interface Planted {
  /** The text written into the diff. */
  value: string
  /** The part no output may show (the value without its documented prefix). */
  secret: string
}

function planted(prefix: string, secret: string): Planted {
  return { value: prefix + secret, secret }
}

export const SECRETS = {
  github: planted('gh' + 'p_', randomish(36, 201)),
  aws: planted('AK' + 'IA', randomish(16, 202, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
  stripe: planted('sk' + '_live_', randomish(28, 203)),
  slack: planted('xo' + 'xb-', '4417265390' + '12-' + randomish(24, 204)),
  password: planted('', randomish(14, 205) + '!' + randomish(7, 206))
}

const s = SECRETS

/** One hunk from line 1, in GitHub's `patch` form: lines written as diff lines. */
function patchOf(lines: readonly string[]): string {
  const olds = lines.filter((line) => !line.startsWith('+')).length
  const news = lines.filter((line) => !line.startsWith('-')).length
  return [`@@ -1,${olds} +1,${news} @@`, ...lines].join('\n')
}

/** The files, as `pulls.listFiles` lists them; each quoting rule reads a line holding a secret. */
export const LEAKY_ENTRIES: DiffEntry[] = [
  diffEntry('test/api.test.ts', {
    patch: patchOf([
      " import { call } from '../src/api'",
      `-it('calls the API with ${s.github.value}', () => call())`,
      `+it.skip('calls the API with ${s.github.value}', () => call())`,
      ` it('signs with the access key', () => {`,
      `-  expect(sign('${s.aws.value}')).toBe('${s.stripe.value}')`,
      `+  expect(sign('${s.aws.value}')).toBeTruthy()`,
      ' })'
    ])
  }),
  diffEntry('.github/workflows/ci.yml', {
    patch: patchOf([
      '     steps:',
      `-      - run: curl -H "Authorization: token ${s.slack.value}" https://example.org/ping`,
      `+      - run: curl -H "Authorization: token ${s.slack.value}" https://example.org/ping || true`,
      '       - run: npm test'
    ])
  }),
  diffEntry('package.json', {
    patch: patchOf([
      '   "scripts": {',
      `-    "test": "STRIPE_KEY=${s.stripe.value} jest"`,
      `+    "test": "STRIPE_KEY=${s.stripe.value} jest -u"`,
      '   }'
    ])
  }),
  diffEntry('test/login.test.ts', {
    status: 'added',
    patch: addedPatch([`it.skip('logs in', () => login({ password: '${s.password.value}' }))`])
  })
]

/** The same change as `git diff` prints it. */
export const LEAKY_DIFF = unifiedDiff(LEAKY_ENTRIES)

/** The rules expected to quote a planted line. */
export const QUOTING_RULES = [
  'test-skipped',
  'ci-failure-masked',
  'snapshot-rewritten',
  'assertion-weakened'
] as const

const SECRET_PARTS = Object.values(SECRETS).map((p) => p.secret)

/** Every 8-character window of a planted secret found in `output`. */
export function leakedParts(output: string): string[] {
  const leaks: string[] = []
  for (const secret of SECRET_PARTS) {
    for (let i = 0; i + 8 <= secret.length; i++) {
      const window = secret.slice(i, i + 8)
      if (output.includes(window)) leaks.push(window)
    }
  }
  return leaks
}
