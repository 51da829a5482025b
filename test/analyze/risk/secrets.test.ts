import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { ChangedFile, Finding } from '../../../src/model.js'
import {
  BASE62,
  addedFile,
  configWith,
  detectRisk,
  file,
  ofRule,
  randomish
} from './change-builder.js'

// Every token below is assembled at run time from a prefix and generated characters.
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const BASE64URL = BASE62 + '-_'
const BASE64 = BASE62 + '+/'

const b64url = (json: object): string => Buffer.from(JSON.stringify(json)).toString('base64url')

const tokens = {
  awsKeyId: 'AK' + 'IA' + randomish(16, 11, UPPER_DIGITS),
  github: 'gh' + 'p_' + randomish(36, 12),
  githubOauth: 'gh' + 'o_' + randomish(36, 13),
  githubApp: 'gh' + 's_' + randomish(36, 14),
  githubFineGrained: 'github' + '_pat_' + randomish(22, 15) + '_' + randomish(59, 16),
  slack: 'xo' + 'xb-' + '2837461' + '0392-' + '48203' + '9182736-' + randomish(24, 17),
  slackWebhook:
    'https://hooks.slack.com/services/T' +
    randomish(8, 18, UPPER_DIGITS) +
    '/B' +
    randomish(8, 19, UPPER_DIGITS) +
    '/' +
    randomish(24, 20),
  stripe: 'sk' + '_live_' + randomish(24, 21),
  google: 'AI' + 'za' + randomish(35, 22, BASE64URL),
  jwt:
    b64url({ alg: 'HS256', typ: 'JWT' }) +
    '.' +
    b64url({ sub: 'user-8812', iat: 1767225600 }) +
    '.' +
    randomish(43, 23, BASE64URL)
}

const secretsOf = (files: ChangedFile[], config = configWith()): Finding[] =>
  ofRule(detectRisk(files, config), 'secret-in-diff')

const inFile = (path: string, line: string): Finding[] => secretsOf([addedFile(path, [line])])

/** No part of the value beyond its shown prefix, 8 characters or longer, appears in the finding. */
function expectRedacted(finding: Finding, value: string, shown: number): void {
  const text = JSON.stringify(finding)
  for (let i = shown; i + 8 <= value.length; i++) {
    expect(text).not.toContain(value.slice(i, i + 8))
  }
}

describe('secret-in-diff: token formats', () => {
  it.each([
    ['AWS access key id', tokens.awsKeyId, 'AKIA'],
    ['GitHub token', tokens.github, 'ghp_'],
    ['GitHub token', tokens.githubOauth, 'gho_'],
    ['GitHub token', tokens.githubApp, 'ghs_'],
    ['GitHub fine-grained token', tokens.githubFineGrained, 'gith'],
    ['Slack token', tokens.slack, 'xoxb'],
    ['Slack webhook URL', tokens.slackWebhook, ''],
    ['Stripe live key', tokens.stripe, 'sk_l'],
    ['Google API key', tokens.google, 'AIza'],
    ['JSON Web Token', tokens.jwt, 'eyJ']
  ])('finds a %s and shows only its documented prefix', (kind, value, shown) => {
    const [finding, ...rest] = inFile('src/client.ts', `  const conn = connect("${value}")`)
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      rule: 'secret-in-diff',
      severity: 'block',
      path: 'src/client.ts',
      line: 1,
      category: 'secrets',
      evidence: { kind, redacted: `${shown}…[${value.length} chars]` }
    })
    expect(finding!.message).toContain(kind)
    expectRedacted(finding!, value, shown.length)
  })

  it('reports the line of the added text inside a hunk', () => {
    const changed = file('src/a.ts', [
      {
        newStart: 40,
        oldStart: 40,
        lines: [' const a = 1', '-const b = 2', `+const b = '${tokens.github}'`]
      }
    ])
    expect(secretsOf([changed])[0]).toMatchObject({ line: 41 })
  })

  it('reads added lines only: a removed or unchanged secret is not this change', () => {
    const changed = file('src/a.ts', [
      [`-const t = '${tokens.github}'`, ` const s = '${tokens.stripe}'`, '+const t = readToken()']
    ])
    expect(secretsOf([changed])).toEqual([])
  })

  it('ignores Stripe test keys', () => {
    expect(inFile('src/pay.ts', `const key = 'sk_' + 'test_${randomish(24, 30)}'`)).toEqual([])
    expect(inFile('src/pay.ts', `stripe('sk_test_${randomish(24, 31)}')`)).toEqual([])
  })

  it("ignores AWS's documented example key id and secret key", () => {
    const lines = [
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    ]
    expect(secretsOf([addedFile('docs/aws.ini', lines)])).toEqual([])
  })

  it('ignores placeholders shaped like tokens', () => {
    const lines = [
      'SLACK_TOKEN=xoxb-not-a-real-token',
      `GITHUB_TOKEN=ghp_${'x'.repeat(36)}`,
      `const key = 'AIza${'0'.repeat(35)}'`,
      `stripe_key: sk_live_${'X'.repeat(24)}`
    ]
    expect(secretsOf([addedFile('config/example.env', lines)])).toEqual([])
  })

  it("ignores jwt.io's sample token and unsigned tokens", () => {
    const sample = [
      b64url({ alg: 'HS256', typ: 'JWT' }),
      b64url({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }),
      randomish(43, 32, BASE64URL)
    ].join('.')
    const unsigned = [b64url({ alg: 'none' }), b64url({ sub: 'u-1' }), randomish(20, 33)].join('.')
    const notJson = ['eyJ' + randomish(20, 34), randomish(20, 35), randomish(20, 36)].join('.')
    expect(inFile('test/auth.ts', `const t = '${sample}'`)).toEqual([])
    expect(inFile('src/auth.ts', `const t = '${unsigned}'`)).toEqual([])
    expect(inFile('src/auth.ts', `const t = '${notJson}'`)).toEqual([])
  })
})

