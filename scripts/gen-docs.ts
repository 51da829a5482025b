/** `npm run docs` writes docs/rules.md from the code; `npm run docs -- --check` fails when stale. */
import { readFile, writeFile } from 'node:fs/promises'
import { renderRulesDoc, RULES_DOC_PATH } from './rules-doc.js'

const expected = await renderRulesDoc()
if (process.argv.includes('--check')) {
  const actual = await readFile(RULES_DOC_PATH, 'utf8').catch(() => '')
  if (actual !== expected) {
    console.error(`${RULES_DOC_PATH} is stale: run npm run docs and commit it.`)
    process.exitCode = 1
  }
} else {
  await writeFile(RULES_DOC_PATH, expected)
  console.log(`wrote ${RULES_DOC_PATH}`)
}
