/**
 * Realistic reports for renderer and publisher tests: one agent PR (a pagination fix that also
 * reformats, renames and touches a deploy file) seen through each verdict, plus hostile and huge
 * variants. Every builder returns fresh objects, so a test may change what it gets.
 */
import type {
  Analysis,
  ApprovalRecord,
  ChangeSet,
  Finding,
  FindingEffect,
  GateReport,
  SplitPlan,
  TestAttemptRow,
  Verdict
} from '../../src/model.js'
import { RULE_IDS, type RuleId } from '../../src/analyze/catalogue.js'
import type { SarifRule } from '../../src/report/render/sarif.js'
import { changeSet as changeSetOf, churnedFile, pullRequest } from './change-set.js'

/** Contract 2.3's report keys in its order; the fields GateReport adds come after them. */
export const CONTRACT_KEYS = [
  'version',
  'verdict',
  'overridden',
  'approval',
  'complete',
  'incompleteReason',
  'score',
  'stats',
  'findings',
  'timingMs'
] as const

export const HEAD_SHA = '9fceb02d0ae598e95dc970b74767f19372d61af8'
export const BASE_SHA = '5d41402abc4b2a76b9719d911017c592ae1c5c3f'
export const TREE_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'

export function finding(rule: RuleId, overrides: Partial<Finding> = {}): Finding {
  return { rule, severity: 'warn', message: `${rule} finding`, ...overrides }
}

/** The findings of the pagination PR, before any verdict. */
export function paginationFindings(): Finding[] {
  return [
    finding('sensitive-path', {
      severity: 'block',
      message: 'Changes a deploy file (category deploy), which needs a human approval',
      path: 'deploy/k8s/api.yaml',
      line: 21,
      endLine: 24,
      category: 'deploy',
      why: 'Deploy manifests change what runs in production.',
      fix: 'Ask a maintainer to add the label agent-pr-gate/approve:deploy.'
    }),
    finding('test-skipped', {
      severity: 'block',
      message: 'Adds it.skip to "returns the last page"',
      path: 'test/pagination/page.test.ts',
      line: 88,
      why: 'A skipped test can hide the bug the change was meant to fix.',
      fix: 'Remove the skip, or explain it in the PR and get an approval.'
    }),
    finding('format-only', {
      message: 'Only layout changed in 3 hunks (indentation, quote style)',
      path: 'src/pagination/page.ts',
      line: 10,
      endLine: 40,
      lines: 30
    }),
    finding('rename-symbol', {
      message: 'Renames pageSize to perPage in 7 places',
      path: 'src/pagination/page.ts',
      line: 52,
      evidence: { from: 'pageSize', to: 'perPage', occurrences: 7 },
      lines: 7
    }),
    finding('rerun-to-green', {
      message: 'Tests failed then passed on the same tree without a code change (attempts 1, 2)',
      evidence: { attempts: [1, 2], flipped: ['pagination > last page'] }
    }),
    finding('file-rename', {
      severity: 'info',
      message: 'Renamed src/pagination/util.ts to src/pagination/paging.ts (similarity 100%)',
      path: 'src/pagination/paging.ts'
    })
  ]
}

export function paginationScore(): GateReport['score'] {
  return {
    value: 58,
    components: [
      { name: 'essential', lines: 26, explain: 'Behavioural lines inside the task scope' },
      { name: 'format-only', lines: 30, explain: 'Layout-only changes: indentation, quotes' },
      { name: 'rename-symbol', lines: 7, explain: 'pageSize renamed to perPage' }
    ]
  }
}

/** Hunks are 0-based indexes, as the minimality family reports them; renderers show them from 1. */
export function paginationSplitPlan(): SplitPlan {
  return {
    separate: [
      { path: 'src/pagination/page.ts', hunks: [1, 2, 3], reason: 'formatting and a rename' },
      { path: 'src/pagination/paging.ts', hunks: [], reason: 'file rename' }
    ],
    remaining: [
      { path: 'src/pagination/page.ts', hunks: [0] },
      { path: 'test/pagination/page.test.ts', hunks: [] }
    ]
  }
}

export function paginationTimeline(): TestAttemptRow[] {
  return [
    { attempt: 1, tree: TREE_SHA, status: 'failed', flipped: [], source: 'manifest' },
    {
      attempt: 2,
      tree: TREE_SHA,
      status: 'passed',
      flipped: ['pagination > last page'],
      source: 'manifest'
    }
  ]
}

export function approvalRecord(overrides: Partial<ApprovalRecord> = {}): ApprovalRecord {
  return {
    label: 'agent-pr-gate/approved',
    by: 'maintainer-mia',
    role: 'maintain',
    at: '2026-05-04T10:21:07Z',
    headSha: HEAD_SHA,
    covers: ['deploy', 'test-skipped'],
    ...overrides
  }
}

