/**
 * The table of docs/defaults.md (each rule's default level and why), rendered from the rule
 * modules between two markers; the prose around it is written by hand.
 */
import { readFile } from 'node:fs/promises'
import { format, resolveConfig } from 'prettier'
import { RULES } from '../src/analyze/catalogue.js'
import type { Level } from '../src/model.js'

export const DEFAULTS_DOC_PATH = 'docs/defaults.md'
const START = /<!-- rules-table:start[^>]*-->\n/
const END = '<!-- rules-table:end -->'

/** Loudest first: what blocks, then what warns, then what is only information. */
const LEVEL_ORDER: readonly Level[] = ['block', 'warn', 'info', 'off']

function table(): string[] {
  const rows = ['| rule | default | why |', '| --- | --- | --- |']
  for (const level of LEVEL_ORDER) {
    // Locked rules lead their level: no config can lower them.
    const rules = RULES.filter((rule) => rule.defaultLevel === level)
    for (const rule of [...rules.filter((r) => r.locked), ...rules.filter((r) => !r.locked)]) {
      const shown = rule.locked ? `${level}, locked` : level
      rows.push(`| \`${rule.id}\` | ${shown} | ${rule.why.replaceAll('|', '\\|')} |`)
    }
  }
  return rows
}

export async function renderDefaultsDoc(): Promise<string> {
  const text = await readFile(DEFAULTS_DOC_PATH, 'utf8')
  const start = START.exec(text)
  const end = text.indexOf(END)
  if (start === null || end < start.index) {
    throw new Error(
      `${DEFAULTS_DOC_PATH} lost its rules-table markers: restore them around the table.`
    )
  }
  const before = text.slice(0, start.index + start[0].length)
  const body = `${before}\n${table().join('\n')}\n\n${text.slice(end)}`
  const options = (await resolveConfig(DEFAULTS_DOC_PATH)) ?? {}
  return format(body, { ...options, parser: 'markdown', filepath: DEFAULTS_DOC_PATH })
}
