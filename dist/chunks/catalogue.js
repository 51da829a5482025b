/** The report's families, in the order of the rule table (architecture 2.4). */
const FAMILY_ORDER = ['minimality', 'risk', 'verifier', 'discipline', 'data'];
const FAMILY_TITLE = {
    minimality: 'Minimality and refactors',
    risk: 'Risk surface',
    verifier: 'Verifier integrity',
    discipline: 'Run discipline',
    data: 'Data'
};
/** Declares a rule; the id keeps its literal type, so detectors write `FORMAT_ONLY.id`. */
function defineRule(meta) {
    return Object.freeze(meta);
}

const CONFIG_INVALID = defineRule({
    id: 'config-invalid',
    family: 'data',
    defaultLevel: 'block',
    locked: true,
    summary: `The gate's configuration on the base branch is invalid, so defaults were used.`,
    why: 'The gate runs on defaults; a human must fix the config.',
    fix: 'Fix the config on the base branch (schema/config.schema.json), or have a maintainer approve this run.',
    docs: null,
    example: '`.github/agent-pr-gate.yml` on the base branch sets `mode: strict`.'
});

const INCOMPLETE_DIFF = defineRule({
    id: 'incomplete-diff',
    family: 'data',
    defaultLevel: 'block',
    summary: 'The gate could not see the whole change (truncated diff, missing patches, file cap).',
    why: 'The gate did not see the whole change: it fails closed.',
    fix: 'Split the PR, or have a maintainer review it and apply the approval label.',
    docs: null,
    example: 'A PR of 3,500 files: the API lists only 3,000.',
    settings: ['fail_on_incomplete']
});

const ACTION_BUDGET = defineRule({
    id: 'action-budget',
    family: 'discipline',
    defaultLevel: 'warn',
    summary: 'The agent run took more actions than `max_actions_per_run`.',
    why: 'A run longer than `max_actions_per_run` is a cost, not a risk in the diff (needs a manifest).',
    fix: 'Review the run log, or raise max_actions_per_run if such runs are expected.',
    docs: { page: 'run-discipline.md', anchor: 'action-budget' },
    example: 'The manifest lists 180 actions with the default budget of 50.',
    settings: ['max_actions_per_run'],
    pointsAt: 'manifest'
});

const EXPLANATION = defineRule({
    id: 'explanation',
    family: 'discipline',
    defaultLevel: 'warn',
    summary: 'The PR has no description and a vague title (warn); a body with no reason or over `explanation.max_words` is info.',
    why: 'Only when there is no description and the title does not name the change; a body with no reason, or over `explanation.max_words`, is info.',
    fix: 'Say in the PR body what changed and why.',
    docs: { page: 'run-discipline.md', anchor: 'explanation' },
    example: 'A PR titled "Update files" with an empty body.',
    settings: ['explanation.max_words']
});

const RUN_CLAIM_MISMATCH = defineRule({
    id: 'run-claim-mismatch',
    family: 'discipline',
    defaultLevel: 'block',
    summary: 'The manifest says tests passed on something other than the head, or CI disagrees.',
    why: 'The manifest claims test results the head or CI contradicts (needs a manifest).',
    fix: 'Run the tests on the head commit and attach the real results.',
    docs: { page: 'run-discipline.md', anchor: 'run-claim-mismatch' },
    example: 'The manifest says tests passed on tree `abc\u2026`; the head tree is `def\u2026`.',
    pointsAt: 'manifest'
});

const UNTRACED_CHANGE = defineRule({
    id: 'untraced-change',
    family: 'discipline',
    defaultLevel: 'warn',
    summary: 'A file changed after a context snapshot that does not reference it.',
    why: 'A change made after a context snapshot that never mentions the file (needs a manifest).',
    fix: 'Check the change was meant, or have the agent say why it made it.',
    docs: { page: 'run-discipline.md', anchor: 'untraced-change' },
    example: 'After snapshot 3, which names only `src/page.ts`, the agent edits `src/auth.ts`.',
    pointsAt: 'manifest'
});