describe('secret-in-diff: private keys', () => {
  const body = [
    randomish(64, 40, BASE64),
    randomish(64, 41, BASE64),
    randomish(20, 42, BASE64) + '=='
  ]
  const begin = '-----BEGIN RSA ' + 'PRIVATE KEY-----'
  const end = '-----END RSA ' + 'PRIVATE KEY-----'

  it('reports a PEM block once, from its BEGIN line to its END line', () => {
    const findings = secretsOf([addedFile('deploy/id_rsa', ['# key', begin, ...body, end])])
    expect(findings).toEqual([
      expect.objectContaining({
        line: 2,
        endLine: 6,
        evidence: expect.objectContaining({ kind: 'private key (RSA PRIVATE KEY)' })
      })
    ])
    for (const part of body) expectRedacted(findings[0]!, part, 0)
  })

  it('finds a block whose END line is in a later hunk', () => {
    const split = file('keys/service.pem', [
      [`+${begin}`, `+${body[0]}`],
      { newStart: 30, oldStart: 28, lines: [`+${body[2]}`, `+${end}`] }
    ])
    expect(secretsOf([split])).toEqual([expect.objectContaining({ line: 1, endLine: 31 })])
  })

  it('finds a block whose END line is not in the diff', () => {
    const cut = file('keys/service.pem', [[`+${begin}`, `+${body[0]}`, ` ${body[1]}`]])
    const [finding] = secretsOf([cut])
    expect(finding).toMatchObject({ line: 1 })
    expect(finding!.endLine).toBeUndefined()
  })

  it('finds a key held in one JSON string', () => {
    const json = `  "private_key": "${begin.replace('RSA ', '')}\\n${body[0]}\\n${end.replace('RSA ', '')}\\n",`
    expect(inFile('svc-account.json', json)).toEqual([
      expect.objectContaining({
        evidence: expect.objectContaining({ kind: 'private key (PRIVATE KEY)' })
      })
    ])
  })

  it('leaves code that only mentions the header', () => {
    const code = [`if (pem.startsWith('${begin}')) {`, '  return parseRsa(pem)', '}']
    expect(secretsOf([addedFile('src/pem.ts', code)])).toEqual([])
  })
})

