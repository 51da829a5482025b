import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  clip,
  codeSpan,
  escapeMarkdown,
  escapeTableCell,
  htmlCode,
  singleLine
} from '../../../src/report/render/markdown-escape.js'
import { HOSTILE } from '../../support/report-fixtures.js'
import { readCodeSpan } from './markdown-checks.js'

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' }

/** What a reader sees: references decoded and the zero-width spaces that defuse links removed. */
function rendered(escaped: string): string {
  return escaped
    .replace(/&#8203;/g, '')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(amp|lt|gt|quot);/g, (_m, name: string) => NAMED[name]!)
}

/** Text without the characters singleLine drops and without a zero-width space of its own. */
const visibleText = fc
  .string({ unit: 'grapheme', maxLength: 60 })
  .map((s) => s.replace(/\u200b/g, ''))

describe('singleLine', () => {
  it('drops terminal escape sequences and controls and joins lines', () => {
    expect(singleLine(HOSTILE.terminal)).toBe('src/red/x.ts')
    expect(singleLine('a\r\nb\nc\td')).toBe('a b c d')
    expect(singleLine('safe\u202eexe.txt')).toBe('safeexe.txt')
  })
})

describe('clip', () => {
  it('keeps short text and never splits a surrogate pair', () => {
    expect(clip('short', 10)).toBe('short')
    expect(clip('abcdef', 4)).toBe('abc…')
    expect(clip('ab😀cd', 4)).toBe('ab…')
  })
})

describe('escapeMarkdown', () => {
  it('leaves no HTML, link, image, emphasis or code syntax in hostile text', () => {
    for (const text of Object.values(HOSTILE)) {
      const escaped = escapeMarkdown(text)
      expect(escaped).not.toMatch(/[<>[\]`*_~\\\n\r]/)
      expect(escaped).not.toMatch(/@\w/)
    }
  })

  it('stops mentions, issue references and autolinks', () => {
    const escaped = escapeMarkdown(`${HOSTILE.mention} ${HOSTILE.autolink}`)
    expect(escaped).not.toMatch(/@[\w-]/)
    expect(escaped).not.toMatch(/(?<!&)#\d/)
    expect(escaped).not.toContain('://')
    expect(escaped).not.toMatch(/www\./i)
  })

  it('cannot start a heading, list, quote or rule when placed at a line start', () => {
    for (const text of [
      '# title',
      '- item',
      '+ item',
      '1. first',
      '2) second',
      '> quote',
      '---',
      '=='
    ]) {
      expect(escapeMarkdown(text)).not.toMatch(/^\s*(?:[#+=>-]|\d+[.)])/)
    }
  })

  it('reads back as the same text once rendered', () => {
    fc.assert(
      fc.property(visibleText, (text) => rendered(escapeMarkdown(text)) === singleLine(text))
    )
  })
})

/**
 * A reader of inline markdown limited to what escaping leaves: code spans (CommonMark's pairing,
 * by brute force here) shown literally, character references decoded outside them.
 */
function readInline(source: string): string {
  let out = ''
  let at = 0
  while (at < source.length) {
    if (source[at] !== '`') {
      const next = source.indexOf('`', at)
      out += rendered(source.slice(at, next < 0 ? source.length : next))
      at = next < 0 ? source.length : next
      continue
    }
    let end = at
    while (source[end] === '`') end += 1
    const fence = end - at
    let close = -1
    for (let i = end; i < source.length; i++) {
      if (source[i] !== '`') continue
      let j = i
      while (source[j] === '`') j += 1
      if (j - i === fence) {
        close = i
        break
      }
      i = j
    }
    if (close < 0) {
      out += source.slice(at, end)
      at = end
      continue
    }
    const content = source.slice(end, close)
    const strip = content.length >= 2 && /^ .*[^ ].* $/.test(content)
    out += strip ? content.slice(1, -1) : content
    at = close + fence
  }
  return out
}

describe('code spans in messages', () => {
  it('render as code, not as entity-escaped backticks', () => {
    expect(escapeMarkdown('A failure is masked: `continue-on-error: true`')).toBe(
      'A failure is masked: `continue-on-error: true`'
    )
    expect(escapeMarkdown('uses ``a`b`` here')).toBe('uses ``a`b`` here')
    expect(escapeMarkdown('`x` and `y`')).toBe('`x` and `y`')
    expect(escapeMarkdown('not closed: `x')).toBe('not closed: &#96;x')
  })

  it('keep HTML, mentions and pipes inside them literal, and outside them escaped', () => {
    const text = '<b>@octocat</b> wrote `<script>@octocat|x</script>` to a|b'
    expect(escapeMarkdown(text)).toBe(
      '&lt;b&gt;@&#8203;octocat&lt;/b&gt; wrote `<script>@octocat|x</script>` to a|b'
    )
    expect(escapeTableCell(text)).toBe(
      '&lt;b&gt;@&#8203;octocat&lt;/b&gt; wrote `<script>@octocat\\|x</script>` to a&#124;b'
    )
  })

  it('stay entity-escaped in raw HTML, where markdown is not read', () => {
    expect(htmlCode('`<x>`')).toBe('<code>&#96;&lt;x&gt;&#96;</code>')
  })

  it('read back as the original text reads, whatever the backticks', () => {
    const withTicks = fc
      .array(fc.oneof(fc.constantFrom('`', '``', '```', ' ', '|', '<', '@', '*'), visibleText), {
        maxLength: 12
      })
      .map((parts) => parts.join('').replace(/&/g, ''))
    fc.assert(
      fc.property(withTicks, (text) => {
        const line = singleLine(text)
        return readInline(escapeMarkdown(text)) === readInline(line === '' ? '' : line)
      })
    )
  })

  it('splits a line of 30,000 backtick runs in linear time', () => {
    const runs = Array.from({ length: 30_000 }, (_, i) => '`'.repeat((i % 50) + 1)).join('a')
    const started = performance.now()
    escapeMarkdown(runs)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('escapeTableCell', () => {
  it('escapes the cell separator too', () => {
    expect(escapeTableCell('a|b')).toBe('a&#124;b')
    expect(escapeMarkdown('a|b')).toBe('a|b')
    fc.assert(fc.property(visibleText, (text) => !escapeTableCell(text).includes('|')))
  })
})

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('plain')).toBe('`plain`')
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
    expect(codeSpan('a``b`')).toBe('``` a``b` ```')
  })

  it('holds any text literally, inline and in a table cell', () => {
    fc.assert(
      fc.property(visibleText, (text) => {
        // an empty span cannot be written: a single space stands for it
        const expected = singleLine(text) === '' ? ' ' : singleLine(text)
        const inTable = codeSpan(text, 'table')
        return (
          readCodeSpan(codeSpan(text)) === expected &&
          !/(^|[^\\])\|/.test(inTable) &&
          readCodeSpan(inTable.replace(/\\\|/g, '|')) === expected
        )
      })
    )
  })
})
