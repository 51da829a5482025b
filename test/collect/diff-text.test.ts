import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseUnifiedDiff } from '../../src/collect/diff-text.js'
import { DiffParseError } from '../../src/collect/errors.js'
import type { ChangedFile } from '../../src/model.js'
import { makeRepo, type TestRepo } from '../support/git-repo.js'
import { plainFiles, plainHunks } from '../support/plain-diff.js'

/** The parse as plain data, to compare with another parse of the same change. */
function plainParse(text: string): { files: object[]; problems: string[] } {
  const { files, problems } = parseUnifiedDiff(text)
  return { files: plainFiles(files), problems }
}

const SPECIAL = 'tab\there "q" back\\slash.txt'

/** A base and a head commit with one change of every kind the normalizer knows. */
async function kitchenSink(repo: TestRepo): Promise<{ base: string; head: string }> {
  const numbered = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`)
  await repo.write('src/multi.ts', `${numbered.join('\n')}\n`)
  await repo.write('src/move me.ts', 'export const moved = 1\n'.repeat(8))
  await repo.write('src/edit and move.ts', Array.from({ length: 12 }, (_, i) => `v${i}\n`).join(''))
  await repo.write('src/source.ts', Array.from({ length: 12 }, (_, i) => `copy ${i}\n`).join(''))
  await repo.write('gone.txt', 'bye\n')
  await repo.write('run.sh', 'echo hi\n')
  await repo.write('logo.png', new Uint8Array([137, 80, 78, 71, 0, 1, 2, 3]))
  await repo.write('docs/café.md', 'bonjour\n')
  await repo.write(SPECIAL, 'q\n')
  await repo.write('no-eol.txt', 'a\nb')
  await repo.write('crlf.txt', 'one\r\ntwo\r\nthree\r\n')
  const base = await repo.commit('base')
  const edited = [...numbered]
  edited[1] = 'line 2 changed'
  edited.splice(20, 1)
  edited.push('line 41')
  await repo.write('src/multi.ts', `${edited.join('\n')}\n`)
  await repo.mv('src/move me.ts', 'lib/moved here.ts')
  await repo.mv('src/edit and move.ts', 'lib/edited.ts')
  await repo.write(
    'lib/edited.ts',
    Array.from({ length: 12 }, (_, i) => `v${i === 5 ? 'X' : i}\n`).join('')
  )
  await repo.write('src/copy.ts', Array.from({ length: 12 }, (_, i) => `copy ${i}\n`).join(''))
  await repo.rm('gone.txt')
  await repo.write('added.ts', 'export {}\n')
  await repo.write('empty.txt', '')
  await repo.chmod('run.sh', 0o755)
  await repo.write('logo.png', new Uint8Array([137, 80, 78, 71, 0, 9, 9, 9]))
  await repo.write('docs/café.md', 'bonjour\nsalut\n')
  await repo.write(SPECIAL, 'r\n')
  await repo.write('no-eol.txt', 'a\nc')
  await repo.write('crlf.txt', 'one\r\n2\r\nthree\r\n')
  const head = await repo.commit('head')
  return { base, head }
}

function byPath(files: ChangedFile[]): Map<string, ChangedFile> {
  return new Map(files.map((f) => [f.path, f]))
}

/** Every line the diff shows sits at its line number in the old or new file. */
async function expectLinesAt(
  repo: TestRepo,
  refs: { base: string; head: string },
  file: ChangedFile
) {
  const show = async (ref: string, path: string | null) =>
    path === null ? [] : (await repo.git('show', `${ref}:${path}`)).split('\n')
  const before = await show(refs.base, file.status === 'added' ? null : file.oldPath)
  const after = await show(refs.head, file.status === 'deleted' ? null : file.path)
  for (const line of file.hunks.flatMap((h) => h.lines)) {
    const text = `${line.content}${line.crlf ? '\r' : ''}`
    if (line.oldLine !== null) expect(before[line.oldLine - 1]).toBe(text)
    if (line.newLine !== null) expect(after[line.newLine - 1]).toBe(text)
  }
}

describe('parseUnifiedDiff on git output', () => {
  let repo: TestRepo
  let refs: { base: string; head: string }
  let files: ChangedFile[]

  beforeAll(async () => {
    repo = await makeRepo()
    refs = await kitchenSink(repo)
    const parsed = parseUnifiedDiff(await repo.git('diff', '-M', '-C', '-C', refs.base, refs.head))
    expect(parsed.problems).toEqual([])
    files = parsed.files
  })

  afterAll(async () => {
    await repo.cleanup()
  })

  it('reads every kind of change', () => {
    const summary = files.map((f) => [f.status, f.oldPath, f.path, f.binary])
    expect(summary).toEqual(
      expect.arrayContaining([
        ['modified', 'src/multi.ts', 'src/multi.ts', false],
        ['renamed', 'src/move me.ts', 'lib/moved here.ts', false],
        ['renamed', 'src/edit and move.ts', 'lib/edited.ts', false],
        ['copied', 'src/source.ts', 'src/copy.ts', false],
        ['deleted', 'gone.txt', 'gone.txt', false],
        ['added', null, 'added.ts', false],
        ['added', null, 'empty.txt', false],
        ['modified', 'run.sh', 'run.sh', false],
        ['modified', 'logo.png', 'logo.png', true],
        ['modified', 'docs/café.md', 'docs/café.md', false],
        ['modified', SPECIAL, SPECIAL, false],
        ['modified', 'no-eol.txt', 'no-eol.txt', false],
        ['modified', 'crlf.txt', 'crlf.txt', false]
      ])
    )
    expect(files).toHaveLength(13)
  })

  it('reads similarity, modes and counts', () => {
    const files_ = byPath(files)
    expect(files_.get('lib/moved here.ts')).toMatchObject({ similarity: 100, hunks: [] })
    expect(files_.get('lib/edited.ts')!.similarity).toBeLessThan(100)
    expect(files_.get('run.sh')).toMatchObject({ oldMode: '100644', newMode: '100755', hunks: [] })
    expect(files_.get('empty.txt')).toMatchObject({ newMode: '100644', hunks: [] })
    expect(files_.get('src/multi.ts')).toMatchObject({ additions: 2, deletions: 2 })
    expect(files_.get('src/multi.ts')!.hunks).toHaveLength(3)
    expect(files_.get('gone.txt')).toMatchObject({ additions: 0, deletions: 1 })
  })

  it('puts every line at its exact line number', async () => {
    for (const file of files.filter((f) => !f.binary)) await expectLinesAt(repo, refs, file)
  })

  it('marks CRLF lines and a missing newline at the end of a file', () => {
    const crlf = byPath(files).get('crlf.txt')!.hunks[0]!.lines
    expect(crlf.every((l) => l.crlf)).toBe(true)
    const noEol = byPath(files).get('no-eol.txt')!.hunks[0]!.lines
    expect(noEol.map((l) => [l.kind, l.content, l.noNewlineAtEof])).toEqual([
      ['context', 'a', false],
      ['del', 'b', true],
      ['add', 'c', true]
    ])
  })

  it('reads the same files whatever the prefixes', async () => {
    for (const flags of [
      ['--no-prefix'],
      ['--src-prefix=c/', '--dst-prefix=i/'],
      ['--src-prefix=old/', '--dst-prefix=new/']
    ]) {
      const text = await repo.git('diff', '-M', '-C', '-C', ...flags, refs.base, refs.head)
      expect(plainParse(text)).toEqual({ files: plainFiles(files), problems: [] })
    }
  })

  it('reads paths raw when git does not quote them', async () => {
    const text = await repo.git('-c', 'core.quotePath=false', 'diff', '-M', refs.base, refs.head)
    expect(parseUnifiedDiff(text).files.map((f) => f.path)).toContain('docs/café.md')
  })

  it('reads binary patches', async () => {
    const text = await repo.git('diff', '--binary', '-M', '-C', '-C', refs.base, refs.head)
    expect(plainParse(text)).toEqual({ files: plainFiles(files), problems: [] })
  })

  it('reads git format-patch output, mail headers and signature around the diff', async () => {
    const text = await repo.git(
      'format-patch',
      '--stdout',
      '-M',
      '-C',
      '-C',
      `${refs.base}..${refs.head}`
    )
    expect(text).toMatch(/^From [0-9a-f]{40} /)
    expect(plainParse(text)).toEqual({ files: plainFiles(files), problems: [] })
  })

  it('reads a diff saved with CRLF line ends, keeping CRLF files apart', async () => {
    const text = await repo.git('diff', '-M', '-C', '-C', refs.base, refs.head)
    const saved = text.replace(/\n/g, '\r\n')
    expect(plainParse(saved)).toEqual({ files: plainFiles(files), problems: [] })
  })
})

describe('parseUnifiedDiff on a series of patches', () => {
  it('reads every patch of a format-patch series, mail between them', async () => {
    const repo = await makeRepo()
    try {
      await repo.write('a.txt', 'a\n')
      await repo.write('b.bin', new Uint8Array([0, 1]))
      const base = await repo.commit('base')
      await repo.write('a.txt', 'a\nA\n')
      await repo.write('b.bin', new Uint8Array([0, 2]))
      await repo.commit('first')
      await repo.write('c.txt', 'c\n')
      await repo.commit('second')
      const text = await repo.git('format-patch', '--stdout', `${base}..HEAD`)
      const { files, problems } = parseUnifiedDiff(text)
      expect(problems).toEqual([])
      expect(files.map((f) => [f.path, f.status, f.binary, f.additions])).toEqual([
        ['a.txt', 'modified', false, 1],
        ['b.bin', 'modified', true, 0],
        ['c.txt', 'added', false, 1]
      ])
    } finally {
      await repo.cleanup()
    }
  })
})

describe('parseUnifiedDiff, input it refuses or flags', () => {
  it('returns no files for empty or blank text', () => {
    expect(parseUnifiedDiff('')).toEqual({ files: [], problems: [] })
    expect(parseUnifiedDiff(' \n\t\n')).toEqual({ files: [], problems: [] })
  })

  it('throws DiffParseError on binary input', () => {
    const run = () => parseUnifiedDiff('diff --git a/x b/x\n\0PNG')
    expect(run).toThrow(DiffParseError)
    expect(run).toThrow(/NUL byte at offset 19.*"git diff" or "gh pr diff"/)
  })

  it('throws DiffParseError naming the line count on text with no diff in it', () => {
    const text = Array.from({ length: 12 }, (_, i) => `just some prose ${i}`).join('\n')
    expect(() => parseUnifiedDiff(text)).toThrow(
      new DiffParseError(
        '--diff input is not a unified diff: no "diff --git", "---/+++" or "@@" header found in ' +
          '12 lines; pass the output of "git diff" or "gh pr diff"'
      )
    )
    expect(() => parseUnifiedDiff('diff is a tool\n')).toThrow(DiffParseError)
  })

  it('flags a diff whose last line has no line break', () => {
    const text =
      'diff --git a/x b/x\nindex 1111111..2222222 100644\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b'
    expect(parseUnifiedDiff(text).problems).toEqual([
      'the diff does not end with a line break, so its last line may be cut short'
    ])
  })
})

describe('parseUnifiedDiff on large diffs', () => {
  const header = (i: number) =>
    `diff --git a/f${i}.ts b/f${i}.ts\nindex 1111111..2222222 100644\n--- a/f${i}.ts\n+++ b/f${i}.ts\n`
  const hunk = (at: number) =>
    `@@ -${at},3 +${at},3 @@ section ${at}\n ctx ${at}\n-old ${'x'.repeat(40)} ${at}\n+new ${'y'.repeat(40)} ${at}\n ctx ${at + 2}\n`

  it('reads many files the same as it reads each alone', () => {
    const parts = Array.from({ length: 1200 }, (_, i) => header(i) + hunk(1) + hunk(10))
    const whole = parseUnifiedDiff(parts.join(''))
    expect(whole.problems).toEqual([])
    expect(plainFiles(whole.files)).toEqual(
      plainFiles(parts.flatMap((part) => parseUnifiedDiff(part).files))
    )
  })

  it('reads one huge file the same as it reads each hunk alone', () => {
    const hunks = Array.from({ length: 3000 }, (_, i) => hunk(1 + i * 10))
    const whole = parseUnifiedDiff(header(0) + hunks.join(''))
    expect(whole.problems).toEqual([])
    expect(whole.files).toHaveLength(1)
    const alone = hunks.flatMap((h) => parseUnifiedDiff(header(0) + h).files[0]!.hunks)
    expect(plainHunks(whole.files[0]!.hunks)).toEqual(plainHunks(alone))
    expect(whole.files[0]).toMatchObject({ additions: 3000, deletions: 3000 })
  })

  it('still finds a hunk cut short in the middle of a huge diff', () => {
    const hunks = Array.from({ length: 3000 }, (_, i) => hunk(1 + i * 10))
    hunks[2500] = hunks[2500]!.split('\n').slice(0, 3).join('\n') + '\n'
    const { files, problems } = parseUnifiedDiff(header(0) + hunks.join(''))
    expect(problems).toEqual([
      'f0.ts: hunk @@ -25001,3 +25001,3 @@ ends after 1 of 3 new lines: the diff is truncated'
    ])
    expect(files[0]!.hunks).toHaveLength(3000)
  })
})
