/**
 * Secret formats and the heuristics around them, on one line of text at a time. Token formats
 * are public facts from each vendor's documentation; the regexes are written for this gate.
 */

/** A secret found on a line: never rendered as is, only through `redact`. */
export interface SecretCandidate {
  kind: string
  value: string
  /** Leading characters safe to show: the vendor's documented prefix, at most 4 characters. */
  shown: string
  start: number
  end: number
  /** The secret-like name the value was assigned to, for generic findings. */
  name?: string
}

interface TokenFormat {
  kind: string
  /** Global; group 1 is the value. */
  pattern: RegExp
  /** Substrings one of which every match contains: skips the regex on most lines. */
  triggers: readonly string[]
  shownLength: number
  confirms?: (value: string) => boolean
}

/*
 * The line prefilter. Irregexp pays per character for every alternative whose first character
 * is common in code, so each alternative starts at the word's rarest character (`k`, `w`, `z`,
 * `_`, `-`, upper case) and checks the rest of the word behind it. One case-sensitive regex
 * with the lower, Capitalized and UPPER forms of each keyword beats an `i` flag or two regexes.
 */

/** A prefix of one of the token formats. */
const TOKEN_TRIGGER =
  /_(?<=gh[pousr]_|github_pat_|npm_|k_live_)|-(?<=xox[abposr]-|xapp-|sk-ant-|sk-proj-|sk-svcacct-|sk-admin-|-----)|KIA(?<=AKIA)|SIA(?<=ASIA)|BIA(?<=ABIA)|CCA(?<=ACCA)|Iza(?<=AIza)|J(?<=eyJ)|3BlbkFJ|k\.com\/(?<=hooks\.slack\.com\/)/

/** token, key, password, pwd, pass, secret, credential, authorization; or a token prefix. */
const SECRET_PREFILTER = new RegExp(
  [
    'ken(?<=[Tt]oken)|KEN(?<=TOKEN)|[Kk]ey|KEY',
    'w(?<=[Pp]assw|[Pp]w)|W(?<=PASSW|PW)|ss(?<=[Pp]ass)|SS(?<=PASS)',
    'cret(?<=[Ss]ecret)|CRET(?<=SECRET)|[Cc]redential|CREDENTIAL',
    'z(?<=[Aa]uthoriz)|Z(?<=AUTHORIZ)',
    TOKEN_TRIGGER.source
  ].join('|')
)

/** The shortest line that can hold a finding: `pwd=` and a 12-character value. */
const MIN_SECRET_LINE = 16

/** Whether a line can hold any finding below; most code lines cannot. */
export function mayHoldSecret(content: string): boolean {
  return content.length >= MIN_SECRET_LINE && SECRET_PREFILTER.test(content)
}

const NONE: readonly SecretCandidate[] = Object.freeze([])

