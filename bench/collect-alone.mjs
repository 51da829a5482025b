// The floor process of the real-diff bench: read the diff file, parse and normalize it into a
// change set with the built engine's own code, and stop there (no analysis, decision or report).
//
// It loads only the chunks that hold the two functions, the ones the CLI's collect stage loads,
// not `dist/engine.js` itself: that entry also loads the detectors, the YAML and schema readers
// and the JUnit parser (about 1.7 MB of code), which would add some 80 ms of module compiling
// that no `--diff` run of the CLI pays before it analyzes.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')

/** The chunk and local name that `dist/engine.js` re-exports `name` from. */
async function engineExport(name) {
  const entry = readFileSync(join(DIST, 'engine.js'), 'utf8')
  for (const match of entry.matchAll(/^export \{([^}]*)\} from '(\.\/chunks\/[\w.-]+\.js)';$/gm)) {
    for (const part of match[1].split(',')) {
      const [local, exported] = part.trim().split(/\s+as\s+/)
      if ((exported ?? local) === name) return (await import(join(DIST, match[2])))[local]
    }
  }
  throw new Error(`dist/engine.js does not re-export ${name} from a chunk; run npm run package`)
}

const parseUnifiedDiff = await engineExport('parseUnifiedDiff')
const changeSetOf = await engineExport('changeSetOf')
changeSetOf({
  source: 'diff',
  files: parseUnifiedDiff(readFileSync(process.argv[2], 'utf8')).files
})
