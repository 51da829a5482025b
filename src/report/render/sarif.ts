/** SARIF 2.1.0, one run: the rules the gate knows and one result per finding. */
import { createHash } from 'node:crypto'
import type { Location, Log, ReportingConfiguration, ReportingDescriptor, Result } from 'sarif'
import { ruleMeta, type RuleMeta } from '../../analyze/catalogue.js'
import type { Finding, GateReport, Level, Severity } from '../../model.js'
import { FAMILY_TITLE, familyOf } from './labels.js'

/** What a SARIF rule descriptor reads of a rule's metadata. */
export type SarifRule = Pick<RuleMeta, 'id' | 'defaultLevel' | 'summary' | 'locked'>

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
export const TOOL_NAME = 'agent-pr-gate'
/** Names the fingerprint's recipe: change the recipe, change the version. */
const FINGERPRINT_KEY = 'agentPrGate/v1'

const RESULT_LEVEL: Readonly<Record<Severity, Result.level>> = {
  block: 'error',
  warn: 'warning',
  info: 'note'
}

const DEFAULT_LEVEL: Readonly<Record<Level, ReportingConfiguration.level>> = {
  block: 'error',
  warn: 'warning',
  info: 'note',
  off: 'note'
}

/** Where the rule reference lives; each rule is a heading there, so its id is its anchor. */
export const RULES_DOC_URL = 'https://github.com/agent-pr-gate/agent-pr-gate/blob/v1/docs/rules.md'
export const DEFAULT_CATEGORY = 'agent-pr-gate'
export const DEFAULT_CONFIG_PATH = '.github/agent-pr-gate.yml'

/** Code scanning rejects a run with more results; the blocking ones are kept first. */
export const SARIF_MAX_RESULTS = 25_000

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { block: 0, warn: 1, info: 2 }

export interface SarifOptions {
  toolVersion?: string
  /** The code scanning category (`runAutomationDetails.id` is `category/`). */
  category?: string
  /** Repository-relative path of the gate config: where repository-level findings point. */
  configPath?: string
  /** Repository-relative path of the run manifest file, when it came from one. */
  manifestPath?: string | null
}

/**
 * SARIF that code scanning accepts: every result has a location (GitHub rejects a result
 * without one), so a finding about the whole change points at the manifest (run rules) or the
 * gate config, line 1.
 */
export function renderSarif(
  report: GateReport,
  rules: readonly SarifRule[],
  options: SarifOptions | string = {}
): string {
  const opts: SarifOptions = typeof options === 'string' ? { toolVersion: options } : options
  const descriptors = rules.map(ruleDescriptor)
  const ruleIndex = new Map<string, number>()
  descriptors.forEach((descriptor, index) => {
    if (!ruleIndex.has(descriptor.id)) ruleIndex.set(descriptor.id, index)
  })
  // A finding of a rule the caller did not list still gets a descriptor its ruleIndex can name.
  for (const finding of report.findings) {
    if (ruleIndex.has(finding.rule)) continue
    ruleIndex.set(finding.rule, descriptors.length)
    descriptors.push(
      ruleDescriptor({ id: finding.rule, defaultLevel: 'warn', summary: `Rule ${finding.rule}.` })
    )
  }
  const fallback = {
    config: opts.configPath || DEFAULT_CONFIG_PATH,
    manifest: opts.manifestPath || null
  }
  const seen = new Map<string, number>()
  const kept =
    report.findings.length <= SARIF_MAX_RESULTS
      ? report.findings
      : [...report.findings]
          .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
          .slice(0, SARIF_MAX_RESULTS)
  const omitted = report.findings.length - kept.length
  const category = withoutTrailingSlashes(opts.category || DEFAULT_CATEGORY)
  const log: Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            ...(opts.toolVersion === undefined
              ? {}
              : { version: opts.toolVersion, semanticVersion: opts.toolVersion }),
            informationUri: 'https://github.com/agent-pr-gate/agent-pr-gate',
            rules: descriptors
          }
        },
        automationDetails: { id: `${category}/` },
        results: kept.map((finding) =>
          result(finding, ruleIndex.get(finding.rule) ?? -1, fallback, seen)
        ),
        properties: {
          ...(omitted > 0 ? { omittedResults: omitted } : {}),
          verdict: report.verdict,
          mode: report.mode,
          overridden: report.overridden,
          complete: report.complete,
          incompleteReason: report.incompleteReason,
          minimalityScore: report.score.value
        }
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/** A scan from the end, not a `/\/+$/` regex, which is quadratic on a long run of slashes. */
function withoutTrailingSlashes(text: string): string {
  let end = text.length
  while (end > 0 && text[end - 1] === '/') end -= 1
  return text.slice(0, end)
}