const TOKEN_FORMATS: readonly TokenFormat[] = [
  {
    kind: 'AWS access key id',
    pattern: /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Za-z0-9])/g,
    triggers: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    shownLength: 4
  },
  {
    kind: 'GitHub token',
    pattern: /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,251})(?![A-Za-z0-9_])/g,
    triggers: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    shownLength: 4
  },
  {
    kind: 'GitHub fine-grained token',
    pattern: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{22,251})(?![A-Za-z0-9_])/g,
    triggers: ['github_pat_'],
    shownLength: 4
  },
  {
    kind: 'Slack token',
    pattern: /(?<![A-Za-z0-9])((?:xox[abposr]|xapp)-[0-9]{1,16}-[0-9A-Za-z-]{8,250})/g,
    triggers: ['xox', 'xapp-'],
    shownLength: 4
  },
  {
    kind: 'Slack webhook URL',
    pattern:
      /(https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_]{6,}\/[A-Za-z0-9_]{6,}\/[A-Za-z0-9_/]{8,250})/g,
    triggers: ['hooks.slack.com'],
    shownLength: 0
  },
  {
    kind: 'Stripe live key',
    pattern: /(?<![A-Za-z0-9_])([rs]k_live_[0-9A-Za-z]{16,247})(?![0-9A-Za-z])/g,
    triggers: ['k_live_'],
    shownLength: 4
  },
  {
    kind: 'Google API key',
    pattern: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
    triggers: ['AIza'],
    shownLength: 4
  },
  {
    kind: 'Anthropic API key',
    pattern: /(?<![A-Za-z0-9_-])(sk-ant-[a-z]{3,8}[0-9]{2}-[A-Za-z0-9_-]{32,250})/g,
    triggers: ['sk-ant-'],
    shownLength: 4
  },
  {
    kind: 'OpenAI API key',
    pattern:
      /(?<![A-Za-z0-9_-])(sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{16,250}T3BlbkFJ[A-Za-z0-9_-]{16,250})/g,
    triggers: ['T3BlbkFJ'],
    shownLength: 3
  },
  {
    kind: 'OpenAI API key',
    pattern: /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250})/g,
    triggers: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    shownLength: 3
  },
  {
    kind: 'npm access token',
    pattern: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
    triggers: ['npm_'],
    shownLength: 4
  },
  {
    kind: 'JSON Web Token',
    pattern:
      /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/g,
    triggers: ['eyJ'],
    shownLength: 3,
    confirms: isSignedJwt
  }
]

/** Words and shapes of documented examples and placeholders (AWS's `…EXAMPLE` keys included). */
const EXAMPLE_WORDS =
  /example|sample|dummy|fake|placeholder|not[-_]?a[-_]?real|changeme|change[-_]me|redacted|replace[-_]?me|your[-_]|insert[-_]|test/i
const REPEATED_RUN = /(.)\1{5}/
const COUNTING_RUN = /0123456|1234567|abcdefg|qwerty/i

function isExampleValue(value: string): boolean {
  return EXAMPLE_WORDS.test(value) || REPEATED_RUN.test(value) || COUNTING_RUN.test(value)
}

function isSignedJwt(token: string): boolean {
  const [header, payload] = token.split('.')
  const decoded = decodeJson(header ?? '')
  if (decoded === null || typeof decoded.alg !== 'string' || decoded.alg === 'none') return false
  // jwt.io's sample token and its kin carry example payloads, not credentials.
  return !isExampleValue(Buffer.from(payload ?? '', 'base64url').toString('utf8'))
}

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** The documented prefix (never more than 4 characters) and the length: all a report may show. */
export function redact(candidate: Pick<SecretCandidate, 'value' | 'shown'>): string {
  return `${candidate.shown}…[${candidate.value.length} chars]`
}

function findTokens(content: string): SecretCandidate[] {
  const found: SecretCandidate[] = []
  for (const format of TOKEN_FORMATS) {
    if (!format.triggers.some((trigger) => content.includes(trigger))) continue
    format.pattern.lastIndex = 0
    for (let m = format.pattern.exec(content); m !== null; m = format.pattern.exec(content)) {
      const value = m[1]
      if (isExampleValue(value)) continue
      if (format.confirms !== undefined && !format.confirms(value)) continue
      const start = m.index + m[0].indexOf(value)
      // Two formats can describe one token (OpenAI's key shapes overlap): report it once.
      if (found.some((f) => start < f.end && f.start < start + value.length)) continue
      const shown = value.slice(0, format.shownLength)
      found.push({ kind: format.kind, value, shown, start, end: start + value.length })
    }
  }
  return found
}

const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/

/** The label of a private-key PEM header on the line (`RSA PRIVATE KEY`) and where it ends. */
export function pemHeader(content: string): { label: string; start: number; end: number } | null {
  if (!content.includes('-----BEGIN')) return null
  const m = PEM_BEGIN.exec(content)
  return m === null ? null : { label: m[1], start: m.index, end: m.index + m[0].length }
}

const BASE64_BODY = /^[A-Za-z0-9+/=]{16,}$/
const PEM_FIELD = /^[A-Za-z-]+: /

