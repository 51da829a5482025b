/**
 * `npm run docs` writes the generated files (the rule catalogue, docs/rules.md, the table of
 * docs/defaults.md, the published config schema) from the code; `npm run docs -- --check` fails when one is stale.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { CATALOGUE_PATH, renderCatalogue } from './catalogue.js'

const check = process.argv.includes('--check')

async function generate(path: string, render: () => Promise<string>): Promise<void> {
  const expected = await render()
  const actual = await readFile(path, 'utf8').catch(() => '')
  if (actual === expected) return
  if (check) {
    console.error(`${path} is stale: run npm run docs and commit it.`)
    process.exitCode = 1
  } else {
    await writeFile(path, expected)
    console.log(`wrote ${path}`)
  }
}

// The catalogue first: docs/rules.md is rendered from the rules it lists.
await generate(CATALOGUE_PATH, renderCatalogue)
const { renderRulesDoc, RULES_DOC_PATH } = await import('./rules-doc.js')
await generate(RULES_DOC_PATH, renderRulesDoc)
const { DEFAULTS_DOC_PATH, renderDefaultsDoc } = await import('./defaults-doc.js')
await generate(DEFAULTS_DOC_PATH, renderDefaultsDoc)
const { CONFIG_SCHEMA_PATH, renderConfigSchema } = await import('./config-schema.js')
await generate(CONFIG_SCHEMA_PATH, renderConfigSchema)
