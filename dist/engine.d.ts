/**
 * The domain model shared by every stage: collect builds a ChangeSet, analyze turns it into
 * Findings, decide turns those into a Verdict, report renders a GateReport. Plain data (no
 * functions, no Dates: ISO strings instead), with one exception: a `Hunk` read from a diff is a
 * class over a shared line table, see `Hunk`.
 */
/** A configured level for a rule; `info` reports without warning (a rule's quiet default). */
type Level = 'off' | 'info' | 'warn' | 'block';
/** A finding's severity after the configured level is applied. `info` never affects the verdict. */
type Severity = 'block' | 'warn' | 'info';
type LineKind = 'add' | 'del' | 'context';
interface DiffLine {
    kind: LineKind;
    /** The line's text without the leading `+`, `-` or space, and without a trailing CR. */
    content: string;
    /** Line number in the old file (del and context lines). */
    oldLine: number | null;
    /** Line number in the new file (add and context lines). */
    newLine: number | null;
    /** The line ended with CRLF in the diff. */
    crlf: boolean;
    /** `\ No newline at end of file` followed this line. */
    noNewlineAtEof: boolean;
}
interface Hunk {
    oldStart: number;
    oldLines: number;
    newStart: number;
    newLines: number;
    /** The text after the second `@@` (often the enclosing function), may be empty. */
    section: string;
    /**
     * Every line of the hunk. A hunk read from a diff is a class (`PackedHunk` in packed-lines)
     * that makes these on first use, in a getter: spreading it (`{ ...hunk }`) or
     * `Object.keys` loses `lines`; `JSON.stringify` keeps them (it has a `toJSON`).
     */
    readonly lines: readonly DiffLine[];
}
type FileStatus = 'added' | 'deleted' | 'modified' | 'renamed' | 'copied';
interface ChangedFile {
    /** The path after the change (the old path for a deleted file), repository-relative, `/`-separated. */
    path: string;
    /** The path before the change: differs from `path` for renames and copies; null for added files. */
    oldPath: string | null;
    status: FileStatus;
    binary: boolean;
    /** Rename/copy similarity index, 0-100, when the source reports one. */
    similarity: number | null;
    oldMode: string | null;
    newMode: string | null;
    additions: number;
    deletions: number;
    hunks: Hunk[];
    /** The source omitted this file's patch (GitHub does for large files): the lines are unknown. */
    patchMissing: boolean;
}
interface Actor {
    login: string;
    /** GitHub's account type: `User`, `Bot`, `Organization`, `Mannequin`. */
    type: string;
}
interface PullRequestInfo {
    owner: string;
    repo: string;
    number: number;
    title: string;
    body: string;
    author: Actor;
    /** Slug of the GitHub App that opened the PR, when one did (`performed_via_github_app`). */
    appSlug: string | null;
    headRef: string;
    baseRef: string;
    headSha: string;
    baseSha: string;
    labels: string[];
    draft: boolean;
    url: string;
    /** Totals reported by `pulls.get`, used to detect silent truncation. */
    changedFiles: number;
    additions: number;
    deletions: number;
}
interface CommitInfo {
    sha: string;
    message: string;
    authorLogin: string | null;
    authorEmail: string | null;
}
/** One check run on the head SHA, as `checks.listForRef` (filter=all) reports it. */
interface CheckRunRecord {
    id: number;
    name: string;
    status: string;
    conclusion: string | null;
    startedAt: string | null;
    completedAt: string | null;
    appSlug: string | null;
}
interface WorkflowRunAttempt {
    attempt: number;
    conclusion: string | null;
    startedAt: string | null;
}
/** One workflow run on the head SHA with its attempts (the attempts API may be unavailable). */
interface WorkflowRunRecord {
    id: number;
    name: string;
    runAttempt: number;
    conclusion: string | null;
    attempts: WorkflowRunAttempt[];
}
interface JUnitReportText {
    path: string;
    xml: string;
}
interface CiHistory {
    checkRuns: CheckRunRecord[];
    workflowRuns: WorkflowRunRecord[];
    junit: JUnitReportText[];
    /** What could not be read and what the analysis fell back to. */
    notes: string[];
}
interface ManifestProblem {
    /** JSON pointer into the manifest, `""` for the whole document. */
    pointer: string;
    message: string;
}
interface ManifestAgent {
    name: string;
    model?: string;
    run_id?: string;
    log_url?: string;
}
/** What the human explicitly permitted beyond the task itself. */
type TaskAllowance = 'refactor' | 'format' | 'deps' | 'tests' | 'config' | 'rename' | 'move';
interface ManifestTask {
    id?: string;
    request: string;
    scope?: {
        paths: string[];
    };
    allow?: TaskAllowance[];
}
interface ManifestAction {
    seq: number;
    tool: string;
    summary?: string;
    at?: string;
    outcome?: 'ok' | 'error' | 'skipped';
    paths?: string[];
}
interface ManifestTestAttempt {
    attempt: number;
    command: string;
    /** The git tree SHA the attempt ran on (no code change between attempts => same tree). */
    tree?: string;
    /** The commit SHA the attempt ran on, when the agent had committed. */
    commit?: string;
    status: 'passed' | 'failed' | 'error' | 'skipped';
    failed?: string[];
    passed?: string[];
    at?: string;
    exit_code?: number;
    duration_ms?: number;
    /** Written by `agent-pr-gate record` (still a claim: the manifest is the agent's file). */
    recorded_by?: 'agent-pr-gate record';
}
interface ContextSnapshot {
    version: number;
    at?: string;
    summary?: string;
    source_refs: string[];
    diffs?: string[];
    /** Index into `actions` (seq) after which the snapshot was taken, when known. */
    after_action?: number;
}
interface RunManifest {
    schema: 'agent-run/v1';
    agent: ManifestAgent;
    task: ManifestTask;
    actions?: ManifestAction[];
    tests?: ManifestTestAttempt[];
    context_snapshots?: ContextSnapshot[];
    /** Files the agent says it changed after its last snapshot, with the refs it read for each. */
    changes?: {
        path: string;
        after_snapshot?: number;
    }[];
}
type ManifestState = {
    status: 'absent';
} | {
    status: 'present';
    source: string;
    manifest: RunManifest;
} | {
    status: 'invalid';
    source: string;
    problems: ManifestProblem[];
};
type ChangeSource = 'git' | 'diff' | 'github';
interface ChangeSet {
    source: ChangeSource;
    /** Base and head as the source names them (SHAs or refs), null for a bare diff. */
    base: string | null;
    head: string | null;
    files: ChangedFile[];
    /** False when the source could not deliver the whole change (see incompleteReason). */
    complete: boolean;
    incompleteReason: string | null;
    pr: PullRequestInfo | null;
    commits: CommitInfo[];
    manifest: ManifestState;
    ci: CiHistory | null;
    /** The base tree's `.gitattributes`, when it could be read. */
    gitattributes: string | null;
    /** The head commit's tree id, when the source knows it (local git): test attempts name trees. */
    headTree?: string | null;
}
interface Finding {
    /** A rule id of the catalogue (analyze/catalogue.ts: RuleId narrows it). */
    rule: string;
    severity: Severity;
    message: string;
    path?: string;
    line?: number;
    endLine?: number;
    /** Sensitive-path category (and the category an approval label must name). */
    category?: string;
    evidence?: Record<string, unknown>;
    /** Why a reviewer should care, one line. */
    why?: string;
    /** How to resolve it, one line. */
    fix?: string;
    /** How a human approves it with a label: renderers show it only while the finding blocks. */
    approve?: string;
    /** Blocks in every mode (the gate's own config, its workflow): the mode cannot soften it. */
    enforced?: boolean;
    /** Changed lines this finding accounts for (the minimality score counts them as noise). */
    lines?: number;
    /** What the decision did with it; set on the report's findings by buildReport. */
    effect?: FindingEffect;
}
/**
 * blocking: stops the merge; approved: would block, an approval covers it; softened: would
 * block, but the mode (or a skipped change) only reports it; warning and info never block.
 */
