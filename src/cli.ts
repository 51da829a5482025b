import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { COMPILER_FLAGS, maglevBuilt, setsCompilerFlags } from './cli/compiler.js'
import { main } from './cli/main.js'

// Before any gate code runs hot: see cli/compiler.ts.
const withMaglev = maglevBuilt(process.config.variables)
if (setsCompilerFlags(withMaglev, process.execArgv, process.env.NODE_OPTIONS)) {
  setFlagsFromString(COMPILER_FLAGS)
}

// Built beside this file in dist/; run from the sources, every diff is gated in this thread.
const worker = new URL('./cli-worker.js', import.meta.url)

process.exitCode = await main(process.argv.slice(2), {
  // A getter: process.stdin builds a stream on first use, which a run on a file never needs.
  get stdin() {
    return process.stdin
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  ...(existsSync(fileURLToPath(worker)) ? { worker } : {})
})
