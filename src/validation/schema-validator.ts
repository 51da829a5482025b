/**
 * JSON Schema validation (ajv) that reports problems a person can act on: where (JSON pointer),
 * what the value is, and what is expected, in words rather than schema keywords.
 */
import { Ajv } from 'ajv'
import type { ErrorObject, SchemaObject, ValidateFunction } from 'ajv'
import { nearestName } from './nearest.js'
import { kindOf, previewValue, sanitizeText } from './text.js'

export interface SchemaProblem {
  /** JSON pointer to the bad value, or to the unknown/missing key itself. */
  pointer: string
  /** The pointer's segments, unescaped. */
  segments: string[]
  /** What is wrong and what is expected, without the location. */
  message: string
}

export interface SchemaValidatorOptions {
  /** For each `pattern` in the schema (by its source), the expected form in words. */
  patternForms: Readonly<Record<string, string>>
  /** What an unknown key under `parent` is called ("key", "rule id"). */
  unknownKeyNoun?: (parent: readonly string[]) => string
  /** Said after an unknown key with no close match (where extra keys may go instead). */
  unknownKeyHint?: string
}

export type SchemaValidator = (data: unknown) => SchemaProblem[]

const EXPECTED_TYPE: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object (key: value pairs)',
  null: 'null'
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

export function toPointer(segments: readonly string[]): string {
  return segments.map((segment) => `/${escapePointerSegment(segment)}`).join('')
}

function fromPointer(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function quoteList(values: readonly unknown[]): string {
  return values
    .map((value) => (typeof value === 'string' ? value : JSON.stringify(value)))
    .join(', ')
}

function propertiesOf(schema: unknown): Record<string, { description?: string }> {
  if (typeof schema !== 'object' || schema === null) return {}
  const properties = (schema as { properties?: unknown }).properties
  return typeof properties === 'object' && properties !== null
    ? (properties as Record<string, { description?: string }>)
    : {}
}

/** ` from 0 to 100` when the schema bounds the number on both sides. */
function range(error: ErrorObject): string {
  const schema = error.parentSchema as { minimum?: unknown; maximum?: unknown } | undefined
  return typeof schema?.minimum === 'number' && typeof schema.maximum === 'number'
    ? ` from ${schema.minimum} to ${schema.maximum}`
    : ''
}

function limitPhrase(keyword: string, limit: number): string {
  switch (keyword) {
    case 'minimum':
      return `at least ${limit}`
    case 'maximum':
      return `at most ${limit}`
    case 'exclusiveMinimum':
      return `more than ${limit}`
    default:
      return `less than ${limit}`
  }
}

function describe(error: ErrorObject, options: SchemaValidatorOptions): SchemaProblem | null {
  const segments = fromPointer(error.instancePath)
  const value: unknown = error.data
  const params = error.params as Record<string, unknown>
  const is = `is ${previewValue(value)}`
  const at = (message: string, path: string[] = segments): SchemaProblem => ({
    pointer: toPointer(path),
    segments: path,
    message
  })

  if (error.propertyName !== undefined) {
    const form = options.patternForms[String(params.pattern)] ?? 'a different name'
    const name = JSON.stringify(sanitizeText(error.propertyName))
    return at(`the key ${name} is not allowed here; expected ${form}`, [
      ...segments,
      error.propertyName
    ])
  }
  switch (error.keyword) {
    case 'propertyNames':
      // Its inner error (carrying propertyName) already said what is wrong with the key.
      return null
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const allowed = Object.keys(propertiesOf(error.parentSchema))
      const noun = options.unknownKeyNoun?.(segments) ?? 'key'
      const suggestion = nearestName(key, allowed)
      const name = JSON.stringify(sanitizeText(key))
      const advice =
        suggestion !== null
          ? `did you mean "${suggestion}"?`
          : `remove it${allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : ''}${
              options.unknownKeyHint ? `; ${options.unknownKeyHint}` : ''
            }`
      return at(`unknown ${noun} ${name}; ${advice}`, [...segments, key])
    }
    case 'required': {
      const key = String(params.missingProperty)
      const description = propertiesOf(error.parentSchema)[key]?.description
      return at(`is missing; add it${description ? ` (${description})` : ''}`, [...segments, key])
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((type) => EXPECTED_TYPE[type] ?? type)
        .join(' or ')
      const scalar = typeof value !== 'object'
      return at(`${is}${scalar ? ` (${kindOf(value)})` : ''}; expected ${expected}${range(error)}`)
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? []
      const suggestion =
        typeof value === 'string'
          ? nearestName(
              value,
              allowed.filter((item): item is string => typeof item === 'string')
            )
          : null
      const guess = suggestion !== null ? ` (did you mean "${suggestion}"?)` : ''
      return at(`${is}; expected one of: ${quoteList(allowed)}${guess}`)
    }
    case 'const':
      return at(`${is}; expected ${JSON.stringify(params.allowedValue)}`)
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return at(`${is}; expected ${limitPhrase(error.keyword, Number(params.limit))}`)
    case 'minLength':
      return at(
        Number(params.limit) === 1
          ? 'is empty; expected non-empty text'
          : `${is}; expected at least ${Number(params.limit)} characters`
      )
    case 'maxLength':
      return at(
        `is ${typeof value === 'string' ? value.length : '?'} characters long; the limit is ${Number(params.limit)}`
      )
    case 'minItems':
      return at(
        Number(params.limit) === 1
          ? 'is an empty list; list at least one item, or leave the key out'
          : `has ${Array.isArray(value) ? value.length : '?'} items; expected at least ${Number(params.limit)}`
      )
    case 'maxItems':
      return at(
        `has ${Array.isArray(value) ? value.length : '?'} items; the limit is ${Number(params.limit)}`
      )
    case 'uniqueItems':
      return at(
        `has a duplicate (items ${Number(params.j)} and ${Number(params.i)} are equal); remove one`
      )
    case 'pattern': {
      const form =
        options.patternForms[String(params.pattern)] ?? `text matching ${String(params.pattern)}`
      return at(`${is}; expected ${form}`)
    }
    default:
      return at(`${is}; ${error.message ?? `fails the "${error.keyword}" check`}`)
  }
}

/**
 * Compiles `schema` on first use and returns a function listing every problem in a value
 * (empty when valid). ajv generates the checking code from our own schema, never from the data.
 */
export function createSchemaValidator(
  schema: SchemaObject,
  options: SchemaValidatorOptions
): SchemaValidator {
  let validate: ValidateFunction | null = null
  return (data) => {
    validate ??= new Ajv({ allErrors: true, verbose: true, strict: true, logger: false }).compile(
      schema
    )
    if (validate(data)) return []
    const problems: SchemaProblem[] = []
    for (const error of validate.errors ?? []) {
      const problem = describe(error, options)
      if (problem !== null) problems.push(problem)
    }
    return problems
  }
}
