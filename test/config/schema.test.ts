import { Ajv } from 'ajv'
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG } from '../../src/config/defaults.js'
import { CONFIG_SCHEMA } from '../../src/config/schema.js'
import { RULE_IDS } from '../../src/analyze/catalogue.js'

/** Every named property in a schema, with its path, for editor-completion checks. */
function properties(
  schema: unknown,
  path = ''
): { path: string; schema: Record<string, unknown> }[] {
  if (typeof schema !== 'object' || schema === null) return []
  const node = schema as Record<string, unknown>
  const own = Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)
  return [
    ...own.flatMap(([key, child]) => [
      { path: `${path}.${key}`, schema: child },
      ...properties(child, `${path}.${key}`)
    ]),
    ...properties(node.items, `${path}[]`),
    ...(typeof node.additionalProperties === 'object'
      ? properties(node.additionalProperties, `${path}.*`)
      : [])
  ]
}

describe('config schema', () => {
  it('compiles under ajv strict mode', () => {
    expect(() => new Ajv({ strict: true }).compile(CONFIG_SCHEMA)).not.toThrow()
  })

  it('accepts the defaults themselves', () => {
    const validate = new Ajv({ strict: true }).compile(CONFIG_SCHEMA)
    expect(validate(DEFAULT_CONFIG)).toBe(true)
  })

  it('describes every property, for editor completion', () => {
    const undescribed = properties(CONFIG_SCHEMA)
      .filter(({ schema }) => typeof schema.description !== 'string')
      .map(({ path }) => path)
    expect(undescribed).toEqual([])
  })

  it('offers exactly the rule ids of the model under rules', () => {
    const rules = (CONFIG_SCHEMA.properties as Record<string, { properties: object }>).rules
    expect(Object.keys(rules.properties)).toEqual([...RULE_IDS])
  })

  it('forbids unknown keys in every object', () => {
    const open = properties(CONFIG_SCHEMA)
      .filter(({ schema }) => schema.type === 'object' && schema.additionalProperties === undefined)
      .map(({ path }) => path)
    expect(open).toEqual([])
    expect(CONFIG_SCHEMA.additionalProperties).toBe(false)
  })
})
