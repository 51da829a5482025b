/**
 * The CLI's gate run inside a worker thread (see cli/isolate.ts): the same command, its output
 * and exit code sent back to the CLI's thread, which writes them.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { errorLine } from './cli/errors.js'
import { runGateCommand } from './cli/gate.js'
import type { WorkerJob, WorkerMessage } from './cli/isolate.js'

const job = workerData as WorkerJob
const send = (message: WorkerMessage): void => parentPort?.postMessage(message)

/** isolates() keeps every run that reads stdin in the CLI's own thread: here stdin is empty. */
async function* noInput(): AsyncGenerator<Buffer> {}

let code: number
try {
  code = await runGateCommand(job.options, {
    stdin: noInput(),
    stdout: { write: (text: string) => send({ kind: 'stdout', text }), isTTY: job.isTTY },
    stderr: { write: (text: string) => send({ kind: 'stderr', text }) },
    env: process.env,
    cwd: job.cwd
  })
} catch (error) {
  send({ kind: 'stderr', text: `${errorLine(error)}\n` })
  code = 2
}
send({ kind: 'done', code })
