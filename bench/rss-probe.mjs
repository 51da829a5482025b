// Loaded with `node --import` into each bench child: writes the process's peak RSS (KB) at exit.
import { writeFileSync } from 'node:fs'

const out = process.env.BENCH_RSS_OUT
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)))