type FindingEffect = 'blocking' | 'approved' | 'softened' | 'warning' | 'info';
interface ScoreComponent {
    name: string;
    lines: number;
    explain: string;
}
interface MinimalityScore {
    value: number;
    components: ScoreComponent[];
}
/**
 * Which parts of the change belong in a separate PR (refactors, formatting) and what remains.
 * `hunks` are 0-based indexes into the file's `hunks`; empty means the whole file.
 */
interface SplitPlan {
    separate: {
        path: string;
        hunks: number[];
        reason: string;
    }[];
    remaining: {
        path: string;
        hunks: number[];
        mixed?: MixedHunk[];
    }[];
}
/** A remaining hunk that also holds refactor lines: `lines` index `Hunk.lines`. */
interface MixedHunk {
    hunk: number;
    lines: number[];
    reason: string;
}
interface TestAttemptRow {
    attempt: number;
    tree: string | null;
    status: string;
    flipped: string[];
    source: string;
}
interface Analysis {
    findings: Finding[];
    score: MinimalityScore;
    splitPlan: SplitPlan | null;
    testTimeline: TestAttemptRow[] | null;
}
type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin';
interface ApprovalGrant {
    label: string;
    by: string;
    role: Role;
    /** Server-side time the label was applied (ISO). */
    at: string;
    headSha: string;
    /** `all` for the general label, else the one category a category label approves. */
    covers: 'all' | {
        category: string;
    };
}
/** The label override as collect verified it; decide only reads it. */
interface Approval {
    grants: ApprovalGrant[];
    /** Plain lines saying why a label did not count and what to do. */
    rejections: string[];
}
declare const NO_APPROVAL: Approval;
type Mode = 'enforce' | 'warn' | 'observe';
type VerdictValue = 'pass' | 'warn' | 'fail';
interface ApprovalRecord {
    label: string;
    by: string;
    role: Role;
    at: string;
    headSha: string;
    covers: string[];
}
interface Verdict {
    verdict: VerdictValue;
    mode: Mode;
    overridden: boolean;
    approval: ApprovalRecord | null;
    /** Findings that block the merge after mode and approval. */
    blocking: Finding[];
    /** Findings that would have blocked but an approval covered. */
    approved: Finding[];
    /** Why the gate skipped the PR (for example: not agent-authored), else null. */
    skipped: string | null;
    notes: string[];
}
interface TimingMs {
    collect: number;
    analyze: number;
    report: number;
}
/** JSON report, contract 2.3 of the architecture. */
/** Which base a local-git run diffed against, and how it was chosen. */
interface BaseChoice {
    /** The ref as given or found, such as `origin/HEAD` or `main`. */
    ref: string;
    /** The merge-base of that ref and the head: where the diff starts. */
    sha: string;
    /** `given`: from --base; `default`: the default branch, found because --base was absent. */
    how: 'given' | 'default';
    headRef: string;
    headSha: string;
}
interface GateReport {
    version: 1;
    verdict: VerdictValue;
    mode: Mode;
    overridden: boolean;
    approval: ApprovalRecord | null;
    complete: boolean;
    incompleteReason: string | null;
    score: MinimalityScore;
    stats: {
        files: number;
        additions: number;
        deletions: number;
    };
    findings: Finding[];
    pr: {
        number: number;
        url: string;
        headSha: string;
    } | null;
    skipped: string | null;
    notes: string[];
    approvalNotes: string[];
    splitPlan: SplitPlan | null;
    testTimeline: TestAttemptRow[] | null;
    apiCalls: number;
    timingMs: TimingMs;
    /** Local git mode only: the base the diff was taken against. */
    base?: BaseChoice;
}

