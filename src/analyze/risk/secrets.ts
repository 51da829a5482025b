import type { GateConfig } from '../../config/types.js'
import type { ChangedFile, Finding, Hunk } from '../../model.js'
import { contentAt, KIND_ADD, kindAt, newNumberAt, packedOf } from '../../packed-lines.js'
import { approvalFix } from './approval-hint.js'
import { NO_FINDINGS } from './no-findings.js'
import { compileGlobs } from './path-matcher.js'
import {
  PEM_END,
  findSecretsInLine,
  looksLikeKeyMaterial,
  mayHoldSecret,
  pemHeader,
  redact
} from './secret-patterns.js'
import type { SecretCandidate } from './secret-patterns.js'
import { SECRET_IN_DIFF } from './rules/secret-in-diff.js'

/** Written on a line, it turns a secret finding on that line into a visible, non-blocking note. */
const ALLOW_SECRET_MARKER = 'agent-pr-gate: allow-secret'

/** Files whose bare (unquoted) values are literals: env, YAML, INI, shell, Dockerfiles. */
const BARE_VALUE_FILE =
  /(?:^|\/)(?:\.env[^/]*|[^/]*\.(?:ya?ml|env|properties|ini|cfg|conf|toml|tfvars|sh|bash|zsh)|\.npmrc|\.pypirc|credentials|Dockerfile[^/]*|[^/]*\.dockerfile)$/i

/** How far below a PEM header the END line is looked for. */
const PEM_MAX_LINES = 200

const WHY =
  'A credential pushed to a branch is readable by everyone with repository access and stays in git history.'

export interface SecretScanner {
  scan(file: ChangedFile): readonly Finding[]
}

/** Allowlists compiled once per run; each file is then scanned on its added lines only. */
export function compileSecretScanner(config: GateConfig): SecretScanner {
  const allowPaths = compileGlobs(config.secrets.allow_paths)
  const allowPatterns = compileAllowPatterns(config.secrets.allow_patterns)
  const fix =
    'Remove the value and rotate the credential; if it is not one, add a `secrets.allow_patterns` ' +
    `entry to the base config or approve. ${approvalFix(config, 'secrets')}`
  const allowed = (value: string): boolean => allowPatterns.some((pattern) => pattern.test(value))

  return {
    scan(file) {
      if (file.binary || file.hunks.length === 0 || allowPaths.match(file.path) !== null) {
        return NO_FINDINGS
      }
      let bareValues: boolean | null = null
      let findings: Finding[] | null = null
      let pemCoveredThrough = 0
      for (let h = 0; h < file.hunks.length; h++) {
        // The packed table, not `hunk.lines`: no object or string per line until one may matter.
        const hunk = packedOf(file.hunks[h])
        for (let i = 0; i < hunk.count; i++) {
          if (kindAt(hunk, i) !== KIND_ADD) continue
          const newLine = newNumberAt(hunk, i)
          if (newLine < 0 || newLine <= pemCoveredThrough) continue
          const content = contentAt(hunk, i)
          if (!mayHoldSecret(content)) continue
          const pem = privateKeyAt(file, h, i, content)
          if (pem !== null) pemCoveredThrough = pem.endLine ?? newLine
          bareValues ??= BARE_VALUE_FILE.test(file.path)
          const candidates = pem === null ? findSecretsInLine(content, bareValues) : [pem.candidate]
          if (candidates.length === 0) continue
          const marked = content.includes(ALLOW_SECRET_MARKER)
          for (const candidate of candidates) {
            if (marked) {
              findings ??= []
              findings.push(markerNote(file.path, candidate, newLine))
            } else if (!allowed(candidate.value)) {
              findings ??= []
              findings.push(secretFinding(file.path, candidate, newLine, pem?.endLine ?? null, fix))
            }
          }
        }
      }
      return findings ?? NO_FINDINGS
    }
  }
}

function compileAllowPatterns(sources: readonly string[]): RegExp[] {
  const patterns: RegExp[] = []
  for (const source of sources) {
    try {
      patterns.push(new RegExp(source))
    } catch {
      // The config loader rejects invalid patterns; one that slips through allows nothing.
    }
  }
  return patterns
}

interface PrivateKeyBlock {
  candidate: SecretCandidate
  endLine: number | null
}

/**
 * A private-key PEM block whose BEGIN line is added at `hunks[h].lines[i]`, with `content`. Its
 * END may sit further down, in a later hunk, or outside the diff; the header alone is not enough
 * when the next line is plainly code (a parser that mentions the header).
 */
function privateKeyAt(
  file: ChangedFile,
  h: number,
  i: number,
  content: string
): PrivateKeyBlock | null {
  const header = pemHeader(content)
  if (header === null) return null
  // Rare from here on: the hunk's line objects are made only for a private-key header.
  const hunk = file.hunks[h]
  const sameLineBody = content.slice(header.end)
  const next = hunk.lines.slice(i + 1).find((line) => line.kind !== 'del')
  const hasBody =
    /[A-Za-z0-9+/=]{16,}/.test(sameLineBody) ||
    next === undefined ||
    looksLikeKeyMaterial(next.content)
  if (!hasBody) return null
  const endLine = PEM_END.test(sameLineBody) ? hunk.lines[i].newLine : findPemEnd(file.hunks, h, i)
  const value = content.slice(header.start)
  return {
    candidate: {
      kind: `private key (${header.label})`,
      value,
      shown: '',
      start: header.start,
      end: content.length
    },
    endLine
  }
}

function findPemEnd(hunks: readonly Hunk[], h: number, i: number): number | null {
  let seen = 0
  for (let hi = h; hi < hunks.length; hi++) {
    const lines = hunks[hi].lines
    for (let li = hi === h ? i + 1 : 0; li < lines.length && seen < PEM_MAX_LINES; li++, seen++) {
      const line = lines[li]
      if (line.kind === 'add' && PEM_END.test(line.content)) return line.newLine
    }
  }
  return null
}

function secretFinding(
  path: string,
  candidate: SecretCandidate,
  line: number,
  endLine: number | null,
  fix: string
): Finding {
  const redacted = redact(candidate)
  const named = candidate.name === undefined ? '' : ` assigned to \`${candidate.name}\``
  return {
    rule: SECRET_IN_DIFF.id,
    severity: 'block',
    message: `Possible ${candidate.kind}${named} added: ${redacted}`,
    path,
    line,
    ...(endLine !== null && endLine !== line ? { endLine } : {}),
    category: 'secrets',
    evidence: {
      kind: candidate.kind,
      redacted,
      ...(candidate.name === undefined ? {} : { name: candidate.name })
    },
    why: WHY,
    fix
  }
}

function markerNote(path: string, candidate: SecretCandidate, line: number): Finding {
  const redacted = redact(candidate)
  return {
    rule: SECRET_IN_DIFF.id,
    severity: 'info',
    message: `\`${ALLOW_SECRET_MARKER}\` lets a possible ${candidate.kind} through: ${redacted}`,
    path,
    line,
    category: 'secrets',
    evidence: { kind: candidate.kind, redacted, allowedBy: 'inline-marker' },
    why: 'An inline marker silences the secret check; a reviewer should confirm the value is not a credential.',
    fix: 'Nothing blocks. Remove the line and rotate the credential if it is a real one.'
  }
}
