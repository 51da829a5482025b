import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { alignTokens, lcsPairs } from '../../../src/analyze/minimality/sequence.js'

/**
 * Myers' greedy search over all diagonals, with a full trace: the plain algorithm the bounded
 * search must agree with, match for match, since the layout and rename readings depend on which
 * shortest script is picked, not only on its length.
 */
function plainAlign(a: readonly string[], b: readonly string[], maxEdits: number) {
  const matchedA = new Uint8Array(a.length)
  const matchedB = new Uint8Array(b.length)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) {
    matchedA[start] = matchedB[start] = 1
    start++
  }
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    matchedA[--endA] = matchedB[--endB] = 1
  }
  const n = endA - start
  const m = endB - start
  if (n === 0 || m === 0) return { matchedA, matchedB }
  const max = Math.min(maxEdits, n + m)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[start + x] === b[start + y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        for (let e = d; e >= 0; e--) {
          const w = trace[e]
          const kk = x - y
          const prevK =
            kk === -e || (kk !== e && w[offset + kk - 1] < w[offset + kk + 1]) ? kk + 1 : kk - 1
          const prevX = e === 0 ? 0 : w[offset + prevK]
          const prevY = e === 0 ? 0 : prevX - prevK
          while (x > prevX && y > prevY) {
            x--
            y--
            matchedA[start + x] = matchedB[start + y] = 1
          }
          x = prevX
          y = prevY
        }
        return { matchedA, matchedB }
      }
    }
  }
  return null
}

const asArrays = (result: ReturnType<typeof alignTokens>) =>
  result === null ? null : { a: [...result.matchedA], b: [...result.matchedB] }

/** Token streams over a few tokens, so that many shortest scripts tie and the pick matters. */
const stream = (alphabet: number, maxLength: number, minLength = 0) =>
  fc.array(
    fc.integer({ min: 0, max: alphabet - 1 }).map((t) => 'w' + t),
    { minLength, maxLength }
  )

describe('alignTokens', () => {
  it('matches tokens along a shortest script', () => {
    const aligned = alignTokens(['wa', 'p(', 'wb', 'p)'], ['wa', 'p(', 'wc', 'wb', 'p)'], 10)
    expect(asArrays(aligned)).toEqual({ a: [1, 1, 1, 1], b: [1, 1, 0, 1, 1] })
  })

  it('gives up past the edit budget, also when only the search can tell', () => {
    // Same tokens in another order: the token counts allow 0 edits, the order needs 6.
    const a = ['wa', 'wb', 'wc', 'wd']
    const b = ['wd', 'wc', 'wb', 'wa']
    expect(asArrays(alignTokens(a, b, 6))).toEqual({ a: [0, 0, 0, 1], b: [1, 0, 0, 0] })
    expect(alignTokens(a, b, 5)).toBeNull()
    expect(alignTokens(['wa'], ['wb', 'wc', 'wd'], 3)).toBeNull()
  })

  it('picks the very script the plain search picks, within and past the budget', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((alphabet) =>
            fc.tuple(stream(alphabet, 60), stream(alphabet, 60), fc.integer({ min: 0, max: 130 }))
          ),
        ([a, b, maxEdits]) => {
          expect(asArrays(alignTokens(a, b, maxEdits))).toEqual(
            asArrays(plainAlign(a, b, maxEdits))
          )
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('agrees with the plain search on long streams that need many widened searches', () => {
    fc.assert(
      fc.property(
        stream(3, 200, 50),
        fc.array(fc.constantFrom('wnew', 'wx', 'p,'), { minLength: 100, maxLength: 600 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 900 }),
        (a, inserted, cut, maxEdits) => {
          // Added code around moved code: the token counts see the additions, not the move.
          const b = [
            ...inserted.slice(0, 300),
            ...a.slice(cut),
            ...a.slice(0, cut),
            ...inserted.slice(300)
          ]
          expect(asArrays(alignTokens(a, b, maxEdits))).toEqual(
            asArrays(plainAlign(a, b, maxEdits))
          )
        }
      ),
      { numRuns: 100 }
    )
  })

  it('shows the tokens no script can match, and skips the search when told it is not worth it', () => {
    fc.assert(
      fc.property(stream(5, 40), stream(5, 40), (a, b) => {
        const plain = plainAlign(a, b, 200)
        let shown: { a: number[]; b: number[] } | null = null
        const aligned = alignTokens(a, b, 200, (unmatchableA, unmatchableB) => {
          shown = { a: [...unmatchableA], b: [...unmatchableB] }
          return true
        })
        expect(asArrays(aligned)).toEqual(asArrays(plain))
        if (shown === null) return
        const { a: neverA, b: neverB } = shown as { a: number[]; b: number[] }
        // Each shown token is left unmatched by the plain script.
        neverA.forEach((never, i) => {
          if (never === 1) expect(plain!.matchedA[i]).toBe(0)
        })
        neverB.forEach((never, j) => {
          if (never === 1) expect(plain!.matchedB[j]).toBe(0)
        })
        // Exactly the tokens between the common prefix and suffix that the other side's lack.
        let start = 0
        while (start < a.length && start < b.length && a[start] === b[start]) start++
        let end = 0
        while (
          end < Math.min(a.length, b.length) - start &&
          a[a.length - 1 - end] === b[b.length - 1 - end]
        )
          end++
        const middleA = a.slice(start, a.length - end)
        const middleB = b.slice(start, b.length - end)
        const missing = (tokens: string[], middle: string[]) =>
          tokens.map((t, i) =>
            i >= start && i < tokens.length - end && !middle.includes(t) ? 1 : 0
          )
        expect(neverA).toEqual(missing(a, middleB))
        expect(neverB).toEqual(missing(b, middleA))
        expect(alignTokens(a, b, 200, () => false)).toBeNull()
      }),
      { numRuns: 500 }
    )
  })

  it('stays right across calls past the tokens and trace it keeps buffers for', () => {
    // 140,000 distinct tokens: past the 65,536 numbered and the 131,072 kept in buffers.
    const many = Array.from({ length: 70_000 }, (_, i) => 'w' + i)
    const shifted = [...many.slice(1), 'wend']
    expect(asArrays(alignTokens(many, shifted, 4))).toEqual(asArrays(plainAlign(many, shifted, 4)))
    // A search of 800 rounds: past the 524,288 trace entries kept.
    const left = Array.from({ length: 800 }, (_, i) => 'wl' + i)
    const right = Array.from({ length: 800 }, (_, i) => 'wr' + i)
    expect(asArrays(alignTokens(left, right, 1600))).toEqual(
      asArrays(plainAlign(left, right, 1600))
    )
    const a = ['wa', 'wb', 'wc', 'wa', 'wb']
    const b = ['wc', 'wb', 'wa', 'wb', 'wa']
    expect(asArrays(alignTokens(a, b, 10))).toEqual(asArrays(plainAlign(a, b, 10)))
  })
})

describe('lcsPairs', () => {
  it('pairs equal lines in order', () => {
    expect(lcsPairs(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
      [0, 0],
      [2, 2]
    ])
  })
})
