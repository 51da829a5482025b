import type { GateConfig } from '../../config/types.js'
import type { ChangedFile, Finding, Hunk, Severity } from '../../model.js'
import { approvalFix, severityFor } from './approval-hint.js'
import {
  changedLines,
  enclosingKey,
  netAdded,
  newSideLine,
  stripYamlComment
} from './hunk-lines.js'
import { NO_FINDINGS } from './no-findings.js'
import { WORKFLOW_PRIVILEGE } from './rules/workflow-privilege.js'

export const WORKFLOW_FILE = /^\.github\/workflows\/.+\.ya?ml$/i
/** Composite actions and reusable steps: their `uses:` and secrets matter as much. */
const ACTION_FILE = /(?:^|\/)action\.ya?ml$/i

/** GITHUB_TOKEN scopes (`permissions:` keys), as documented for workflow syntax. */
const TOKEN_SCOPES: ReadonlySet<string> = new Set([
  'actions',
  'artifact-metadata',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses'
])

/** Owners whose actions run on GitHub's own trust boundary: a tag is accepted for them. */
const FIRST_PARTY_OWNERS: ReadonlySet<string> = new Set(['actions', 'github'])

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i

interface Signal {
  key: string
  line: number
  /** Raising privilege blocks whatever the category list says. */
  raises: boolean
  message: string
  why: string
  evidence: Record<string, unknown>
}

