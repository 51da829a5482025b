import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { analyze, RULES } from '../../src/analyze/index.js'
import { diffOf, inputOf } from './minimality/diff-of.js'
import type { FileChange, InputOptions } from './minimality/diff-of.js'

function gate(changes: readonly FileChange[], options?: InputOptions) {
  return analyze(inputOf(diffOf(changes), options))
}

/** A behavioural change of ten lines with one quote restyled on the way. */
const handler: FileChange = {
  path: 'src/orders/handler.ts',
  before: [
    "import { load } from './store'",
    'export function total(id: string) {',
    '  const order = load(id)',
    '  let sum = 0',
    '  for (const line of order.lines) sum += line.price',
    '  return sum',
    '}',
    ''
  ].join('\n'),
  after: [
    'import { load } from "./store"',
    'export function total(id: string, discount = 0) {',
    '  const order = load(id)',
    '  if (order === undefined) throw new Error(`no order ${id}`)',
    '  let sum = 0',
    '  for (const line of order.lines) sum += line.price * line.quantity',
    '  const rate = Math.min(Math.max(discount, 0), 1)',
    '  const net = sum * (1 - rate)',
    '  return Math.round(net * 100) / 100',
    '}',
    ''
  ].join('\n')
}

describe('quiet defaults', () => {
  it('a small restyle inside a behavioural change is info, unless a level is configured', () => {
    const { findings, score } = gate([handler])
    expect(score.value).toBeGreaterThanOrEqual(80)
    const format = findings.find((f) => f.rule === 'format-only')!
    expect(format).toMatchObject({ severity: 'info', evidence: { smallNoise: true } })
    const configured = gate([handler], { config: { rules: { 'format-only': 'warn' } } })
    expect(configured.findings.find((f) => f.rule === 'format-only')!.severity).toBe('warn')
  })

  it('run-manifest-missing is info by default and follows a configured level', () => {
    const level = (options?: InputOptions) =>
      gate([handler], options).findings.find((f) => f.rule === 'run-manifest-missing')?.severity
    expect(level()).toBe('info')
    expect(level({ config: { rules: { 'run-manifest-missing': 'warn' } } })).toBe('warn')
    expect(level({ config: { rules: { 'run-manifest-missing': 'block' } } })).toBe('block')
    expect(level({ config: { rules: { 'run-manifest-missing': 'off' } } })).toBeUndefined()
  })

  it('low-minimality follows a configured info level instead of blocking', () => {
    const restyled: FileChange = {
      path: 'src/orders/format.ts',
      before: "export const a = 'x';\nexport const b = 'y';\nexport const c = 'z';\n",
      after: 'export const a = "x"\nexport const b = "y"\nexport const c = "z"\n'
    }
    const fix: FileChange = {
      path: 'src/orders/page.ts',
      before: 'export const pages = (n: number) => Math.floor(n / 10)\n',
      after: 'export const pages = (n: number) => Math.ceil(n / 10)\n'
    }
    const low = (options?: InputOptions) =>
      gate([restyled, fix], options).findings.find((f) => f.rule === 'low-minimality')?.severity
    expect(low()).toBe('block')
    expect(low({ config: { rules: { 'low-minimality': 'info' } } })).toBe('info')
  })

  it('comments in a file whose behaviour changes are part of that change, not noise', () => {
    const documented: FileChange = {
      path: 'src/retry.ts',
      before: [
        '/** Retries the call. */',
        'export async function retry<T>(call: () => Promise<T>): Promise<T> {',
        '  return call()',
        '}',
        ''
      ].join('\n'),
      after: [
        '/**',
        ' * Retries the call up to three times, waiting longer after each failure,',
        ' * so a flaky upstream does not fail the whole request.',
        ' */',
        'export async function retry<T>(call: () => Promise<T>): Promise<T> {',
        '  for (let i = 0; i < 2; i++) {',
        '    try { return await call() } catch { await sleep(100 * 2 ** i) }',
        '  }',
        '  return call()',
        '}',
        ''
      ].join('\n')
    }
    const { findings, score } = gate([documented])
    expect(score.value).toBe(100)
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([])
  })

  it('docs/defaults.md lists every rule at its default level', () => {
    const doc = readFileSync(new URL('../../docs/defaults.md', import.meta.url), 'utf8')
    for (const rule of RULES) {
      const row = doc
        .split('\n')
        .map((line) => line.split('|').map((cell) => cell.trim()))
        .find((cells) => cells[1] === `\`${rule.id}\``)
      expect(row).toBeDefined()
      expect(row![2]).toMatch(new RegExp(`^${rule.defaultLevel}\\b`))
    }
  })
})