type ApplyTo = 'agents' | 'all';
/** `.github/agent-pr-gate.yml`, version 1, after validation and merging with the defaults. */
interface GateConfig {
    version: 1;
    mode: Mode;
    apply_to: ApplyTo;
    /** Block when the gate cannot see the whole change. */
    fail_on_incomplete: boolean;
    /** What makes a PR agent-authored: classification only, never authorization. */
    agents: {
        authors: string[];
        apps: string[];
        branch_prefixes: string[];
        /** Substrings (case-insensitive) of `Co-authored-by:` trailers that name a known agent. */
        coauthors: string[];
    };
    /** Rule id (the schema admits only catalogue ids) -> level; absent rules keep their default. */
    rules: Partial<Record<string, Level>>;
    minimality: {
        warn_below: number;
        block_below: number;
        /** Smallest block (non-blank, non-brace lines) that counts as moved code. */
        min_moved_lines: number;
    };
    /** Extra globs of generated files (lockfiles, dist/ and linguist-generated are built in). */
    generated: string[];
    /** Category -> globs. A category named here replaces the default globs of that category. */
    sensitive: Record<string, string[]>;
    /** Sensitive categories that block until an approval covers them; the rest warn. */
    require_human_approval_for: string[];
    secrets: {
        /** Globs of files where secret-in-diff does not fire (fixtures of the secret scanner itself). */
        allow_paths: string[];
        /** Regular expressions (source text) of values that are never secrets. */
        allow_patterns: string[];
    };
    tests: {
        /** Globs of JUnit XML reports to read for reruns (CLI: relative to --repo; action: the workspace). */
        junit: string[];
        /** Globs of test and fixture files: `exempt_categories` do not match them. */
        paths: string[];
        /** Sensitive categories that do not match `paths` (secret-in-diff still reads them). */
        exempt_categories: string[];
    };
    explanation: {
        /** The PR body is "a novel" past this many words. */
        max_words: number;
    };
    max_actions_per_run: number;
    override: {
        label: string;
        category_label_prefix: string;
        min_role: Role;
        /** The PR author may approve their own PR. */
        allow_author: boolean;
        /** People named in the head commits' Co-authored-by trailers may approve. */
        allow_coauthors: boolean;
    };
}

