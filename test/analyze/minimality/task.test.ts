import { describe, expect, it } from '@jest/globals'
import { analyze } from '../../../src/analyze/index.js'
import { RULES } from '../../../src/analyze/catalogue.js'
import { readFileSync } from 'node:fs'
import { kindsStated, TASK_PREFIXES, TASK_WORDS } from '../../../src/analyze/minimality/task.js'
import type { Finding } from '../../../src/model.js'
import { diffOf, inputOf } from './diff-of.js'
import type { FileChange, InputOptions } from './diff-of.js'

function gate(changes: readonly FileChange[], options?: InputOptions) {
  return analyze(inputOf(diffOf(changes), options))
}

const loud = (findings: readonly Finding[]) => findings.filter((f) => f.severity !== 'info')
const MINIMALITY = new Set<string>(
  RULES.filter((rule) => rule.family === 'minimality' && rule.id !== 'out-of-scope').map(
    (rule) => rule.id
  )
)
const minimality = (findings: readonly Finding[]) => findings.filter((f) => MINIMALITY.has(f.rule))

/** A Black run: long calls wrapped, quotes normalized; nothing else changes. */
const blackRun: FileChange = {
  path: 'app/report.py',
  before: [
    'def total(rows):',
    "    return sum(row['amount'] for row in rows if row['status'] == 'paid' and row['currency'] == 'EUR')",
    '',
    'def label(row):',
    "    return '%s (%s)' % (row['name'], row['id'])",
    ''
  ].join('\n'),
  after: [
    'def total(rows):',
    '    return sum(',
    '        row["amount"]',
    '        for row in rows',
    '        if row["status"] == "paid" and row["currency"] == "EUR"',
    '    )',
    '',
    'def label(row):',
    '    return "%s (%s)" % (row["name"], row["id"])',
    ''
  ].join('\n')
}

const typoFix: FileChange[] = [
  {
    path: 'src/cache.ts',
    before:
      '// Evicts the oldets entry when the cache is ful.\nexport const evict = (c: Cache) => c.pop()\n',
    after:
      '// Evicts the oldest entry when the cache is full.\nexport const evict = (c: Cache) => c.pop()\n'
  },
  {
    path: 'src/queue.ts',
    before: '/** Retruns the next job. */\nexport const next = (q: Queue) => q.shift()\n',
    after: '/** Returns the next job. */\nexport const next = (q: Queue) => q.shift()\n'
  }
]

const fix: FileChange = {
  path: 'src/page.ts',
  before: 'export const pages = (n: number, size: number) => Math.floor(n / size)\n',
  after: 'export const pages = (n: number, size: number) => Math.ceil(n / size)\n'
}

const prettier: FileChange = {
  path: 'src/util.ts',
  before: "export const a = 'x';\nexport const b = 'y';\nexport const c = 'z';\n",
  after: 'export const a = "x"\nexport const b = "y"\nexport const c = "z"\n'
}

describe('a PR that is all one kind of work is doing that task', () => {
  it('a whole-file Black run is a formatting-only PR: info, score 100, never low-minimality', () => {
    const { findings, score } = gate([blackRun])
    const format = findings.filter((f) => f.rule === 'format-only')
    expect(format.length).toBeGreaterThan(0)
    for (const f of format) {
      expect(f.severity).toBe('info')
      expect(f.message).toContain('a formatting-only PR')
      expect(f.evidence).toMatchObject({ requested: true, task: 'a formatting-only PR' })
    }
    expect(score.value).toBe(100)
    expect(findings.some((f) => f.rule === 'low-minimality')).toBe(false)
    expect(loud(findings)).toEqual([])
  })

  it('a typo fix in comments across files is a comment-only PR', () => {
    const { findings, score } = gate(typoFix)
    expect(minimality(findings)).toHaveLength(2)
    for (const f of minimality(findings)) {
      expect(f).toMatchObject({ rule: 'comment-only', severity: 'info' })
      expect(f.message).toContain('a comment-only PR')
    }
    expect(score.value).toBe(100)
  })

  it('a lockfile regenerated alone is a regenerated-files-only PR, not low minimality', () => {
    const lock: FileChange = {
      path: 'yarn.lock',
      before: 'left-pad@^1.3.0:\n  version "1.3.0"\n',
      after: 'left-pad@^1.3.0:\n  version "1.3.1"\n'
    }
    const { findings } = gate([lock])
    expect(minimality(findings)).toEqual([
      expect.objectContaining({ rule: 'generated-churn', severity: 'info' })
    ])
    expect(minimality(findings)[0]!.message).toContain('a regenerated-files-only PR')
  })

  it('prose docs with docstring edits are a documentation-only PR', () => {
    const docs: FileChange[] = [
      {
        path: 'docs/streaming.rst',
        before: 'Stream a response.\n',
        after: 'Stream a response.\nSet headers first.\n'
      },
      {
        path: 'src/stream.py',
        before: 'def stream(gen):\n    """Stream it."""\n    return gen\n',
        after:
          'def stream(gen):\n    """Stream it. Set headers before the first chunk."""\n    return gen\n'
      }
    ]
    const { findings } = gate(docs)
    expect(loud(findings)).toEqual([])
    expect(findings.find((f) => f.rule === 'comment-only')!.message).toContain(
      'a documentation-only PR'
    )
  })

  it('a PR with one behavioural line is not a single-kind PR', () => {
    const { findings } = gate([prettier, fix])
    const format = findings.find((f) => f.rule === 'format-only')!
    expect(format.evidence).toMatchObject({ requested: false })
    expect(format.message).not.toContain('PR:')
    expect(findings.find((f) => f.rule === 'low-minimality')).toMatchObject({ severity: 'block' })
  })
})

