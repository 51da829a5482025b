/**
 * On Node 24 a big diff is gated in a worker thread whose V8 young generation is capped. Left
 * alone, Node 24's V8 grows the young generation with a big run's allocation rate (one scavenge
 * of a 3 MB diff's run freed about 55 MB), which took the process's peak memory to 3x
 * parse-diff's on 2-5 MB diffs; capped, the peak falls by about a third and the run spends no
 * more CPU time. Small diffs run in the CLI's own thread: there a second isolate costs more
 * memory (13-15 MB at 0.7-1.0 MB) than the cap saves. Older V8s grow less, and the cap costs them time.
 */
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ResourceLimits } from 'node:worker_threads'
import { errorLine } from './errors.js'
import type { CliIo, CliOptions } from './options.js'

/**
 * Diff files from this size on run in the worker. Measured on Node 24, the same diff file with
 * and without the worker: 0.7 MB and 1.0 MB real diffs peaked 13-15 MB higher and ran 70-80 ms
 * longer in it; 1.5 MB 12 MB lower for the same time; 2.2-5.4 MB 11-42 MB lower.
 */
export const ISOLATE_FROM_BYTES = 1280 * 1024

/**
 * The young generation's cap in the worker. Measured on Node 24 against 16 MB, the four real
 * diffs of 2.2-5.4 MB, medians of 5 runs: 8 MB peaked 13-19 MB lower (175-193 MB against
 * 192-212 MB) in the same or less time; 3-4 MB saved no more, and their peaks and times varied more.
 */
export const WORKER_YOUNG_GENERATION_MB = 8

/**
 * The first Node whose runs go to the worker. Measured on Node 22, the same 2-5 MB real diff
 * files with and without it: the worker took 7-10% more time and peaked between 9 MB lower and
 * 2 MB higher; on Node 24 it peaked 11-42 MB lower for about the same time.
 */
export const WORKER_FROM_NODE = 24

const NODE_MAJOR = Number(process.versions.node.split('.')[0])

/** What the worker is given: plain data, copied into its thread. */
export interface WorkerJob {
  options: CliOptions
  cwd: string
  isTTY: boolean
}

/** What the worker says: output in order, then its exit code. */
export type WorkerMessage =
  | { kind: 'stdout'; text: string }
  | { kind: 'stderr'; text: string }
  | { kind: 'done'; code: number }

/**
 * A gate run on Node WORKER_FROM_NODE or later that reads only files (a diff file of at least
 * ISOLATE_FROM_BYTES, no stdin) goes to the worker; an unreadable diff stays here, where the run
 * names the problem.
 */
export async function isolates(
  options: CliOptions,
  cwd: string,
  nodeMajor: number = NODE_MAJOR
): Promise<boolean> {
  if (nodeMajor < WORKER_FROM_NODE) return false
  if (options.diff === null || options.diff === '-' || options.manifest === '-') return false
  try {
    const info = await stat(resolve(cwd, options.diff))
    return info.isFile() && info.size >= ISOLATE_FROM_BYTES
  } catch {
    return false
  }
}

/**
 * Runs the gate in the worker at `entry` and relays its output. Always an exit code: a worker
 * that throws, runs out of memory or ends without a verdict is an internal error (exit 2).
 * `node:worker_threads` loads here, not with this module: every CLI gate run reads this
 * module to ask `isolates`, and the worker module costs a run that stays in its thread about 5 ms.
 */
export async function gateInWorker(
  entry: URL,
  job: WorkerJob,
  io: CliIo,
  limits: ResourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
): Promise<number> {
  const { Worker } = await import('node:worker_threads')
  return new Promise((settle) => {
    let code: number | null = null
    let failure: unknown = null
    const worker = new Worker(entry, {
      workerData: job,
      resourceLimits: limits
    })
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'stdout') io.stdout.write(message.text)
      else if (message.kind === 'stderr') io.stderr.write(message.text)
      else code = message.code
    })
    worker.on('error', (error) => {
      failure = error
    })
    worker.on('exit', () => {
      if (code !== null) return settle(code)
      const why = failure ?? new Error('the gate worker ended without a verdict')
      io.stderr.write(`${errorLine(oneFailure(why))}\n`)
      settle(2)
    })
  })
}

/**
 * Out-of-memory in words a user acts on. An error thrown in the worker arrives as a copy, which
 * need not be an Error of this thread (its own realm's, or a plain object): its message is kept.
 */
function oneFailure(error: unknown): unknown {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new Error(
      `the gate ran out of memory (${typeof message === 'string' ? message : code}); split the change or gate it in parts with "agent-pr-gate split"`
    )
  }
  return typeof message === 'string' && !(error instanceof Error) ? new Error(message) : error
}
