import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  hunkTokenizerFor,
  languageOf,
  tokenizerFor
} from '../../../src/analyze/minimality/tokenize/index.js'
import {
  BOTH_SIDES,
  commentWords,
  commentWordsIn,
  isWordPart,
  MAX_TOKENIZED_LINE,
  NEW_SIDE,
  OLD_SIDE,
  opaqueLine,
  tokenKey,
  WORD_HASH_SEED,
  WORD_PART,
  wordHash,
  WordTable
} from '../../../src/analyze/minimality/tokenize/types.js'
import type { Language } from '../../../src/analyze/minimality/tokenize/types.js'

function texts(language: Language, source: string): string[][] {
  return tokenizerFor(language)(source.split('\n')).map((line) => line.tokens.map((t) => t.text))
}

function comments(language: Language, source: string): string[] {
  return tokenizerFor(language)(source.split('\n')).map((line) => line.comment)
}

describe('languageOf', () => {
  it('maps the five languages and falls back by family', () => {
    expect(languageOf('src/a.tsx')).toBe('typescript')
    expect(languageOf('lib/b.mjs')).toBe('javascript')
    expect(languageOf('app/c.py')).toBe('python')
    expect(languageOf('cmd/d.go')).toBe('go')
    expect(languageOf('src/E.java')).toBe('java')
    expect(languageOf('src/f.rs')).toBe('c-family')
    expect(languageOf('deploy/values.yaml')).toBe('hash')
    expect(languageOf('Dockerfile')).toBe('hash')
    expect(languageOf('README.md')).toBe('text')
  })
})

describe('JavaScript and TypeScript tokenizer', () => {
  it('compares strings by value, so quote style is layout', () => {
    const [single] = texts('typescript', `const a = 'it\\'s'`)
    const [double] = texts('typescript', `const a = "it's"`)
    expect(single).toEqual(double)
  })

  it('canonicalizes numbers by value', () => {
    expect(texts('javascript', 'x(1.50, .5, 0XFF, 1E+3)')).toEqual(
      texts('javascript', 'x(1.5, 0.5, 0xff, 1000)')
    )
  })

  it('reads template literals with nested expressions across lines', () => {
    const lines = texts('typescript', 'const s = `a ${b + `c${d}`}\ne`\nf()')
    expect(lines[0]).toContain('b')
    expect(lines[0]).toContain('d')
    expect(lines[1]).toEqual(['Te'])
    expect(lines[2]).toEqual(['f', '(', ')'])
  })

  it('tells a regex from a division and a JSX closing tag', () => {
    expect(texts('javascript', 'a = b / c / d')[0]).toEqual(['a', '=', 'b', '/', 'c', '/', 'd'])
    expect(texts('javascript', "x = /'[/]/g.test(y)")[0][2]).toBe("/'[/]/g")
    expect(texts('javascript', 'return <b>x</b>')[0]).toEqual([
      'return',
      '<',
      'b',
      '>',
      'x',
      '<',
      '/',
      'b',
      '>'
    ])
  })

  it('puts comments aside, including a block comment the hunk starts inside', () => {
    const lines = tokenizerFor('typescript')([' * @param x the value', ' */', 'f(x) // call'])
    expect(lines.map((l) => l.tokens.length)).toEqual([0, 0, 4])
    expect(lines.map((l) => l.comment)).toEqual(['@param x the value', '', 'call'])
  })
})

describe('Python tokenizer', () => {
  it('reads docstrings as comments and string prefixes case-insensitively', () => {
    const source = 'def f():\n    """Doc\n    more."""\n    return U"x" + rb\'y\''
    expect(comments('python', source)).toEqual(['', 'Doc', 'more.', ''])
    expect(texts('python', source)[3]).toEqual(['return', 'S:x', '+', 'Sbr:y'])
  })

  it('marks logical lines: continuation lines inside brackets are not statements', () => {
    const lines = tokenizerFor('python')(['x = f(', '    a,', ')', 'y = 1'])
    expect(lines.map((l) => l.statementStart)).toEqual([true, false, false, true])
  })

  it('reads a hunk that starts inside a docstring as prose', () => {
    const lines = tokenizerFor('python')([
      'Keys without a plan fall back to the free tier and the limiter',
      'keeps one bucket for every key it has seen so far today.',
      '"""',
      '',
      'import time'
    ])
    expect(lines.map((l) => l.tokens.length)).toEqual([0, 0, 0, 0, 2])
  })

  it('reads a hunk that starts on a docstring closing quote as code after it', () => {
    const afterModuleDoc = tokenizerFor('python')(['', '"""', 'from .pool import Pool', ''])
    expect(afterModuleDoc.map((l) => l.tokens.length)).toEqual([0, 0, 5, 0])
    expect(afterModuleDoc[2].comment).toBe('')
    const afterMethodDoc = tokenizerFor('python')([
      '        the pool it was taken from.',
      '        """',
      '        size = self.size',
      '        return size'
    ])
    expect(afterMethodDoc.map((l) => l.tokens.length)).toEqual([0, 0, 5, 2])
    expect(afterMethodDoc[0].comment).toBe('the pool it was taken from.')
  })

  it('still reads a lone triple quote followed by a summary line as an opening one', () => {
    const lines = tokenizerFor('python')(['def f():', '    """', '    Return the pool.', '    """'])
    expect(lines.map((l) => l.comment)).toEqual(['', '', 'Return the pool.', ''])
    expect(lines[0].tokens.length).toBe(5)
  })
})

