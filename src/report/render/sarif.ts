/** SARIF 2.1.0, one run: the rules the gate knows and one result per finding. */
import { createHash } from 'node:crypto'
import type { Location, Log, ReportingConfiguration, ReportingDescriptor, Result } from 'sarif'
import type { Finding, GateReport, Level, RuleMeta, Severity } from '../../model.js'
import { FAMILY_TITLE, familyOf } from './labels.js'

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
  off: 'none'
}

export function renderSarif(
  report: GateReport,
  rules: readonly RuleMeta[],
  toolVersion?: string
): string {
  const descriptors = rules.map(ruleDescriptor)
  const ruleIndex = new Map<string, number>()
  descriptors.forEach((descriptor, index) => {
    if (!ruleIndex.has(descriptor.id)) ruleIndex.set(descriptor.id, index)
  })
  // A finding of a rule the caller did not list still gets a descriptor its ruleIndex can name.
  for (const finding of report.findings) {
    if (ruleIndex.has(finding.rule)) continue
    ruleIndex.set(finding.rule, descriptors.length)
    descriptors.push({ id: finding.rule })
  }
  const log: Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            ...(toolVersion === undefined ? {} : { version: toolVersion }),
            rules: descriptors
          }
        },
        results: report.findings.map((finding) =>
          result(finding, ruleIndex.get(finding.rule) ?? -1)
        ),
        properties: {
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

function ruleDescriptor(rule: RuleMeta): ReportingDescriptor {
  return {
    id: rule.id,
    shortDescription: { text: rule.summary },
    defaultConfiguration: {
      level: DEFAULT_LEVEL[rule.defaultLevel],
      ...(rule.defaultLevel === 'off' ? { enabled: false } : {})
    },
    properties: { tags: [FAMILY_TITLE[familyOf(rule.id)]] }
  }
}

function result(finding: Finding, ruleIndex: number): Result {
  const properties = {
    ...(finding.category === undefined ? {} : { category: finding.category }),
    ...(finding.evidence === undefined ? {} : { evidence: finding.evidence }),
    ...(finding.why === undefined ? {} : { why: finding.why }),
    ...(finding.fix === undefined ? {} : { fix: finding.fix })
  }
  const location = locationOf(finding)
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: RESULT_LEVEL[finding.severity],
    message: { text: finding.message },
    ...(location === null ? {} : { locations: [location] }),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding) },
    ...(Object.keys(properties).length === 0 ? {} : { properties })
  }
}

function locationOf(finding: Finding): Location | null {
  if (finding.path === undefined || finding.path === '') return null
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

/** Stable across runs for the same rule, file and message; the inputs are already redacted. */
function fingerprint(finding: Finding): string {
  return createHash('sha256')
    .update(`${finding.rule}\u0000${finding.path ?? ''}\u0000${finding.message}`)
    .digest('hex')
}