describe('the PR title and commit subjects state the task when there is no manifest', () => {
  it('style: in the title allows the formatting mixed into a fix', () => {
    const { findings, score } = gate([prettier, fix], { title: 'style: run prettier on utils' })
    const format = findings.find((f) => f.rule === 'format-only')!
    expect(format.severity).toBe('info')
    expect(format.message).toContain('Allowed by the task stated in "style:" in the PR title.')
    expect(score.value).toBe(100)
    expect(findings.some((f) => f.rule === 'low-minimality')).toBe(false)
  })

  it('reads commit subjects too, and only their first line', () => {
    const viaSubject = gate([prettier, fix], { commits: ['Run prettier\n\nAlso fix paging.'] })
    expect(viaSubject.findings.find((f) => f.rule === 'format-only')!.message).toContain(
      '"prettier" in a commit subject'
    )
    const inBody = gate([prettier, fix], { commits: ['Fix paging\n\nthen run prettier'] })
    expect(inBody.findings.find((f) => f.rule === 'format-only')!.severity).not.toBe('info')
  })

  it("a manifest's task.allow wins over the title", () => {
    const { findings } = gate([prettier, fix], { allow: ['deps'], title: 'style: prettier' })
    expect(findings.find((f) => f.rule === 'format-only')!.evidence).toMatchObject({
      requested: false
    })
  })

  it('a title allows only minimality kinds: risk findings keep their level', () => {
    const workflow: FileChange = {
      path: '.github/workflows/ci.yml',
      before: 'on: push\njobs: {}\n',
      after: 'on: push\njobs: {}\npermissions: write-all\n'
    }
    const { findings } = gate([workflow], { title: 'refactor: tidy CI' })
    expect(loud(findings).length).toBeGreaterThan(0)
  })

  it.each([
    ['style: apply black', ['format']],
    ['chore: format', ['format']],
    ['Run prettier', ['format']],
    ['fix lint warnings', ['format']],
    ['refactor(api): extract the pager', ['refactor', 'move']],
    ['Rename fetchUser to loadUser', ['rename']],
    ['docs: fix typo', ['comments']],
    ['fix typo', ['comments']],
    ['Bump lodash from 4.17.20 to 4.17.21', ['deps']],
    ['chore(deps): update dependency jsdom to v30', ['deps']],
    ['build(deps-dev): update vitest', ['deps']],
    ['Regenerate the protobuf stubs', ['generated']],
    ['feat: add a date format option', []],
    ['feat(ui): move the button', []],
    ['Fix pagination off-by-one', []],
    ['Update page.ts', []]
  ])('%s states %j', (title, kinds) => {
    expect([...kindsStated(title).keys()].sort()).toEqual([...kinds].sort())
  })

  it('reads a bounded prefix of a long title, in linear time', () => {
    expect(kindsStated(`${'a '.repeat(150)}prettier`).size).toBe(0)
    const long = `style:${'x'.repeat(1_000_000)}`
    const started = performance.now()
    expect([...kindsStated(long).keys()]).toEqual(['format'])
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('ignores prototype names in a title', () => {
    expect(kindsStated('constructor: __proto__ toString').size).toBe(0)
  })
})

describe('docs/defaults.md', () => {
  it('lists exactly the words and prefixes that state each kind', () => {
    const doc = readFileSync(new URL('../../../docs/defaults.md', import.meta.url), 'utf8')
    const rows = new Map(
      doc
        .split('\n')
        .map((line) => line.split('|').map((cell) => cell.trim()))
        .filter((cells) => cells.length === 6)
        .map((cells) => [cells[1]!, cells])
    )
    for (const [kind, words] of Object.entries(TASK_WORDS)) {
      if (words.length === 0) continue
      const listed = rows.get(kind)![4]!.split(', ')
      expect(listed).toEqual(words)
    }
    for (const [prefix, kind] of TASK_PREFIXES) {
      expect(rows.get(kind)![3]).toContain(`\`${prefix}:\``)
    }
  })
})
