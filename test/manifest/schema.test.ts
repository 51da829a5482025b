import { Ajv } from 'ajv'
import { describe, expect, it } from '@jest/globals'
import { MANIFEST_SCHEMA } from '../../src/manifest/schema.js'

/** Every object schema inside the manifest schema, with its path. */
function objects(schema: unknown, path = ''): { path: string; schema: Record<string, unknown> }[] {
  if (typeof schema !== 'object' || schema === null) return []
  const node = schema as Record<string, unknown>
  const children = Object.entries((node.properties ?? {}) as Record<string, unknown>)
  return [
    ...(node.type === 'object' ? [{ path: path || '/', schema: node }] : []),
    ...children.flatMap(([key, child]) => objects(child, `${path}/${key}`)),
    ...objects(node.items, `${path}/[]`)
  ]
}

describe('manifest schema', () => {
  it('compiles under ajv strict mode', () => {
    expect(() => new Ajv({ strict: true }).compile(MANIFEST_SCHEMA)).not.toThrow()
  })

  it('is strict in every object except for x- extension keys', () => {
    for (const { path, schema } of objects(MANIFEST_SCHEMA)) {
      expect([path, schema.additionalProperties]).toEqual([path, false])
      expect([path, schema.patternProperties]).toEqual([path, { '^x-': {} }])
    }
  })

  it('describes every property, for editor completion', () => {
    const undescribed = objects(MANIFEST_SCHEMA).flatMap(({ path, schema }) =>
      Object.entries((schema.properties ?? {}) as Record<string, { description?: unknown }>)
        .filter(([, property]) => typeof property.description !== 'string')
        .map(([key]) => `${path}/${key}`)
    )
    expect(undescribed).toEqual([])
  })
})
