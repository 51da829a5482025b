/** Past this many cells the exact table is too costly: anchor on lines unique to both sides. */
const MAX_TABLE_CELLS = 40_000

/** Index pairs of a longest common subsequence (exact when small, unique-line anchors else). */
export function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  if (a.length === 0 || b.length === 0) return []
  return a.length * b.length <= MAX_TABLE_CELLS ? exactLcs(a, b) : uniqueAnchors(a, b)
}

function exactLcs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length
  const m = b.length
  const table = new Uint16Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const at = i * (m + 1) + j
      table[at] = a[i] === b[j] ? table[at + m + 2] + 1 : Math.max(table[at + m + 1], table[at + 1])
    }
  }
  const pairs: [number, number][] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j])
      i++
      j++
    } else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]) i++
    else j++
  }
  return pairs
}

/** Patience-style: lines occurring once on each side, kept in an increasing run. */
function uniqueAnchors(a: readonly string[], b: readonly string[]): [number, number][] {
  const count = new Map<string, number>()
  for (const key of a) count.set(key, (count.get(key) ?? 0) + 1)
  const inB = new Map<string, number>()
  for (let j = 0; j < b.length; j++) {
    if (count.get(b[j]) === 1) inB.set(b[j], inB.has(b[j]) ? -1 : j)
  }
  const candidates: [number, number][] = []
  a.forEach((key, i) => {
    const j = inB.get(key)
    if (j !== undefined && j >= 0) candidates.push([i, j])
  })
  return longestIncreasing(candidates)
}

/** Longest subsequence of pairs increasing in the second index (first already increases). */
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = []
  const previous = new Int32Array(pairs.length).fill(-1)
  for (let k = 0; k < pairs.length; k++) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (pairs[tails[mid]][1] < pairs[k][1]) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) previous[k] = tails[lo - 1]
    tails[lo] = k
  }
  const out: [number, number][] = []
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) {
    out.push(pairs[k])
  }
  return out.reverse()
}

/**
 * Tokens of `a` and `b` matched by a shortest edit script: common prefix and suffix first, then
 * Myers' greedy algorithm on the middle. Null when the middle needs more than `maxEdits` edits,
 * known in linear time when the two middles' token counts already differ by more (then no
 * search runs); else the search costs O((n + m) * maxEdits), and callers size `maxEdits` so.
 */
export function alignTokens(
  a: readonly string[],
  b: readonly string[],
  maxEdits: number
): { matchedA: Uint8Array; matchedB: Uint8Array } | null {
  const matchedA = new Uint8Array(a.length)
  const matchedB = new Uint8Array(b.length)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) {
    matchedA[start] = 1
    matchedB[start] = 1
    start++
  }
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    matchedA[--endA] = 1
    matchedB[--endB] = 1
  }
  const n = endA - start
  const m = endB - start
  if (n === 0 || m === 0) return { matchedA, matchedB }
  const max = Math.min(maxEdits, n + m)
  // The middles as numbers, one per distinct token: the search compares them over and over.
  const idA = new Int32Array(n)
  const idB = new Int32Array(m)
  if (editsAtLeast(a, b, start, idA, idB) > max) return null
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  // Round d reads only diagonals -d..d of the round before: kept alone, the trace is O(max²).
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d, offset + d + 1))
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1
      let y = x - k
      while (x < n && y < m && idA[x] === idB[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        backtrack(trace, n, m, (i, j) => {
          matchedA[start + i] = 1
          matchedB[start + j] = 1
        })
        return { matchedA, matchedB }
      }
    }
  }
  return null
}

/**
 * A lower bound on the edits between the middles `a[start, start + idA.length)` and
 * `b[start, start + idB.length)`: every token one side holds more often than the other must be
 * inserted or deleted. Fills `idA` and `idB` with the tokens' numbers on the way.
 */
function editsAtLeast(
  a: readonly string[],
  b: readonly string[],
  start: number,
  idA: Int32Array,
  idB: Int32Array
): number {
  const ids = new Map<string, number>()
  const surplus = new Int32Array(idA.length + idB.length)
  for (let i = 0; i < idA.length; i++) {
    const key = a[start + i]
    let id = ids.get(key)
    if (id === undefined) ids.set(key, (id = ids.size))
    idA[i] = id
    surplus[id]++
  }
  for (let j = 0; j < idB.length; j++) {
    const key = b[start + j]
    let id = ids.get(key)
    if (id === undefined) ids.set(key, (id = ids.size))
    idB[j] = id
    surplus[id]--
  }
  let edits = 0
  for (let id = 0; id < ids.size; id++) edits += Math.abs(surplus[id])
  return edits
}

/** `trace[d]` holds round d's starting diagonals -d..d (index k + d). */
function backtrack(
  trace: readonly Int32Array[],
  n: number,
  m: number,
  match: (i: number, j: number) => void
): void {
  let x = n
  let y = m
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]
    const k = x - y
    const prevK = k === -d || (k !== d && v[d + k - 1] < v[d + k + 1]) ? k + 1 : k - 1
    const prevX = d === 0 ? 0 : v[d + prevK]
    const prevY = d === 0 ? 0 : prevX - prevK
    while (x > prevX && y > prevY) match(--x, --y)
    x = prevX
    y = prevY
  }
}