/** Text that can follow a PEM header inside a key: base64 body, `Proc-Type:` fields, the END line. */
export function looksLikeKeyMaterial(text: string): boolean {
  const bare = text.replace(/\\[rn]|["'`,;+]/g, '').trim()
  return (
    bare === '' || BASE64_BODY.test(bare) || PEM_FIELD.test(bare) || bare.startsWith('-----END')
  )
}

export const PEM_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/

/** Parts of a name that make a value assigned to it a secret. */
const SECRET_WORDS: ReadonlySet<string> = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'secret',
  'token',
  'credential',
  'credentials',
  'apikey',
  'authorization'
])
/** Words that make `<word> key` a secret (`api_key`, `signingKey`); a bare `key` is not. */
const KEY_QUALIFIERS: ReadonlySet<string> = new Set([
  'api',
  'access',
  'secret',
  'private',
  'signing',
  'encryption',
  'master',
  'client',
  'app',
  'auth',
  'license',
  'account',
  'service',
  'webhook',
  'session'
])
/** A name ending in one of these holds something about a secret, not the secret. */
const NON_SECRET_ENDINGS: ReadonlySet<string> = new Set([
  'url',
  'uri',
  'endpoint',
  'host',
  'path',
  'file',
  'dir',
  'name',
  'type',
  'id',
  'ids',
  'arn',
  'count',
  'length',
  'len',
  'size',
  'prefix',
  'suffix',
  'header',
  'field',
  'env',
  'var',
  'ttl',
  'expiry',
  'expires',
  'expiration',
  'at',
  'policy',
  'pattern',
  'regex',
  'label',
  'format',
  'version',
  'hash',
  'hint',
  'enabled',
  'required',
  'min',
  'max',
  'limit',
  'mode',
  'kind',
  'scope',
  'scopes',
  'provider',
  'source',
  'ref',
  'key'
])

// eslint-disable-next-line regexp/no-super-linear-move -- names are cut to 128 characters
const NAME_PART = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g

function isSecretName(name: string): boolean {
  const parts = (name.match(NAME_PART) ?? []).map((part) => part.toLowerCase())
  const last = parts.at(-1)
  if (last === undefined) return false
  const qualifiedKey = parts.some((part, i) => part === 'key' && KEY_QUALIFIERS.has(parts[i - 1]))
  if (NON_SECRET_ENDINGS.has(last) && !(last === 'key' && qualifiedKey)) return false
  return qualifiedKey || parts.some((part) => SECRET_WORDS.has(part))
}

function shannonEntropy(value: string): number {
  const counts = new Map<string, number>()
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i)
    counts.set(ch, (counts.get(ch) ?? 0) + 1)
  }
  let bits = 0
  for (const count of counts.values()) {
    const p = count / value.length
    bits -= p * Math.log2(p)
  }
  return bits
}