/**
 * Sets each finding's effect as decide + buildReport would for this report's mode, skip and
 * approval (an approval covers a finding by its category, else its rule).
 */
export function settle(report: GateReport): GateReport {
  const covered = (f: Finding) => report.approval?.covers.includes(f.category ?? f.rule) ?? false
  const effectOf = (f: Finding): FindingEffect => {
    if (f.severity === 'warn') return 'warning'
    if (f.severity === 'info') return 'info'
    if (report.skipped !== null && f.enforced !== true) return 'softened'
    if (covered(f)) return 'approved'
    return f.enforced === true || report.mode === 'enforce' ? 'blocking' : 'softened'
  }
  return { ...report, findings: report.findings.map((f) => ({ ...f, effect: effectOf(f) })) }
}

/** A report with every field set to the pagination PR's values; overrides win. */
export function report(overrides: Partial<GateReport> = {}): GateReport {
  return settle({
    version: 1,
    verdict: 'pass',
    mode: 'enforce',
    overridden: false,
    approval: null,
    complete: true,
    incompleteReason: null,
    score: paginationScore(),
    stats: { files: 4, additions: 71, deletions: 38 },
    findings: [],
    pr: { number: 412, url: 'https://github.com/acme/shop/pull/412', headSha: HEAD_SHA },
    skipped: null,
    notes: [],
    approvalNotes: [],
    splitPlan: null,
    testTimeline: null,
    apiCalls: 9,
    timingMs: { collect: 412.5, analyze: 38.2, report: 4.1 },
    ...overrides
  })
}

export function passReport(): GateReport {
  return report({
    score: { value: 100, components: [{ name: 'essential', lines: 12, explain: 'All in scope' }] },
    stats: { files: 2, additions: 10, deletions: 2 },
    findings: paginationFindings().filter((f) => f.severity === 'info')
  })
}

export function warnReport(): GateReport {
  return report({
    verdict: 'warn',
    findings: paginationFindings().filter((f) => f.severity !== 'block'),
    splitPlan: paginationSplitPlan(),
    testTimeline: paginationTimeline()
  })
}

export function failReport(): GateReport {
  return report({
    verdict: 'fail',
    findings: paginationFindings(),
    splitPlan: paginationSplitPlan(),
    testTimeline: paginationTimeline(),
    approvalNotes: [
      'The label agent-pr-gate/approved was added by github-actions[bot], a bot: it does not count.'
    ]
  })
}

/** The fail report after a maintainer's label covered both blocking findings. */
export function overriddenReport(): GateReport {
  return settle({
    ...failReport(),
    verdict: 'warn',
    overridden: true,
    approval: approvalRecord(),
    approvalNotes: []
  })
}

/** The same findings under `mode: warn`: the blocking ones are reported, not enforced. */
export function warnModeReport(): GateReport {
  return settle({
    ...failReport(),
    verdict: 'warn',
    mode: 'warn',
    approvalNotes: [],
    notes: ['Mode is warn: 2 blocking finding(s) reported as warnings.']
  })
}

export function incompleteReport(): GateReport {
  const reason = 'GitHub listed 3,000 files, its maximum; the pull request changes 3,412 files'
  return report({
    verdict: 'fail',
    complete: false,
    incompleteReason: reason,
    stats: { files: 3000, additions: 18_220, deletions: 9_004 },
    findings: [
      finding('incomplete-diff', {
        severity: 'block',
        message: `The gate could not see the whole change: ${reason}`,
        fix: 'Split the pull request, or run the CLI on a checkout.'
      })
    ]
  })
}

export function skippedReport(): GateReport {
  return report({
    skipped: 'The author octo-dev is not an agent and apply_to is agents',
    score: { value: 100, components: [] },
    findings: []
  })
}

/** Untrusted strings that try to break out of markdown, HTML, tables, code spans and terminals. */
export const HOSTILE = {
  imgPath: 'src/<img src=x onerror=alert(1)>.ts',
  pipePath: 'docs/a|b`c``d.md',
  linkMessage: 'click [here](javascript:alert(1)) or ![x](https://evil.example/x.png)',
  mention: 'ping @acme/security-team and @octocat about #12',
  detailsBreak: '</details><script>alert(1)</script>',
  newlines: 'line one\n\n# Injected heading\n| a | b |\n|---|---|',
  terminal: 'src/\u001b[31mred\u001b[0m\u001b]0;pwned\u0007/x\u0007\u0008.ts',
  autolink: 'see https://evil.example/phish and www.evil.example',
  /** The Actions runner reads a log line that starts with `::` (after spaces) as a command. */
  workflowCommand: '::error file=README.md,line=1::spoofed annotation'
} as const

