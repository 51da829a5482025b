import { main } from './cli/main.js'

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
