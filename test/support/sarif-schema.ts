/**
 * The SARIF 2.1.0 schema is written in JSON Schema draft-04, which Ajv 8 does not read: its root
 * `id` becomes `$id` and `$schema` goes; the keywords it uses mean the same in Ajv's default draft.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv } from 'ajv'

/** Returns a validator that lists the schema violations of a SARIF log (none when valid). */
export function sarifValidator(): (log: unknown) => string[] {
  const require = createRequire(import.meta.url)
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  const { $schema, id, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as Record<
    string,
    unknown
  >
  if ($schema !== 'http://json-schema.org/draft-04/schema#') {
    throw new Error(`unexpected SARIF schema draft ${String($schema)}`)
  }
  // One of the schema's patterns (the language tag) is not valid with the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
  ajv.addFormat('uri', (value: string) => URL.canParse(value))
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///repo/'))
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
  const validate = ajv.compile({ ...schema, $id: String(id) })
  return (log) =>
    validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}