const PERMISSIONS_KEY = /^\s*(?:-\s+)?permissions:(.*)$/
const SCOPE_WRITE = /^\s*["']?([a-z-]+)["']?:\s*["']?write["']?\s*$/
const PULL_REQUEST_TARGET =
  /^\s*(?:["']?on["']?:\s*(?:\[[^\]]*)?|-\s*|\[[^\]]*)?["']?pull_request_target["']?\s*(?::|,|\]|$)/
const USES = /^\s*(?:-\s+)?uses:\s*["']?([^"'\s]+)/
const SECRET_REF =
  /(?<![\w.-])secrets(?:\.([A-Za-z_][A-Za-z0-9_-]*)|\[\s*["']([^"']+)["']\s*\]|(?![\w-]))/g
const INHERIT_SECRETS = /^\s*secrets:\s*inherit\s*$/
const RUNS_ON = /^\s*runs-on:/
/** A job container or service image: `container: postgres:17`, `image: redis:7`. */
const IMAGE = /^\s*(?:-\s+)?(?:container|image)\s*:\s*["']?([^"'\s{}[\]]+)/
/** Calls that create check runs or commit statuses: what a forged gate result needs. */
const CHECK_API =
  /check-runs|\bchecks\.create\b|\bchecks\.update\b|createCheckRun|\/statuses\/|createCommitStatus|\bgh\s+api\b.{0,200}?\b(?:checks?|status(?:es)?)\b/i
const SELF_HOSTED =
  /^\s*(?:-\s+)?(?:runs-on|labels):.*\bself-hosted\b|^\s*-\s*["']?self-hosted["']?\s*$/

export function detectWorkflowPrivilege(file: ChangedFile, config: GateConfig): readonly Finding[] {
  const workflow = WORKFLOW_FILE.test(file.path)
  if (!workflow && !ACTION_FILE.test(file.path)) return NO_FINDINGS
  const added = emptySide()
  const removed = emptySide()
  for (const { hunk, index, line } of changedLines(file)) {
    const side = line.kind === 'add' ? added : removed
    const text = stripYamlComment(line.content)
    const at = line.newLine ?? newSideLine(hunk, index)
    if (workflow) {
      if (PERMISSIONS_KEY.test(text)) side.permissionBlocks.push(at)
      if (RUNS_ON.test(text)) side.jobs++
      workflowSignals(text, hunk, index, line.kind === 'add' ? 'new' : 'old', at, side.signals)
      imageSignal(text, at, side.signals)
    }
    checkApiSignal(text, at, side.signals)
    usesSignal(text, at, side.signals)
    secretSignals(text, at, side.signals)
  }
  return [
    ...netAdded(added.signals, removed.signals),
    ...droppedPermissionBlocks(file, added, removed)
  ]
    .sort((a, b) => a.line - b.line)
    .map((signal) => toFinding(file.path, signal, config))
}

interface SideSummary {
  signals: Signal[]
  /** Lines declaring `permissions:` (a block or a one-line value). */
  permissionBlocks: number[]
  /** `runs-on:` lines: one per job. */
  jobs: number
}

function emptySide(): SideSummary {
  return { signals: [], permissionBlocks: [], jobs: 0 }
}

/** Permissions declarations removed and not replaced, unless their jobs or the file went too. */
function droppedPermissionBlocks(
  file: ChangedFile,
  added: SideSummary,
  removed: SideSummary
): Signal[] {
  if (file.status === 'deleted') return []
  const jobsGone = Math.max(0, removed.jobs - added.jobs)
  const unreplaced = removed.permissionBlocks.length - added.permissionBlocks.length - jobsGone
  return removed.permissionBlocks.slice(0, Math.max(0, unreplaced)).map((line) => ({
    key: 'permissions-removed',
    line,
    raises: true,
    message: 'Removes a `permissions` declaration',
    why: 'Without a permissions declaration the jobs get the repository default token, which may be read-write.',
    evidence: { permissions: 'removed' }
  }))
}

function workflowSignals(
  text: string,
  hunk: Hunk,
  index: number,
  side: 'new' | 'old',
  line: number,
  signals: Signal[]
): void {
  permissionSignals(text, hunk, index, side, line, signals)
  if (PULL_REQUEST_TARGET.test(text)) {
    signals.push({
      key: 'trigger:pull_request_target',
      line,
      raises: true,
      message: 'Adds the `pull_request_target` trigger',
      why: 'pull_request_target runs with a write token and the secrets of the base repository, even for fork PRs.',
      evidence: { trigger: 'pull_request_target' }
    })
  }
  if (SELF_HOSTED.test(text)) {
    signals.push({
      key: 'runner:self-hosted',
      line,
      raises: true,
      message: 'Runs a job on a self-hosted runner',
      why: 'Self-hosted runners sit inside your network and keep state between jobs: code run there can persist.',
      evidence: { runner: 'self-hosted' }
    })
  }
}

function permissionSignals(
  text: string,
  hunk: Hunk,
  index: number,
  side: 'new' | 'old',
  line: number,
  signals: Signal[]
): void {
  const declared = PERMISSIONS_KEY.exec(text)
  if (declared !== null) {
    const value = declared[1].trim().replace(/^["']|["']$/g, '')
    if (value === 'write-all') {
      signals.push({
        key: 'permissions:write-all',
        line,
        raises: true,
        message: 'Grants `permissions: write-all`',
        why: 'write-all gives every step a token that can push code, publish releases and edit settings.',
        evidence: { permissions: 'write-all' }
      })
    }
    if (value.startsWith('{')) {
      for (const [scope, level] of flowScopes(value)) {
        if (level === 'write' && TOKEN_SCOPES.has(scope)) signals.push(scopeSignal(scope, line))
      }
    }
    return
  }
  const scope = SCOPE_WRITE.exec(text)
  if (scope === null || !TOKEN_SCOPES.has(scope[1])) return
  const parent = enclosingKey(hunk, index, side)
  if (parent === null || parent === 'permissions') signals.push(scopeSignal(scope[1], line))
}

function scopeSignal(scope: string, line: number): Signal {
  const oidc = scope === 'id-token'
  const forges = scope === 'checks' || scope === 'statuses'
  return {
    key: `permission:${scope}`,
    line,
    raises: true,
    message: `Grants \`${scope}: write\` to the workflow token`,
    why: oidc
      ? 'id-token: write lets the job mint OIDC tokens that cloud providers exchange for credentials.'
      : forges
        ? `${scope}: write lets the job post a passing check or status under any name, the agent-pr-gate check included.`
        : `${scope}: write lets every step of the job, third-party actions included, modify ${scope}.`,
    evidence: { scope, level: 'write' }
  }
}

function usesSignal(text: string, line: number, signals: Signal[]): void {
  const uses = USES.exec(text)
  if (uses === null) return
  const target = uses[1]
  if (target.startsWith('./') || target.startsWith('${{')) return
  if (target.startsWith('docker://')) {
    if (!target.includes('@sha256:')) signals.push(unpinned(target, target, null, line))
    return
  }
  const at = target.lastIndexOf('@')
  const action = at < 0 ? target : target.slice(0, at)
  const ref = at < 0 ? null : target.slice(at + 1)
  const owner = action.split('/')[0].toLowerCase()
  if (FIRST_PARTY_OWNERS.has(owner) || (ref !== null && FULL_SHA.test(ref))) return
  signals.push(unpinned(target, action, ref, line))
}

function unpinned(target: string, action: string, ref: string | null, line: number): Signal {
  return {
    key: `uses:${target}`,
    line,
    raises: false,
    message: `Uses \`${target}\`, not pinned to a full commit SHA`,
    why: 'A tag or branch can be moved to new code at any time; only a full commit SHA fixes what runs with your token.',
    evidence: { action, ref }
  }
}

/** A job container or service image not pinned to a digest. */
function imageSignal(text: string, line: number, signals: Signal[]): void {
  const m = IMAGE.exec(text)
  if (m === null) return
  const image = m[1]!
  if (image.includes('@sha256:') || image.startsWith('${{')) return
  const ref = image.replace(/^docker:\/\//, '')
  signals.push({
    key: `image:${ref}`,
    line,
    raises: false,
    message: `Runs the image \`${ref}\`, not pinned to a digest`,
    why: 'An image tag can be pushed again with new content at any time; only an `@sha256:` digest fixes what runs with your token and secrets.',
    evidence: { image: ref }
  })
}

/** A step that creates check runs or commit statuses: it could post a forged gate result. */
function checkApiSignal(text: string, line: number, signals: Signal[]): void {
  if (!CHECK_API.test(text)) return
  signals.push({
    key: 'api:checks',
    line,
    raises: true,
    message: 'Creates check runs or commit statuses from a workflow',
    why: 'A workflow that posts checks can post a passing agent-pr-gate check for a head the gate never judged.',
    evidence: { api: 'checks' }
  })
}

function secretSignals(text: string, line: number, signals: Signal[]): void {
  if (INHERIT_SECRETS.test(text)) signals.push(secretSignal('*', 'secrets: inherit', line))
  if (!text.includes('secrets')) return
  for (const expression of expressions(text)) {
    for (const [, dotted, indexed] of expression.matchAll(SECRET_REF)) {
      const name = dotted ?? indexed ?? '*'
      // GITHUB_TOKEN's power is set by `permissions`, which this rule already watches.
      if (name.toUpperCase() === 'GITHUB_TOKEN') continue
      signals.push(secretSignal(name, name === '*' ? 'all secrets' : `secrets.${name}`, line))
    }
  }
}

function secretSignal(name: string, shown: string, line: number): Signal {
  return {
    key: `secret:${name.toUpperCase()}`,
    line,
    raises: false,
    message: `References \`${shown}\` in a workflow`,
    why: 'A newly referenced secret is exposed to every step of the job, third-party actions included.',
    evidence: { secret: name }
  }
}

function toFinding(path: string, signal: Signal, config: GateConfig): Finding {
  const severity: Severity = signal.raises ? 'block' : severityFor(config, 'ci')
  return {
    rule: WORKFLOW_PRIVILEGE.id,
    severity,
    message: signal.message,
    path,
    line: signal.line,
    category: 'ci',
    evidence: signal.evidence,
    why: signal.why,
    approve: approvalFix(config, 'ci')
  }
}

/** The `scope: level` pairs of a flow mapping `{ contents: write, checks: read }`, split once. */
function flowScopes(value: string): [string, string][] {
  const pairs: [string, string][] = []
  for (const entry of value.split(',')) {
    const colon = entry.indexOf(':')
    if (colon < 0) continue
    pairs.push([unquoted(entry.slice(0, colon)), unquoted(entry.slice(colon + 1))])
  }
  return pairs
}

function unquoted(text: string): string {
  let from = 0
  let to = text.length
  while (from < to && ' \t{"\''.includes(text[from]!)) from++
  while (to > from && ' \t}"\''.includes(text[to - 1]!)) to--
  return text.slice(from, to)
}

/** The insides of the line's `${{ ... }}` expressions, found with `indexOf`: one pass. */
function expressions(text: string): string[] {
  const found: string[] = []
  for (let from = 0; ;) {
    const open = text.indexOf('${{', from)
    if (open < 0) return found
    const close = text.indexOf('}}', open + 3)
    if (close < 0) return found
    found.push(text.slice(open + 3, close))
    from = close + 2
  }
}