describe('Go and Java tokenizers', () => {
  it('keeps Go runes and raw strings apart from interpreted strings', () => {
    const [line] = texts('go', 'r := \'a\'; s := `raw "q"`')
    expect(line).toContain("'a'")
    expect(line).toContain('`raw "q"')
  })

  it('reads Java text blocks and char literals', () => {
    const lines = texts('java', 'String s = """\n  hello\n  """;\nchar c = \'x\';')
    expect(lines[1]).toEqual(['"""  hello'])
    expect(lines[3]).toContain("'x'")
  })
})

describe('word characters', () => {
  it("the scan loops' table says what isWordPart says, for every UTF-16 unit", () => {
    const wrong: number[] = []
    for (let c = 0; c < 65536; c++) if ((WORD_PART[c] === 1) !== isWordPart(c)) wrong.push(c)
    expect(wrong).toEqual([])
    expect(WORD_PART.length).toBe(65536)
  })
})

describe('shared tokens', () => {
  it.each<Language>(['typescript', 'python', 'go'])(
    '%s: a token read again is equal, and its key is its kind initial and its text',
    (language) => {
      const tokenize = tokenizerFor(language)
      const line = 'if (value == other) return value + 1'
      const [first] = tokenize([line])
      const [again] = tokenize([line])
      expect(again).toEqual(first)
      for (const token of first!.tokens) expect(tokenKey(token)).toBe(token.kind[0] + token.text)
    }
  )

  it('finds words by hash, and words crowding one slot still read as themselves', () => {
    const hashOf = (word: string) => {
      let hash = WORD_HASH_SEED
      for (let i = 0; i < word.length; i++) hash = wordHash(hash, word.charCodeAt(i))
      return hash
    }
    // Words whose hashes share their low 16 bits land on the same slot and probe past each other.
    const bySlot = new Map<number, string[]>()
    let crowded: string[] = []
    for (let i = 0; crowded.length < 12; i++) {
      const word = `w${i}`
      const slot = hashOf(word) & 0xffff
      const list = bySlot.get(slot) ?? []
      list.push(word)
      bySlot.set(slot, list)
      if (list.length > crowded.length) crowded = list
    }
    const table = new WordTable(new Set(['if']))
    const read = (word: string) => {
      const text = `(${word})`
      return table.token(text, 1, text.length - 1, hashOf(word))
    }
    for (const word of crowded) expect(read(word)).toMatchObject({ kind: 'word', text: word })
    for (const word of crowded) expect(read(word).text).toBe(word)
    // The first words found their slots: read again, they are the same token.
    expect(read(crowded[0]!)).toBe(read(crowded[0]!))
    expect(read('if')).toMatchObject({ kind: 'keyword', text: 'if' })
  })

  it('finds every word again after the table grows to make room', () => {
    const table = new WordTable(new Set(['if']))
    const read = (word: string) => {
      let hash = WORD_HASH_SEED
      for (let i = 0; i < word.length; i++) hash = wordHash(hash, word.charCodeAt(i))
      return table.token(word, 0, word.length, hash)
    }
    const words = Array.from({ length: 5_000 }, (_, i) => `name${i}`)
    // A word whose probes all find other words gets a token of its own; the rest are kept.
    const kept = words.filter((word) => read(word) === read(word))
    expect(kept.length).toBeGreaterThan(words.length * 0.95)
    const first = kept.map(read)
    for (const word of words) read(`${word}x`)
    // The table has grown several times since: every kept word is still its one token.
    kept.forEach((word, i) => expect(read(word)).toBe(first[i]))
    expect(first.map((token) => token.text)).toEqual(kept)
  })

  it('reads punctuation marks and operators as the shared tokens', () => {
    const [line] = tokenizerFor('typescript')(['a => b; c >>>= d ?? e;'])
    expect(line!.tokens.map(tokenKey)).toEqual([
      'wa',
      'p=>',
      'wb',
      'p;',
      'wc',
      'p>>>=',
      'wd',
      'p??',
      'we',
      'p;'
    ])
    const [again] = tokenizerFor('typescript')(['x; y => z'])
    expect(again!.tokens[1]).toBe(line!.tokens[3])
    expect(again!.tokens[3]).toBe(line!.tokens[1])
  })

  it('keeps keys right after the word table is cleared for room', () => {
    const tokenize = tokenizerFor('typescript')
    const words = Array.from({ length: 70_000 }, (_, i) => `name${i}`)
    const lines = tokenize(words)
    for (const k of [0, 65_535, 65_536, 69_999]) {
      expect(lines[k]!.tokens.map(tokenKey)).toEqual([`wname${k}`])
    }
    expect(tokenize(['name0'])[0]!.tokens.map(tokenKey)).toEqual(['wname0'])
  })
})

