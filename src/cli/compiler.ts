/**
 * The CLI runs with V8's Maglev compiler off, unless the user's own Node options name it.
 *
 * Node 24's V8 runs Maglev (a mid-tier optimizing compiler); Node 22's is built without it. A gate
 * run is one cold pass over the diff, and there Maglev cost more memory than it saved time. The
 * seven real diffs of `npm run bench:real` on Node 24, the built CLI with and without
 * `--no-maglev`, alternating, medians of 7 runs a side: without it, peak RSS 1-41 MB lower
 * (webpack v5.0.0..v5.60.0 195 to 173 MB, vuejs/core bfe6b459d 193 to 152 MB, pallets/flask 109
 * to 87 MB) and wall time from 6% less (gin) to 9% more (the vuejs release range, 1.87 to
 * 2.05 s). That takes the CLI's peak under twice parse-diff's on every one of them.
 *
 * V8 reads this flag whenever it decides what to compile, so setting it at run time works, unlike
 * heap sizes, which are fixed at start (see cli/isolate.ts). The flag is process-wide: only the
 * CLI's entry sets it, never the engine a host program imports. Only a Node built with Maglev
 * (`process.config.variables.v8_enable_maglev`: Node 24 yes, Node 22 no) is given the flag: V8
 * answers a flag it does not know with an error line on stderr.
 */

/** What the CLI passes to `v8.setFlagsFromString`. */
export const COMPILER_FLAGS = '--no-maglev'

/** `--maglev`, `--no-maglev`, `--no_maglev`, `--maglev=...`: the user chose; leave it. */
const NAMES_MAGLEV = /^--(?:no[-_])?maglev(?:=|$)/

/**
 * Whether the CLI sets COMPILER_FLAGS: on a Node built with Maglev, unless the process's own
 * arguments or NODE_OPTIONS already say whether Maglev runs.
 */
export function setsCompilerFlags(
  maglevBuilt: boolean,
  execArgv: readonly string[],
  nodeOptions: string | undefined
): boolean {
  if (!maglevBuilt) return false
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)]
  return !given.some((arg) => NAMES_MAGLEV.test(arg))
}

/** Whether this Node's V8 was built with Maglev (`process.config` as Node's build wrote it). */
export function maglevBuilt(variables: object): boolean {
  return 'v8_enable_maglev' in variables && Boolean(variables.v8_enable_maglev)
}
