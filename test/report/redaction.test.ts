/**
 * A change full of secrets goes through the whole engine (every detector family, decide, the
 * report) and every renderer: no output may carry any part of a secret value.
 */
import { describe, expect, it } from '@jest/globals'
import { RULES } from '../../src/analyze/index.js'
import type { GateConfig } from '../../src/config/types.js'
import type { GateReport } from '../../src/model.js'
import { collectionOf, runGate } from '../../src/engine.js'
import { renderAnnotations } from '../../src/report/render/annotations.js'
import { renderCheckRun } from '../../src/report/render/check-run.js'
import { renderComment } from '../../src/report/render/comment.js'
import { renderJson } from '../../src/report/render/json.js'
import { renderMarkdown } from '../../src/report/render/markdown.js'
import { renderSarif } from '../../src/report/render/sarif.js'
import { renderText } from '../../src/report/render/text.js'
import {
  BASE62,
  addedFile,
  changeSet,
  configWith,
  file,
  randomish
} from '../analyze/risk/change-builder.js'

// Secrets are assembled at run time: no token literal sits in this file.
const B64URL = BASE62 + '-_'
const b64url = (json: object): string => Buffer.from(JSON.stringify(json)).toString('base64url')

interface Planted {
  /** The text written into the diff. */
  value: string
  /** The part no output may show (the value without its documented prefix). */
  secret: string
}

function planted(prefix: string, secret: string): Planted {
  return { value: prefix + secret, secret }
}

const secrets = {
  aws: planted('AK' + 'IA', randomish(16, 101, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
  github: planted('gh' + 'p_', randomish(36, 102)),
  fineGrained: planted('github' + '_pat_', randomish(22, 103) + '_' + randomish(59, 104)),
  slack: planted(
    'xo' + 'xb-',
    '81726354' + '9012-' + '7263' + '5481' + '9203-' + randomish(24, 105)
  ),
  stripe: planted('sk' + '_live_', randomish(28, 106)),
  google: planted('AI' + 'za', randomish(35, 107, B64URL)),
  jwt: planted(
    b64url({ alg: 'RS256', typ: 'JWT' }) + '.',
    b64url({ sub: 'svc-4471', scope: 'deploy' }) + '.' + randomish(86, 108, B64URL)
  ),
  password: planted('', randomish(14, 109) + '!' + randomish(7, 110)),
  apiKey: planted('', randomish(32, 111)),
  awsSecret: planted('', randomish(40, 112, BASE62 + '+/'))
}
const pemBody = [randomish(64, 120, BASE62 + '+/'), randomish(64, 121, BASE62 + '+/')]

function gate(): { report: GateReport; config: GateConfig } {
  const config = configWith()
  const s = secrets
  const files = [
    addedFile('src/clients.ts', [
      `export const aws = '${s.aws.value}'`,
      `export const gh = "${s.github.value}"`,
      `export const fine = '${s.fineGrained.value}'`,
      `export const slack = '${s.slack.value}'`,
      `export const stripe = '${s.stripe.value}'`,
      `export const maps = '${s.google.value}'`,
      `export const session = '${s.jwt.value}'`
    ]),
    addedFile('.env.production', [`DB_PASSWORD=${s.password.value}`, `API_KEY=${s.apiKey.value}`]),
    addedFile('deploy/keys/deploy.pem', [
      '-----BEGIN OPENSSH ' + 'PRIVATE KEY-----',
      ...pemBody,
      '-----END OPENSSH ' + 'PRIVATE KEY-----'
    ]),
    // The same secret moved and re-indented: what minimality rules read.
    file('config/aws.ini', [
      [
        `-aws_secret_access_key=${s.awsSecret.value}`,
        ' [default]',
        `+aws_secret_access_key = ${s.awsSecret.value}`
      ]
    ]),
    file('.github/workflows/deploy.yml', [
      [
        '       env:',
        `+        TOKEN: ${s.github.value}`,
        '+        KEY: ${{ secrets.DEPLOY_KEY }}'
      ]
    ])
  ]
  const { report } = runGate(collectionOf(changeSet(files), config))
  return { report, config }
}

function outputs(): Record<string, string> {
  const { report, config } = gate()
  const markdown = renderMarkdown(report)
  const checkRun = renderCheckRun(report, markdown)
  return {
    text: renderText(report, { color: false }),
    'text (color)': renderText(report, { color: true }),
    markdown,
    json: renderJson(report),
    sarif: renderSarif(report, RULES),
    annotations: JSON.stringify(renderAnnotations(report)),
    comment: renderComment(report, config),
    'check run': `${checkRun.title}\n${checkRun.summary}`
  }
}

const secretParts = [...Object.values(secrets).map((s) => s.secret), ...pemBody]

describe('secret redaction', () => {
  const rendered = outputs()

  it('reports the planted secrets', () => {
    const json = JSON.parse(rendered.json!) as GateReport
    const kinds = json.findings
      .filter((f) => f.rule === 'secret-in-diff')
      .map((f) => (f.evidence as { kind: string }).kind)
    expect(new Set(kinds)).toEqual(
      new Set([
        'AWS access key id',
        'GitHub token',
        'GitHub fine-grained token',
        'Slack token',
        'Stripe live key',
        'Google API key',
        'JSON Web Token',
        'secret-like assignment',
        'private key (OPENSSH PRIVATE KEY)',
        'AWS secret access key'
      ])
    )
  })

  it.each(Object.keys(rendered))('keeps every secret out of the %s output', (name) => {
    const output = rendered[name]!
    expect(output).toContain('secret-in-diff')
    for (const secret of secretParts) {
      for (let i = 0; i + 8 <= secret.length; i++) {
        const window = secret.slice(i, i + 8)
        if (output.includes(window)) {
          throw new Error(`${name} output shows part of a secret: …${window}…`)
        }
      }
    }
  })
})