describe('both sides of a hunk at once', () => {
  // Pieces that open, close or continue comments, templates, strings, regexes and docstrings.
  const PIECES = [
    '/*',
    '*/',
    ' * doc',
    '`',
    '${',
    '}',
    '{',
    '/re/g',
    'a / b',
    '"str',
    "'c'",
    '"""',
    "'''",
    '// note',
    '# note',
    'x < /y/',
    'return',
    'f(x)',
    '    ',
    'value',
    '\\',
    '1.50',
    ';',
    'x'.repeat(2_100)
  ]
  const LANGUAGES: Language[] = [
    'javascript',
    'typescript',
    'python',
    'go',
    'java',
    'c-family',
    'hash',
    'text'
  ]

  it.each(LANGUAGES)('%s: each side reads as it does alone, context lines included', (language) => {
    let seed = 7
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return (seed >>> 8) % n
    }
    for (let run = 0; run < 400; run++) {
      const count = 1 + next(8)
      const lines: string[] = []
      const sides = new Uint8Array(count)
      for (let k = 0; k < count; k++) {
        let line = ''
        for (let p = next(4); p > 0; p--) line += PIECES[next(PIECES.length)] + ' '
        lines.push(line)
        sides[k] = [BOTH_SIDES, BOTH_SIDES, OLD_SIDE, NEW_SIDE][next(4)]
      }
      const read = hunkTokenizerFor(language)(lines, sides)
      const tokenize = tokenizerFor(language)
      expect(read.old).toEqual(tokenize(lines.filter((_, k) => sides[k] !== NEW_SIDE)))
      expect(read.new).toEqual(tokenize(lines.filter((_, k) => sides[k] !== OLD_SIDE)))
    }
  })
})

describe('comment words and long lines, read in one pass', () => {
  /** White space of every kind `\\s` matches, comment marks, and words. */
  const piece = fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u2003',
    '\u3000',
    '\ufeff',
    '\n',
    '*',
    '//',
    '#',
    '*/',
    'a',
    'word',
    'é',
    '#x',
    '1.5'
  )
  const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''))

  it('split at white space, comment marks dropped, single-spaced: as split and join would', () => {
    const reference = (raw: string) =>
      raw
        .split(/\s+/)
        .filter((word) => word !== '' && !/^[*/#]+$/.test(word))
        .join(' ')
    fc.assert(
      fc.property(text, fc.nat(8), fc.nat(8), (raw, a, b) => {
        expect(commentWords(raw)).toBe(reference(raw))
        const start = Math.min(a, raw.length)
        const end = Math.max(start, raw.length - b)
        expect(commentWordsIn(raw, start, end)).toBe(reference(raw.slice(start, end)))
      }),
      { numRuns: 2_000 }
    )
  })

  it('a long line is one token, its white space runs collapsed and its ends trimmed', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const line = 'x'.repeat(MAX_TOKENIZED_LINE) + raw
        expect(opaqueLine(line).tokens.map((t) => t.text)).toEqual([
          'L' + line.trim().replace(/\s+/g, ' ')
        ])
        expect(opaqueLine(raw + line).tokens[0].text).toBe(
          'L' + (raw + line).trim().replace(/\s+/g, ' ')
        )
      }),
      { numRuns: 500 }
    )
  })
})