describe('secret-in-diff: secret-like assignments', () => {
  it.each([
    ['.env', `DB_PASSWORD=${randomish(20, 50)}`],
    ['config/app.yml', `  client_secret: ${randomish(32, 51)}`],
    ['src/settings.py', `API_KEY = "${randomish(32, 52)}"`],
    ['src/client.ts', `  apiKey: '${randomish(24, 53)}',`],
    ['src/db.go', `	password := "${randomish(9, 54)}#${randomish(6, 55)}"`],
    ['src/http.ts', `headers.authorization = 'Bearer ${randomish(40, 56)}'`],
    ['.npmrc', `//registry.npmjs.org/:_authToken=${randomish(36, 57)}`],
    ['.env', `pwd=${randomish(11, 64)}7`]
  ])('finds a high-entropy value assigned to a secret-like name in %s', (path, line) => {
    const [finding] = inFile(path, line)
    expect(finding).toMatchObject({
      severity: 'block',
      evidence: { kind: 'secret-like assignment' }
    })
    expect(finding!.evidence!.name).toBeDefined()
  })

  it('names an AWS secret access key by its variable', () => {
    const [finding] = inFile(
      '.aws/credentials',
      `aws_secret_access_key = ${randomish(40, 58, BASE64)}`
    )
    expect(finding).toMatchObject({
      evidence: { kind: 'AWS secret access key', name: 'aws_secret_access_key' }
    })
  })

  it.each([
    ['a short word', 'src/app.ts', `const secret = 'hunter2'`],
    ['a placeholder', 'config/app.yml', `secret: "changeme-please-now"`],
    ['a placeholder', 'src/app.py', `password = '<your-password-here>'`],
    ['an environment lookup', 'src/app.ts', `const secret = process.env.APP_SECRET`],
    [
      'an environment lookup',
      'src/app.py',
      `secret = os.environ["APP_SECRET_${randomish(4, 59)}"]`
    ],
    ['a template', 'src/app.ts', 'const secret = `${prefix}-' + randomish(16, 60) + '`'],
    ['a template', 'config/app.yml', `  secret: "\${APP_SECRET}"`],
    ['a workflow expression', '.github/workflows/ci.yml', `  token: \${{ secrets.NPM_TOKEN }}`],
    ['a sentence', 'src/app.ts', `const secret = 'Never commit this value to git'`],
    ['words', 'src/app.ts', `const secret = 'session-signing-secret'`],
    ['a constant name', 'src/app.ts', `const token = 'GITHUB_TOKEN_V2'`],
    ['a file path', 'config/app.yml', `password_file: /run/secrets/${randomish(16, 61)}`],
    ['a URL', 'src/app.py', `token_url = "https://auth.example.org/oauth/${randomish(16, 62)}"`],
    ['a bare value in code', 'src/app.ts', `const secret = generatedSecret2024`],
    [
      'a value under a name that only ends in key',
      'src/app.ts',
      `const cacheKey = '${randomish(24, 63)}'`
    ]
  ])('does not fire on a secret-like name holding %s', (_what, path, line) => {
    expect(inFile(path, line)).toEqual([])
  })
})

describe('secret-in-diff: allowlists', () => {
  const line = `const token = '${tokens.github}'`

  it('skips files matched by secrets.allow_paths', () => {
    const config = configWith({
      secrets: { allow_paths: ['test/fixtures/**'], allow_patterns: [] }
    })
    expect(secretsOf([addedFile('test/fixtures/tokens.ts', [line])], config)).toEqual([])
    expect(secretsOf([addedFile('src/tokens.ts', [line])], config)).toHaveLength(1)
  })

  it('skips values matched by secrets.allow_patterns and ignores an invalid pattern', () => {
    const config = configWith({
      secrets: { allow_paths: [], allow_patterns: ['(', `^ghp_${tokens.github.slice(4, 10)}`] }
    })
    expect(secretsOf([addedFile('src/a.ts', [line])], config)).toEqual([])
    const other = `const token = '${tokens.githubOauth}'`
    expect(secretsOf([addedFile('src/a.ts', [other])], config)).toHaveLength(1)
  })

  it('turns a finding on a line with the inline marker into a visible note that does not block', () => {
    const [note, ...rest] = inFile('src/a.ts', `${line} // agent-pr-gate: allow-secret`)
    expect(rest).toEqual([])
    expect(note).toMatchObject({
      severity: 'info',
      line: 1,
      evidence: { kind: 'GitHub token', allowedBy: 'inline-marker' }
    })
    expectRedacted(note!, tokens.github, 4)
  })
})

describe('secret-in-diff: redaction', () => {
  it('never puts a generated secret value in a finding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ghp_', 'gho_', 'sk_live_', 'password = "', 'API_TOKEN='),
        fc.integer({ min: 1, max: 2 ** 31 }),
        (prefix, seed) => {
          const value = randomish(prefix === 'sk_live_' ? 28 : 36, seed)
          const findings = inFile('.env', `${prefix}${value}${prefix.endsWith('"') ? '"' : ''}`)
          for (const finding of findings) expectRedacted(finding, value, 0)
        }
      ),
      { numRuns: 100 }
    )
  })
})
