/**
 * The schemas are TypeScript objects (bundled without JSON imports); schema/*.json are the
 * published copies editors read. They must be identical: run with UPDATE_SCHEMAS=1 to regenerate.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from '@jest/globals'
import { format, resolveConfig } from 'prettier'
import { CONFIG_SCHEMA } from '../../src/config/schema.js'
import { MANIFEST_SCHEMA } from '../../src/manifest/schema.js'

const PUBLISHED = [
  { file: 'schema/config.schema.json', schema: CONFIG_SCHEMA },
  { file: 'schema/agent-run.schema.json', schema: MANIFEST_SCHEMA }
]

async function render(file: string, schema: object): Promise<string> {
  const options = (await resolveConfig(file)) ?? {}
  return format(JSON.stringify(schema, null, 2), { ...options, filepath: file })
}

describe('published schemas', () => {
  for (const { file, schema } of PUBLISHED) {
    it(`${file} is identical to the schema the code validates with`, async () => {
      const expected = await render(file, schema)
      if (process.env.UPDATE_SCHEMAS === '1') await writeFile(file, expected)
      const published = await readFile(file, 'utf8')
      expect(published).toBe(expected)
    })
  }
})