/** What every detector reads. Detectors are pure: no I/O, no clock, no logging. */
interface AnalysisInput {
    changeSet: ChangeSet;
    config: GateConfig;
    /** The change is agent-authored (decide/classify); run-discipline rules apply only then. */
    isAgent: boolean;
}
interface DetectorResult {
    findings: Finding[];
    splitPlan?: SplitPlan;
    testTimeline?: TestAttemptRow[];
}
/**
 * One folder of detectors and the pure function that runs them. Findings carry each rule's
 * default severity: the configured levels are applied once, by the registry.
 */
interface DetectorGroup {
    name: string;
    detect(input: AnalysisInput): DetectorResult;
}

/**
 * What one rule module declares. Every list of rules (ids, config descriptions, report groups,
 * SARIF rules, docs/rules.md) is derived from these declarations, never typed twice.
 */

/** The report's families, in the order of the rule table (architecture 2.4). */
declare const FAMILY_ORDER: readonly ["minimality", "risk", "verifier", "discipline", "data"];
type RuleFamily = (typeof FAMILY_ORDER)[number];
interface RuleMeta<Id extends string = string> {
    /** Stable: users configure it and reports name it. Never rename one. */
    id: Id;
    /** The report family that groups its findings. */
    family: RuleFamily;
    /** The level when the config says nothing. */
    defaultLevel: Level;
    /** The config cannot lower it below `block` (an agent must not loosen its own supervision). */
    locked?: boolean;
    /** The configured level lowers the rule's severity but never raises it (thresholded rules). */
    levelIsCeiling?: boolean;
    /** One line: what the rule detects. */
    summary: string;
    /** One line: why a reviewer should care. */
    why: string;
    /** One line: how to resolve a finding. */
    fix: string;
    /** The hand-written page explaining how it works and the anchor there, or null. */
    docs: {
        page: string;
        anchor: string;
    } | null;
    /** A short change that triggers it. */
    example: string;
    /** Config keys, besides `rules.<id>`, that change what it reports. */
    settings?: readonly string[];
    /** Where a finding without a path points in SARIF: the run manifest or the gate config. */
    pointsAt?: 'manifest';
    /** A rule needing no scan shared with others detects on its own; the registry runs it. */
    detect?: (input: AnalysisInput) => readonly Finding[];
}

