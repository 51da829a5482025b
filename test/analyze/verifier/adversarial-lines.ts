/**
 * Hostile single lines for the scan-time property tests: runs of the openers each detector
 * keys on (call openers, quotes, backslashes, `key:`, `${{`, flow mappings), repeated to a size.
 */
import { performance } from 'node:perf_hooks'
import type { ChangedFile } from '../../../src/model.js'

/** `prefix` once, then `unit` repeated: the prefix puts the run where a detector looks. */
export const OPENERS: readonly (readonly [prefix: string, unit: string])[] = [
  ['', 'expect('],
  ['', "expect('"],
  ['', "'"],
  ['', '"'],
  ['', '`'],
  ['', '\\'],
  ['x = "', '\\"'],
  ['', 'key:'],
  ['', 'key: '],
  ['', 'api_key:'],
  ['', 'api_key='],
  ['', 'token:"'],
  ['', '${{'],
  ['run: ${{ ', 'secrets.A '],
  ['permissions: {', 'a'],
  ['  permissions: {', 'contents: write,'],
  ['key', ' '],
  ['  - ', 'a:'],
  ['', 'it.describe.'],
  ['', '.to'],
  ['', 'assert.'],
  ['', 'assert(assert('],
  ['', 'f(g(h('],
  ['', '#[cfg_attr('],
  ['', 'test '],
  ['', 'it(`'],
  ['', 'eyJ'],
  ['', 'sk-'],
  ['', 'ghp_'],
  ['', '-----BEGIN A '],
  ['- run: npm test ', 'x'],
  ['"postinstall": "', '\\'],
  ['', ', '],
  ['', 'a'],
  ['', ' ']
]

/** The opener repeated to `size` characters after its prefix. */
export function adversarialLine(prefix: string, unit: string, size: number): string {
  return prefix + unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

/** The line as removed, added (twice, once indented) and context lines of one hunk. */
export function hunkAround(line: string): string[] {
  return [`-${line}`, `+${line}x`, ` ${line}`, `+  ${line}`]
}

/** Milliseconds `run` takes on the slowest of `files`, each run alone: the budget is per file. */
export function slowest(run: (files: ChangedFile[]) => unknown, files: ChangedFile[]): number {
  let worst = 0
  for (const file of files) {
    const start = performance.now()
    run([file])
    worst = Math.max(worst, performance.now() - start)
  }
  return worst
}

export const KB = 1000
/** The bound each detector family must meet on one hostile line. */
export const BUDGET_MS = 2000
