import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { RULES } from '../../src/analyze/index.js'
import { DEFAULTS_DOC_PATH, renderDefaultsDoc } from '../../scripts/defaults-doc.js'
import { renderRulesDoc, RULES_DOC_PATH } from '../../scripts/rules-doc.js'

/** GitHub's heading anchor: lowercase, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function anchors(markdown: string): Set<string> {
  const out = new Set<string>()
  let fence = false
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence
    const heading = fence ? null : /^#{1,6} (.*)$/.exec(line)
    if (heading) out.add(slug(heading[1]!))
  }
  return out
}

describe('docs/rules.md', () => {
  const written = readFileSync(RULES_DOC_PATH, 'utf8')

  it('is what npm run docs renders from the rule catalogue (run it when this fails)', async () => {
    expect(written).toBe(await renderRulesDoc())
  })

  it('has a section for every rule, with its default level', () => {
    const own = anchors(written)
    for (const rule of RULES) {
      expect(own).toContain(rule.id)
      const level = rule.locked ? 'block (locked)' : rule.defaultLevel
      const row = written.split('\n').find((line) => line.startsWith(`| [\`${rule.id}\`]`))
      expect(row?.split('|').map((cell) => cell.trim())[2]).toBe(level)
    }
  })

  it('links only to anchors that exist', () => {
    const links = [...written.matchAll(/\]\(([a-z-]*\.md)?#([a-z0-9-]+)\)/g)]
    expect(links.length).toBeGreaterThan(RULES.length)
    for (const [, page, anchor] of links) {
      const target = page === undefined ? written : readFileSync(join('docs', page), 'utf8')
      expect({ link: `${page ?? ''}#${anchor}`, found: anchors(target).has(anchor!) }).toEqual({
        link: `${page ?? ''}#${anchor}`,
        found: true
      })
    }
  })
})

describe('docs/defaults.md', () => {
  it('has the rule table npm run docs renders from the rule modules (run it when this fails)', async () => {
    expect(readFileSync(DEFAULTS_DOC_PATH, 'utf8')).toBe(await renderDefaultsDoc())
  })
})