const RUN_MANIFEST_INVALID = defineRule({
    id: 'run-manifest-invalid',
    family: 'discipline',
    defaultLevel: 'warn',
    summary: 'The run manifest does not match agent-run/v1.',
    why: 'A manifest that cannot be read; the author can fix it. Nothing else depends on it.',
    fix: 'Correct the manifest so it matches agent-run/v1 (schema/agent-run.schema.json).',
    docs: { page: 'manifest.md', anchor: 'what-the-gate-reports' },
    example: 'The manifest has `"schema": "agent-run/v2"`.',
    pointsAt: 'manifest'
});

const RUN_MANIFEST_MISSING = defineRule({
    id: 'run-manifest-missing',
    family: 'discipline',
    defaultLevel: 'info',
    summary: 'An agent-authored PR carries no run manifest.',
    why: 'Few agents write a manifest yet; every diff check runs without one.',
    fix: "Optional: attach one through the action's manifest input or an ```agent-run block in the PR body.",
    docs: { page: 'manifest.md', anchor: 'what-the-gate-reports' },
    example: 'A PR from `copilot/fix-paging` whose body has no agent-run block.',
    pointsAt: 'manifest'
});

const COMMENT_ONLY = defineRule({
    id: 'comment-only',
    family: 'minimality',
    defaultLevel: 'warn',
    summary: 'Changes only to comments or docstrings.',
    why: 'Unrequested comment edits away from the change. Info when the score is at least 80.',
    fix: 'Revert the comment edits away from the change, or move them to their own PR.',
    docs: { page: 'minimality.md', anchor: 'comment-only' },
    example: 'A docstring is reworded in a file whose code the task did not change.'
});

const FILE_RENAME = defineRule({
    id: 'file-rename',
    family: 'minimality',
    defaultLevel: 'warn',
    summary: 'A file renamed or moved, reported by the diff or inferred from a delete and an add.',
    why: 'An unrequested file move. Info when the score is at least 80.',
    fix: 'Keep the old path, or rename the file in its own PR.',
    docs: { page: 'minimality.md', anchor: 'file-rename' },
    example: '`src/util.ts` is renamed to `src/helpers/util.ts`.'
});

const FORMAT_ONLY = defineRule({
    id: 'format-only',
    family: 'minimality',
    defaultLevel: 'warn',
    summary: 'A hunk or file changes only layout: whitespace, wrapping, quotes, trailing commas, semicolons, parentheses.',
    why: 'Unrequested layout changes. Info when the score is at least 80.',
    fix: 'Revert the layout changes, or move them to a formatting PR.',
    docs: { page: 'minimality.md', anchor: 'format-only' },
    example: '`foo(a,b)` becomes `foo(a, b)` in a file the task did not touch otherwise.'
});

const GENERATED_CHURN = defineRule({
    id: 'generated-churn',
    family: 'minimality',
    defaultLevel: 'warn',
    summary: 'A lockfile, build output or generated file changed: info when it follows a hand-written change in the same PR.',
    why: 'A regenerated file with no change it follows. Info when it follows one, or when the score is at least 80.',
    fix: 'Regenerate the file only with the source change it follows, or drop it from the PR.',
    docs: { page: 'minimality.md', anchor: 'generated-churn' },
    example: '`package-lock.json` changes in a PR that touches no `package.json`.',
    settings: ['generated']
});

const IMPORT_REORDER = defineRule({
    id: 'import-reorder',
    family: 'minimality',
    defaultLevel: 'warn',
    summary: 'Import statements only reordered or regrouped.',
    why: 'Unrequested import reordering. Info when the score is at least 80.',
    fix: 'Restore the import order, or move the reordering to its own PR.',
    docs: { page: 'minimality.md', anchor: 'import-reorder' },
    example: '`import { b } from "b"` moves above `import { a } from "a"`, nothing else changes.'
});

const LOW_MINIMALITY = defineRule({
    id: 'low-minimality',
    family: 'minimality',
    defaultLevel: 'block',
    levelIsCeiling: true,
    summary: 'The minimality score is below minimality.warn_below (warn) or minimality.block_below (block).',
    why: 'Below 50 most of the diff is not the task (warns below 80). Never on a PR that is all one kind of work.',
    fix: 'Follow the split plan: move the noise to its own PR, or allow it in task.allow.',
    docs: { page: 'minimality.md', anchor: 'low-minimality' },
    example: 'A one-line fix arrives with 300 reformatted lines: the score is 0.',
    settings: ['minimality.warn_below', 'minimality.block_below']
});