/** Every rule, by report family; a new rule goes last in its family. */
declare const RULE_CATALOGUE: readonly [Readonly<RuleMeta<"out-of-scope">>, Readonly<RuleMeta<"format-only">>, Readonly<RuleMeta<"import-reorder">>, Readonly<RuleMeta<"rename-symbol">>, Readonly<RuleMeta<"moved-code">>, Readonly<RuleMeta<"file-rename">>, Readonly<RuleMeta<"comment-only">>, Readonly<RuleMeta<"generated-churn">>, Readonly<RuleMeta<"low-minimality">>, Readonly<RuleMeta<"sensitive-path">>, Readonly<RuleMeta<"secret-in-diff">>, Readonly<RuleMeta<"workflow-privilege">>, Readonly<RuleMeta<"agent-config-change">>, Readonly<RuleMeta<"gate-config-change">>, Readonly<RuleMeta<"dependency-change">>, Readonly<RuleMeta<"rerun-to-green">>, Readonly<RuleMeta<"test-skipped">>, Readonly<RuleMeta<"test-retry-added">>, Readonly<RuleMeta<"test-deleted">>, Readonly<RuleMeta<"assertion-weakened">>, Readonly<RuleMeta<"timeout-raised">>, Readonly<RuleMeta<"snapshot-rewritten">>, Readonly<RuleMeta<"ci-failure-masked">>, Readonly<RuleMeta<"run-manifest-missing">>, Readonly<RuleMeta<"run-manifest-invalid">>, Readonly<RuleMeta<"action-budget">>, Readonly<RuleMeta<"untraced-change">>, Readonly<RuleMeta<"run-claim-mismatch">>, Readonly<RuleMeta<"explanation">>, Readonly<RuleMeta<"incomplete-diff">>, Readonly<RuleMeta<"config-invalid">>];

/** The rule catalogue: every rule's metadata, from the generated list of rule modules. */

/** Every rule in report order (by family). */
declare const RULES: readonly RuleMeta<RuleId>[];
type RuleId = (typeof RULE_CATALOGUE)[number]['id'];
declare const RULE_IDS: readonly RuleId[];
declare function isRuleId(value: string): value is RuleId;
/** The metadata of a rule id, or undefined for a string that names no rule. */
declare function ruleMeta(id: string): RuleMeta | undefined;
/** The report family of a finding's rule; a rule the catalogue does not know counts as data. */
declare function familyOf(id: string): RuleFamily;

/** The registry: every detector group, in report order. */
declare const DETECTOR_GROUPS: readonly DetectorGroup[];
/**
 * Runs every detector group, then each rule module's own detector, and scores the change's
 * minimality. Pure and deterministic.
 */
declare function analyze(input: AnalysisInput): Analysis;

interface ChangeParts {
    source: ChangeSource;
    files: ChangedFile[];
    /** Why the source could not deliver the whole change; none means complete. */
    problems?: readonly string[];
    base?: string | null;
    head?: string | null;
    pr?: PullRequestInfo | null;
    commits?: CommitInfo[];
    gitattributes?: string | null;
    headTree?: string | null;
    manifest?: ManifestState;
    ci?: CiHistory | null;
}
/** The one place a ChangeSet is assembled, once everything it holds has been read. */
declare function changeSetOf(parts: ChangeParts): ChangeSet;

interface ParsedDiff {
    files: ChangedFile[];
    /**
     * Why the files may not be the whole change (a truncated hunk, a malformed header), one line
     * each: the caller marks the ChangeSet incomplete so the gate fails closed.
     */
    problems: string[];
}
/**
 * Reads a unified diff (`git diff`, `git format-patch`, `gh pr diff`, `--no-prefix` diffs).
 * Empty text is no change; text that is binary or holds no diff at all throws DiffParseError.
 */
