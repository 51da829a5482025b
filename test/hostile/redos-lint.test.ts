/**
 * The ReDoS check in CI is the project's own lint config: a backtracking regex in `src/` fails
 * it, the linear rewrite passes.
 */
import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'

async function regexpErrors(code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() })
  const [result] = await eslint.lintText(code, { filePath: 'src/collect/redos-probe.ts' })
  return result!.messages
    .filter((m) => (m.ruleId ?? '').startsWith('regexp/'))
    .map((m) => m.ruleId!)
}

describe('ReDoS lint', () => {
  it('fails the regex that took 18 s on one commit message', async () => {
    const code =
      'export const TRAILER = /^co-authored-by:[ \\t]*(.*?)[ \\t]*<([^<>\\n]*)>[ \\t]*$/gim\n'
    expect(await regexpErrors(code)).toContain('regexp/no-super-linear-backtracking')
  })

  it('fails a regex that rescans from every start position', async () => {
    const code = "export const trim = (s: string): string => s.replace(/\\s*\\n\\s*/g, ' ')\n"
    expect(await regexpErrors(code)).toContain('regexp/no-super-linear-move')
  })

  it('passes a linear regex', async () => {
    const code = 'export const HUNK = /^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@/\n'
    expect(await regexpErrors(code)).toEqual([])
  })
})
