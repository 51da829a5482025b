import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import ts from 'typescript'
import { CATALOGUE_PATH, renderCatalogue } from '../../scripts/catalogue.js'
import { FAMILY_ORDER, RULE_IDS, RULES, familyOf, isRuleId } from '../../src/analyze/catalogue.js'

/** Every TypeScript file under a directory, repository-relative. */
function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...sourceFiles(path))
    else if (entry.name.endsWith('.ts')) out.push(relative('.', path))
  }
  return out
}

/** The string literals of a file that are exactly a rule id (object keys included). */
function idLiterals(path: string): Set<string> {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest)
  const found = new Set<string>()
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      isRuleId(node.text)
    ) {
      found.add(node.text)
    }
    node.forEachChild(visit)
  }
  visit(source)
  return found
}

/** Literals equal to an id that are not the rule: the word as a markdown column header. */
const NOT_A_RULE: ReadonlyMap<string, readonly string[]> = new Map([
  ['src/report/render/markdown.ts', ['explanation']]
])

describe('the rule catalogue', () => {
  it(`${CATALOGUE_PATH} lists every rule module (run npm run docs when this fails)`, async () => {
    expect(readFileSync(CATALOGUE_PATH, 'utf8')).toBe(await renderCatalogue())
  })

  it('holds each id once, in report-family order', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length)
    const ranks = RULES.map((rule) => FAMILY_ORDER.indexOf(rule.family))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    for (const family of FAMILY_ORDER) {
      expect(RULES.some((rule) => rule.family === family)).toBe(true)
    }
  })

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s declares one-line summary, why, fix and example, and a docs anchor that exists',
    (id, rule) => {
      for (const text of [rule.summary, rule.why, rule.fix, rule.example]) {
        expect(text).toMatch(/^\S[^\n]*$/)
      }
      expect(familyOf(id)).toBe(rule.family)
      if (rule.locked) expect(rule.defaultLevel).toBe('block')
      if (rule.docs !== null) {
        const page = readFileSync(join('docs', rule.docs.page), 'utf8')
        const headings = page
          .split('\n')
          .filter((line) => line.startsWith('#'))
          .map((line) =>
            line
              .replace(/^#+ /, '')
              .toLowerCase()
              .replace(/[^\p{L}\p{N}\s_-]/gu, '')
              .replace(/\s/g, '-')
          )
        expect(headings).toContain(rule.docs.anchor)
      }
    }
  )

  it('names a rule by string literal in at most 2 files under src/: its module and the catalogue', () => {
    const filesOf = new Map<string, string[]>()
    for (const path of sourceFiles('src')) {
      const ignored = NOT_A_RULE.get(path) ?? []
      for (const id of idLiterals(path)) {
        if (ignored.includes(id)) continue
        filesOf.set(id, [...(filesOf.get(id) ?? []), path])
      }
    }
    const over = [...filesOf].filter(([, files]) => files.length > 2)
    expect(over).toEqual([])
    // The scan sees literals: each rule's own module names it.
    for (const rule of RULES) expect(filesOf.get(rule.id)?.length).toBeGreaterThan(0)
  })
})
