import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseUnifiedDiff } from '../src/collect/diff-text.js'
import type { DiffLine, Hunk } from '../src/model.js'
import {
  KIND_ADD,
  KIND_CONTEXT,
  KIND_DEL,
  LineSource,
  LineWriter,
  PackedHunk,
  changedLinesOf,
  contentAt,
  endAt,
  intBuffer,
  kindAt,
  newNumberAt,
  numberAt,
  packedOf,
  startAt
} from '../src/packed-lines.js'
import {
  mayOpenSpan,
  mayOpenSpanAt,
  sketchLine,
  sketchSpan,
  spanMarkersWithin
} from '../src/analyze/minimality/tokenize/sketch.js'
import type { Language } from '../src/analyze/minimality/tokenize/types.js'

const DIFF = [
  'diff --git a/a.ts b/a.ts',
  '--- a/a.ts',
  '+++ b/a.ts',
  '@@ -1,3 +1,3 @@ function f() {',
  ' keep',
  '-old\r',
  '+new',
  '\\ No newline at end of file',
  ''
].join('\n')

function line(
  kind: DiffLine['kind'],
  content: string,
  oldLine: number | null,
  newLine: number | null
): DiffLine {
  return { kind, content, oldLine, newLine, crlf: false, noNewlineAtEof: false }
}

describe('PackedHunk', () => {
  it('gives the lines of a parsed diff as objects, with numbers, CRLF and the EOF marker', () => {
    const hunk = parseUnifiedDiff(DIFF).files[0]!.hunks[0]!
    expect(hunk).toBeInstanceOf(PackedHunk)
    expect(hunk.lines).toEqual([
      line('context', 'keep', 1, 1),
      { ...line('del', 'old', 2, null), crlf: true },
      { ...line('add', 'new', null, 2), noNewlineAtEof: true }
    ])
    // made once: the same objects on every read
    expect(hunk.lines).toBe(hunk.lines)
  })

  it('reads kinds, contents and numbers straight from the table', () => {
    const hunk = packedOf(parseUnifiedDiff(DIFF).files[0]!.hunks[0]!)
    expect([0, 1, 2].map((k) => kindAt(hunk, k))).toEqual([KIND_CONTEXT, KIND_DEL, KIND_ADD])
    expect([0, 1, 2].map((k) => contentAt(hunk, k))).toEqual(['keep', 'old', 'new'])
    // the line's own side: old for a removed line, new otherwise
    expect([0, 1, 2].map((k) => numberAt(hunk, k))).toEqual([1, 2, 2])
    expect([0, 1, 2].map((k) => newNumberAt(hunk, k))).toEqual([1, -1, 2])
    // the content's place in the shared text, CR left out
    expect([0, 1, 2].map((k) => hunk.text.slice(startAt(hunk, k), endAt(hunk, k)))).toEqual([
      'keep',
      'old',
      'new'
    ])
    expect(hunk.changed).toBe(2)
  })

  it('keeps its lines through JSON, though a spread loses them', () => {
    const hunk = parseUnifiedDiff(DIFF).files[0]!.hunks[0]!
    const copy = JSON.parse(JSON.stringify(hunk)) as Hunk
    expect(copy.lines).toEqual(hunk.lines)
    expect(copy.section).toBe('function f() {')
    expect({ ...hunk }.lines).toBeUndefined()
  })

  it('packs a hand-made hunk once, with the same lines', () => {
    const lines = [
      line('context', 'a', 4, 4),
      line('del', '', 5, null),
      line('add', 'b c', null, 5)
    ]
    const hunk: Hunk = { oldStart: 4, oldLines: 2, newStart: 4, newLines: 2, section: '', lines }
    const packed = packedOf(hunk)
    expect(packedOf(hunk)).toBe(packed)
    expect(packed.lines).toEqual(lines)
    expect(packed.changed).toBe(2)
    expect([0, 1, 2].map((k) => kindAt(packed, k))).toEqual([KIND_CONTEXT, KIND_DEL, KIND_ADD])
  })

  it('keeps every hunk whole when a diff outgrows one line buffer', () => {
    const hunks = Array.from({ length: 400 }, (_, i) => {
      const at = 1 + i * 10
      return `@@ -${at},2 +${at},2 @@\n-old ${i}\n+new ${i}\n ctx ${i}\n`
    })
    const text = 'diff --git a/x b/x\n--- a/x\n+++ b/x\n' + hunks.join('')
    const parsed = parseUnifiedDiff(text).files[0]!.hunks
    expect(parsed).toHaveLength(400)
    const buffers = new Set(parsed.map((h) => packedOf(h).cols))
    expect(buffers.size).toBeGreaterThan(1)
    parsed.forEach((h, i) => {
      expect(h.lines.map((l) => l.content)).toEqual([`old ${i}`, `new ${i}`, `ctx ${i}`])
    })
  })
})

