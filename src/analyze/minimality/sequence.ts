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
 * Myers' greedy algorithm on the middle (the very script it picks, found within a bound on the
 * edits). Null when the middle needs more than `maxEdits` edits, known in linear time when the
 * two middles' token counts already differ by more (then no search runs); else the search
 * costs O((n + m) * maxEdits) at most, and callers size `maxEdits` so. Null too when
 * `worthSearching`, shown the tokens no script can match (their token is missing from the other
 * middle), says the search could not change the caller's reading (it must not align tokens
 * itself: the search's buffers are in use).
 */
export function alignTokens(
  a: readonly string[],
  b: readonly string[],
  maxEdits: number,
  worthSearching?: (unmatchableA: Uint8Array, unmatchableB: Uint8Array) => boolean
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
  // Every token of the longer middle past the shorter one's length is an edit.
  const lengths = Math.abs(n - m)
  if (lengths > max) return null
  const atLeast = countTokens(a, b, start, n, m)
  try {
    if (atLeast > max) return null
    const worthIt =
      worthSearching === undefined ||
      worthSearching(
        unmatchable(a.length, start, 0, n, occursB),
        unmatchable(b.length, start, n, m, occursA)
      )
    if (!worthIt) return null
    // Searched within a bound first, widened while the script needs more: a search bounded by B
    // costs O(B * (B - |n - m|)), and the bound starts at the lower bound, often the answer.
    let bound = atLeast
    for (;;) {
      const edits = search(n, m, bound)
      if (edits >= 0) {
        backtrack(n, m, edits, (i, j) => {
          matchedA[start + i] = 1
          matchedB[start + j] = 1
        })
        return { matchedA, matchedB }
      }
      if (bound >= max) return null
      bound = Math.min(max, lengths + SLACK_GROWTH * (bound - lengths) + 2)
    }
  } finally {
    forgetCounts()
    releaseLargeBuffers()
  }
}

/**
 * How much a failed bounded search widens the next one's slack over |n - m| (+2, from 0): 3 made
 * the fewest diagonal steps on the real diffs' alignments of 1.25 to 8, times the bound or slack.
 */
const SLACK_GROWTH = 3

/**
 * Buffers kept across calls, grown on demand: made per call, they were most of the garbage the
 * alignment made. `ids` holds the middles' token numbers, `a`'s then `b`'s.
 */
let ids = new Int32Array(1024)
/** Per token number, its count in `a`'s middle and in `b`'s; all zeros between calls. */
let occursA = new Int32Array(1024)
let occursB = new Int32Array(1024)
/** The token numbers counted in this call, to reset their counts. */
let counted = new Int32Array(1024)
let countedLength = 0
/** Each round's furthest points on its bounded diagonals, round after round (see `search`). */
let trace = new Int32Array(1 << 14)
let roundLow = new Int32Array(1024)
let roundStart = new Int32Array(1024)
/** Token numbers kept across calls, so the next call mostly looks them up. */
const tokenIds = new Map<string, number>()
/** Distinct tokens numbered before the table starts over: bounds the memory it keeps alive. */
const MAX_TOKEN_IDS = 1 << 16

/** Token and trace entries past which a call's grown buffers are dropped: the rest keep < 4 MB. */
const KEPT_TOKENS = 1 << 17
const KEPT_TRACE = 1 << 19

function releaseLargeBuffers(): void {
  if (ids.length > KEPT_TOKENS) {
    ids = new Int32Array(1024)
    counted = new Int32Array(1024)
  }
  if (occursA.length > KEPT_TOKENS || tokenIds.size > MAX_TOKEN_IDS) {
    tokenIds.clear()
    occursA = new Int32Array(1024)
    occursB = new Int32Array(1024)
  }
  if (trace.length > KEPT_TRACE) trace = new Int32Array(1 << 14)
}

/**
 * Numbers and counts the tokens of the middles `a[start, start + n)` and `b[start, start + m)`
 * into `ids` and `occursA`/`occursB`; returns a lower bound on the edits between them: every
 * token one side holds more often than the other must be inserted or deleted.
 */