const MOVED_CODE = defineRule({
    id: 'moved-code',
    family: 'minimality',
    defaultLevel: 'warn',
    summary: 'A block deleted in one place and added unchanged (maybe re-indented) elsewhere.',
    why: 'Unrequested moved code. Info when the score is at least 80.',
    fix: 'Move the code back, or move it in a PR of its own.',
    docs: { page: 'minimality.md', anchor: 'moved-code' },
    example: 'A 20-line helper is deleted from `a.ts` and added unchanged to `b.ts`.'
});

const RENAME_SYMBOL = defineRule({
    id: 'rename-symbol',
    family: 'minimality',
    defaultLevel: 'warn',
    summary: 'An identifier renamed consistently, declaration included, across lines and files.',
    why: 'An unrequested rename. Info when the score is at least 80.',
    fix: 'Revert the rename, or move it to its own PR (or allow it in task.allow).',
    docs: { page: 'minimality.md', anchor: 'rename-symbol' },
    example: '`fetchUser` becomes `loadUser` in its declaration and all 12 call sites.'
});

const AGENT_CONFIG_CHANGE = defineRule({
    id: 'agent-config-change',
    family: 'risk',
    defaultLevel: 'warn',
    summary: 'Changes agent instructions or tool config (AGENTS.md, CLAUDE.md, .cursor/, .mcp.json).',
    why: 'An agent editing its own instructions is worth a look.',
    fix: 'Have a human review the instruction change, or move it to its own PR.',
    docs: { page: 'risk-surface.md', anchor: 'agent-config-change' },
    example: 'The PR adds a line to `AGENTS.md`.'
});

const DEPENDENCY_CHANGE = defineRule({
    id: 'dependency-change',
    family: 'risk',
    defaultLevel: 'warn',
    summary: 'Changes dependency manifests or lockfiles; a new or changed install script blocks.',
    why: 'New packages run code at install time (a new install script blocks).',
    fix: 'Check the new packages and their install scripts, or move the bump to its own PR.',
    docs: { page: 'risk-surface.md', anchor: 'dependency-change' },
    example: 'A new dependency is added to `package.json`.'
});

const GATE_CONFIG_CHANGE = defineRule({
    id: 'gate-config-change',
    family: 'risk',
    defaultLevel: 'block',
    locked: true,
    summary: 'Changes the gate config, the workflow running the gate, CODEOWNERS or rulesets.',
    why: 'An agent must not edit the gate that judges it.',
    fix: 'Blocks in every mode until a maintainer approves it with the label.',
    docs: { page: 'risk-surface.md', anchor: 'gate-config-change' },
    example: 'The PR sets `mode: observe` in `.github/agent-pr-gate.yml`.'
});

const SECRET_IN_DIFF = defineRule({
    id: 'secret-in-diff',
    family: 'risk',
    defaultLevel: 'block',
    summary: 'Adds a line holding a credential: a known token format or a secret-like assignment.',
    why: 'A credential in a diff is leaked the moment it is pushed.',
    fix: 'Remove the secret from the history and rotate it; read it from a secret store instead.',
    docs: { page: 'risk-surface.md', anchor: 'secret-in-diff' },
    example: '`+ const token = "ghp_\u2026"` is added to `src/client.ts`.',
    settings: ['secrets.allow_paths', 'secrets.allow_patterns']
});

const SENSITIVE_PATH = defineRule({
    id: 'sensitive-path',
    family: 'risk',
    defaultLevel: 'block',
    summary: 'Changes a sensitive path; blocks for categories in require_human_approval_for.',
    why: 'Deploy, production config, billing and secret files act on users and money (other categories warn).',
    fix: 'Have a maintainer review the change and apply the approval label (or the category label).',
    docs: { page: 'risk-surface.md', anchor: 'sensitive-path' },
    example: 'The PR edits `deploy/helm/values.yaml` (category deploy).',
    settings: ['sensitive', 'require_human_approval_for']
});

const WORKFLOW_PRIVILEGE = defineRule({
    id: 'workflow-privilege',
    family: 'risk',
    defaultLevel: 'block',
    summary: 'Raises CI privilege: token permissions, pull_request_target, secrets, unpinned actions.',
    why: 'More CI privilege reaches the repository token and secrets.',
    fix: 'Keep the workflow at least privilege (read-only token, pinned actions), or have a maintainer approve it.',
    docs: { page: 'risk-surface.md', anchor: 'workflow-privilege' },
    example: '`permissions: write-all` is added to `.github/workflows/ci.yml`.'
});

