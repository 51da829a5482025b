import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseUnifiedDiff, type ParsedDiff } from '../../src/collect/diff-text.js'
import { DiffParseError } from '../../src/collect/errors.js'
import type { ChangedFile } from '../../src/model.js'
import { makeRepo, type TestRepo } from '../support/git-repo.js'
import { plainFiles, plainHunks } from '../support/plain-diff.js'

/** Lines a diff is made of, and a few that break it, for text that is almost a diff. */
const DIFF_LINE = fc.oneof(
  fc.constantFrom(
    'diff --git a/x b/x',
    'diff --git "a/caf\\303\\251" "b/caf\\303\\251"',
    'diff --git a/a b c/a b c',
    'diff --cc x',
    'diff -u x y',
    '--- a/x',
    '+++ b/x',
    '--- /dev/null',
    '+++ /dev/null',
    '@@ -1,2 +1,3 @@ f()',
    '@@ -1 +1 @@',
    '@@ -0,0 +0,0 @@',
    '@@@ -1 -1 +1 @@@',
    ' context',
    '+added',
    '-deleted',
    '',
    '\r',
    '\\ No newline at end of file',
    'new file mode 100644',
    'deleted file mode 100644',
    'old mode 100644',
    'new mode 100755',
    'index 0000000..e69de29',
    'index 1111111..2222222 100644',
    'similarity index 100%',
    'rename from x',
    'rename to "y\\377"',
    'copy from x',
    'copy to y',
    'Binary files a/x and b/x differ',
    'GIT binary patch',
    '"'
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 8 }).map((s) => `+${s}`),
  fc.string({ maxLength: 8 }).map((s) => `-${s}`),
  fc.string({ maxLength: 8 }).map((s) => ` ${s}`)
)

const ALMOST_A_DIFF = fc
  .tuple(fc.array(DIFF_LINE, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, final]) => lines.join(eol) + (final ? eol : ''))

/** Runs the parser and fails the property on anything but a result or a DiffParseError. */
function parseOrRefuse(text: string): ParsedDiff | null {
  try {
    return parseUnifiedDiff(text)
  } catch (error) {
    if (error instanceof DiffParseError) return null
    throw error
  }
}

/** What a diff cut short may report without a problem: a faithful start of the whole. */
function expectPrefixOf(part: ChangedFile[], whole: ChangedFile[]): void {
  expect(part.length).toBeLessThanOrEqual(whole.length)
  part.forEach((file, i) => {
    const full = whole[i]!
    if (i < part.length - 1) {
      expect(plainFiles([file])).toEqual(plainFiles([full]))
      return
    }
    expect({ ...file, hunks: [], additions: 0, deletions: 0 }).toEqual({
      ...full,
      hunks: [],
      additions: 0,
      deletions: 0
    })
    expect(plainHunks(file.hunks)).toEqual(plainHunks(full.hunks.slice(0, file.hunks.length)))
  })
}

describe('parseUnifiedDiff, properties', () => {
  let repo: TestRepo
  let diffs: string[]

  beforeAll(async () => {
    repo = await makeRepo()
    await repo.write('a.ts', Array.from({ length: 30 }, (_, i) => `a ${i}\n`).join(''))
    await repo.write('crlf.txt', 'x\r\ny\r\n')
    await repo.write('odd name é.txt', 'q\nr')
    await repo.write('bin', new Uint8Array([0, 1, 2]))
    await repo.write('moved.ts', 'same\n'.repeat(5))
    const base = await repo.commit('base')
    await repo.write(
      'a.ts',
      Array.from({ length: 30 }, (_, i) => `a ${i % 9 ? i : 'x'}\n`).join('')
    )
    await repo.write('crlf.txt', 'x\r\nz\r\n')
    await repo.write('odd name é.txt', 'q\ns')
    await repo.write('bin', new Uint8Array([0, 1, 3]))
    await repo.mv('moved.ts', 'lib/moved.ts')
    await repo.write('new.ts', 'n\n')
    await repo.chmod('new.ts', 0o755)
    const head = await repo.commit('head')
    diffs = [
      await repo.git('diff', '-M', base, head),
      await repo.git('diff', '-M', '--binary', '--no-prefix', base, head)
    ]
  })

  afterAll(async () => {
    await repo.cleanup()
  })

  it('returns or throws DiffParseError on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), ALMOST_A_DIFF), (text) => {
        parseOrRefuse(text)
      }),
      { numRuns: 500 }
    )
  })

  it('returns or throws DiffParseError on mutated real diffs', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: DIFF_LINE }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() })
    )
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (which, mutations) => {
          const lines = diffs[which]!.split('\n')
          for (const m of mutations) {
            const at = m.at % lines.length
            if (m.kind === 'delete') lines.splice(at, 1)
            else if (m.kind === 'duplicate') lines.splice(at, 0, lines[at]!)
            else if (m.kind === 'insert') lines.splice(at, 0, m.line)
            else {
              const to = m.to % lines.length
              ;[lines[at], lines[to]] = [lines[to]!, lines[at]!]
            }
          }
          parseOrRefuse(lines.join('\n'))
        }
      ),
      { numRuns: 500 }
    )
  })

  it('never reports a diff cut short as whole unless what it reports is a faithful start', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1 }), (which, where) => {
        const text = diffs[which]!
        const whole = parseUnifiedDiff(text)
        expect(whole.problems).toEqual([])
        const cut = parseOrRefuse(text.slice(0, Math.floor(where * text.length)))
        if (cut !== null && cut.problems.length === 0) expectPrefixOf(cut.files, whole.files)
      }),
      { numRuns: 500 }
    )
  })

  it('reports every cut that falls inside a hunk', () => {
    for (const text of diffs) {
      const lines = text.split('\n')
      let oldLeft = 0
      let newLeft = 0
      lines.forEach((line, i) => {
        const header = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(line)
        if (header !== null) {
          oldLeft = Number(header[1] ?? 1)
          newLeft = Number(header[2] ?? 1)
        } else if (line.startsWith('-')) oldLeft--
        else if (line.startsWith('+')) newLeft--
        else if (line.startsWith(' ')) {
          oldLeft--
          newLeft--
        }
        if (oldLeft + newLeft > 0) {
          const cut = parseUnifiedDiff(`${lines.slice(0, i + 1).join('\n')}\n`)
          expect(cut.problems).not.toEqual([])
        }
      })
    }
  })
})
