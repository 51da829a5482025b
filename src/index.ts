import { run } from './action.js'

await run()
// Retry timers of reads abandoned at the deadline must not hold the runner after the verdict;
// unref'd, this fires only when such leftovers keep the process alive, after output has flushed.
setTimeout(() => process.exit(), 500).unref()