const OUT_OF_SCOPE = defineRule({
    id: 'out-of-scope',
    family: 'minimality',
    defaultLevel: 'block',
    summary: `A changed file matches none of the run manifest's task.scope.paths.`,
    why: 'The manifest scoped the task; a file outside it was not asked for (needs a manifest).',
    fix: 'Ask the human to widen task.scope.paths or move this change to its own PR.',
    docs: { page: 'manifest.md', anchor: 'what-the-gate-reports' },
    example: 'task.scope.paths is `src/pagination/**` and the PR also edits `src/auth/login.ts`.'
});

const ASSERTION_WEAKENED = defineRule({
    id: 'assertion-weakened',
    family: 'verifier',
    defaultLevel: 'block',
    summary: 'Fewer assertions, a looser matcher, or an assertion commented out.',
    why: 'A looser assertion lets a regression through.',
    fix: 'Restore the assertion and fix the code it checks.',
    docs: { page: 'verifier-integrity.md', anchor: 'assertion-weakened' },
    example: '`expect(page).toEqual(3)` becomes `expect(page).toBeDefined()`.'
});

const CI_FAILURE_MASKED = defineRule({
    id: 'ci-failure-masked',
    family: 'verifier',
    defaultLevel: 'block',
    summary: 'A failure is made to pass (`continue-on-error`, `|| true`, ...) or coverage is lowered.',
    why: 'A failure made to pass is a green build that means nothing.',
    fix: 'Let the step fail again and fix what fails.',
    docs: { page: 'verifier-integrity.md', anchor: 'ci-failure-masked' },
    example: '`run: npm test` becomes `run: npm test || true`.'
});

const RERUN_TO_GREEN = defineRule({
    id: 'rerun-to-green',
    family: 'verifier',
    defaultLevel: 'block',
    summary: 'A test failed, then passed on a rerun with no code change (blocks when it runs the changed code, else warns).',
    why: 'A flip to green with no code change is luck, not a fix (warns when it does not run the changed code).',
    fix: 'Fix the flaky test or the code it runs, then rerun on a new commit.',
    docs: { page: 'verifier-integrity.md', anchor: 'rerun-to-green' },
    example: 'Attempt 1 of `npm test` fails `pagination > last page`; attempt 2 on the same tree passes.',
    settings: ['tests.junit'],
    pointsAt: 'manifest'
});

const SNAPSHOT_REWRITTEN = defineRule({
    id: 'snapshot-rewritten',
    family: 'verifier',
    defaultLevel: 'warn',
    summary: 'Stored snapshots are rewritten or set to update.',
    why: 'A rewritten snapshot accepts whatever the code now does.',
    fix: 'Check each rewritten snapshot is the intended output, or revert it.',
    docs: { page: 'verifier-integrity.md', anchor: 'snapshot-rewritten' },
    example: '`__snapshots__/page.test.ts.snap` is rewritten by `jest -u`.'
});

const TEST_DELETED = defineRule({
    id: 'test-deleted',
    family: 'verifier',
    defaultLevel: 'block',
    summary: 'Test files or test cases are removed on net.',
    why: 'A deleted test checks nothing.',
    fix: 'Restore the tests, or say in the PR why they no longer apply and get approval.',
    docs: { page: 'verifier-integrity.md', anchor: 'test-deleted' },
    example: '`test/pagination.test.ts` is deleted.'
});

const TEST_RETRY_ADDED = defineRule({
    id: 'test-retry-added',
    family: 'verifier',
    defaultLevel: 'warn',
    summary: 'Test retries are added or raised.',
    why: 'Retries can hide a flaky failure.',
    fix: 'Fix the flaky test instead of retrying it.',
    docs: { page: 'verifier-integrity.md', anchor: 'test-retry-added' },
    example: '`retries: 3` is added to `jest.config.js`.'
});

