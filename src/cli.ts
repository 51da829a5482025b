import module from 'node:module'
import { main } from './cli/main.js'

/** Node >= 22.1; on older Nodes it is absent and the run goes on without a cache. */
type EnableCompileCache = (directory?: string) => { status: number; message?: string }

// Later runs read the bundle's compiled code back; an unwritable cache directory is only a status.
try {
  ;(module as { enableCompileCache?: EnableCompileCache }).enableCompileCache?.()
} catch {
  // A cache is an optimization, never a reason for the gate not to run.
}

process.exitCode = await main(process.argv.slice(2), {
  // A getter: process.stdin builds a stream on first use, which a run on a file never needs.
  get stdin() {
    return process.stdin
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd()
})
