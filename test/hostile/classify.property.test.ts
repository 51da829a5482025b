/**
 * Commit messages are written by whoever pushes: reading their `Co-authored-by` trailers stays
 * linear on 200 KB of adversarial text, and reads what the trailer format says.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { coAuthorTrailers } from '../../src/trailers.js'

const SIZE = 200 * 1024
const KEY = 'Co-authored-by:'

/** The trailer regex the scanner replaced: the reference for what a trailer is. */
const REFERENCE = /^co-authored-by:[ \t]*(.*?)[ \t]*<([^<>\n]*)>[ \t]*$/gim

function reference(message: string): { name: string; email: string }[] {
  return [...message.matchAll(REFERENCE)].map((m) => ({ name: m[1]!, email: m[2]! }))
}

/** Pathological messages: long blank runs, unclosed brackets, repeated keys, huge names. */
const ADVERSARIAL: [string, string][] = [
  ['spaces after the key', KEY + ' '.repeat(SIZE)],
  ['tabs and spaces, then no email', KEY + ' \t'.repeat(SIZE / 2) + 'x'],
  ['a long name and an unclosed email', `${KEY} ${'a '.repeat(SIZE / 2)}<x@y`],
  ['many opening brackets', `${KEY} ${'<'.repeat(SIZE)}`],
  ['many closing brackets', `${KEY} ${'>'.repeat(SIZE)}`],
  ['the key repeated on one line', KEY.repeat(SIZE / KEY.length)],
  ['the key on every line', `${KEY} \n`.repeat(SIZE / (KEY.length + 2))],
  ['blanks before an email', `${KEY}${' '.repeat(SIZE)}<a@b>${' '.repeat(SIZE)}x`]
]

describe('coAuthorTrailers on hostile commit messages', () => {
  it.each(ADVERSARIAL)('reads %s (200 KB) in well under a second', (_, message) => {
    const started = performance.now()
    coAuthorTrailers(message)
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('reads the trailers on 200 KB of random trailer-like lines quickly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(KEY, ' ', '\t', '<', '>', '@', 'a', 'co-AUTHORED-by:', '\n', '\r\n'),
          { minLength: 1, maxLength: 50 }
        ),
        (parts) => {
          const unit = parts.join('')
          const message = unit.repeat(Math.ceil(SIZE / unit.length))
          const started = performance.now()
          coAuthorTrailers(message)
          expect(performance.now() - started).toBeLessThan(500)
        }
      ),
      { numRuns: 30 }
    )
  })

  it('finds the trailers the format defines, as the regex it replaced did', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(KEY, 'co-authored-BY:', ' ', '\t', '<', '>', 'x@y', 'Ann B', '\n'),
          { maxLength: 30 }
        ),
        (parts) => {
          const message = parts.join('')
          expect(coAuthorTrailers(message)).toEqual(reference(message))
        }
      ),
      { numRuns: 2000 }
    )
  })
})