const TEST_SKIPPED = defineRule({
    id: 'test-skipped',
    family: 'verifier',
    defaultLevel: 'block',
    summary: 'A skip, todo, expected-failure or `.only` marker is added.',
    why: 'A skipped test hides a failure.',
    fix: 'Remove the marker and fix the failing test, or get a maintainer to approve the skip.',
    docs: { page: 'verifier-integrity.md', anchor: 'test-skipped' },
    example: "`it('last page', \u2026)` becomes `it.skip('last page', \u2026)`."
});

const TIMEOUT_RAISED = defineRule({
    id: 'timeout-raised',
    family: 'verifier',
    defaultLevel: 'warn',
    summary: 'A test or CI job timeout is raised.',
    why: 'A raised timeout can hide a slowdown.',
    fix: 'Find why it got slower instead of raising the limit.',
    docs: { page: 'verifier-integrity.md', anchor: 'timeout-raised' },
    example: '`timeout-minutes: 10` becomes `timeout-minutes: 60`.'
});

// Generated by `npm run docs` from the rule modules (src/analyze/*/rules/*.ts). Do not edit.
/** Every rule, by report family; a new rule goes last in its family. */
const RULE_CATALOGUE = [
    OUT_OF_SCOPE,
    FORMAT_ONLY,
    IMPORT_REORDER,
    RENAME_SYMBOL,
    MOVED_CODE,
    FILE_RENAME,
    COMMENT_ONLY,
    GENERATED_CHURN,
    LOW_MINIMALITY,
    SENSITIVE_PATH,
    SECRET_IN_DIFF,
    WORKFLOW_PRIVILEGE,
    AGENT_CONFIG_CHANGE,
    GATE_CONFIG_CHANGE,
    DEPENDENCY_CHANGE,
    RERUN_TO_GREEN,
    TEST_SKIPPED,
    TEST_RETRY_ADDED,
    TEST_DELETED,
    ASSERTION_WEAKENED,
    TIMEOUT_RAISED,
    SNAPSHOT_REWRITTEN,
    CI_FAILURE_MASKED,
    RUN_MANIFEST_MISSING,
    RUN_MANIFEST_INVALID,
    ACTION_BUDGET,
    UNTRACED_CHANGE,
    RUN_CLAIM_MISMATCH,
    EXPLANATION,
    INCOMPLETE_DIFF,
    CONFIG_INVALID
];

/** The rule catalogue: every rule's metadata, from the generated list of rule modules. */
/** Every rule in report order (by family). */
const RULES = RULE_CATALOGUE;
const RULE_IDS = RULE_CATALOGUE.map((meta) => meta.id);
const BY_ID = new Map(RULES.map((meta) => [meta.id, meta]));
function isRuleId(value) {
    return BY_ID.has(value);
}
/** The metadata of a rule id, or undefined for a string that names no rule. */
function ruleMeta(id) {
    return BY_ID.get(id);
}
/** The report family of a finding's rule; a rule the catalogue does not know counts as data. */
function familyOf(id) {
    return BY_ID.get(id)?.family ?? 'data';
}

export { ACTION_BUDGET as A, COMMENT_ONLY as C, DEPENDENCY_CHANGE as D, EXPLANATION as E, FAMILY_TITLE as F, GENERATED_CHURN as G, INCOMPLETE_DIFF as I, LOW_MINIMALITY as L, MOVED_CODE as M, OUT_OF_SCOPE as O, RULES as R, SENSITIVE_PATH as S, TEST_SKIPPED as T, UNTRACED_CHANGE as U, WORKFLOW_PRIVILEGE as W, RULE_IDS as a, FAMILY_ORDER as b, FILE_RENAME as c, RUN_CLAIM_MISMATCH as d, RUN_MANIFEST_MISSING as e, familyOf as f, RUN_MANIFEST_INVALID as g, RENAME_SYMBOL as h, isRuleId as i, IMPORT_REORDER as j, FORMAT_ONLY as k, AGENT_CONFIG_CHANGE as l, GATE_CONFIG_CHANGE as m, SECRET_IN_DIFF as n, ASSERTION_WEAKENED as o, TEST_DELETED as p, TEST_RETRY_ADDED as q, ruleMeta as r, TIMEOUT_RAISED as s, CI_FAILURE_MASKED as t, RERUN_TO_GREEN as u, SNAPSHOT_REWRITTEN as v, CONFIG_INVALID as w };
