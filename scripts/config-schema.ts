/** schema/config.schema.json, the published copy of the schema the code validates with. */
import { format, resolveConfig } from 'prettier'
import { CONFIG_SCHEMA } from '../src/config/schema.js'

export const CONFIG_SCHEMA_PATH = 'schema/config.schema.json'

export async function renderConfigSchema(): Promise<string> {
  const options = (await resolveConfig(CONFIG_SCHEMA_PATH)) ?? {}
  return format(JSON.stringify(CONFIG_SCHEMA, null, 2), {
    ...options,
    filepath: CONFIG_SCHEMA_PATH
  })
}
