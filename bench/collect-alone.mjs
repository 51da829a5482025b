// The floor process of the real-diff bench: load the built engine, read the diff file, parse and
// normalize it into a change set, and stop there (no analysis, decision or report).
import { readFileSync } from 'node:fs'
import { changeSetOf, parseUnifiedDiff } from '../dist/engine.js'

changeSetOf({
  source: 'diff',
  files: parseUnifiedDiff(readFileSync(process.argv[2], 'utf8')).files
})