declare function parseUnifiedDiff(text: string): ParsedDiff;

interface GitCollectResult {
    /** The merge-base SHA: what the diff starts from. */
    base: string;
    /** The head SHA. */
    head: string;
    /** The base and head as given (or found: the default branch, `HEAD`). */
    baseRef: string;
    headRef: string;
    files: ChangedFile[];
    /** Why the files may not be the whole change; the ChangeSet is incomplete when any. */
    problems: string[];
    /** Commits in base..head, oldest first, with full messages. */
    commits: CommitInfo[];
    /** `.gitattributes` at the merge-base, null when there is none. */
    gitattributes: string | null;
    /** The head commit's tree id. */
    headTree: string;
}
/**
 * The change from the merge-base of base (default: the default branch) and head (default: HEAD)
 * to head, in `repo`.
 */
declare function collectFromGit(options: {
    repo: string;
    base?: string;
    head?: string;
}): Promise<GitCollectResult>;

declare const DEFAULT_CONFIG: GateConfig;

/**
 * Parses, validates and merges a config over the defaults. An empty file yields the defaults.
 * Throws ConfigError only, naming `source`, each key path, the bad value and the fix.
 */
declare function parseConfig(text: string, source: string): GateConfig;

/**
 * Is this change agent-authored? Classification decides whether the gate applies (`apply_to:
 * agents`); it never authorizes anything, so every signal here may be forged without harm.
 */

interface Classification {
    agent: boolean;
    /** Each agent signal found, or one line listing the signals that were absent. */
    reasons: string[];
}
/** What classification reads: known before the files, so CI reads can wait on it, not on them. */
type ClassifiedChange = Pick<ChangeSet, 'pr' | 'head' | 'commits' | 'manifest'>;
declare function classifyChange(changeSet: ClassifiedChange, config: GateConfig): Classification;

interface Policy {
    mode: Mode;
    /** Why the gate does not apply to this change (for example a human-authored PR), else null. */
    skipped: string | null;
    /** Notes from settings (an input that tried to weaken the base config, for example). */
    notes: readonly string[];
}
/**
 * The decision, pure: findings + policy + verified approval -> verdict. Enforced findings (the
 * gate's own supervision) block in every mode and even on skipped changes, until approved.
 */
declare function decide(findings: readonly Finding[], policy: Policy, approval: Approval): Verdict;

/**
 * The agent run manifest (agent-run/v1): where to find it, and parsing it into a ManifestState.
 * The manifest is written by the agent, so it is untrusted: bounded, validated from `unknown`,
 * echoed only sanitized, and a bad one yields `invalid`, never an exception.
 */

/** Parses and validates a manifest. Never throws: bad content yields `invalid` with JSON pointers. */
declare function parseManifest(text: string, source: string): ManifestState;

/** Assembles the JSON report (contract 2.3) from what the pipeline stages produced. */

interface ReportInput {
    changeSet: ChangeSet;
    analysis: Analysis;
    verdict: Verdict;
    timingMs: TimingMs;
    apiCalls: number;
    approvalNotes: string[];
}
/** The report every renderer reads, every string in it already redacted. */
declare function buildReport(input: ReportInput): GateReport;

/** The JSON report, contract 2.3: its keys first in the contract's order, then the extra fields. */

declare function renderJson(report: GateReport): string;

interface MarkdownOptions {
    /**
     * Budget in UTF-8 bytes. A UTF-8 string never has fewer bytes than characters (UTF-16 units
     * or code points), so a limit in characters, such as a check run's 65,535, can be passed as is.
     */
    maxBytes?: number;
    /** The heading; `agent-pr-gate` by default. */
    title?: string;
    /** Entries (groups of like findings) shown in the findings tables; 50 by default. */
    maxFindings?: number;
}
declare function renderMarkdown(report: GateReport, options?: MarkdownOptions): string;

