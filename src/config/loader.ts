/**
 * Reads `.github/agent-pr-gate.yml`: YAML -> schema validation -> merge over the defaults ->
 * cross-field checks -> a deep-frozen GateConfig. Every failure is a ConfigError naming the key.
 */
import { parseDocument } from 'yaml'
import { createSchemaValidator } from '../validation/schema-validator.js'
import type { SchemaProblem } from '../validation/schema-validator.js'
import { nearestName } from '../validation/nearest.js'
import { previewValue, sanitizeText } from '../validation/text.js'
import { DEFAULT_CONFIG, DEFAULT_SENSITIVE } from './defaults.js'
import { ConfigError } from './errors.js'
import { CONFIG_MAX_BYTES, deepFreeze, FROZEN_DEFAULTS } from './file.js'
import type { ConfigProblem } from './errors.js'
import { CONFIG_PATTERN_FORMS, CONFIG_SCHEMA } from './schema.js'
import type { GateConfig } from './types.js'

export { CONFIG_MAX_BYTES, loadConfigFile } from './file.js'

/** Far deeper than any config needs, far shallower than what overflows the YAML parser's stack. */
const MAX_NESTING = 200

const validateConfig = createSchemaValidator(CONFIG_SCHEMA, {
  patternForms: CONFIG_PATTERN_FORMS,
  unknownKeyNoun: (parent) => (parent.length === 1 && parent[0] === 'rules' ? 'rule id' : 'key')
})

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** `rules.out-of-scope`, `agents.authors[2]`, `sensitive["a.b"]`. */
function formatKeyPath(segments: readonly string[]): string {
  let path = ''
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) path += `[${segment}]`
    else if (/^[A-Za-z0-9_-]+$/.test(segment)) path += path === '' ? segment : `.${segment}`
    else path += `[${JSON.stringify(sanitizeText(segment, 40))}]`
  }
  return path
}

function isPlainObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Objects merge key by key; anything else (lists included) replaces the default. */
function mergeOver(base: Json, override: Json): Json {
  if (!isPlainObject(base) || !isPlainObject(override)) return override
  // fromEntries defines own properties, so even a `__proto__` key could not reach a prototype.
  return Object.fromEntries([
    ...Object.entries(base).map(([key, value]): [string, Json] => [
      key,
      Object.hasOwn(override, key) ? mergeOver(value, override[key] as Json) : value
    ]),
    ...Object.entries(override).filter(([key]) => !Object.hasOwn(base, key))
  ])
}

/** A cheap upper bound of the YAML nesting depth: indentation, block indicators, open brackets. */
function nestingBound(text: string): { depth: number; line: number } {
  let flow = 0
  let worst = { depth: 0, line: 0 }
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const indent = line.length - line.trimStart().length
    const indicators = line.match(/(?:^|\s)[-?:](?=\s|$)/g)?.length ?? 0
    let peak = flow
    for (const char of line) {
      if (char === '[' || char === '{') peak = Math.max(peak, ++flow)
      else if ((char === ']' || char === '}') && flow > 0) flow--
    }
    const depth = indent + indicators + peak
    if (depth > worst.depth) worst = { depth, line: index + 1 }
  }
  return worst
}

function fromSchemaProblem(problem: SchemaProblem): ConfigProblem {
  if (problem.segments.length === 0) {
    return { path: '', message: `the top level ${problem.message}` }
  }
  return { path: formatKeyPath(problem.segments), message: problem.message }
}

function versionProblem(data: unknown): ConfigProblem | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null
  if (!Object.hasOwn(data, 'version')) {
    return { path: 'version', message: 'is missing; add `version: 1` as the first line' }
  }
  const version: unknown = (data as { version: unknown }).version
  return version === 1
    ? null
    : {
        path: 'version',
        message: `is ${previewValue(version)}; this release reads version 1 only: set \`version: 1\``
      }
}

