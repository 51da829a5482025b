/**
 * What `github/codeql-action/upload-sarif` and GitHub code scanning require of a SARIF file,
 * beyond the SARIF 2.1.0 schema (which the action also validates against, see
 * github/codeql-action#39). Each check names its source:
 * - [docs]: GitHub Docs, "SARIF support for code scanning" (required properties, and the
 *   limits table "Runs per file 20, Results per run 25,000, Rules per run 25,000, Location per
 *   result 1,000, Tags per rule 20").
 * - [1738]: github/codeql-action#1738 and #2459: a result without a location fails the upload
 *   with "locationFromSarifResult: expected at least one location".
 * - [420]: github/codeql-action#420: a run without a `results` array breaks the upload.
 * - [1149]: ossf/scorecard-action#1149: an artifact URI that is not a URI reference is refused.
 */
import type { Log } from 'sarif'

const LEVELS = ['note', 'warning', 'error']

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/** Every violation, as `where: what`; none means the upload would be accepted. */
export function uploadProblems(log: Log): string[] {
  const problems: string[] = []
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`)
  // [docs] sarifLog: $schema, version 2.1.0 and at least one run are required.
  if (!nonEmpty(log.$schema)) fail('$schema', 'missing')
  if (log.version !== '2.1.0') fail('version', `is ${String(log.version)}, not 2.1.0`)
  if (!Array.isArray(log.runs) || log.runs.length === 0) fail('runs', 'none')
  if ((log.runs?.length ?? 0) > 20) fail('runs', 'more than 20 [docs limits]')
  log.runs?.forEach((run, r) => {
    const at = `runs[${r}]`
    // [docs] run: tool.driver.name and rules[]; [420]: results must be an array.
    if (!nonEmpty(run.tool?.driver?.name)) fail(`${at}.tool.driver.name`, 'missing')
    const rules = run.tool?.driver?.rules
    if (!Array.isArray(rules)) fail(`${at}.tool.driver.rules`, 'missing')
    if (!Array.isArray(run.results)) fail(`${at}.results`, 'missing')
    if ((rules?.length ?? 0) > 25_000) fail(`${at}.tool.driver.rules`, 'more than 25,000')
    if ((run.results?.length ?? 0) > 25_000) fail(`${at}.results`, 'more than 25,000')
    // [docs] runAutomationDetails.id is `category/run-id`; a category needs the slash.
    const id = run.automationDetails?.id
    if (!nonEmpty(id) || !id.includes('/')) fail(`${at}.automationDetails.id`, 'no category')
    const ids = new Set<string>()
    rules?.forEach((rule, i) => {
      const where = `${at}.tool.driver.rules[${i}]`
      // [docs] reportingDescriptor: id, shortDescription.text, fullDescription.text (each at
      // most 1,024 characters), help.text are required; name at most 255 characters.
      if (!nonEmpty(rule.id)) fail(`${where}.id`, 'missing')
      if (ids.has(rule.id)) fail(`${where}.id`, `duplicate ${rule.id}`)
      ids.add(rule.id)
      for (const key of ['shortDescription', 'fullDescription'] as const) {
        const text = rule[key]?.text
        if (!nonEmpty(text) || text.length > 1024) fail(`${where}.${key}.text`, 'missing or long')
      }
      if (!nonEmpty(rule.help?.text)) fail(`${where}.help.text`, 'missing')
      if (rule.name !== undefined && rule.name.length > 255) fail(`${where}.name`, 'too long')
      const level = rule.defaultConfiguration?.level
      if (level !== undefined && !LEVELS.includes(level)) {
        fail(`${where}.defaultConfiguration.level`, `${level} is not note, warning or error`)
      }
      const tags = (rule.properties?.tags as unknown[] | undefined) ?? []
      if (tags.length > 20) fail(`${where}.properties.tags`, 'more than 20')
    })
    run.results?.forEach((result, i) => {
      const where = `${at}.results[${i}]`
      // [docs] result: message.text required; ruleId names a rule of the run.
      if (!nonEmpty(result.message?.text)) fail(`${where}.message.text`, 'missing')
      if (result.ruleId !== undefined && !ids.has(result.ruleId)) {
        fail(`${where}.ruleId`, `${result.ruleId} names no rule`)
      }
      if (result.ruleIndex !== undefined && rules?.[result.ruleIndex]?.id !== result.ruleId) {
        fail(`${where}.ruleIndex`, 'does not point at the rule named by ruleId')
      }
      // [1738] at least one location; [docs] at most 1,000.
      const locations = result.locations ?? []
      if (locations.length === 0) fail(`${where}.locations`, 'none')
      if (locations.length > 1000) fail(`${where}.locations`, 'more than 1,000')
      locations.forEach((location, l) => {
        const physical = location.physicalLocation
        const uri = physical?.artifactLocation?.uri
        // [docs] physicalLocation.artifactLocation.uri, relative to the repository root;
        // [1149] a valid URI reference.
        if (!nonEmpty(uri)) fail(`${where}.locations[${l}]`, 'no artifactLocation.uri')
        else if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/')) {
          fail(`${where}.locations[${l}]`, `${uri} is not repository-relative`)
        } else if (!URL.canParse(uri, 'file:///repo/') || /[\s#?]/.test(uri)) {
          fail(`${where}.locations[${l}]`, `${uri} is not a URI reference`)
        }
        const start = physical?.region?.startLine
        if (physical?.region !== undefined && !(Number.isInteger(start) && start! >= 1)) {
          fail(`${where}.locations[${l}].region.startLine`, 'not a line number')
        }
      })
      // [docs] partialFingerprints identify a result across runs: non-empty strings.
      const prints = Object.values(result.partialFingerprints ?? {})
      if (prints.length === 0 || !prints.every(nonEmpty)) {
        fail(`${where}.partialFingerprints`, 'missing')
      }
    })
  })
  return problems
}
