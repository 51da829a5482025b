/** Rebuilds the real-commit corpus' diffs into the git-ignored cache; names missing snapshots. */
import { CACHE_DIR, missingAdvice, rebuildCache, REPOS_ENV } from './real-corpus/cache.js'
import { loadLabels } from './real-corpus/labels.js'

const argv = process.argv.slice(2)
const at = argv.indexOf('--repos')
const reposDir = (at >= 0 ? argv[at + 1] : undefined) ?? process.env[REPOS_ENV] ?? null
const labels = loadLabels()
const result = rebuildCache(labels, { reposDir })
console.log(`${result.diffs.length} of ${labels.length} diffs in ${CACHE_DIR}`)
const advice = missingAdvice(result, reposDir)
if (advice.length > 0) {
  console.log('Missing:')
  for (const line of advice) console.log(line)
  process.exitCode = 2
}