function crossFieldProblems(config: GateConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  const { warn_below: warnBelow, block_below: blockBelow } = config.minimality
  if (blockBelow > warnBelow) {
    problems.push({
      path: 'minimality.block_below',
      message: `is ${blockBelow}, above minimality.warn_below (${warnBelow}); lower block_below or raise warn_below so that block_below <= warn_below`
    })
  }
  config.require_human_approval_for.forEach((category, index) => {
    if (Object.hasOwn(config.sensitive, category)) return
    const suggestion = nearestName(category, Object.keys(config.sensitive))
    problems.push({
      path: `require_human_approval_for[${index}]`,
      message: `names ${previewValue(category)}, which is not a sensitive category; ${
        suggestion !== null ? `did you mean "${suggestion}"? Or ` : ''
      }define sensitive.${category} (categories: ${Object.keys(config.sensitive).join(', ')})`
    })
  })
  config.secrets.allow_patterns.forEach((pattern, index) => {
    try {
      new RegExp(pattern)
    } catch (error) {
      problems.push({
        path: `secrets.allow_patterns[${index}]`,
        message: `${previewValue(pattern)} is not a valid regular expression (${
          error instanceof Error ? sanitizeText(error.message, 120) : 'rejected'
        }); fix it or remove it`
      })
    }
  })
  return problems
}

function parseYaml(text: string, source: string): unknown {
  const document = parseDocument(text, {
    schema: 'core',
    uniqueKeys: true,
    strict: true,
    stringKeys: true,
    // `!!binary`, `!!set`... would produce Buffers and Sets: only plain JSON-like data is accepted.
    resolveKnownTags: false
  })
  const issues = [...document.errors, ...document.warnings]
  if (issues.length > 0) {
    throw new ConfigError(
      source,
      issues.slice(0, 10).map((issue) => ({
        path: '',
        message: `YAML syntax: ${sanitizeText(issue.message.split('\n')[0] ?? '', 200).replace(/:$/, '')}; fix the indentation, quoting or tag there`
      }))
    )
  }
  try {
    return document.toJS({ maxAliasCount: 100 })
  } catch (error) {
    const reason = error instanceof Error ? sanitizeText(error.message, 200) : 'unreadable'
    throw new ConfigError(
      source,
      [
        {
          path: '',
          message: `YAML could not be read (${reason}); remove the alias or anchor it names`
        }
      ],
      { cause: error }
    )
  }
}

function parseConfigUnguarded(text: string, source: string): GateConfig {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > CONFIG_MAX_BYTES) {
    throw new ConfigError(source, [
      {
        path: '',
        message: `is ${bytes} bytes, over the ${CONFIG_MAX_BYTES}-byte limit; a gate config needs a few kilobytes`
      }
    ])
  }
  const nesting = nestingBound(text)
  if (nesting.depth > MAX_NESTING) {
    throw new ConfigError(source, [
      {
        path: '',
        message: `nests deeper than ${MAX_NESTING} levels at line ${nesting.line}; a gate config needs only a few levels: un-indent or close brackets`
      }
    ])
  }
  const data = parseYaml(text, source)
  if (data === null || data === undefined) return FROZEN_DEFAULTS
  // A wrong version means the rest is in a format we do not know: only the version is reported.
  const version = versionProblem(data)
  if (version !== null) throw new ConfigError(source, [version])
  const problems = validateConfig(data)
  if (problems.length > 0) throw new ConfigError(source, problems.map(fromSchemaProblem))
  const merged = mergeOver(structuredClone(DEFAULT_CONFIG) as unknown as Json, data as Json)
  const config = merged as unknown as GateConfig
  // The gate's own files stay sensitive whatever the config says: it can add globs, never remove these.
  config.sensitive.gate = [
    ...new Set([...(DEFAULT_SENSITIVE.gate ?? []), ...(config.sensitive.gate ?? [])])
  ]
  const crossField = crossFieldProblems(config)
  if (crossField.length > 0) throw new ConfigError(source, crossField)
  return deepFreeze(config)
}

/**
 * Parses, validates and merges a config over the defaults. An empty file yields the defaults.
 * Throws ConfigError only, naming `source`, each key path, the bad value and the fix.
 */
export function parseConfig(text: string, source: string): GateConfig {
  try {
    return parseConfigUnguarded(text, source)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    const reason = error instanceof Error ? sanitizeText(error.message, 200) : String(error)
    throw new ConfigError(
      source,
      [
        {
          path: '',
          message: `could not be parsed (${reason}); simplify the file around the failing part`
        }
      ],
      { cause: error }
    )
  }
}
