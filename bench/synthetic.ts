/**
 * Synthetic unified diffs for the benchmark: deterministic, shaped like real code changes
 * (context around each hunk, edits, insertions, deletions, a test file here and there).
 */

export interface SyntheticShape {
  /** Changed (added + deleted) lines in all. */
  changedLines: number
  /** Changed lines per file. */
  linesPerFile: number
}

/** A small deterministic PRNG (mulberry32) so that every run gates the same text. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = [
  'order',
  'total',
  'page',
  'user',
  'item',
  'price',
  'count',
  'cursor',
  'limit',
  'offset'
]

function codeLine(rand: () => number, n: number): string {
  const a = WORDS[Math.floor(rand() * WORDS.length)]!
  const b = WORDS[Math.floor(rand() * WORDS.length)]!
  switch (n % 5) {
    case 0:
      return `  const ${a}${n} = compute${b[0]!.toUpperCase()}${b.slice(1)}(${a}, ${n % 97})`
    case 1:
      return `  if (${a}${n} > ${b}.length) return ${b}.slice(0, ${n % 13})`
    case 2:
      return `  // keep ${a} in step with ${b} (${n})`
    case 3:
      return `  result.push({ ${a}: ${a}${n}, ${b}: ${b}${n % 7} })`
    default:
      return `  log.debug('${a} ${b}', ${a}${n})`
  }
}

export function syntheticDiff(shape: SyntheticShape, seed = 42): string {
  const rand = prng(seed)
  const out: string[] = []
  let remaining = shape.changedLines
  let fileIndex = 0
  let n = 0
  while (remaining > 0) {
    const inFile = Math.min(remaining, shape.linesPerFile)
    const isTest = fileIndex % 10 === 9
    const path = isTest
      ? `test/module${fileIndex}.test.ts`
      : `src/pkg${fileIndex % 50}/module${fileIndex}.ts`
    out.push(
      `diff --git a/${path} b/${path}`,
      `index 1111111..2222222 100644`,
      `--- a/${path}`,
      `+++ b/${path}`
    )
    let written = 0
    let oldLine = 10
    let newLine = 10
    while (written < inFile) {
      const dels = Math.min(inFile - written, 1 + Math.floor(rand() * 4))
      const adds = Math.min(inFile - written - dels, 1 + Math.floor(rand() * 5))
      const body: string[] = []
      for (let i = 0; i < 3; i++) body.push(` ${codeLine(rand, n++)}`)
      for (let i = 0; i < dels; i++) body.push(`-${codeLine(rand, n++)}`)
      for (let i = 0; i < adds; i++) body.push(`+${codeLine(rand, n++)}`)
      for (let i = 0; i < 3; i++) body.push(` ${codeLine(rand, n++)}`)
      out.push(
        `@@ -${oldLine},${6 + dels} +${newLine},${6 + adds} @@ function block${n}() {`,
        ...body
      )
      oldLine += 6 + dels + 20
      newLine += 6 + adds + 20
      written += dels + adds
    }
    remaining -= inFile
    fileIndex++
  }
  return `${out.join('\n')}\n`
}