export function hostileReport(): GateReport {
  return report({
    verdict: 'fail',
    approvalNotes: [HOSTILE.mention],
    notes: [HOSTILE.detailsBreak, HOSTILE.workflowCommand],
    skipped: null,
    findings: [
      finding('out-of-scope', {
        severity: 'block',
        message: HOSTILE.linkMessage,
        path: HOSTILE.imgPath,
        line: 3,
        why: HOSTILE.detailsBreak,
        fix: HOSTILE.mention
      }),
      finding('format-only', {
        message: HOSTILE.newlines,
        path: HOSTILE.pipePath,
        evidence: { '`key`': HOSTILE.pipePath, nested: { html: HOSTILE.imgPath } }
      }),
      finding('sensitive-path', {
        severity: 'block',
        message: HOSTILE.autolink,
        path: HOSTILE.terminal,
        line: 1,
        category: HOSTILE.mention
      })
    ],
    splitPlan: {
      separate: [{ path: HOSTILE.pipePath, hunks: [0], reason: HOSTILE.linkMessage }],
      remaining: [
        { path: HOSTILE.imgPath, hunks: [] },
        { path: HOSTILE.workflowCommand, hunks: [1] }
      ]
    },
    testTimeline: [
      {
        attempt: 1,
        tree: HOSTILE.detailsBreak,
        status: HOSTILE.newlines,
        flipped: [HOSTILE.pipePath],
        source: HOSTILE.mention
      }
    ]
  })
}

const MANY_RULES: readonly RuleId[] = [
  'format-only',
  'rename-symbol',
  'moved-code',
  'sensitive-path'
]

/** `count` findings over `count / 20` files, mixed severities, sorted as buildReport sorts them. */
export function manyFindingsReport(count: number): GateReport {
  const findings: Finding[] = []
  for (let i = 0; i < count; i++) {
    const rule = MANY_RULES[i % MANY_RULES.length]!
    findings.push(
      finding(rule, {
        severity: i % 97 === 0 ? 'block' : 'warn',
        message: `Finding ${i}: ${rule} in generated module ${i % 20}, 4 lines`,
        path: `src/generated/module-${String(Math.floor(i / 20)).padStart(6, '0')}.ts`,
        line: (i % 20) * 5 + 1,
        ...(rule === 'sensitive-path' ? { category: 'billing' } : {})
      })
    )
  }
  findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1))
  return report({
    verdict: 'fail',
    findings,
    stats: { files: Math.ceil(count / 20), additions: count * 4, deletions: 0 }
  })
}

/** A rule catalogue for every rule id, as a registry would describe it. */
export function ruleCatalog(): SarifRule[] {
  const blocking: readonly RuleId[] = [
    'secret-in-diff',
    'gate-config-change',
    'incomplete-diff',
    'out-of-scope'
  ]
  const off: readonly RuleId[] = ['explanation']
  return RULE_IDS.map((id) => ({
    id,
    defaultLevel: blocking.includes(id) ? 'block' : off.includes(id) ? 'off' : 'warn',
    summary: `Flags ${id.replace(/-/g, ' ')} in an agent's change`,
    ...(id === 'gate-config-change' ? { locked: true } : {})
  }))
}

export function changeSet(overrides: Partial<ChangeSet> = {}): ChangeSet {
  return changeSetOf(
    [
      churnedFile('src/pagination/page.ts', 52, 31),
      churnedFile('test/pagination/page.test.ts', 9, 2),
      churnedFile('deploy/k8s/api.yaml', 4, 1),
      churnedFile('src/pagination/paging.ts', 6, 4)
    ],
    {
      source: 'github',
      base: BASE_SHA,
      head: HEAD_SHA,
      pr: pullRequest({
        number: 412,
        title: 'Fix the off-by-one on the last page',
        body: 'Fixes #398: the last page dropped its final item.',
        appSlug: 'copilot-swe-agent',
        headRef: 'copilot/fix-last-page',
        headSha: HEAD_SHA,
        baseSha: BASE_SHA,
        url: 'https://github.com/acme/shop/pull/412',
        changedFiles: 4,
        additions: 71,
        deletions: 38
      }),
      ...overrides
    }
  )
}

export function analysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    findings: paginationFindings(),
    score: paginationScore(),
    splitPlan: paginationSplitPlan(),
    testTimeline: paginationTimeline(),
    ...overrides
  }
}

export function verdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    verdict: 'fail',
    mode: 'enforce',
    overridden: false,
    approval: null,
    blocking: paginationFindings().filter((f) => f.severity === 'block'),
    approved: [],
    skipped: null,
    notes: [],
    ...overrides
  }
}