describe('ChangedLines', () => {
  const TWO_HUNKS = [
    'diff --git a/a.ts b/a.ts',
    '--- a/a.ts',
    '+++ b/a.ts',
    '@@ -1,4 +1,4 @@',
    '-a',
    '+b',
    ' keep',
    '-c',
    '+d',
    ' end',
    '@@ -20,2 +20,3 @@',
    ' x',
    '+y',
    ' z',
    ''
  ].join('\n')

  it('numbers the added and removed lines of a file in diff order, with their runs', () => {
    const file = parseUnifiedDiff(TWO_HUNKS).files[0]!
    const changes = changedLinesOf(file)
    expect(changes.count).toBe(5)
    const rows = Array.from({ length: changes.count }, (_, i) => [
      changes.hunkOf(i),
      changes.indexOf(i),
      changes.isDel(i),
      changes.runStartOf(i),
      changes.contentOf(i)
    ])
    expect(rows).toEqual([
      [0, 0, true, 0, 'a'],
      [0, 1, false, 0, 'b'],
      [0, 3, true, 3, 'c'],
      [0, 4, false, 3, 'd'],
      [1, 1, false, 1, 'y']
    ])
    expect(changes.runs).toBe(3)
    expect(Array.from({ length: changes.runs + 1 }, (_, r) => changes.runFirst(r))).toEqual([
      0, 2, 4, 5
    ])
    expect(changes.kindOf(4)).toBe(KIND_ADD)
  })
})

describe('LineWriter', () => {
  it('starts a new buffer when the reserved lines do not fit, and never moves written ones', () => {
    const writer = new LineWriter(64)
    writer.reserve(60)
    const first = writer.cols
    first[0] = 7
    writer.commit(60)
    writer.reserve(10)
    expect(writer.cols).not.toBe(first)
    expect(writer.used).toBe(0)
    expect(first[0]).toBe(7)
    writer.reserve(1000)
    expect(writer.cols.length).toBeGreaterThanOrEqual(1000 * 5)
  })
})

describe('LineSource', () => {
  it('answers like indexOf whatever order it is asked in', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '*', '`', '\n') }),
        fc.constantFrom('*', '`', 'ab', '**'),
        fc.array(fc.nat(60), { maxLength: 30 }),
        (text, needle, froms) => {
          const source = new LineSource(text)
          for (const from of froms) {
            expect(source.next(needle, from)).toBe(text.indexOf(needle, from))
          }
        }
      )
    )
  })

  it('finds a needle only when all of it lies within the bounds', () => {
    const source = new LineSource('ab*c\nd**e')
    expect(source.occursWithin('*', 0, 4)).toBe(true)
    expect(source.occursWithin('*', 3, 4)).toBe(false)
    expect(source.occursWithin('**', 5, 7)).toBe(false)
    expect(source.occursWithin('**', 5, 8)).toBe(true)
  })
})

describe('sketching a line inside a larger text', () => {
  const LANGUAGES: Language[] = ['typescript', 'python', 'go', 'java', 'c-family', 'hash', 'text']
  const piece = fc.constantFrom(
    'a',
    'Z9',
    '_x',
    ' ',
    '\t',
    '"',
    "'",
    '`',
    '/',
    '*',
    '#',
    '\\',
    '(',
    ';',
    ':',
    'é',
    '\u00a0',
    'import',
    'from',
    'export',
    'const',
    'let',
    'require',
    '"""',
    "'''",
    '//',
    '/*',
    '*/',
    'else'
  )
  const lineText = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''))

  it('reads exactly the line: the same sketch and span test as the line alone', () => {
    fc.assert(
      fc.property(
        lineText,
        lineText,
        lineText,
        fc.constantFrom(...LANGUAGES),
        (before, own, after, language) => {
          const source = new LineSource(`${before}${own}${after}`)
          const start = before.length
          const end = start + own.length
          expect(sketchSpan(source, start, end, language)).toEqual(sketchLine(own, language))
          expect(mayOpenSpanAt(source, start, end, language)).toBe(mayOpenSpan(own, language))
          // the hunk-wide pre-check never hides a line that opens a span
          if (mayOpenSpan(own, language)) {
            expect(spanMarkersWithin(source, start, end, language)).toBe(true)
          }
        }
      ),
      { numRuns: 2000 }
    )
  })
})

describe('intBuffer', () => {
  it('gives zeroed buffers of the asked length that never share a number', () => {
    const lengths = [1, 16, 17, 40, 4_000, 5_000, 70_000, 20]
    const buffers = lengths.map((length) => intBuffer(length))
    expect(buffers.map((b) => b.length)).toEqual(lengths)
    for (const b of buffers) expect(b.every((n) => n === 0)).toBe(true)
    buffers.forEach((b, i) => b.fill(i + 1))
    buffers.forEach((b, i) => expect(b.every((n) => n === i + 1)).toBe(true))
  })

  it('starts a new block when the current one cannot hold the buffer', () => {
    const seen = new Set<ArrayBufferLike>()
    for (let i = 0; i < 40; i++) {
      const b = intBuffer(3_000)
      b[b.length - 1] = i
      seen.add(b.buffer)
    }
    expect(seen.size).toBeGreaterThan(1)
  })
})