function countTokens(
  a: readonly string[],
  b: readonly string[],
  start: number,
  n: number,
  m: number
): number {
  if (tokenIds.size + n + m > MAX_TOKEN_IDS) tokenIds.clear()
  if (ids.length < n + m) {
    ids = new Int32Array(Math.max(n + m, 2 * ids.length))
    counted = new Int32Array(ids.length)
  }
  const most = tokenIds.size + n + m
  if (occursA.length < most) {
    occursA = new Int32Array(Math.max(most, 2 * occursA.length))
    occursB = new Int32Array(occursA.length)
  }
  for (let i = 0; i < n + m; i++) {
    const key = i < n ? a[start + i] : b[start + i - n]
    let id = tokenIds.get(key)
    if (id === undefined) tokenIds.set(key, (id = tokenIds.size))
    ids[i] = id
    if (occursA[id] === 0 && occursB[id] === 0) counted[countedLength++] = id
    if (i < n) occursA[id]++
    else occursB[id]++
  }
  let edits = 0
  for (let t = 0; t < countedLength; t++)
    edits += Math.abs(occursA[counted[t]] - occursB[counted[t]])
  return edits
}

function forgetCounts(): void {
  for (let t = 0; t < countedLength; t++) {
    occursA[counted[t]] = 0
    occursB[counted[t]] = 0
  }
  countedLength = 0
}

/**
 * The tokens of a side `length` long that no script can match: those of its middle (`count`
 * tokens from `start`, numbered at `ids[from...]`) that the other middle never holds.
 */
function unmatchable(
  length: number,
  start: number,
  from: number,
  count: number,
  occursOther: Int32Array
): Uint8Array {
  const out = new Uint8Array(length)
  for (let i = 0; i < count; i++) if (occursOther[ids[from + i]] === 0) out[start + i] = 1
  return out
}

/**
 * Myers' greedy search for the middles held in `ids`, restricted to the diagonals from which
 * (n, m) can still be reached within `bound` edits: diagonal k at round d needs |n - m - k| more.
 * A diagonal kept needs only kept diagonals of the round before, so every kept value, and the
 * script found, is the unrestricted search's; the round it ends at, or -1 past `bound`.
 */
function search(n: number, m: number, bound: number): number {
  const delta = n - m
  if (roundLow.length <= bound) {
    roundLow = new Int32Array(Math.max(bound + 1, 2 * roundLow.length))
    roundStart = new Int32Array(roundLow.length)
  }
  let used = 0
  for (let d = 0; d <= bound; d++) {
    // Diagonals -d..d of d's parity, within bound - d of the last diagonal.
    let low = Math.max(-d, delta - bound + d)
    let high = Math.min(d, delta + bound - d)
    if (((low + d) & 1) !== 0) low++
    if (((high + d) & 1) !== 0) high--
    const count = low <= high ? ((high - low) >> 1) + 1 : 0
    if (trace.length < used + count) {
      const grown = new Int32Array(Math.max(used + count, 2 * trace.length))
      grown.set(trace.subarray(0, used))
      trace = grown
    }
    roundLow[d] = low
    roundStart[d] = used
    // `p` walks round d - 1's entry for diagonal k - 1 (k + 1's is next to it).
    let p = d > 0 ? roundStart[d - 1] + ((low - 1 - roundLow[d - 1]) >> 1) : 0
    for (let k = low, at = used; k <= high; k += 2, p++, at++) {
      let x: number
      if (d === 0) x = 0
      else if (k === -d) x = trace[p + 1]
      else if (k === d) x = trace[p] + 1
      else {
        const below = trace[p]
        const above = trace[p + 1]
        x = below < above ? above : below + 1
      }
      let y = x - k
      while (x < n && y < m && ids[x] === ids[n + y]) {
        x++
        y++
      }
      trace[at] = x
      if (x >= n && y >= m) return d
    }
    used += count
  }
  return -1
}

/** Walks the script found in `last` rounds back from (n, m), reporting each matched pair. */
function backtrack(
  n: number,
  m: number,
  last: number,
  match: (i: number, j: number) => void
): void {
  let x = n
  let y = m
  for (let d = last; d >= 0; d--) {
    const k = x - y
    let prevX = 0
    let prevY = 0
    if (d > 0) {
      const low = roundLow[d - 1]
      const at = roundStart[d - 1]
      const prevK =
        k === -d || (k !== d && trace[at + ((k - 1 - low) >> 1)] < trace[at + ((k + 1 - low) >> 1)])
          ? k + 1
          : k - 1
      prevX = trace[at + ((prevK - low) >> 1)]
      prevY = prevX - prevK
    }
    while (x > prevX && y > prevY) match(--x, --y)
    x = prevX
    y = prevY
  }
}