const INDIRECTION = /^[$%<]|\$\{|\{\{|%\(|\$\(|:\/\/|^\.{0,2}\/|^~\//
const WORDS_ONLY = /^[^A-Za-z0-9]?[A-Za-z]+(?:[-_.:/][A-Za-z]+)*[^A-Za-z0-9]?$/
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/

/**
 * A literal that looks generated rather than chosen: long enough, varied enough, not a lookup,
 * template, path, word or placeholder.
 */
function isPlausibleSecret(value: string): boolean {
  if (value.length < 12 || value.length > 4096 || /\s/.test(value)) return false
  if (INDIRECTION.test(value) || WORDS_ONLY.test(value) || CONSTANT_NAME.test(value)) return false
  if (isExampleValue(value)) return false
  const lower = /[a-z]/.test(value)
  const upper = /[A-Z]/.test(value)
  const digit = /[0-9]/.test(value)
  const symbol = /[^A-Za-z0-9]/.test(value)
  if (!lower && !upper) return false
  if (!digit && !(symbol && lower && upper)) return false
  const classes = Number(lower) + Number(upper) + Number(digit) + Number(symbol)
  const entropy = shannonEntropy(value)
  return value.length < 20 ? classes >= 3 && entropy >= 3 : entropy >= 3.5
}

const NAME_HIT = /pass|pwd|secret|token|credential|key|authorization/gi
const QUOTED_VALUE_FOLLOWS = /["'\]]?\s*(?::=|=>|={1,3}|:)\s*["'`]/y
const ANY_VALUE_FOLLOWS = /["'\]]?\s*(?::=|=>|={1,3}|:)\s*\S/y
const ASSIGNMENT =
  /["'\]]?\s*(?::=|=>|={1,3}|:)\s*(?:"([^"\n]*)"|'([^'\n]*)'|`([^`\n]*)`|([^\s"'`,;)}\]]+))/y
const AUTH_SCHEME = /^(?:Bearer|Basic|token)\s+/i
const AWS_SECRET_KEY = /^[A-Za-z0-9/+]{40}$/

function isNameChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 45 ||
    code === 46
  )
}

/** A name safe to print: words and separators, no room for a token glued to it. */
const SHOWABLE_NAME = /^[A-Za-z_][A-Za-z_.-]{0,37}[0-9]{0,2}$/

/** Longest name the generic check reads around a keyword: bounds the work on minified lines. */
const MAX_NAME = 64

function findAssignedSecrets(content: string, unquoted: boolean): readonly SecretCandidate[] {
  let found: SecretCandidate[] | null = null
  const valueFollows = unquoted ? ANY_VALUE_FOLLOWS : QUOTED_VALUE_FOLLOWS
  NAME_HIT.lastIndex = 0
  // `test` moves lastIndex past each keyword without allocating a match.
  while (NAME_HIT.test(content)) {
    const hit = NAME_HIT.lastIndex
    let end = hit
    while (end < content.length && end - hit < MAX_NAME && isNameChar(content.charCodeAt(end))) {
      end++
    }
    NAME_HIT.lastIndex = end
    // Most keyword hits (`Object.keys(`, `token = req.token`) assign no literal: test that first.
    valueFollows.lastIndex = end
    if (!valueFollows.test(content)) continue
    ASSIGNMENT.lastIndex = end
    const a = ASSIGNMENT.exec(content)
    if (a === null) continue
    const raw = a[1] ?? a[2] ?? a[3] ?? (unquoted ? a[4] : undefined)
    if (raw === undefined) continue
    const value = raw.replace(AUTH_SCHEME, '')
    if (!isPlausibleSecret(value)) continue
    let start = hit
    while (start > 0 && end - start < MAX_NAME && isNameChar(content.charCodeAt(start - 1))) {
      start--
    }
    const name = content.slice(start, end)
    if (!isSecretName(name)) continue
    const valueStart = a.index + a[0].lastIndexOf(raw) + (raw.length - value.length)
    const aws = /aws|access/i.test(name) && AWS_SECRET_KEY.test(value)
    found ??= []
    found.push({
      kind: aws ? 'AWS secret access key' : 'secret-like assignment',
      value,
      shown: '',
      start: valueStart,
      end: valueStart + value.length,
      ...(SHOWABLE_NAME.test(name) ? { name } : {})
    })
    NAME_HIT.lastIndex = a.index + a[0].length
  }
  return found ?? NONE
}

/**
 * Token formats and secret-like assignments on one line; an assignment overlapping a token is
 * the token. `unquoted` reads bare values too (env, YAML, properties files), not only literals.
 */
export function findSecretsInLine(content: string, unquoted: boolean): readonly SecretCandidate[] {
  const tokens = TOKEN_TRIGGER.test(content) ? findTokens(content) : NONE
  const assigned = findAssignedSecrets(content, unquoted)
  if (assigned.length === 0) return tokens
  if (tokens.length === 0) return assigned
  const kept = assigned.filter((c) => !tokens.some((t) => c.start < t.end && t.start < c.end))
  return [...tokens, ...kept].sort((a, b) => a.start - b.start)
}