const LEVEL_WORD: Readonly<Record<Level, string>> = {
  block: 'blocks the merge',
  warn: 'warns without blocking',
  info: 'is shown as information only',
  off: 'is off'
}

function ruleDescriptor(rule: SarifRule): ReportingDescriptor {
  const helpUri = `${RULES_DOC_URL}#${rule.id}`
  const level = rule.locked
    ? 'blocks the merge, and is locked: no config can lower it'
    : LEVEL_WORD[rule.defaultLevel]
  const full = `${rule.summary} By default it ${level}.`
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: full },
    helpUri,
    help: {
      text: `${full} Set its level (off, warn, block) under rules: in ${DEFAULT_CONFIG_PATH}. Reference: ${helpUri}`,
      markdown: `${full}\n\nSet its level (\`off\`, \`warn\`, \`block\`) under \`rules:\` in \`${DEFAULT_CONFIG_PATH}\`.\n\n[Rule reference](${helpUri})`
    },
    defaultConfiguration: {
      // Code scanning takes note, warning or error here: an off rule is disabled instead.
      level: DEFAULT_LEVEL[rule.defaultLevel],
      ...(rule.defaultLevel === 'off' ? { enabled: false } : {})
    },
    properties: { tags: [FAMILY_TITLE[familyOf(rule.id)]] }
  }
}

interface Fallback {
  config: string
  manifest: string | null
}

function result(
  finding: Finding,
  ruleIndex: number,
  fallback: Fallback,
  seen: Map<string, number>
): Result {
  const properties = {
    ...(finding.category === undefined ? {} : { category: finding.category }),
    ...(finding.evidence === undefined ? {} : { evidence: finding.evidence }),
    ...(finding.why === undefined ? {} : { why: finding.why }),
    ...(finding.fix === undefined ? {} : { fix: finding.fix })
  }
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: RESULT_LEVEL[finding.severity],
    message: { text: finding.message || finding.rule },
    locations: [locationOf(finding, fallback)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding, seen) },
    ...(Object.keys(properties).length === 0 ? {} : { properties })
  }
}

function locationOf(finding: Finding, fallback: Fallback): Location {
  if (finding.path === undefined || finding.path === '') {
    // A rule about the agent's run points at the manifest, when it came from a file.
    const aboutRun = ruleMeta(finding.rule)?.pointsAt === 'manifest'
    const path = (aboutRun && fallback.manifest) || fallback.config
    return {
      physicalLocation: { artifactLocation: { uri: pathToUri(path) }, region: { startLine: 1 } }
    }
  }
  const startLine = validLine(finding.line)
  const endLine = validLine(finding.endLine)
  const region =
    startLine === null
      ? undefined
      : { startLine, ...(endLine !== null && endLine >= startLine ? { endLine } : {}) }
  return {
    physicalLocation: {
      artifactLocation: { uri: pathToUri(finding.path) },
      ...(region === undefined ? {} : { region })
    }
  }
}

function validLine(line: number | undefined): number | null {
  return line !== undefined && Number.isInteger(line) && line >= 1 ? line : null
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** A repository-relative URI reference: each segment percent-encoded (spaces, `#`, `?`, `:`). */
function pathToUri(path: string): string {
  // encodeURIComponent throws on a lone surrogate; U+FFFD is what a decoder would show.
  return path.replace(LONE_SURROGATE, '\uFFFD').split('/').map(encodeURIComponent).join('/')
}

/**
 * Stable across runs for the same rule, file and message (the inputs are already redacted); a
 * repeat of the same three counts up, so two identical findings stay two alerts.
 */
function fingerprint(finding: Finding, seen: Map<string, number>): string {
  const key = `${finding.rule}\u0000${finding.path ?? ''}\u0000${finding.message}`
  const repeat = seen.get(key) ?? 0
  seen.set(key, repeat + 1)
  return createHash('sha256')
    .update(repeat === 0 ? key : `${key}\u0000${repeat}`)
    .digest('hex')
}