/** What a SARIF rule descriptor reads of a rule's metadata. */
type SarifRule = Pick<RuleMeta, 'id' | 'defaultLevel' | 'summary' | 'locked'>;
interface SarifOptions {
    toolVersion?: string;
    /** The code scanning category (`runAutomationDetails.id` is `category/`). */
    category?: string;
    /** Repository-relative path of the gate config: where repository-level findings point. */
    configPath?: string;
    /** Repository-relative path of the run manifest file, when it came from one. */
    manifestPath?: string | null;
}
/**
 * SARIF that code scanning accepts: every result has a location (GitHub rejects a result
 * without one), so a finding about the whole change points at the manifest (run rules) or the
 * gate config, line 1.
 */
declare function renderSarif(report: GateReport, rules: readonly SarifRule[], options?: SarifOptions | string): string;

/**
 * Terminal output: verdict first, then score, findings by family (one entry per group of like
 * findings, capped), plan, timeline, notes.
 */

interface TextOptions {
    /** ANSI colour; the caller decides from the TTY and `NO_COLOR`. */
    color: boolean;
    /** Groups of like findings shown (`--max-findings`); the JSON report has every finding. */
    maxFindings?: number;
}
declare function renderText(report: GateReport, options: TextOptions): string;

/** Whether the gate applies to a change, and with the agent rules on. */
interface Audience {
    isAgent: boolean;
    /** Why the gate does not apply (a human PR under apply_to: agents), else null. */
    skipped: string | null;
}
/** Classifies a change from what collect reads before the files: PR, head, commits, manifest. */
type Classify = (change: Pick<ChangeSet, 'pr' | 'head' | 'commits' | 'manifest'>, config: GateConfig) => Audience;
/** Everything the collect stage hands to the engine; nothing is added to it afterwards. */
interface Collection {
    changeSet: ChangeSet;
    /** The policy the change is judged by (the base branch's, tightened by inputs or flags). */
    config: GateConfig;
    audience: Audience;
    approval: Approval;
    /** Findings collect knows of and no detector can see (an invalid base config). */
    findings: Finding[];
    notes: string[];
    collectMs: number;
    /** Requests sent to GitHub while collecting; 0 off GitHub. */
    apiCalls: number;
}

interface GateOutcome {
    analysis: Analysis;
    verdict: Verdict;
    report: GateReport;
}
/** Everyone's change, with the agent rules on: how the CLI gates by default. */
declare const EVERY_CHANGE: Audience;
/**
 * A collection of a change read without GitHub (a diff, a repository): no approval, no findings
 * or notes of its own; `parts` adds what the caller did read.
 */
declare function collectionOf(changeSet: ChangeSet, config?: GateConfig, parts?: Partial<Omit<Collection, 'changeSet' | 'config'>>): Collection;
declare function runGate(collection: Collection): GateOutcome;

export { DEFAULT_CONFIG, DETECTOR_GROUPS, EVERY_CHANGE, NO_APPROVAL, RULES, RULE_IDS, analyze, buildReport, changeSetOf, classifyChange, collectFromGit, collectionOf, decide, familyOf, isRuleId, parseConfig, parseManifest, parseUnifiedDiff, renderJson, renderMarkdown, renderSarif, renderText, ruleMeta, runGate };
export type { Actor, Analysis, Approval, ApprovalGrant, ApprovalRecord, Audience, BaseChoice, ChangeSet, ChangeSource, ChangedFile, CheckRunRecord, CiHistory, Classify, Collection, CommitInfo, ContextSnapshot, DiffLine, FileStatus, Finding, FindingEffect, GateConfig, GateOutcome, GateReport, Hunk, JUnitReportText, Level, LineKind, ManifestAction, ManifestAgent, ManifestProblem, ManifestState, ManifestTask, ManifestTestAttempt, MinimalityScore, MixedHunk, Mode, PullRequestInfo, Role, RuleFamily, RuleId, RuleMeta, RunManifest, ScoreComponent, Severity, SplitPlan, TaskAllowance, TestAttemptRow, TimingMs, Verdict, VerdictValue, WorkflowRunAttempt, WorkflowRunRecord };
