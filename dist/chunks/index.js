import { I as INCOMPLETE_DIFF, A as ACTION_BUDGET, E as EXPLANATION, d as RUN_CLAIM_MISMATCH, U as UNTRACED_CHANGE, e as RUN_MANIFEST_MISSING, g as RUN_MANIFEST_INVALID, G as GENERATED_CHURN, c as FILE_RENAME, M as MOVED_CODE, h as RENAME_SYMBOL, C as COMMENT_ONLY, j as IMPORT_REORDER, k as FORMAT_ONLY, r as ruleMeta, O as OUT_OF_SCOPE, L as LOW_MINIMALITY, S as SENSITIVE_PATH, l as AGENT_CONFIG_CHANGE, D as DEPENDENCY_CHANGE, W as WORKFLOW_PRIVILEGE, m as GATE_CONFIG_CHANGE, n as SECRET_IN_DIFF, o as ASSERTION_WEAKENED, T as TEST_SKIPPED, p as TEST_DELETED, q as TEST_RETRY_ADDED, s as TIMEOUT_RAISED, t as CI_FAILURE_MASKED, u as RERUN_TO_GREEN, v as SNAPSHOT_REWRITTEN, R as RULES$3 } from './catalogue.js';
import { a as junitFlips } from './junit.js';
import { m as minimatch, M as Minimatch } from './index2.js';
import { d as changedLinesOf, p as packedOf, i as intBuffer, e as endAt, s as startAt, k as kindAt, K as KIND_CONTEXT, a as KIND_DEL, b as KIND_ADD, P as PackedHunk, f as contentAt, n as numberAt, g as newNumberAt, h as diffLineAt } from './packed-lines.js';

/** Fail closed: a change the gate could not see whole is never reported as "no findings". */
const dataDetectors = {
    name: 'data',
    detect({ changeSet, config }) {
        if (changeSet.complete)
            return { findings: [] };
        return {
            findings: [
                {
                    rule: INCOMPLETE_DIFF.id,
                    severity: config.fail_on_incomplete ? 'block' : 'warn',
                    message: `The gate could not see the whole change: ${changeSet.incompleteReason ?? 'reason unknown'}`,
                    why: 'Unseen lines cannot be checked, so the gate fails closed instead of reporting "no changes".',
                    fix: INCOMPLETE_DIFF.fix
                }
            ]
        };
    }
};

function actionBudget(manifest, limit) {
    const actions = manifest.actions ?? [];
    const highestSeq = actions.reduce((max, a) => (Number.isFinite(a.seq) ? Math.max(max, a.seq) : max), 0);
    // A gap in `seq` counts: leaving entries out must not shorten a run.
    const count = Math.max(actions.length, highestSeq);
    if (count <= limit)
        return [];
    return [
        {
            rule: ACTION_BUDGET.id,
            severity: 'warn',
            message: `The agent's run took ${count} actions, over the budget of ${limit}.`,
            evidence: { actions: actions.length, highestSeq, limit },
            why: 'A long run drifts: more actions mean more unreviewed decisions between the task and the diff.',
            fix: 'Skim the run log for detours; next time, split the task into smaller runs.'
        }
    ];
}

const WORD$1 = /[\p{L}\p{N}][\p{L}\p{N}'\u2019_-]*/gu;
const REASON = /\b(?:because|since|so that|in order to|why|due to|caused by|root cause|reason|motivation|otherwise|problem|issue|bug|regression|broken|fails?|failing|crash(?:es|ed)?|to (?:fix|prevent|avoid|allow|support|ensure|handle|make|keep|stop))\b|\b(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?)\s+(?:#\d+|[A-Z][A-Z0-9]+-\d+|https?:\/\/\S+)/i;
/** Titles longer than this are cut before reading: a title is a line, not a document. */
const MAX_TITLE_CHARS = 300;
/** A conventional-commit prefix (`fix(api)!: `) and a trailing PR number (`(#123)`) name nothing. */
const CONVENTIONAL_PREFIX = /^[a-z]{1,20}(?:\([^()]{0,60}\))?!?:\s*/i;
/** Titles a tool or a hurried author leaves: they say that something changed, not what. */
const PLACEHOLDER_TITLE = /^(?:wip )?(?:fix|update|change|address|apply|make)(?:e?[sd])? (?:the |a |some |all |more )?(?:bugs?|code|files?|stuff|issues?|things|changes|fixes|updates|review comments|comments|suggestions)$/i;
/** GitHub's default title for a web edit names a file, not a change: `Update page.ts`. */
const FILE_TITLE = /^(?:update|create|delete|add|edit|rename)\s+[^\s/]*(?:\/[^\s/]*)*\.\w{1,10}$/i;
/** The fewest words that can name a change: a verb and what it acts on ("fix typo"). */
const MIN_TITLE_WORDS = 2;
/** The title names the change: two words or more once its prefix is gone, and no placeholder. */
function isClearTitle(title) {
    const text = title.slice(0, MAX_TITLE_CHARS).trim().replace(CONVENTIONAL_PREFIX, '');
    const named = withoutPrNumber(text);
    const words = named.match(WORD$1) ?? [];
    return (words.length >= MIN_TITLE_WORDS &&
        !PLACEHOLDER_TITLE.test(words.join(' ')) &&
        !FILE_TITLE.test(named));
}
/** Drops a trailing PR number, `(#123)`: it names nothing. */
function withoutPrNumber(text) {
    const open = text.lastIndexOf('(#');
    if (open === -1 || !text.endsWith(')'))
        return text;
    return /^\d{1,10}$/.test(text.slice(open + 2, -1)) ? text.slice(0, open).trimEnd() : text;
}
function explanationFindings(pr, maxWords) {
    const prose = withoutManifestBlocks(pr.body);
    const words = prose.match(WORD$1)?.length ?? 0;
    const clearTitle = isClearTitle(pr.title);
    const findings = [];
    if (words === 0 && !clearTitle) {
        findings.push({
            rule: EXPLANATION.id,
            severity: 'warn',
            message: 'The pull request has no description and its title does not say what the change does.',
            evidence: { words, maxWords, why: false, clearTitle },
            why: 'A reviewer judges a change against its purpose; here only the diff is left.',
            fix: 'Give the PR a title that names the change, or add a sentence on what it fixes and why.'
        });
    }
    else if (!REASON.test(prose) && !REASON.test(pr.title.slice(0, MAX_TITLE_CHARS))) {
        findings.push({
            rule: EXPLANATION.id,
            severity: 'info',
            message: words === 0
                ? 'The pull request has a clear title and no description.'
                : 'The pull request description says what changed but not why.',
            evidence: { words, maxWords, why: false, clearTitle },
            why: 'A reviewer judges a change against its reason.',
            fix: 'If the reason is not obvious from the title, say what was wrong and why this fixes it.'
        });
    }
    if (words > maxWords) {
        findings.push({
            rule: EXPLANATION.id,
            severity: 'info',
            message: `The pull request description is ${words} words, over the limit of ${maxWords}.`,
            evidence: { words, maxWords, why: true, clearTitle },
            why: 'A long description hides the one sentence a reviewer needs.',
            fix: `Keep the why and the risk under ${maxWords} words; put logs in a collapsed block or a link.`
        });
    }
    return findings;
}
const FENCE = '```';
const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
const AGENT_RUN = 'agent-run';
/**
 * The body without ```` ```agent-run ```` blocks and HTML comments, each replaced by a space.
 * Index scans, each text searched once: a body full of unclosed openers stays linear.
 */
function withoutManifestBlocks(body) {
    let out = '';
    let kept = 0;
    let pos = 0;
    let fences = true;
    let comments = true;
    while (fences || comments) {
        const fence = fences ? body.indexOf(FENCE, pos) : -1;
        const comment = comments ? body.indexOf(COMMENT_OPEN, pos) : -1;
        if (fence === -1)
            fences = false;
        if (comment === -1)
            comments = false;
        if (fence === -1 && comment === -1)
            break;
        if (comment !== -1 && (fence === -1 || comment < fence)) {
            const close = body.indexOf(COMMENT_CLOSE, comment + COMMENT_OPEN.length);
            if (close === -1) {
                comments = false;
                continue;
            }
            out += `${body.slice(kept, comment)} `;
            kept = pos = close + COMMENT_CLOSE.length;
            continue;
        }
        let at = runEnd$1(body, fence, 96);
        while (at < body.length && /\s/.test(body.charAt(at)))
            at++;
        pos = at;
        if (!body.startsWith(AGENT_RUN, at) || /\w/.test(body.charAt(at + AGENT_RUN.length)))
            continue;
        const close = body.indexOf(FENCE, at + AGENT_RUN.length);
        if (close === -1) {
            fences = false;
            continue;
        }
        out += `${body.slice(kept, fence)} `;
        kept = pos = runEnd$1(body, close, 96);
    }
    return out + body.slice(kept);
}
/** The end of the run of `code` characters starting at `at`. */
function runEnd$1(text, at, code) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) === code)
        end++;
    return end;
}

/** A manifest is untrusted input: a longer list is not read further. */
const MAX_ATTEMPTS = 1000;
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out']);
function manifestFlips(tests) {
    const ordered = tests.slice(0, MAX_ATTEMPTS).sort((a, b) => a.attempt - b.attempt);
    const flips = [];
    const rows = [];
    /** Per tree (or commit): the tests failing on it, with the attempt and command that failed. */
    const failing = new Map();
    for (const attempt of ordered) {
        const state = attempt.tree
            ? `tree ${attempt.tree}`
            : attempt.commit
                ? `commit ${attempt.commit}`
                : null;
        const flipped = [];
        if (state !== null) {
            const open = failing.get(state) ?? new Map();
            failing.set(state, open);
            const passed = new Set(attempt.passed ?? []);
            for (const [test, at] of open) {
                const green = passed.has(test) ||
                    (attempt.status === 'passed' &&
                        (at.command === attempt.command || attempt.command.includes(test)));
                if (!green)
                    continue;
                flips.push({
                    source: 'manifest',
                    test,
                    identity: [test],
                    suiteLevel: test === at.command,
                    failed: at.attempt,
                    passed: attempt.attempt,
                    tree: attempt.tree ?? attempt.commit,
                    recorded: at.recorded && isRecorded(attempt)
                });
                flipped.push(test);
                open.delete(test);
            }
            if (attempt.status === 'failed' || attempt.status === 'error') {
                const names = attempt.failed && attempt.failed.length > 0 ? attempt.failed : [attempt.command];
                for (const test of names) {
                    if (!open.has(test)) {
                        const recorded = isRecorded(attempt);
                        open.set(test, { attempt: attempt.attempt, command: attempt.command, recorded });
                    }
                }
            }
        }
        rows.push({
            attempt: attempt.attempt,
            tree: attempt.tree ?? attempt.commit ?? null,
            status: attempt.status,
            flipped,
            source: isRecorded(attempt) ? 'agent-pr-gate record' : 'manifest'
        });
    }
    return { flips, rows };
}
function isRecorded(attempt) {
    return attempt.recorded_by === 'agent-pr-gate record';
}
function ciFlips(ci) {
    const flips = [];
    const rows = [];
    for (const runs of checkRunsByName(ci.checkRuns).values()) {
        const completed = runs.filter((r) => r.conclusion !== null);
        if (completed.length < 2)
            continue;
        const name = completed[0].name;
        const green = completed.at(-1).conclusion === 'success';
        const lastFailure = completed.findLastIndex((r) => FAILED_CONCLUSIONS.has(r.conclusion));
        const flipped = green && lastFailure >= 0;
        if (flipped) {
            flips.push({
                source: 'ci',
                test: `check run "${name}"`,
                identity: [name],
                suiteLevel: true,
                failed: lastFailure + 1,
                passed: completed.length
            });
        }
        completed.forEach((run, i) => rows.push({
            attempt: i + 1,
            tree: null,
            status: run.conclusion,
            flipped: flipped && i === completed.length - 1 ? [name] : [],
            source: `check run "${name}"`
        }));
    }
    for (const run of ci.workflowRuns) {
        if (run.attempts.length < 2)
            continue;
        const attempts = [...run.attempts].sort((a, b) => a.attempt - b.attempt);
        const last = attempts.at(-1);
        const lastFailure = attempts.findLast((a) => FAILED_CONCLUSIONS.has(a.conclusion ?? ''));
        const flipped = last.conclusion === 'success' && lastFailure !== undefined;
        if (flipped) {
            flips.push({
                source: 'ci',
                test: `workflow "${run.name}"`,
                identity: [run.name],
                suiteLevel: true,
                failed: lastFailure.attempt,
                passed: last.attempt
            });
        }
        for (const a of attempts) {
            rows.push({
                attempt: a.attempt,
                tree: null,
                status: a.conclusion ?? 'in progress',
                flipped: flipped && a === last ? [run.name] : [],
                source: `workflow "${run.name}"`
            });
        }
    }
    return { flips, rows };
}
function reportFlips(ci) {
    const flips = [];
    const rows = [];
    for (const report of ci.junit) {
        const found = junitFlips(report) ?? [];
        if (found.length === 0)
            continue;
        const names = [];
        for (const f of found) {
            const test = f.classname ? `${f.classname} > ${f.name}` : f.name;
            names.push(test);
            flips.push({
                source: 'junit',
                test,
                identity: [f.name, f.classname, f.file].filter((part) => part !== ''),
                suiteLevel: false,
                failed: f.failures,
                passed: f.failures + 1
            });
        }
        rows.push({
            attempt: found.reduce((most, f) => Math.max(most, f.failures + 1), 0),
            tree: null,
            status: 'passed on rerun',
            flipped: names,
            source: `JUnit ${report.path}`
        });
    }
    return { flips, rows };
}
/** Check runs grouped by app and name, oldest first. */
function checkRunsByName(runs) {
    const groups = new Map();
    const ordered = [...runs].sort((a, b) => compareText(a.startedAt ?? a.completedAt, b.startedAt ?? b.completedAt) || a.id - b.id);
    for (const run of ordered) {
        const key = `${run.appSlug ?? ''}\u0000${run.name}`;
        const group = groups.get(key);
        if (group)
            group.push(run);
        else
            groups.set(key, [run]);
    }
    return groups;
}
/** GitHub's timestamps are ISO-8601 UTC, so their text orders like their time. */
function compareText(a, b) {
    const x = a ?? '';
    const y = b ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
}

/** Tool names agents use for writing files; reads, searches and shells are not edits. */
const EDIT_TOOL = /edit|write|patch|create|delete|remove|replace|move|rename|insert|apply/i;
function isEdit(action) {
    return EDIT_TOOL.test(action.tool);
}
/**
 * Milliseconds since the epoch of an ISO-8601 time with a zone (`Z` or `+02:00`), or null.
 * Computed by hand: the pure stages read no clock, and a manifest's times are only text.
 */
function isoMillis(text) {
    if (text === undefined)
        return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(text.trim());
    if (m === null)
        return null;
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const days = daysFromCivil(Number(y), Number(mo), Number(d));
    const ms = Number(((frac ?? '') + '000').slice(0, 3));
    let offset = 0;
    if (zone.toUpperCase() !== 'Z') {
        const sign = zone.startsWith('-') ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
    return ((days * 24 + Number(h)) * 60 + Number(mi)) * 60_000 + Number(s ?? 0) * 1000 + ms - offset;
}
/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}

/** Check and workflow names that run tests; a failing lint job does not contradict a test claim. */
const TEST_JOB = /\b(?:tests?|testing|specs?|jest|vitest|mocha|pytest|junit|e2e|unit|integration|ci|build)\b/i;
const FAILED = new Set(['failure', 'timed_out']);
const WHY$d = 'A claim of green tests that the head does not back is what a reviewer would trust instead of checking.';
const FIX$7 = 'Run the tests on the head commit and record that attempt in the manifest; CI must pass on the head.';
function runClaimMismatches(changeSet, manifest) {
    const tests = manifest.tests ?? [];
    if (tests.length === 0)
        return [];
    const claim = tests.reduce((a, b) => (b.attempt >= a.attempt ? b : a));
    if (claim.status !== 'passed')
        return [];
    const findings = [];
    const stale = staleCommit(changeSet, claim);
    if (stale)
        findings.push(stale);
    const edited = editedAfter(manifest, claim);
    if (edited)
        findings.push(edited);
    const ci = failingCi(changeSet, claim);
    if (ci)
        findings.push(ci);
    return findings;
}
function headCommit(changeSet) {
    const head = changeSet.pr?.headSha ?? changeSet.head;
    return head && /^[0-9a-f]{40}$/i.test(head) ? head.toLowerCase() : null;
}
function staleCommit(changeSet, claim) {
    const head = headCommit(changeSet);
    const commit = claim.commit?.trim().toLowerCase();
    if (!head || !commit || !/^[0-9a-f]{7,40}$/.test(commit) || head.startsWith(commit))
        return null;
    const earlier = changeSet.commits.some((c) => c.sha.toLowerCase().startsWith(commit));
    return {
        rule: RUN_CLAIM_MISMATCH.id,
        severity: 'block',
        message: `The manifest says the tests passed (attempt ${claim.attempt}) on commit ${commit.slice(0, 12)}, but the pull request's head is ${head.slice(0, 12)}${earlier ? ': an earlier commit of this PR, so later commits were never tested by the agent' : ''}.`,
        evidence: { attempt: claim.attempt, claimed: commit, head, earlierCommitOfPr: earlier },
        why: WHY$d,
        fix: FIX$7
    };
}
function editedAfter(manifest, claim) {
    const passedAt = isoMillis(claim.at);
    if (passedAt === null)
        return null;
    const edits = (manifest.actions ?? []).filter((a) => {
        const at = isoMillis(a.at);
        return at !== null && at > passedAt && isEdit(a);
    });
    if (edits.length === 0)
        return null;
    const paths = [...new Set(edits.flatMap((a) => a.paths ?? []))];
    return {
        rule: RUN_CLAIM_MISMATCH.id,
        severity: 'block',
        message: `The manifest says the tests passed (attempt ${claim.attempt}), but its own log shows ${edits.length} edit${edits.length === 1 ? '' : 's'} after that run${paths.length > 0 ? ` (${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', ...' : ''})` : ''}: the passing tree is not the one in this PR.`,
        evidence: {
            attempt: claim.attempt,
            editsAfter: edits.map((a) => a.seq),
            paths: paths.slice(0, 50)
        },
        why: WHY$d,
        fix: FIX$7
    };
}
function failingCi(changeSet, claim) {
    const ci = changeSet.ci;
    if (!ci)
        return null;
    const failing = [];
    for (const runs of checkRunsByName(ci.checkRuns).values()) {
        const latest = runs.filter((r) => r.conclusion !== null).at(-1);
        if (latest && FAILED.has(latest.conclusion) && TEST_JOB.test(latest.name)) {
            failing.push(`check run "${latest.name}" (${latest.conclusion})`);
        }
    }
    for (const run of ci.workflowRuns) {
        if (run.conclusion !== null && FAILED.has(run.conclusion) && TEST_JOB.test(run.name)) {
            failing.push(`workflow "${run.name}" attempt ${run.runAttempt} (${run.conclusion})`);
        }
    }
    if (failing.length === 0)
        return null;
    return {
        rule: RUN_CLAIM_MISMATCH.id,
        severity: 'block',
        message: `The manifest says the tests passed (attempt ${claim.attempt}), but CI on the head commit says otherwise: ${failing.slice(0, 5).join('; ')}${failing.length > 5 ? '; ...' : ''}.`,
        evidence: { attempt: claim.attempt, failing },
        why: WHY$d,
        fix: FIX$7
    };
}

/** Reading `source_refs` and manifest paths: a file, a line range in one, a folder, or a glob. */
function normalizeRef(ref) {
    return ref
        .trim()
        .replace(/\\/g, '/')
        .replace(/^\.\//, '')
        .replace(/#[^]*/, '')
        .replace(/:\d+(?:-\d+)?$/, '');
}
/** True when a snapshot that read `refs` had `path` in view. */
function refsCover(refs, path) {
    for (const raw of refs) {
        const ref = normalizeRef(raw);
        if (ref === '')
            continue;
        if (ref === path)
            return true;
        if (path.startsWith(ref.endsWith('/') ? ref : `${ref}/`))
            return true;
        if (/[*?[{]/.test(ref) &&
            minimatch(path, ref, { dot: true, nonegate: true, nocomment: true })) {
            return true;
        }
    }
    return false;
}

/** Past this many files, the rest are named in one finding. */
const PER_FILE_FINDINGS = 20;
function untracedChanges(changeSet, manifest) {
    const snapshots = manifest.context_snapshots ?? [];
    if (snapshots.length === 0)
        return [];
    const latest = snapshots.reduce((a, b) => (b.version >= a.version ? b : a));
    const changed = new Set(changeSet.files.flatMap((f) => (f.oldPath ? [f.path, f.oldPath] : [f.path])));
    const { basis, after } = changedAfter(manifest, snapshots, latest, changeSet);
    const untraced = [];
    for (const [path, snapshot] of after) {
        if (changed.has(path) && !refsCover(snapshot.source_refs, path))
            untraced.push({ path, snapshot });
    }
    untraced.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const findings = untraced.slice(0, PER_FILE_FINDINGS).map(({ path, snapshot }) => ({
        rule: UNTRACED_CHANGE.id,
        severity: 'warn',
        message: `${path} changed after context snapshot ${snapshot.version}, which does not reference it: the agent edited a file it had not seen since it compacted its context.`,
        path,
        evidence: { snapshot: snapshot.version, basis },
        why: WHY$c,
        fix: FIX$6
    }));
    const rest = untraced.slice(PER_FILE_FINDINGS);
    if (rest.length > 0) {
        findings.push({
            rule: UNTRACED_CHANGE.id,
            severity: 'warn',
            message: `${rest.length} more files changed after a context snapshot that does not reference them: ${rest
                .slice(0, 20)
                .map((u) => u.path)
                .join(', ')}${rest.length > 20 ? ', ...' : ''}.`,
            evidence: { files: rest.map((u) => u.path), basis },
            why: WHY$c,
            fix: FIX$6
        });
    }
    return findings;
}
const WHY$c = 'An edit made without the file in context is a guess about code the agent no longer saw.';
const FIX$6 = "Review these files closely, or rerun the agent with them in context; list them in the snapshot's source_refs.";
function changedAfter(manifest, snapshots, latest, changeSet) {
    const after = new Map();
    if (manifest.changes) {
        const byVersion = new Map(snapshots.map((s) => [s.version, s]));
        for (const change of manifest.changes) {
            const snapshot = change.after_snapshot === undefined
                ? latest
                : (byVersion.get(change.after_snapshot) ?? latest);
            after.set(normalizeRef(change.path), snapshot);
        }
        return { basis: 'changes', after };
    }
    const timed = snapshots
        .filter((s) => s.after_action !== undefined)
        .sort((a, b) => a.after_action - b.after_action);
    const edits = (manifest.actions ?? []).filter((a) => isEdit(a) && (a.paths?.length ?? 0) > 0);
    if (timed.length > 0 && edits.length > 0) {
        for (const action of edits) {
            const snapshot = timed.findLast((s) => s.after_action < action.seq);
            if (snapshot === undefined)
                continue;
            for (const path of action.paths)
                after.set(normalizeRef(path), snapshot);
        }
        return { basis: 'actions', after };
    }
    for (const file of changeSet.files)
        after.set(file.path, latest);
    return { basis: 'assumed', after };
}

const disciplineDetectors = {
    name: 'discipline',
    detect({ changeSet, config, isAgent }) {
        const findings = [];
        if (changeSet.manifest.status === 'present') {
            const { manifest } = changeSet.manifest;
            const found = [
                actionBudget(manifest, config.max_actions_per_run),
                untracedChanges(changeSet, manifest),
                runClaimMismatches(changeSet, manifest)
            ];
            for (const list of found)
                for (const item of list)
                    findings.push(item);
        }
        if (isAgent && changeSet.pr) {
            for (const item of explanationFindings(changeSet.pr, config.explanation.max_words))
                findings.push(item);
        }
        return { findings };
    }
};

/** Problems listed one by one; the rest are counted in one more finding. */
const MAX_LISTED_PROBLEMS = 20;
function problemFinding(source, problem) {
    const where = problem.pointer === '' ? 'the document' : problem.pointer;
    return {
        rule: RUN_MANIFEST_INVALID.id,
        severity: 'warn',
        message: `Run manifest from ${source} is invalid at ${where}: ${problem.message}`,
        evidence: { source, pointer: problem.pointer },
        why: 'The gate cannot check scope, tests or actions against a manifest it cannot read.',
        fix: `Correct ${where} in the manifest so it matches agent-run/v1 (schema/agent-run.schema.json).`
    };
}
/** Whether the agent attached a readable run manifest (agent-run/v1). */
const manifestDetectors = {
    name: 'manifest',
    detect({ changeSet, isAgent }) {
        const state = changeSet.manifest;
        if (state.status === 'absent') {
            if (!isAgent)
                return { findings: [] };
            return {
                findings: [
                    {
                        rule: RUN_MANIFEST_MISSING.id,
                        severity: 'info',
                        message: 'This agent-authored PR has no run manifest (agent-run/v1): every diff check ran; scope, test attempts and actions were not checked.',
                        why: 'With a manifest the gate also checks what the agent was asked, ran and retried.',
                        fix: "Optional: attach one: point the action's `manifest` input (CLI: --manifest) at the file the agent wrote, or add an ```agent-run fenced block with the JSON to the PR body."
                    }
                ]
            };
        }
        if (state.status === 'present')
            return { findings: [] };
        const listed = state.problems.slice(0, MAX_LISTED_PROBLEMS);
        const findings = listed.map((problem) => problemFinding(state.source, problem));
        const rest = state.problems.length - listed.length;
        if (rest > 0) {
            findings.push({
                rule: RUN_MANIFEST_INVALID.id,
                severity: 'warn',
                message: `Run manifest from ${state.source} has ${rest} more problem${rest === 1 ? '' : 's'} not listed here.`,
                evidence: { source: state.source, unlisted: rest },
                why: 'The gate cannot check scope, tests or actions against a manifest it cannot read.',
                fix: 'Fix the problems above, then re-run the gate to see the rest.'
            });
        }
        return { findings };
    }
};

/** Shared punctuation and keyword tokens, with their comparison keys (see `tokenKey`). */
const SHARED_TOKENS = {
    punct: new Map(),
    keyword: new Map()
};
/**
 * The one token object for a punctuation mark or a keyword: tokens are never changed, and a
 * large diff holds millions of them, most of them these. Both kinds come from bounded sets (ASCII
 * marks, operator and keyword tables), so the tables stay small.
 */
function sharedToken(kind, text) {
    const table = SHARED_TOKENS[kind];
    let token = table.get(text);
    if (token === undefined) {
        token = { kind, text, key: kind[0] + text };
        table.set(text, token);
    }
    return token;
}
/** Punctuation tokens of one ASCII character, by character code. */
const MARKS = new Array(128).fill(undefined);
/** `sharedToken('punct', text[i])` for a mark below 128, without the string and the Map read. */
function markToken(text, i) {
    const c = text.charCodeAt(i);
    return c < 128 ? (MARKS[c] ??= sharedToken('punct', text[i])) : sharedToken('punct', text[i]);
}
/** Words a `WordTable` holds before it starts afresh: memory stays bounded. */
const MAX_TABLE_WORDS = 1 << 15;
/** Slots at most: twice the words, so probes stay short. */
const TABLE_SLOTS = MAX_TABLE_WORDS * 2;
/**
 * Slots a table starts with, doubled whenever a quarter are taken (so probes stay as short as
 * in the full table): most runs read a few thousand distinct words, and making the full table
 * for each language cost more than all their lookups.
 */
const FIRST_TABLE_SLOTS = 1 << 10;
/** Slots a lookup tries before it makes an unshared token: crafted colliding words stay linear. */
const MAX_PROBES = 8;
/**
 * The word and keyword tokens of one language, found by a hash of the characters the scanner
 * has just read, so that a word seen before costs no string: slicing every occurrence only to
 * look it up was most of the tokenizer's garbage.
 */
class WordTable {
    #keywords;
    #hashes = new Int32Array(FIRST_TABLE_SLOTS);
    #tokens = new Array(FIRST_TABLE_SLOTS).fill(undefined);
    /** `#tokens.length - 1`: slots are a power of two. */
    #mask = FIRST_TABLE_SLOTS - 1;
    #count = 0;
    constructor(keywords) {
        this.#keywords = keywords;
    }
    /** The token for `text[start, end)`, whose `wordHash` is `hash`. */
    token(text, start, end, hash) {
        const tokens = this.#tokens;
        const mask = this.#mask;
        let slot = hash & mask;
        for (let probe = 0; probe < MAX_PROBES; probe++) {
            const found = tokens[slot];
            if (found === undefined)
                return this.#add(text.slice(start, end), slot, hash);
            if (this.#hashes[slot] === hash && sameChars(found.text, text, start, end))
                return found;
            slot = (slot + 1) & mask;
        }
        return this.#make(text.slice(start, end));
    }
    #add(word, slot, hash) {
        if (this.#count >= MAX_TABLE_WORDS) {
            this.#tokens.fill(undefined);
            this.#count = 0;
        }
        else if (4 * (this.#count + 1) > this.#tokens.length && this.#tokens.length < TABLE_SLOTS) {
            this.#grow();
            slot = this.#freeSlot(hash);
        }
        const token = this.#make(word);
        this.#tokens[slot] = token;
        this.#hashes[slot] = hash;
        this.#count++;
        return token;
    }
    /** Twice the slots, every word moved to its slot there. */
    #grow() {
        const tokens = this.#tokens;
        const hashes = this.#hashes;
        const size = Math.min(TABLE_SLOTS, tokens.length * 2);
        this.#tokens = new Array(size).fill(undefined);
        this.#hashes = new Int32Array(size);
        this.#mask = size - 1;
        for (let slot = 0; slot < tokens.length; slot++) {
            const token = tokens[slot];
            if (token === undefined)
                continue;
            const to = this.#freeSlot(hashes[slot]);
            this.#tokens[to] = token;
            this.#hashes[to] = hashes[slot];
        }
    }
    /** The first empty slot from `hash`'s own: the table is at most half full, so one is near. */
    #freeSlot(hash) {
        let slot = hash & this.#mask;
        while (this.#tokens[slot] !== undefined)
            slot = (slot + 1) & this.#mask;
        return slot;
    }
    #make(word) {
        return this.#keywords.has(word)
            ? sharedToken('keyword', word)
            : { kind: 'word', text: word, key: 'w' + word };
    }
}
/**
 * What scan loops read past a line's end, instead of calling `charCodeAt` out of range (NaN). V8's
 * optimized code assumes such reads stay in range until one does not; then it throws the
 * function's machine code away and compiles it again. On pallets/flask 2.3.3..3.1.0 such reads
 * made the Python scan compile three times (21, 41 and 56 ms on the compiler's thread) while the
 * run went on in slower code; with OUT_OF_LINE it compiles once.
 */
const OUT_OF_LINE = -1;
/** The multiplier of `wordHash`'s step, for scan loops that write the step out. */
const WORD_HASH_PRIME = 0x01000193;
/** Hash step for `WordTable`: fold the next character into the hash of the ones before it. */
function wordHash(hash, c) {
    return Math.imul(hash ^ c, WORD_HASH_PRIME);
}
/** The hash a word's first character is folded into. */
const WORD_HASH_SEED = 0x811c9dc5 | 0;
function sameChars(word, text, start, end) {
    if (word.length !== end - start)
        return false;
    for (let i = 0; i < word.length; i++) {
        if (word.charCodeAt(i) !== text.charCodeAt(start + i))
            return false;
    }
    return true;
}
/** The token as one comparable string: its kind's initial, then its text. */
function tokenKey(token) {
    return (token.key ??= token.kind[0] + token.text);
}
/**
 * Lines longer than this are minified, generated or data (hand-written code stays far below it):
 * they are not tokenized but read as one opaque token, their text with white space runs
 * collapsed, so re-indenting one is still layout while the scan stays linear in its length.
 */
const MAX_TOKENIZED_LINE = 2_000;
/** A long line as one token: equal to another only when equal modulo white space runs. */
function opaqueLine(text) {
    return {
        tokens: [{ kind: 'string', text: 'L' + collapseWhiteSpace(text), key: undefined }],
        comment: '',
        indent: indentWidth(text),
        statementStart: false
    };
}
/**
 * `text.trim().replace(/\s+/g, ' ')` in one pass: long lines are the ones this reads, and the
 * trimmed copy and the regex replace each made one more copy of them.
 */
function collapseWhiteSpace(text) {
    let start = 0;
    let end = text.length;
    while (start < end && isWhiteSpace(text.charCodeAt(start)))
        start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1)))
        end--;
    let out = '';
    let from = start;
    for (let i = start; i < end; i++) {
        if (!isWhiteSpace(text.charCodeAt(i)))
            continue;
        // A single space already reads as its collapsed self: the run continues unbroken.
        let j = i + 1;
        while (isWhiteSpace(text.charCodeAt(j)))
            j++;
        if (j === i + 1 && text.charCodeAt(i) === 32)
            continue;
        out += text.slice(from, i) + ' ';
        from = j;
        i = j - 1;
    }
    return from === start ? text.slice(start, end) : out + text.slice(from, end);
}
/** What `String.prototype.trim` takes off and `\s` matches. */
function isWhiteSpace(c) {
    if (c < 128)
        return c === 32 || (c >= 9 && c <= 13);
    return (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** A hunk line as a tokenizer reads it: on both sides (context), the old side or the new. */
const BOTH_SIDES = 0;
const OLD_SIDE = 1;
const NEW_SIDE = 2;
/** The hunk's lines as each side reads them: context lines on both. */
function linesBySide(lines, sides) {
    const oldLines = [];
    const newLines = [];
    for (let k = 0; k < lines.length; k++) {
        if (sides[k] !== NEW_SIDE)
            oldLines.push(lines[k]);
        if (sides[k] !== OLD_SIDE)
            newLines.push(lines[k]);
    }
    return { oldLines, newLines };
}
/** Each side read on its own: for tokenizers whose state a context line cannot share. */
function sideBySide(tokenize) {
    return (lines, sides) => {
        const { oldLines, newLines } = linesBySide(lines, sides);
        return { old: tokenize(oldLines), new: tokenize(newLines) };
    };
}
function indentWidth(text, start = 0, end = text.length) {
    let width = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 32)
            width++;
        else if (c === 9)
            width = (Math.floor(width / 8) + 1) * 8;
        else
            break;
    }
    return width;
}
/** Comment text reduced to its words, so re-wrapping or re-spacing a comment is layout. */
function commentWords(raw) {
    return commentWordsIn(raw, 0, raw.length);
}
/**
 * `commentWords` of `text[start, end)`, read in place: words split at white space, those made
 * only of comment marks (`*`, `/`, `#`) left out, the rest joined by single spaces. Most comments
 * are already single-spaced words, so the answer is then one slice of the text.
 */
function commentWordsIn(text, start, end) {
    let out = '';
    /** Where the kept words so far sit in `text`, while they still form one single-spaced run. */
    let runStart = -1;
    let runEnd = -1;
    let i = start;
    while (i < end) {
        if (isWhiteSpace(text.charCodeAt(i))) {
            i++;
            continue;
        }
        let j = i;
        let marksOnly = true;
        for (; j < end; j++) {
            const c = text.charCodeAt(j);
            if (isWhiteSpace(c))
                break;
            if (c !== 42 && c !== 47 && c !== 35)
                marksOnly = false;
        }
        if (!marksOnly) {
            if (runStart < 0 && out === '')
                runStart = i;
            else if (runStart >= 0 && i === runEnd + 1 && text.charCodeAt(runEnd) === 32) ;
            else {
                if (runStart >= 0)
                    out = text.slice(runStart, runEnd);
                runStart = -1;
                out += ' ' + text.slice(i, j);
            }
            if (runStart >= 0)
                runEnd = j;
        }
        else if (runStart >= 0) {
            // A dropped word breaks the run: what follows is joined by copying.
            out = text.slice(runStart, runEnd);
            runStart = -1;
        }
        i = j;
    }
    return runStart >= 0 ? text.slice(runStart, runEnd) : out;
}
function isWordStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 127;
}
function isWordPart(c) {
    return isWordStart(c) || (c >= 48 && c <= 57);
}
/**
 * `isWordPart` by UTF-16 code unit (1 or 0), for the per-character loops: a cold run reads
 * them before they are compiled, and there each call per character cost more than the rest.
 */
const WORD_PART = new Uint8Array(65536).fill(1);
for (let c = 0; c < 128; c++)
    WORD_PART[c] = isWordPart(c) ? 1 : 0;
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** String content with escaped quotes unescaped, so `'it\'s'` and `"it's"` compare equal. */
function unescapeQuotes(content) {
    if (!content.includes('\\'))
        return content;
    let out = '';
    for (let i = 0; i < content.length; i++) {
        const c = content[i];
        if (c === '\\' && i + 1 < content.length) {
            const next = content[i + 1];
            out += next === '"' || next === "'" ? next : c + next;
            i++;
        }
        else
            out += c;
    }
    return out;
}

/**
 * Both sides of a hunk in one pass: a context line is scanned once when both sides reach it in
 * the same state (most do), since then it reads the same on both; its tokens are shared.
 */
function cFamilyHunkTokenizer(rules) {
    return (lines, sides) => {
        const oldMode = startsInsideComment(lines, sides, NEW_SIDE) ? 'block' : 'code';
        const newMode = startsInsideComment(lines, sides, OLD_SIDE) ? 'block' : 'code';
        const o = scanState(oldMode);
        const n = scanState(newMode);
        const lexer = lexerOf(rules);
        const oldOut = [];
        const newOut = [];
        for (let k = 0; k < lines.length; k++) {
            const text = lines[k];
            const side = sides[k];
            if (text.length > MAX_TOKENIZED_LINE) {
                const line = opaqueLine(text);
                if (side !== NEW_SIDE)
                    oldOut.push(line);
                if (side !== OLD_SIDE)
                    newOut.push(line);
            }
            else if (side === OLD_SIDE)
                oldOut.push(scanLine$1(text, o, lexer));
            else if (side === NEW_SIDE)
                newOut.push(scanLine$1(text, n, lexer));
            else if (sameState(o, n)) {
                const stray = o.strayCommentEnd;
                o.strayCommentEnd = false;
                const line = scanLine$1(text, o, lexer);
                // The line met a stray `*` `/` on one side exactly when it met one on the other.
                if (o.strayCommentEnd)
                    n.strayCommentEnd = true;
                o.strayCommentEnd ||= stray;
                n.mode = o.mode;
                // Most lines sit outside any template: no copy of an empty stack per context line.
                if (o.braces.length === 0)
                    n.braces.length = 0;
                else
                    n.braces = o.braces.slice();
                n.afterValue = o.afterValue;
                n.openedComment = o.openedComment;
                oldOut.push(line);
                newOut.push(line);
            }
            else {
                oldOut.push(scanLine$1(text, o, lexer));
                newOut.push(scanLine$1(text, n, lexer));
            }
        }
        // As `cFamilyTokenizer`: a side read as code that met a stray comment end began in one.
        const oldAgain = oldMode === 'code' && o.strayCommentEnd;
        const newAgain = newMode === 'code' && n.strayCommentEnd;
        if (!oldAgain && !newAgain)
            return { old: oldOut, new: newOut };
        const { oldLines, newLines } = linesBySide(lines, sides);
        return {
            old: oldAgain ? scanSide$1(oldLines, rules, 'block').lines : oldOut,
            new: newAgain ? scanSide$1(newLines, rules, 'block').lines : newOut
        };
    };
}
function scanState(mode) {
    return { mode, braces: [], afterValue: false, strayCommentEnd: false, openedComment: false };
}
/** Whether `scanLine` reads a line the same from either state (the stray flag only accumulates). */
function sameState(a, b) {
    if (a.mode !== b.mode || a.afterValue !== b.afterValue)
        return false;
    if (a.openedComment !== b.openedComment || a.braces.length !== b.braces.length)
        return false;
    for (let i = 0; i < a.braces.length; i++)
        if (a.braces[i] !== b.braces[i])
            return false;
    return true;
}
/**
 * A first line like ` * @param x` continues a block comment opened above the hunk; with
 * `sides`, only the lines not on side `skip` are read (one side of a hunk, in place).
 */
function startsInsideComment(lines, sides, skip) {
    for (let k = 0; k < lines.length; k++) {
        if (sides !== undefined && sides[k] === skip)
            continue;
        const trimmed = lines[k].trim();
        if (trimmed === '')
            continue;
        return trimmed === '*' || trimmed.startsWith('* ') || trimmed.startsWith('*/');
    }
    return false;
}
function scanSide$1(lines, rules, mode) {
    const state = scanState(mode);
    const lexer = lexerOf(rules);
    // A long line leaves the scan state as it found it: minified code opens and closes its own.
    const out = lines.map((text) => text.length > MAX_TOKENIZED_LINE ? opaqueLine(text) : scanLine$1(text, state, lexer));
    return { lines: out, state };
}
/**
 * Where `scanLine` collects a line's tokens before copying them out at their exact count: grown
 * by `push`, every line's array had room for about three times its tokens, kept as long as the
 * line.
 */
const SCRATCH$2 = [];
/** Each rule set's lexer, made on first use. */
const LEXERS = new WeakMap();
function lexerOf(rules) {
    let lexer = LEXERS.get(rules);
    if (lexer === undefined) {
        lexer = { rules, words: new WordTable(rules.keywords), pairs: pairsOf(rules.operators) };
        LEXERS.set(rules, lexer);
    }
    return lexer;
}
function scanLine$1(text, st, lexer) {
    const rules = lexer.rules;
    const table = lexer.words;
    const pairs = lexer.pairs;
    const tokens = SCRATCH$2;
    let count = 0;
    const statementStart = st.mode === 'code';
    // The line's first comment piece as a range; later pieces (rare) are joined in `comment`.
    let firstStart = -1;
    let firstEnd = -1;
    let comment = '';
    let i = 0;
    const n = text.length;
    // Characters regex literal scans may read on this line: a failed scan reads to the line's end,
    // so without a budget a line of `(/[` repeated is quadratic. Past it, `/` is punctuation.
    let regexBudget = 4 * n + 256;
    while (i < n) {
        // Code is the common mode: one comparison per token for it.
        if (st.mode !== 'code') {
            if (st.mode === 'block') {
                const end = text.indexOf('*/', i);
                if (firstStart < 0) {
                    firstStart = i;
                    firstEnd = end < 0 ? n : end;
                }
                else
                    comment += ' ' + text.slice(i, end < 0 ? n : end);
                if (end < 0)
                    break;
                i = end + 2;
                st.mode = 'code';
                continue;
            }
            if (st.mode === 'template') {
                let j = i;
                while (j < n) {
                    const c = text.charCodeAt(j);
                    if (c === 92)
                        j += 2;
                    else if (c === 96 || (c === 36 && text.charCodeAt(j + 1) === 123))
                        break;
                    else
                        j++;
                }
                tokens[count++] = {
                    kind: 'string',
                    text: 'T' + text.slice(i, Math.min(j, n)),
                    key: undefined
                };
                if (j >= n)
                    break;
                if (text.charCodeAt(j) === 96) {
                    st.mode = 'code';
                    st.afterValue = true;
                    i = j + 1;
                }
                else {
                    tokens[count++] = sharedToken('punct', '${');
                    st.braces.push(0);
                    st.mode = 'code';
                    st.afterValue = false;
                    i = j + 2;
                }
                continue;
            }
            // The modes left: a raw string or a text block.
            {
                const close = st.mode === 'raw' ? '`' : '"""';
                const end = text.indexOf(close, i);
                tokens[count++] = {
                    kind: 'string',
                    text: close + text.slice(i, end < 0 ? n : end),
                    key: undefined
                };
                if (end < 0)
                    break;
                i = end + close.length;
                st.mode = 'code';
                st.afterValue = true;
                continue;
            }
        }
        const c = text.charCodeAt(i);
        if (isBlank$1(c)) {
            // A run of white space at once, not a pass of the mode checks above per character.
            i++;
            // `isBlank` written out: indentation is most of a line's characters, read cold.
            // Reads stop at the line's end: see OUT_OF_LINE.
            let d = i < n ? text.charCodeAt(i) : OUT_OF_LINE;
            while (d === 32 || d === 9 || d === 12 || d === 11)
                d = ++i < n ? text.charCodeAt(i) : OUT_OF_LINE;
            continue;
        }
        const next = i + 1 < n ? text.charCodeAt(i + 1) : OUT_OF_LINE;
        if (c === 47 && next === 47) {
            if (firstStart < 0) {
                firstStart = i + 2;
                firstEnd = n;
            }
            else
                comment += ' ' + text.slice(i + 2);
            break;
        }
        if (c === 47 && next === 42) {
            st.mode = 'block';
            st.openedComment = true;
            i += 2;
            continue;
        }
        if (isWordStart(c)) {
            let hash = wordHash(WORD_HASH_SEED, c);
            let j = i + 1;
            // A table read and the hash step written out: two calls per character cost a cold run.
            while (j < n) {
                const d = text.charCodeAt(j);
                if (WORD_PART[d] === 0)
                    break;
                hash = Math.imul(hash ^ d, WORD_HASH_PRIME);
                j++;
            }
            const token = table.token(text, i, j, hash);
            tokens[count++] = token;
            st.afterValue = token.kind !== 'keyword' || rules.valueKeywords.has(token.text);
            i = j;
            continue;
        }
        if (isDigit(c) || (c === 46 && isDigit(next))) {
            const j = numberEnd(text, i);
            tokens[count++] = {
                kind: 'number',
                text: rules.canonicalNumber(text.slice(i, j)),
                key: undefined
            };
            st.afterValue = true;
            i = j;
            continue;
        }
        if (c === 34 && rules.textBlocks && text.startsWith('"""', i)) {
            st.mode = 'textblock';
            i += 3;
            continue;
        }
        if (c === 34 || (c === 39 && rules.singleQuote === 'string')) {
            const j = quotedEnd(text, i, c);
            const content = text.slice(i + 1, j < n ? j : n);
            tokens[count++] = {
                kind: 'string',
                text: stringText(rules, text[i], content),
                key: undefined
            };
            st.afterValue = true;
            i = j + 1;
            continue;
        }
        if (c === 39) {
            const j = charLiteralEnd(text, i);
            if (j > 0) {
                tokens[count++] = { kind: 'string', text: text.slice(i, j + 1), key: undefined };
                st.afterValue = true;
                i = j + 1;
                continue;
            }
        }
        if (c === 96 && (rules.templates || rules.rawBackticks)) {
            st.mode = rules.templates ? 'template' : 'raw';
            i++;
            continue;
        }
        // `</` closes a JSX tag: never a regex.
        if (c === 47 &&
            rules.regexLiterals &&
            !st.afterValue &&
            regexBudget > 0 &&
            !(count > 0 && tokens[count - 1].text === '<')) {
            const j = regexEnd(text, i);
            regexBudget -= (j > 0 ? j : n) - i;
            if (j > 0) {
                tokens[count++] = { kind: 'string', text: text.slice(i, j), key: undefined };
                st.afterValue = true;
                i = j;
                continue;
            }
        }
        if (c === 42 && next === 47 && !st.openedComment)
            st.strayCommentEnd = true;
        if (st.braces.length > 0 && (c === 123 || c === 125)) {
            const top = st.braces.length - 1;
            if (c === 123)
                st.braces[top]++;
            else if (st.braces[top] > 0)
                st.braces[top]--;
            else {
                st.braces.pop();
                tokens[count++] = sharedToken('punct', '}');
                st.mode = 'template';
                i++;
                continue;
            }
        }
        const op = operatorTokenAt(text, i, rules.operators, pairs);
        tokens[count++] = op;
        st.afterValue = c === 41 || c === 93 || c === 125;
        i += op.text.length;
    }
    const words = firstStart < 0
        ? ''
        : comment === ''
            ? commentWordsIn(text, firstStart, firstEnd)
            : commentWords(text.slice(firstStart, firstEnd) + comment);
    return {
        tokens: count === 0 ? [] : tokens.slice(0, count),
        comment: words,
        indent: indentWidth(text),
        statementStart
    };
}
/** White space between tokens: space, tab, form feed, vertical tab. */
function isBlank$1(c) {
    return c === 32 || c === 9 || c === 12 || c === 11;
}
function stringText(rules, quote, content) {
    return rules.stringsByValue ? 'S' + unescapeQuotes(content) : quote + content;
}
/** Each operator set's first two characters, as `pairIndex` numbers them. */
const OPERATOR_PAIRS$1 = new WeakMap();
/** Two ASCII characters as one index. */
function pairIndex(c, next) {
    return ((c & 127) << 7) | (next & 127);
}
function pairsOf(operators) {
    let pairs = OPERATOR_PAIRS$1.get(operators);
    if (pairs === undefined) {
        pairs = new Uint8Array(128 * 128);
        for (const op of operators)
            pairs[pairIndex(op.charCodeAt(0), op.charCodeAt(1))] = 1;
        OPERATOR_PAIRS$1.set(operators, pairs);
    }
    return pairs;
}
/** The operator at `i`, longest first; `pairs` is `pairsOf(operators)`, looked up once per line. */
function operatorAt(text, i, operators, pairs) {
    // Every multi-character operator continues with punctuation: skip the slices otherwise.
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : OUT_OF_LINE;
    if (!(next > 32 && next < 127) || isWordPart(next))
        return text[i];
    // Nor do slices help when no operator starts with these two characters: `);`, `),`, `{}`.
    const c = text.charCodeAt(i);
    if (c >= 128 || pairs[pairIndex(c, next)] === 0)
        return text[i];
    for (let len = 4; len >= 2; len--) {
        const candidate = text.slice(i, i + len);
        if (candidate.length === len && operators.has(candidate))
            return candidate;
    }
    return text[i];
}
/** `operatorAt` as its shared token: most are one character, found without a string or a Map. */
function operatorTokenAt(text, i, operators, pairs) {
    const c = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : OUT_OF_LINE;
    if (c < 128 &&
        (!(next > 32 && next < 127) || isWordPart(next) || pairs[pairIndex(c, next)] === 0)) {
        return markToken(text, i);
    }
    return sharedToken('punct', operatorAt(text, i, operators, pairs));
}
function numberEnd(text, start) {
    let j = start;
    const hex = text[j] === '0' && (text[j + 1] === 'x' || text[j + 1] === 'X');
    let dot = text.charCodeAt(j) === 46;
    while (j < text.length) {
        const c = text.charCodeAt(j);
        if (isWordPart(c))
            j++;
        // One decimal point, before a digit: `self.0.opts` and `1..2` are not one number.
        else if (c === 46 && !dot && j > start && isDigit(text.charCodeAt(j + 1))) {
            dot = true;
            j++;
        }
        else if (c === 46 && j === start)
            j++;
        else if (!hex && (c === 43 || c === 45) && /[eE]/.test(text[j - 1]))
            j++;
        else
            break;
    }
    return j;
}
/** Index of the closing quote, or the line's length when the string runs to the end. */
function quotedEnd(text, start, quote) {
    let j = start + 1;
    while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c === 92)
            j += 2;
        else if (c === quote)
            return j;
        else
            j++;
    }
    return text.length;
}
/** `'a'`, `'\n'`, `'\u00e9'`: else the quote is punctuation (a Rust lifetime, a prime). */
function charLiteralEnd(text, start) {
    if (text[start + 1] === '\\') {
        const end = text.indexOf("'", start + 2);
        return end > 0 && end - start <= 12 ? end : -1;
    }
    const cp = text.codePointAt(start + 1);
    if (cp === undefined)
        return -1;
    const end = start + 1 + (cp > 0xffff ? 2 : 1);
    return text[end] === "'" ? end : -1;
}
function regexEnd(text, start) {
    let j = start + 1;
    let inClass = false;
    while (j < text.length) {
        const c = text[j];
        if (c === '\\')
            j += 2;
        else {
            if (c === '[')
                inClass = true;
            else if (c === ']')
                inClass = false;
            else if (c === '/' && !inClass) {
                if (j === start + 1)
                    return -1;
                j++;
                while (j < text.length && isWordPart(text.charCodeAt(j)))
                    j++;
                return j;
            }
            j++;
        }
    }
    return -1;
}

/** Keywords and predeclared identifiers: renaming `int` to `int64` changes a type, not a name. */
const KEYWORDS$3 = new Set(('break case chan const continue default defer else fallthrough for func go goto if import ' +
    'interface map package range return select struct switch type var bool byte complex64 ' +
    'complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 ' +
    'uint32 uint64 uintptr true false iota nil any comparable append cap clear close complex ' +
    'copy delete imag len make max min new panic print println real recover').split(' '));
const VALUE_KEYWORDS$2 = new Set(['true', 'false', 'nil', 'iota']);
const OPERATORS$3 = new Set('<<= >>= &^= ... && || <- ++ -- == != <= >= := += -= *= /= %= &= |= ^= << >> &^'.split(' '));
/** Go: runes in single quotes, raw strings in backticks; gofmt lowercases `0X` and `E`. */
const RULES$2 = {
    keywords: KEYWORDS$3,
    valueKeywords: VALUE_KEYWORDS$2,
    operators: OPERATORS$3,
    singleQuote: 'char',
    templates: false,
    rawBackticks: true,
    textBlocks: false,
    regexLiterals: false,
    stringsByValue: false,
    canonicalNumber: (text) => text.toLowerCase()
};
const goHunkTokenizer = cFamilyHunkTokenizer(RULES$2);

const KEYWORDS$2 = new Set(('abstract assert boolean break byte case catch char class const continue default do double ' +
    'else enum extends final finally float for goto if implements import instanceof int ' +
    'interface long native new package private protected public return short static strictfp ' +
    'super switch synchronized this throw throws transient try void volatile while true false ' +
    'null var record yield sealed permits').split(' '));
const VALUE_KEYWORDS$1 = new Set(['this', 'super', 'true', 'false', 'null']);
const OPERATORS$2 = new Set('>>>= <<= >>= >>> ... -> :: == != <= >= && || ++ -- += -= *= /= %= &= |= ^= << >>'.split(' '));
/** Java: char literals in single quotes, text blocks in triple quotes, `10L` is `10l`. */
const RULES$1 = {
    keywords: KEYWORDS$2,
    valueKeywords: VALUE_KEYWORDS$1,
    operators: OPERATORS$2,
    singleQuote: 'char',
    templates: false,
    rawBackticks: false,
    textBlocks: true,
    regexLiterals: false,
    stringsByValue: false,
    canonicalNumber: (text) => text.toLowerCase()
};
const javaHunkTokenizer = cFamilyHunkTokenizer(RULES$1);

const KEYWORDS$1 = new Set(('abstract any async await bigint boolean break case catch class const continue debugger ' +
    'declare default delete do else enum export extends false finally for function if ' +
    'implements import in instanceof interface keyof let namespace never new null number ' +
    'object private protected public readonly return satisfies static string super switch ' +
    'symbol this throw true try typeof undefined unknown var void while with yield').split(' '));
const VALUE_KEYWORDS = new Set(['this', 'super', 'true', 'false', 'null', 'undefined']);
const OPERATORS$1 = new Set(('>>>= ... === !== **= <<= >>= >>> &&= ||= ??= => == != <= >= && || ?? ?. ++ -- += -= *= ' +
    '/= %= &= |= ^= ** << >>').split(' '));
/** JavaScript numbers compare by value: Prettier rewrites `1.50`, `.5`, `0XAB`, `1E+10`. */
function canonicalNumber(text) {
    const lower = text.toLowerCase().replace(/_/g, '');
    if (lower.endsWith('n'))
        return lower;
    const value = Number(lower);
    return Number.isNaN(value) ? lower : String(value);
}
/** JavaScript and TypeScript, JSX included: templates, regex literals, quote style as layout. */
const RULES = {
    keywords: KEYWORDS$1,
    valueKeywords: VALUE_KEYWORDS,
    operators: OPERATORS$1,
    singleQuote: 'string',
    templates: true,
    rawBackticks: false,
    textBlocks: false,
    regexLiterals: true,
    stringsByValue: true,
    canonicalNumber
};
const javascriptHunkTokenizer = cFamilyHunkTokenizer(RULES);

const KEYWORDS = new Set(('False None True and as assert async await break class continue def del elif else except ' +
    'finally for from global if import in is lambda nonlocal not or pass raise return try ' +
    'while with yield').split(' '));
const OPERATORS = new Set('**= //= >>= <<= -> := == != <= >= ** // << >> += -= *= /= %= &= |= ^= @='.split(' '));
/** `OPERATORS` by their first two characters, for `operatorAt`. */
const OPERATOR_PAIRS = pairsOf(OPERATORS);
const PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
/** Python: `#` comments, prefixed and triple-quoted strings, docstrings, logical lines. */
const pythonTokenizer = (lines) => {
    const inside = openedAbove(lines);
    if (inside !== null)
        return scanSide(lines, inside).lines;
    const asCode = scanSide(lines, null);
    if (asCode.prose < 2)
        return asCode.lines;
    const quote = lines.join('\n').includes("'''") && !lines.join('\n').includes('"""') ? "'''" : '"""';
    const asDocstring = scanSide(lines, { quote, prefix: '', statement: true, fragments: [] });
    return asDocstring.prose < asCode.prose ? asDocstring.lines : asCode.lines;
};
/** A line with no prose (adjacent plain words) and a keyword or an operator: a statement. */
function readsAsCode(text) {
    const st = { open: null, depth: 0, continued: false, prose: 0, unmatched: 0 };
    const line = scanLine(text, st);
    return (st.prose === 0 &&
        st.open === null &&
        line.tokens.some((t) => t.kind === 'keyword' || (t.kind === 'punct' && t.text !== '.' && t.text !== ',')));
}
/** Scan bound: a side with more triple quotes than this is read from code as before. */
const MAX_QUOTES = 64;
/**
 * The docstring a side begins inside of: its lines hold an odd number of one kind of triple
 * quote and the first one closes a string, ending a line of text (`text."""`) or standing alone
 * before a blank line or a statement (an opening one is followed by the summary line).
 */
function openedAbove(lines) {
    for (const quote of ['"""', "'''"]) {
        let count = 0;
        let first = -1;
        for (let k = 0; k < lines.length && count <= MAX_QUOTES; k++) {
            for (let at = lines[k].indexOf(quote); at >= 0; at = lines[k].indexOf(quote, at + 3))
                if (count++ === 0)
                    first = k;
        }
        if (count % 2 === 0 || count > MAX_QUOTES)
            continue;
        const text = lines[first].trim();
        const next = lines[first + 1]?.trim();
        const closes = text === quote
            ? next !== undefined && (next === '' || readsAsCode(next))
            : text.indexOf(quote) === text.length - 3 && /[\w.!?)`]$/.test(text.slice(0, -3));
        return closes ? { quote, prefix: '', statement: true, fragments: [] } : null;
    }
    return null;
}
function scanSide(lines, open) {
    const state = { open, depth: 0, continued: false, prose: 0, unmatched: 0 };
    const closedLater = [];
    // A long line leaves the scan state as it found it (see MAX_TOKENIZED_LINE).
    const out = lines.map((text) => {
        closedLater.push(state.unmatched);
        return text.length > MAX_TOKENIZED_LINE ? opaqueLine(text) : scanLine(text, state);
    });
    // Lines before a closer whose opener is above the side continue that bracket's statement.
    out.forEach((line, k) => {
        if (closedLater[k] < state.unmatched)
            line.statementStart = false;
    });
    // A docstring still open where the hunk ends is a docstring all the same.
    if (state.open?.statement)
        demoteToComment(state.open);
    return { lines: out, prose: state.prose };
}
function scanLine(text, st) {
    const line = {
        tokens: [],
        comment: '',
        indent: indentWidth(text),
        statementStart: st.open === null && st.depth === 0 && !st.continued && !isBlankText(text)
    };
    let hashAt = -1;
    let i = 0;
    const n = text.length;
    // Where a trailing `\\` continues the line: measured once, not per backslash.
    let lastCode = n - 1;
    while (lastCode >= 0 && isWhiteSpace(text.charCodeAt(lastCode)))
        lastCode--;
    st.continued = false;
    while (i < n) {
        if (st.open !== null) {
            i = continueString(text, i, st.open, line);
            if (i < 0)
                break;
            const closed = st.open;
            st.open = null;
            if (closed.statement && restIsBlank(text, i))
                demoteToComment(closed);
            continue;
        }
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 12) {
            i++;
            continue;
        }
        if (c === 35) {
            hashAt = i;
            break;
        }
        if (c === 92 && i === lastCode) {
            st.continued = true;
            break;
        }
        const atStatement = line.statementStart && line.tokens.length === 0;
        if (isWordStart(c)) {
            let hash = wordHash(WORD_HASH_SEED, c);
            let j = i + 1;
            // A table read and the hash step written out: two calls per character cost a cold run.
            while (j < n) {
                const d = text.charCodeAt(j);
                if (WORD_PART[d] === 0)
                    break;
                hash = Math.imul(hash ^ d, WORD_HASH_PRIME);
                j++;
            }
            // Read past the end, `charCodeAt` costs the optimized scan its code (see OUT_OF_LINE).
            const q = j < n ? text.charCodeAt(j) : OUT_OF_LINE;
            if ((q === 34 || q === 39) && j - i <= 2) {
                const word = text.slice(i, j);
                if (PREFIXES.has(word.toLowerCase())) {
                    i = openString(text, j, word, atStatement, st, line);
                    continue;
                }
            }
            const token = (words ??= new WordTable(KEYWORDS)).token(text, i, j, hash);
            const previous = line.tokens[line.tokens.length - 1];
            if (token.kind !== 'keyword' && previous?.kind === 'word' && st.depth === 0)
                st.prose++;
            line.tokens.push(token);
            i = j;
            continue;
        }
        if (isDigit(c) || (c === 46 && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) {
            const j = numberEnd(text, i);
            line.tokens.push({ kind: 'number', text: text.slice(i, j).toLowerCase(), key: undefined });
            i = j;
            continue;
        }
        if (c === 34 || c === 39) {
            i = openString(text, i, '', atStatement, st, line);
            continue;
        }
        if (c === 40 || c === 91 || c === 123)
            st.depth++;
        else if (c === 41 || c === 93 || c === 125) {
            if (st.depth > 0)
                st.depth--;
            else
                st.unmatched++;
        }
        const op = operatorTokenAt(text, i, OPERATORS, OPERATOR_PAIRS);
        line.tokens.push(op);
        i += op.text.length;
    }
    if (line.comment === '')
        line.comment = hashAt < 0 ? '' : commentWordsIn(text, hashAt + 1, n);
    else if (hashAt >= 0)
        line.comment = commentWords(line.comment + ' ' + text.slice(hashAt + 1));
    return line;
}
/** Python's words and keywords, made on first use. */
let words;
/** Nothing but white space (`text.trim() === ''` without the copy). */
function isBlankText(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // Indentation without a call per character: every line is asked, in a cold run.
        if (c !== 32 && c !== 9 && !isWhiteSpace(c))
            return false;
    }
    return true;
}
/** Opens a string at the quote `at`; returns where scanning resumes. */
function openString(text, at, rawPrefix, atStatement, st, line) {
    // Most strings have no prefix: no array and no sort for them.
    const prefix = rawPrefix === '' ? '' : [...rawPrefix.toLowerCase().replace('u', '')].sort().join('');
    const triple = text.slice(at, at + 3);
    const open = {
        quote: triple === '"""' || triple === "'''" ? triple : text[at],
        prefix,
        statement: atStatement,
        fragments: []
    };
    const resume = continueString(text, at + open.quote.length, open, line);
    if (resume < 0) {
        if (open.quote.length === 3)
            st.open = open;
        return text.length;
    }
    if (open.statement && restIsBlank(text, resume))
        demoteToComment(open);
    return resume;
}
/** Adds the string's fragment on this line; returns the index after the close, or -1. */
function continueString(text, from, open, line) {
    const raw = open.prefix.includes('r');
    let end = -1;
    if (open.quote.length === 1) {
        const close = raw
            ? text.indexOf(open.quote, from)
            : quotedEnd(text, from - 1, open.quote.charCodeAt(0));
        end = close >= 0 && close < text.length ? close : -1;
    }
    else {
        let j = from;
        while (j < text.length) {
            if (text[j] === '\\' && !raw)
                j += 2;
            else if (text.startsWith(open.quote, j)) {
                end = j;
                break;
            }
            else
                j++;
        }
    }
    const content = text.slice(from, end < 0 ? text.length : end);
    const token = {
        kind: 'string',
        text: 'S' + open.prefix + ':' + unescapeQuotes(content),
        key: undefined
    };
    line.tokens.push(token);
    open.fragments.push({ line, text: content });
    return end < 0 ? (open.quote.length === 1 ? text.length : -1) : end + open.quote.length;
}
function restIsBlank(text, from) {
    const rest = text.slice(from).trim();
    return rest === '' || rest.startsWith('#');
}
/** A string statement is a no-op: its fragments move from code tokens to comment words. */
function demoteToComment(open) {
    for (const { line, text } of open.fragments) {
        line.tokens.pop();
        line.comment = commentWords(line.comment + ' ' + text);
    }
}

const C_KEYWORDS = new Set(('if else for while do switch case default break continue return goto struct union enum ' +
    'typedef sizeof static const void int char float double long short unsigned signed class ' +
    'public private protected virtual namespace template typename using new delete this true ' +
    'false null nullptr fn let mut impl pub use mod match trait where self val var fun object').split(' '));
/** C, C++, C#, Rust, Kotlin, Swift, Scala, PHP...: `//` and block comments, no templates. */
const C_RULES = {
    keywords: C_KEYWORDS,
    valueKeywords: new Set(['this', 'self', 'true', 'false', 'null', 'nullptr']),
    operators: new Set('<<= >>= ... -> :: == != <= >= && || ++ -- += -= *= /= %= &= |= ^= << >> =>'.split(' ')),
    singleQuote: 'char',
    templates: false,
    rawBackticks: false,
    textBlocks: false,
    regexLiterals: false,
    stringsByValue: false,
    canonicalNumber: (text) => text.toLowerCase()
};
const cFamilyGenericHunkTokenizer = cFamilyHunkTokenizer(C_RULES);
/** Each line is read on its own, so a context line is read once for both sides. */
function plainHunkTokenizer(hashComments) {
    return (lines, sides) => {
        const out = { old: [], new: [] };
        for (let k = 0; k < lines.length; k++) {
            const text = lines[k];
            const line = text.length > MAX_TOKENIZED_LINE ? opaqueLine(text) : plainLine(text, hashComments);
            if (sides[k] !== NEW_SIDE)
                out.old.push(line);
            if (sides[k] !== OLD_SIDE)
                out.new.push(line);
        }
        return out;
    };
}
/** Words of every plain-text format: there are no keywords. */
const WORDS = new WordTable(new Set());
/** As in `scanLine` (c-family): tokens gathered here, then copied out at their exact count. */
const SCRATCH$1 = [];
function plainLine(text, hashComments) {
    const tokens = SCRATCH$1;
    let count = 0;
    let comment = -1;
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9) {
            i++;
        }
        else if (c === 35 && hashComments && (i === 0 || isWhiteSpace(text.charCodeAt(i - 1)))) {
            comment = i + 1;
            break;
        }
        else if (isWordPart(c)) {
            let hash = wordHash(WORD_HASH_SEED, c);
            let j = i + 1;
            // As in `scanLine` (c-family): no call per character.
            while (j < text.length) {
                const d = text.charCodeAt(j);
                if (WORD_PART[d] === 0)
                    break;
                hash = Math.imul(hash ^ d, WORD_HASH_PRIME);
                j++;
            }
            tokens[count++] = isDigit(c)
                ? { kind: 'number', text: text.slice(i, j), key: undefined }
                : WORDS.token(text, i, j, hash);
            i = j;
        }
        else if (!hashComments && (c === 45 || c === 61) && ruleLength(text, i) >= 3) {
            // A Markdown table separator or heading underline re-padded keeps its meaning.
            tokens[count++] = sharedToken('punct', text[i].repeat(3));
            i += ruleLength(text, i);
        }
        else if (!hashComments && (c === 42 || c === 43) && count === 0 && spaceAt(text, i + 1)) {
            // A Markdown list marker, which formatters rewrite as `-`.
            tokens[count++] = sharedToken('punct', '-');
            i++;
        }
        else {
            // Never a word character, so ASCII: the shared table stays small.
            tokens[count++] = markToken(text, i);
            i++;
        }
    }
    return {
        tokens: count === 0 ? [] : tokens.slice(0, count),
        comment: comment < 0 ? '' : commentWordsIn(text, comment, text.length),
        indent: indentWidth(text),
        statementStart: true
    };
}
/** How many times the character at `i` repeats from there. */
function ruleLength(text, i) {
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) === text.charCodeAt(i))
        j++;
    return j - i;
}
function spaceAt(text, i) {
    const c = text.charCodeAt(i);
    return c === 32 || c === 9;
}
const hashCommentHunkTokenizer = plainHunkTokenizer(true);
const textHunkTokenizer = plainHunkTokenizer(false);

/** Extension -> language; a Map, since extensions come from the diff (`x.constructor`). */
const BY_EXTENSION = new Map([
    ['js', 'javascript'],
    ['mjs', 'javascript'],
    ['cjs', 'javascript'],
    ['jsx', 'javascript'],
    ['ts', 'typescript'],
    ['mts', 'typescript'],
    ['cts', 'typescript'],
    ['tsx', 'typescript'],
    ['py', 'python'],
    ['pyi', 'python'],
    ['go', 'go'],
    ['java', 'java'],
    ['c', 'c-family'],
    ['h', 'c-family'],
    ['cc', 'c-family'],
    ['cpp', 'c-family'],
    ['cxx', 'c-family'],
    ['hpp', 'c-family'],
    ['cs', 'c-family'],
    ['rs', 'c-family'],
    ['kt', 'c-family'],
    ['kts', 'c-family'],
    ['swift', 'c-family'],
    ['scala', 'c-family'],
    ['dart', 'c-family'],
    ['php', 'c-family'],
    ['sh', 'hash'],
    ['bash', 'hash'],
    ['zsh', 'hash'],
    ['yml', 'hash'],
    ['yaml', 'hash'],
    ['toml', 'hash'],
    ['rb', 'hash'],
    ['pl', 'hash'],
    ['r', 'hash'],
    ['cfg', 'hash'],
    ['ini', 'hash'],
    ['conf', 'hash'],
    ['dockerfile', 'hash'],
    ['mk', 'hash']
]);
const HASH_FILES = new Set(['Dockerfile', 'Makefile', 'Gemfile', 'Rakefile', 'Procfile']);
function languageOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (HASH_FILES.has(name))
        return 'hash';
    const dot = name.lastIndexOf('.');
    return dot > 0 ? (BY_EXTENSION.get(name.slice(dot + 1).toLowerCase()) ?? 'text') : 'text';
}
const HUNK_TOKENIZERS = {
    javascript: javascriptHunkTokenizer,
    typescript: javascriptHunkTokenizer,
    python: sideBySide(pythonTokenizer),
    go: goHunkTokenizer,
    java: javaHunkTokenizer,
    'c-family': cFamilyGenericHunkTokenizer,
    hash: hashCommentHunkTokenizer,
    text: textHunkTokenizer
};
/** Both sides of a hunk at once: context lines are read once where the language allows. */
function hunkTokenizerFor(language) {
    return HUNK_TOKENIZERS[language];
}

const WORD_PLACEHOLDER = 0x2545f491;
/** Single words that carry no meaning alone: `else`, `return`, `break`... */
const TRIVIAL = new Set([
    'else',
    'try',
    'finally',
    'return',
    'break',
    'continue',
    'pass',
    'default',
    'end',
    'do',
    'begin',
    'then',
    'fi',
    'done'
]);
const PYTHON_CODE_CHARS = /[=[\]{}<>+*/%@&|^~]/;
/** Whether a line may open or continue a construct spanning lines (read for context lines). */
function mayOpenSpan(text, language) {
    if (language === 'python')
        return text.includes('"""') || text.includes("'''");
    if (language !== 'javascript' && language !== 'typescript' && language !== 'go') {
        if (language !== 'java' && language !== 'c-family')
            return false;
        if (language === 'java' && text.includes('"""'))
            return true;
    }
    else if (text.includes('`'))
        return true;
    if (text.trimStart().charCodeAt(0) === 42)
        return true;
    for (let at = text.indexOf('*'); at >= 0; at = text.indexOf('*', at + 1)) {
        if (text.charCodeAt(at - 1) === 47 || text.charCodeAt(at + 1) === 47)
            return true;
    }
    return false;
}
/** `mayOpenSpan` for the line `text[start, end)`, reading it only when it holds a marker. */
function mayOpenSpanAt(source, start, end, language) {
    return (spanMarkersWithin(source, start, end, language) &&
        mayOpenSpan(source.text.slice(start, end), language));
}
/**
 * Whether `text[start, end)` holds any character sequence `mayOpenSpan` looks for: when it holds
 * none, none of its lines can open a span, and they need not be read one by one.
 */
function spanMarkersWithin(source, start, end, language) {
    switch (language) {
        case 'python':
            return source.occursWithin('"""', start, end) || source.occursWithin("'''", start, end);
        case 'java':
            return source.occursWithin('"""', start, end) || source.occursWithin('*', start, end);
        case 'javascript':
        case 'typescript':
        case 'go':
            return source.occursWithin('`', start, end) || source.occursWithin('*', start, end);
        case 'c-family':
            return source.occursWithin('*', start, end);
        default:
            return false;
    }
}
const SPACE = 1;
const WORD = 2;
const DIGIT = 3;
const QUOTE = 4;
const SLASH$2 = 5;
const HASH$1 = 6;
const BACKTICK = 7;
const STAR = 8;
/** Character classes by UTF-16 code unit: everything from 128 up is a word character. */
const CLASS = new Uint8Array(65536).fill(WORD);
for (let c = 0; c < 128; c++) {
    CLASS[c] = 0;
    if (c === 32 || c === 9 || c === 11 || c === 12 || c === 13)
        CLASS[c] = SPACE;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36)
        CLASS[c] = WORD;
    else if (c >= 48 && c <= 57)
        CLASS[c] = DIGIT;
    else if (c === 34 || c === 39)
        CLASS[c] = QUOTE;
    else if (c === 47)
        CLASS[c] = SLASH$2;
    else if (c === 35)
        CLASS[c] = HASH$1;
    else if (c === 96)
        CLASS[c] = BACKTICK;
    else if (c === 42)
        CLASS[c] = STAR;
}
/** A fixed pseudo-random value per ASCII character: punctuation's share of a shape hash. */
const PUNCT = new Int32Array(128);
for (let c = 0; c < 128; c++)
    PUNCT[c] = Math.imul(Math.imul(c + 1, 0x9e3779b1) ^ WORD_HASH_SEED, 0x85ebca6b);
/** A sketch to fill: reusing one per line of a hunk keeps the scan free of allocation. */
function emptySketch() {
    return {
        indent: 0,
        blank: true,
        words: 0,
        shape: 0,
        wordCount: 0,
        hasCode: false,
        comment: 0,
        commentWords: 0,
        spans: false,
        prose: false,
        significant: false,
        moveKey: 0,
        importish: false
    };
}
/** `sketchLine` for the line `text[start, end)`. */
function sketchSpan(source, start, end, language, into = emptySketch()) {
    const text = source.text;
    const n = end;
    const cLike = language !== 'python' && language !== 'hash' && language !== 'text';
    const hashComments = language === 'python' || language === 'hash';
    const quotes = language !== 'text';
    const backticks = language === 'javascript' || language === 'typescript' || language === 'go';
    let i = start;
    while (i < n && CLASS[text.charCodeAt(i)] === SPACE)
        i++;
    const first = i;
    const indent = i === start ? 0 : indentWidth(text, start, end);
    let words = 0;
    let shape = 0;
    let comment = 0;
    let wordCount = 0;
    let commentWords = 0;
    let literals = 0;
    let hasCode = false;
    let spans = cLike && i < n && text.charCodeAt(i) === 42;
    let firstWordStart = 0;
    let firstWordEnd = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        const kind = CLASS[c];
        if (kind === SPACE) {
            i++;
            continue;
        }
        if ((kind === SLASH$2 && cLike && i + 1 < n && text.charCodeAt(i + 1) === 47) ||
            (kind === HASH$1 && hashComments)) {
            commentSketch(text, i + (kind === SLASH$2 ? 2 : 1), n);
            comment = commentHash;
            commentWords = commentCount;
            break;
        }
        hasCode = true;
        if (kind === WORD || kind === DIGIT) {
            let j = i;
            let word = WORD_HASH_SEED;
            while (j < n) {
                const d = text.charCodeAt(j);
                // WORD or DIGIT, in one comparison
                if ((CLASS[d] - WORD) >>> 0 > 1)
                    break;
                // `wordHash` written out, as in the loops below: a cold run pays for a call per character.
                word = Math.imul(word ^ d, WORD_HASH_PRIME);
                j++;
            }
            words = (words + word) | 0;
            if (kind === DIGIT) {
                literals++;
                shape = (shape + word) | 0;
            }
            else {
                wordCount++;
                shape = (shape + WORD_PLACEHOLDER) | 0;
                if (wordCount === 1) {
                    firstWordStart = i;
                    firstWordEnd = j;
                }
            }
            i = j;
            continue;
        }
        if (kind === QUOTE && quotes) {
            if (i + 2 < n && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c)
                spans = true;
            let j = i + 1;
            let literal = wordHash(WORD_HASH_SEED, 1);
            while (j < n) {
                const d = text.charCodeAt(j);
                if (d === c)
                    break;
                if (d === 92) {
                    literal = wordHash(literal, j + 1 < n ? text.charCodeAt(j + 1) : NaN);
                    j += 2;
                }
                else {
                    literal = Math.imul(literal ^ d, WORD_HASH_PRIME);
                    j++;
                }
            }
            words = (words + literal) | 0;
            shape = (shape + literal) | 0;
            literals++;
            i = j + 1;
            continue;
        }
        if (cLike &&
            i + 1 < n &&
            ((kind === SLASH$2 && text.charCodeAt(i + 1) === 42) ||
                (kind === STAR && text.charCodeAt(i + 1) === 47))) {
            spans = true;
        }
        if (kind === BACKTICK && backticks)
            spans = true;
        shape = (shape + PUNCT[c & 127]) | 0;
        i++;
    }
    const significant = hasCode
        ? literals > 0 ||
            wordCount >= 2 ||
            (wordCount === 1 && !TRIVIAL.has(text.slice(firstWordStart, firstWordEnd)))
        : commentWords >= 3;
    const prose = language === 'python' &&
        wordCount >= 4 &&
        literals === 0 &&
        !PYTHON_CODE_CHARS.test(text.slice(start, end)) &&
        !endsWithAfterSpace(text, start, end, 58);
    into.indent = indent;
    into.blank = first === n;
    into.words = words;
    into.shape = shape;
    into.wordCount = wordCount;
    into.hasCode = hasCode;
    into.comment = comment;
    into.commentWords = commentWords;
    into.spans = spans;
    into.prose = prose;
    into.significant = significant;
    into.moveKey = (words + Math.imul(shape, 31) + Math.imul(comment, 17)) & 0x3fffffff;
    into.importish = hasCode && startsLikeImport(source, first, end, language);
    return into;
}
function startsLikeImport(source, first, end, language) {
    const text = source.text;
    // i(mport), f(rom), e(xport) start an import; c(onst), l(et), v(ar) may hold a `require`.
    switch (text.charCodeAt(first)) {
        case 105:
            if (startsWithin(text, 'import', first, end))
                return true;
            break;
        case 102:
            if (startsWithin(text, 'from', first, end))
                return true;
            break;
        case 101:
            if (startsWithin(text, 'export', first, end))
                return true;
            break;
        case 99:
            if (startsWithin(text, 'const', first, end))
                return source.occursWithin('require', first, end);
            break;
        case 108:
            if (startsWithin(text, 'let', first, end))
                return source.occursWithin('require', first, end);
            break;
        case 118:
            if (startsWithin(text, 'var', first, end))
                return source.occursWithin('require', first, end);
            break;
        // u(se), p(ub use): a Rust use declaration.
        case 117:
            if (language === 'c-family' && startsWithin(text, 'use', first, end))
                return true;
            break;
        case 112:
            if (language === 'c-family' && startsWithin(text, 'pub', first, end))
                return source.occursWithin('use', first, end);
            break;
    }
    return language === 'go' && endsWithAfterSpace(text, first, end, 34);
}
function startsWithin(text, word, at, end) {
    return at + word.length <= end && text.startsWith(word, at);
}
/** Whether `text[start, end)` with trailing white space taken off ends with the character `c`. */
function endsWithAfterSpace(text, start, end, c) {
    let last = end - 1;
    while (last >= start && isWhiteSpace(text.charCodeAt(last)))
        last--;
    return last >= start && text.charCodeAt(last) === c;
}
let commentHash = 0;
let commentCount = 0;
/** A comment's words as a multiset hash, from `from` to `end`, the line's end (into module state). */
function commentSketch(text, from, end) {
    let hash = 0;
    let words = 0;
    let word = 0;
    let inWord = false;
    for (let j = from; j < end; j++) {
        const d = text.charCodeAt(j);
        if (CLASS[d] === SPACE) {
            if (inWord)
                hash = (hash + word) | 0;
            inWord = false;
            continue;
        }
        if (!inWord) {
            words++;
            word = WORD_HASH_SEED;
            inWord = true;
        }
        word = Math.imul(word ^ d, WORD_HASH_PRIME);
    }
    if (inWord)
        hash = (hash + word) | 0;
    commentHash = hash;
    commentCount = words;
}

/** Shared by every changed line object: a copy of each line's full sketch cost memory and time. */
const BLANK_LINE = Object.freeze({ blank: true });
const TEXT_LINE = Object.freeze({ blank: false });
const BLANK = 1;
const SIGNIFICANT = 2;
const HAS_CODE = 4;
/**
 * What minimality knows of every changed line of the file, by its index in `changes` (where
 * its hunk, position and region are): most hunks are plainly behavioural, and objects for
 * their lines would cost more than the rest of the analysis.
 */
class CompactLines {
    changes;
    /** Lines sketched so far; `changes.count` once the view is built. */
    count = 0;
    /**
     * Each line's move key, then each line's indentation, then each line's flags: one buffer per
     * file, since a diff of thousands of tiny files makes one per file and keeps them all.
     */
    #numbers;
    /** The lines that exist as objects: set in tokenized hunks, and once a move claims one. */
    #lines;
    constructor(changes) {
        this.changes = changes;
        this.#numbers = intBuffer(changes.count * 3);
    }
    /** The sketch's move key (`LineSketch.moveKey`). */
    keyOf(i) {
        return this.#numbers[i];
    }
    /** The sketch's indentation width. */
    indentOf(i) {
        return this.#numbers[this.changes.count + i];
    }
    /** BLANK | SIGNIFICANT | HAS_CODE */
    flagsOf(i) {
        return this.#numbers[2 * this.changes.count + i];
    }
    /** Line `i` as an object, if one was made. */
    lineOf(i) {
        return this.#lines?.[i];
    }
    setLine(i, line) {
        (this.#lines ??= new Array(this.changes.count))[i] = line;
    }
    /** The next changed line's sketch; returns its index. */
    record(sketch) {
        const i = this.count++;
        const n = this.changes.count;
        this.#numbers[i] = sketch.moveKey;
        this.#numbers[n + i] = sketch.indent;
        this.#numbers[2 * n + i] =
            (sketch.blank ? BLANK : 0) |
                (sketch.significant ? SIGNIFICANT : 0) |
                (sketch.hasCode ? HAS_CODE : 0);
        return i;
    }
}
const NO_TOKENS = Object.freeze({
    tokens: [],
    comment: '',
    indent: 0,
    statementStart: false
});
/** Lines that may be part of an import section (checked precisely once tokenized). */
const IMPORT_LIKE = /^\s*(?:import\b|(?:pub(?:\([\w:\s]*\))?\s+)?use\b|from\s+\S+\s+import\b|export\s*(?:\{|\*)|(?:const|let|var)\b.*\brequire\s*\(|(?:[\w.]+\s+)?"[^"]*"\s*$)/;
function isBlank(line) {
    return line.sketch.blank;
}
const NO_KEYS = Object.freeze([]);
/** The line's token keys, made once per line however many comparisons read it. */
function keysOf(tok) {
    if (tok.tokens.length === 0)
        return NO_KEYS;
    return (tok.keys ??= tok.tokens.map(tokenKey));
}
/**
 * Reused by `lineKey`: the line's keys are joined, not kept (tokens carry their own). Never
 * emptied: shrinking it to nothing dropped its storage, made again for the next line.
 */
const JOINED = [];
/** Code tokens joined; a statement-ending `;` is layout in every language we read. */
function lineKey(tok) {
    const tokens = tok.tokens;
    if (tokens.length === 0)
        return '';
    const last = tokens[tokens.length - 1];
    const end = last.kind === 'punct' && last.text === ';' ? tokens.length - 1 : tokens.length;
    // One token is its own key: no join, and a shared token's key is already made.
    if (end === 1)
        return tokenKey(tokens[0]);
    JOINED.length = end;
    for (let i = 0; i < end; i++)
        JOINED[i] = tokenKey(tokens[i]);
    return JOINED.join('\u0001');
}
/** Whether `lineKey(tok)` is not '': a lone statement-ending `;` is no code. */
function hasCode(tok) {
    const tokens = tok.tokens;
    if (tokens.length !== 1)
        return tokens.length > 1;
    return tokens[0].kind !== 'punct' || tokens[0].text !== ';';
}
function buildFileView(file) {
    const language = languageOf(file.path);
    const compact = new CompactLines(changedLinesOf(file));
    const view = { file, language, hunks: [], lines: [], compact, lazyRegions: new Map() };
    const imports = language !== 'text' && language !== 'hash';
    const scratch = SCRATCH;
    for (let index = 0; index < file.hunks.length; index++) {
        view.hunks.push(buildHunkView(view, file.hunks[index], index, imports, scratch));
    }
    return view;
}
const NO_LINES = Object.freeze([]);
/**
 * One set of buffers for every file: views are built one at a time, and a diff of thousands of
 * tiny files would otherwise make and drop them once per file.
 */
const SCRATCH = { sketches: [], kinds: new Uint8Array(64), context: emptySketch() };
/** Sketches the hunk's changed lines; tokenizes it only when it may hold refactor work. */
function buildHunkView(view, hunk, index, imports, scratch) {
    const packed = packedOf(hunk);
    const source = packed.source;
    const length = packed.count;
    const sketches = scratch.sketches;
    const kinds = scratch.kinds.length >= length ? scratch.kinds : (scratch.kinds = new Uint8Array(length * 2));
    let count = 0;
    // Context lines are read for span openers only when the hunk holds a marker at all.
    const readContext = length > 0 &&
        spanMarkersWithin(source, startAt(packed, 0), endAt(packed, length - 1), view.language);
    let spans = false;
    let proseContext = 0;
    let blankOnly = true;
    let importLines = false;
    for (let k = 0; k < length; k++) {
        const kind = kindAt(packed, k);
        kinds[k] = kind;
        const start = startAt(packed, k);
        const end = endAt(packed, k);
        if (kind === KIND_CONTEXT) {
            if (readContext && !spans)
                spans = mayOpenSpanAt(source, start, end, view.language);
            // A hunk inside a long docstring may show its prose only in context lines; the tokenizer
            // reads a side as a docstring from two prose lines on.
            if (!spans && view.language === 'python') {
                if (sketchSpan(source, start, end, 'python', scratch.context).prose)
                    proseContext++;
                spans = proseContext >= 2;
            }
            continue;
        }
        const sketch = sketchSpan(source, start, end, view.language, (sketches[count] ??= emptySketch()));
        count++;
        spans ||= sketch.spans || sketch.prose;
        blankOnly &&= sketch.blank;
        // Import lines are tokenized with their hunk, where the import section sits.
        importLines ||= imports && sketch.importish && IMPORT_LIKE.test(source.text.slice(start, end));
    }
    if (importLines || spans || blankOnly || mayHoldRefactor(kinds, length, scratch)) {
        return tokenizedHunk(view, hunk, index, sketches);
    }
    const c = view.compact;
    for (let n = 0; n < count; n++)
        c.record(sketches[n]);
    return {
        hunk,
        tokenized: false,
        oldTokens: NO_LINES,
        newTokens: NO_LINES,
        oldLevels: NO_LINES,
        newLevels: NO_LINES,
        regions: NO_LINES
    };
}
/**
 * Whether some region could be layout, comment or rename work: equal code words on both sides,
 * equal shapes (a rename keeps punctuation and literals), or only comments. Other hunks are
 * behavioural or moved code, which the sketch alone decides.
 */
function mayHoldRefactor(kinds, length, scratch) {
    const sketches = scratch.sketches;
    let oldWords = 0;
    let newWords = 0;
    let regions = 0;
    let n = 0;
    for (let k = 0; k < length;) {
        if (kinds[k] === KIND_CONTEXT) {
            k++;
            continue;
        }
        regions++;
        // The region's sketches are sketches[from, to); dels and adds interleave in any order.
        const from = n;
        let delCount = 0;
        let addCount = 0;
        let delWords = 0;
        let addWords = 0;
        let delShape = 0;
        let addShape = 0;
        let allBlank = true;
        let anyCode = false;
        for (; k < length && kinds[k] !== KIND_CONTEXT; k++) {
            const s = sketches[n++];
            allBlank &&= s.blank;
            anyCode ||= s.hasCode;
            if (kinds[k] === KIND_DEL) {
                delCount++;
                if (s.hasCode) {
                    delWords = (delWords + s.words) | 0;
                    delShape = (delShape + s.shape) | 0;
                }
            }
            else {
                addCount++;
                if (s.hasCode) {
                    addWords = (addWords + s.words) | 0;
                    addShape = (addShape + s.shape) | 0;
                }
            }
        }
        if (delCount === 0 || addCount === 0) {
            if (!anyCode && !allBlank)
                return true;
            continue;
        }
        oldWords = (oldWords + delWords) | 0;
        newWords = (newWords + addWords) | 0;
        if (delWords === addWords || delShape === addShape)
            return true;
        if (delCount === addCount && pairMayMatch(kinds, k, sketches, from, n))
            return true;
    }
    return regions > 1 && oldWords === newWords;
}
/** The i-th deleted and i-th added line of the region ending before hunk line `end`. */
function pairMayMatch(kinds, end, sketches, from, to) {
    const start = end - (to - from);
    let d = start;
    let a = start;
    for (;;) {
        while (d < end && kinds[d] !== KIND_DEL)
            d++;
        while (a < end && kinds[a] !== KIND_ADD)
            a++;
        if (d >= end || a >= end)
            return false;
        const x = sketches[from + d - start];
        const y = sketches[from + a - start];
        if (x.shape === y.shape || (x.words === y.words && x.hasCode))
            return true;
        d++;
        a++;
    }
}
function tokenizedHunk(view, hunk, index, sketches) {
    const lines = hunk.lines;
    const length = lines.length;
    const texts = new Array(length);
    const sides = new Uint8Array(length);
    for (let k = 0; k < length; k++) {
        const kind = lines[k].kind;
        texts[k] = lines[k].content;
        sides[k] = kind === 'context' ? BOTH_SIDES : kind === 'del' ? OLD_SIDE : NEW_SIDE;
    }
    const read = hunkTokenizerFor(view.language)(texts, sides);
    // Each side's lines come back in hunk order: placed by hunk line index, the other side's left
    // as holes.
    const oldTokens = new Array(length);
    const newTokens = new Array(length);
    for (let k = 0, o = 0, w = 0; k < length; k++) {
        if (sides[k] !== NEW_SIDE)
            oldTokens[k] = read.old[o++];
        if (sides[k] !== OLD_SIDE)
            newTokens[k] = read.new[w++];
    }
    const python = view.language === 'python';
    const oldLevels = python ? indentLevels(oldTokens) : [];
    const newLevels = python ? indentLevels(newTokens) : [];
    const regions = [];
    let region = null;
    let n = 0;
    for (let k = 0; k < lines.length; k++) {
        const diff = lines[k];
        if (diff.kind === 'context') {
            region = null;
            continue;
        }
        if (region === null) {
            region = { view, hunk: index, start: k, end: k, dels: [], adds: [], tokenized: true };
            regions.push(region);
        }
        region.end = k + 1;
        const del = diff.kind === 'del';
        const tok = (del ? oldTokens[k] : newTokens[k]) ?? NO_TOKENS;
        const line = {
            hunk: index,
            at: k,
            kind: diff.kind,
            diff,
            sketch: sketches[n].blank ? BLANK_LINE : TEXT_LINE,
            tok,
            code: hasCode(tok),
            level: python ? ((del ? oldLevels : newLevels)[k] ?? -1) : -1,
            cls: 'essential',
            region
        };
        (del ? region.dels : region.adds).push(line);
        view.lines.push(line);
        view.compact.setLine(view.compact.record(sketches[n++]), line);
    }
    return { hunk, tokenized: true, oldTokens, newTokens, oldLevels, newLevels, regions };
}
/**
 * Once the file's own analysis is done, a hunk's context lines keep only what the cross-file
 * rename search reads: each side's distinct words, each after a `.` or not, as one line at the
 * first context line. Their full tokens were most of the live heap while other files were read.
 */
function releaseContextTokens(view) {
    for (const hv of view.hunks) {
        if (!hv.tokenized)
            continue;
        const packed = packedOf(hv.hunk);
        const oldTokens = hv.oldTokens;
        hv.oldTokens = wordsOfContext(oldTokens, packed, null);
        // Context lines both sides read alike are one object (see `HunkTokenizer`): so are their words.
        const shared = sameContext(oldTokens, hv.newTokens, packed) ? hv.oldTokens : null;
        hv.newTokens = wordsOfContext(hv.newTokens, packed, shared);
        hv.oldLevels = NO_LINES;
        hv.newLevels = NO_LINES;
    }
}
/** Whether every context line is one object on both sides. */
function sameContext(a, b, packed) {
    for (let k = 0; k < a.length; k++) {
        if (a[k] !== b[k] && kindAt(packed, k) === KIND_CONTEXT)
            return false;
    }
    return true;
}
/** Reused by `wordsOfContext`, which runs twice per hunk: words seen alone, and after a `.`. */
const BARE_WORDS = new Set();
const MEMBER_WORDS = new Set();
/**
 * The side with its context lines dropped and their words as one line at the first; `done` is
 * the other side already so read, when both sides' context lines are the same objects.
 */
function wordsOfContext(side, packed, done) {
    const out = side.slice();
    const words = [];
    const bare = BARE_WORDS;
    const member = MEMBER_WORDS;
    bare.clear();
    member.clear();
    let first = -1;
    for (let k = 0; k < out.length; k++) {
        const tok = out[k];
        if (tok === undefined || kindAt(packed, k) !== KIND_CONTEXT)
            continue;
        out[k] = undefined;
        if (first < 0)
            first = k;
        if (done !== null)
            continue;
        const tokens = tok.tokens;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            if (token.kind !== 'word')
                continue;
            const after = i > 0 && tokens[i - 1].kind === 'punct' && tokens[i - 1].text === '.';
            const seen = after ? member : bare;
            if (seen.has(token.text))
                continue;
            seen.add(token.text);
            if (after)
                words.push(tokens[i - 1]);
            words.push(token);
        }
    }
    if (first < 0)
        return out;
    if (done !== null)
        out[first] = done[first];
    else
        out[first] = words.length === 0 ? NO_TOKENS : { ...NO_TOKENS, tokens: words };
    return out;
}
/** The changed line at compact index `i` as an object, made on first use. */
function lineAt(view, i) {
    const c = view.compact;
    const existing = c.lineOf(i);
    if (existing !== undefined)
        return existing;
    const hunk = c.changes.hunkOf(i);
    const at = c.changes.indexOf(i);
    const del = c.changes.isDel(i);
    const diff = view.file.hunks[hunk].lines[at];
    const start = c.changes.runStartOf(i);
    const regionKey = `${hunk}:${start}`;
    let region = view.lazyRegions.get(regionKey);
    if (region === undefined) {
        const hunkLines = view.file.hunks[hunk].lines;
        let end = start;
        while (end < hunkLines.length && hunkLines[end].kind !== 'context')
            end++;
        region = {
            view,
            hunk,
            start,
            end,
            dels: [],
            adds: [],
            tokenized: false
        };
        view.lazyRegions.set(regionKey, region);
    }
    const line = {
        hunk,
        at,
        kind: del ? 'del' : 'add',
        diff,
        sketch: (c.flagsOf(i) & BLANK) !== 0 ? BLANK_LINE : TEXT_LINE,
        tok: NO_TOKENS,
        code: false,
        level: -1,
        cls: 'essential',
        region
    };
    (del ? region.dels : region.adds).push(line);
    view.lines.push(line);
    c.setLine(i, line);
    return line;
}
/** Indentation as ordinal levels, so re-indenting 2 to 4 spaces keeps every level. */
function indentLevels(tokens) {
    const widths = new Set();
    for (const tok of tokens) {
        if (tok?.statementStart && tok.tokens.length > 0)
            widths.add(tok.indent);
    }
    const rank = new Map([...widths].sort((a, b) => a - b).map((width, i) => [width, i]));
    return tokens.map((tok) => tok?.statementStart && tok.tokens.length > 0 ? (rank.get(tok.indent) ?? -1) : -1);
}

function commentText(lines) {
    return lines
        .map((line) => line.tok.comment)
        .filter((words) => words !== '')
        .join(' ');
}
/** Comment words that make the comment an instruction a tool reads, not prose. */
const DIRECTIVES = [
    'noqa',
    'type: ignore',
    'pragma',
    'pylint:',
    'mypy:',
    'isort:',
    'fmt: off',
    'fmt: on',
    'eslint-disable',
    'eslint-enable',
    '@ts-',
    'prettier-ignore',
    'istanbul ignore',
    'c8 ignore',
    'go:',
    '+build',
    'nolint',
    'rubocop:'
];
/**
 * A comment a tool obeys (an encoding cookie, a lint suppression, a build constraint): editing
 * it changes what the interpreter, compiler or linter does, so it is no comment-only edit.
 */
function isDirective(line) {
    const words = line.tok.comment;
    if (words === '')
        return false;
    const text = line.diff.content.trimStart();
    if (text.startsWith('#!') || (text.startsWith('#') && /coding[:=]/.test(text)))
        return true;
    return DIRECTIVES.some((directive) => words.includes(directive));
}
/**
 * Lines whose code is equal on both sides: `comment` where the comment words changed, else
 * `format`. Returns the comment lines, which are part of a behavioural change in the same place.
 */
function classifyCodeEqual(dels, adds) {
    const changed = commentText(dels) !== commentText(adds);
    const soft = [];
    for (const line of [...dels, ...adds]) {
        // Lines without code in a changed comment (` *`, `/**`) belong to the comment.
        if (isDirective(line))
            line.cls = 'essential';
        else if (changed && (line.tok.comment !== '' || !line.code)) {
            line.cls = 'comment';
            soft.push(line);
        }
        else
            line.cls = 'format';
    }
    return soft;
}
/** A one-sided run of changed lines: comment-only when it holds comments and no code. */
function classifyOneSided(lines) {
    if (lines.some((line) => line.code) || lines.every((line) => line.tok.comment === ''))
        return;
    for (const line of lines)
        if (!line.sketch.blank && !isDirective(line))
            line.cls = 'comment';
}
/** Comment-only lines beside changed code (a fix and its updated comment) belong to the fix. */
function floatingComments(lines) {
    const soft = [];
    for (const line of lines) {
        if (!line.code && line.tok.comment !== '' && !isDirective(line)) {
            line.cls = 'comment';
            soft.push(line);
        }
    }
    return soft;
}
const refactoredLine = (line) => !line.sketch.blank && (line.cls === 'rename' || line.cls === 'moved');
/**
 * Comment lines the layout pass left with a code change in their region, where that code turned
 * out to be a rename or a move: with no behavioural code beside them, they are a comment edit.
 */
function freeComments(view) {
    for (const hv of view.hunks) {
        for (const region of hv.regions) {
            // Most regions hold no refactor: they are answered before any list is made.
            if (!region.dels.some(refactoredLine) && !region.adds.some(refactoredLine))
                continue;
            const lines = [...region.dels, ...region.adds].filter((line) => !line.sketch.blank);
            const pending = lines.filter((line) => line.cls === 'essential');
            if (pending.length === 0)
                continue;
            // Lines without code (` */`, a docstring's closing quotes) belong to the comment.
            if (pending.some((line) => line.code))
                continue;
            if (pending.every((line) => line.tok.comment === ''))
                continue;
            for (const line of pending)
                if (!isDirective(line))
                    line.cls = 'comment';
        }
    }
}
/**
 * In a file whose code changed, comments only added, or edited a few lines from a code change,
 * document that change (a fix and the comment explaining it): part of it, not a comment edit.
 */
function attachAddedComments(view) {
    for (const hv of view.hunks)
        for (const region of hv.regions)
            retypedDocTags(region);
    if (!hasCodeChange(view))
        return;
    for (const hv of view.hunks) {
        hv.regions.forEach((region, r) => {
            const added = !region.dels.some((line) => !line.sketch.blank);
            if (!added && !nearCodeChange(hv.regions, r))
                return;
            for (const line of region.dels)
                if (line.cls === 'comment')
                    line.cls = 'essential';
            for (const line of region.adds)
                if (line.cls === 'comment')
                    line.cls = 'essential';
        });
    }
}
/** JSDoc tags that declare a type: `@param {T} name`, `@returns {T}`, `@type {T}`... */
const TYPE_TAGS = new Set('param arg argument return returns type typedef property prop this enum template throws'.split(' '));
/** Where the `{` of a JSDoc type tag's type opens in the line, or -1 when it is no type tag. */
function typeOpen(text) {
    let i = 0;
    const skipSpaces = () => {
        while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
            i++;
    };
    skipSpaces();
    if (text.startsWith('/**', i))
        i += 3;
    else if (text[i] === '*')
        i++;
    skipSpaces();
    if (text[i] !== '@')
        return -1;
    const start = ++i;
    while (i < text.length && /[a-z]/.test(text[i]))
        i++;
    if (!TYPE_TAGS.has(text.slice(start, i)))
        return -1;
    skipSpaces();
    return text[i] === '{' ? i : -1;
}
/** The tag line with its `{type}` cut out, or null when it is no type tag (or it never closes). */
function withoutType(text) {
    const open = typeOpen(text);
    if (open < 0)
        return null;
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        const c = text[i];
        if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0)
            return text.slice(0, open) + text.slice(i + 1);
    }
    return null;
}
/**
 * JSDoc type tags whose type alone changed (`{object}` to `{object|Function}`): the type checker
 * reads them as the code's types, so the edit is a type change, not a comment edit.
 */
function retypedDocTags(region) {
    const dels = region.dels.filter((line) => line.cls === 'comment');
    const adds = region.adds.filter((line) => line.cls === 'comment');
    if (dels.length === 0 || dels.length !== adds.length)
        return;
    for (let i = 0; i < dels.length; i++) {
        const a = withoutType(dels[i].diff.content);
        if (a === null || a !== withoutType(adds[i].diff.content))
            return;
    }
    for (const line of [...dels, ...adds])
        line.cls = 'essential';
}
/** Hunk lines between a comment and the code change it explains, at most. */
const NEAR = 3;
/** A neighbouring region of the hunk, a few lines away, changes code. */
function nearCodeChange(regions, r) {
    const changesCode = (region) => region !== undefined &&
        [...region.dels, ...region.adds].some((line) => line.cls === 'essential' && line.code);
    const before = regions[r - 1];
    const after = regions[r + 1];
    return ((before !== undefined && regions[r].start - before.end <= NEAR && changesCode(before)) ||
        (after !== undefined && after.start - regions[r].end <= NEAR && changesCode(after)));
}
function hasCodeChange(view) {
    const c = view.compact;
    for (let i = 0; i < c.count; i++) {
        const line = c.lineOf(i);
        if (line === undefined) {
            if ((c.flagsOf(i) & BLANK) === 0)
                return true;
        }
        else if (line.cls === 'essential' && line.code)
            return true;
    }
    return false;
}
/** Identifiers in comment words: `:meth:`name``, `name()` and `name.` all name `name`. */
const NAME = /[A-Za-z_$][\w$]*/g;
/** How often the comment lines name one of `names`, and the first one they name. */
function mentions(lines, names) {
    let count = 0;
    let first = null;
    for (const line of lines) {
        for (const word of line.tok.comment.match(NAME) ?? []) {
            const rename = names.get(word);
            if (rename === undefined)
                continue;
            count++;
            first ??= rename;
        }
    }
    return { count, first };
}
/**
 * A comment edit that names a symbol renamed in the same file more often than before (`Renamed
 * from old`, `set it with the new name`) documents the rename: part of it, not a comment edit.
 */
function attachRenameNotes(view, renames) {
    const names = new Map();
    const here = renames.filter((rename) => rename.byFile.has(view));
    // A name that is one rename's new name and another's old one is read as the new name.
    for (const rename of here)
        names.set(rename.from, rename);
    for (const rename of here)
        names.set(rename.to, rename);
    if (names.size === 0)
        return;
    for (const hv of view.hunks) {
        for (const region of hv.regions) {
            const dels = region.dels.filter((line) => line.cls === 'comment');
            const adds = region.adds.filter((line) => line.cls === 'comment');
            const after = mentions(adds, names);
            if (after.first === null || after.count <= mentions(dels, names).count)
                continue;
            const entry = after.first.byFile.get(view);
            for (const line of [...dels, ...adds]) {
                line.cls = 'rename';
                entry?.lines.push(line);
            }
        }
    }
}

/** A Java or Go package declaration, which moves with the file. */
const PACKAGE_LINE = /^\s*package\s+[\w.]+(?:\s*;)?\s*$/;
/** A delete and an add count as one rename when at least this share of each side moved. */
const MIN_INFERRED_SHARE = 0.5;
/** Renames the diff reports, with the package declarations they force. */
function reportedRenames(files, views) {
    const out = [];
    for (const file of files) {
        if (file.status !== 'renamed' || file.oldPath === null || file.oldPath === file.path)
            continue;
        const lines = (views.get(file)?.lines ?? []).filter((line) => line.cls === 'essential' && PACKAGE_LINE.test(line.diff.content));
        for (const line of lines)
            line.cls = 'renamed-file';
        out.push({
            file,
            from: file.oldPath,
            to: file.path,
            similarity: file.similarity,
            lines,
            inferred: false
        });
    }
    return out;
}
/** A deleted file whose content mostly reappears in an added file: a rename the diff missed. */
function inferredRenames(blocks) {
    const pairs = new Map();
    for (const block of blocks) {
        const from = block.dels[0].region.view;
        const to = block.adds[0].region.view;
        if (from.file.status !== 'deleted' || to.file.status !== 'added')
            continue;
        const id = `${from.file.path}\u0000${to.file.path}`;
        const pair = pairs.get(id) ?? { from, to, blocks: [] };
        pairs.set(id, pair);
        pair.blocks.push(block);
    }
    const ranked = [...pairs.values()]
        .map((pair) => ({ ...pair, moved: moved(pair.blocks) }))
        .sort((a, b) => b.moved.dels + b.moved.adds - (a.moved.dels + a.moved.adds));
    const used = new Set();
    const absorbed = new Set();
    const renames = [];
    for (const { from, to, blocks: pairBlocks, moved: m } of ranked) {
        if (used.has(from) || used.has(to))
            continue;
        const delTotal = from.file.deletions;
        const addTotal = to.file.additions;
        if (m.dels < delTotal * MIN_INFERRED_SHARE || m.adds < addTotal * MIN_INFERRED_SHARE)
            continue;
        used.add(from);
        used.add(to);
        const lines = pairBlocks.flatMap((block) => [...block.dels, ...block.adds]);
        for (const line of lines)
            line.cls = 'renamed-file';
        for (const block of pairBlocks)
            absorbed.add(block);
        renames.push({
            file: to.file,
            from: from.file.path,
            to: to.file.path,
            similarity: Math.round((100 * (m.dels + m.adds)) / (delTotal + addTotal)),
            lines,
            inferred: true
        });
    }
    return { renames, remaining: blocks.filter((block) => !absorbed.has(block)) };
}
function moved(blocks) {
    let dels = 0;
    let adds = 0;
    for (const block of blocks) {
        dels += block.dels.length;
        adds += block.adds.length;
    }
    return { dels, adds };
}

/** Conventional-commit types that state a kind, e.g. `style:`; a `deps` scope states `deps`. */
const TASK_PREFIXES = new Map([
    ['style', 'format'],
    ['format', 'format'],
    ['refactor', 'refactor'],
    ['docs', 'comments'],
    ['deps', 'deps']
]);
/** A feature states new behaviour: its plain words ("date format option") state no refactor. */
const FEATURE_TYPES = new Set(['feat', 'feature']);
/** Plain words of a title or commit subject that state a kind, e.g. "run prettier". */
const TASK_WORDS = {
    format: [
        'format',
        'formatted',
        'formatter',
        'formatting',
        'reformat',
        'reformatted',
        'prettier',
        'black',
        'gofmt',
        'rustfmt',
        'clang-format',
        'autopep8',
        'whitespace',
        'indentation',
        'lint',
        'linting',
        'eslint'
    ],
    refactor: ['refactor', 'refactored', 'refactoring', 'cleanup', 'tidy', 'restructure'],
    rename: ['rename', 'renamed', 'renames', 'renaming'],
    move: ['move', 'moved', 'moves', 'moving', 'extract', 'extracted', 'relocate', 'split'],
    comments: [
        'typo',
        'typos',
        'spelling',
        'comment',
        'comments',
        'docstring',
        'docstrings',
        'document',
        'documentation',
        'docs'
    ],
    deps: ['bump', 'bumps', 'bumped', 'upgrade', 'upgrades', 'dependency', 'dependencies', 'deps'],
    generated: ['regenerate', 'regenerated', 'codegen', 'lockfile'],
    tests: [],
    config: []
};
/** Which allowances make each minimality rule requested. */
const ALLOWED_BY = {
    [FORMAT_ONLY.id]: ['format', 'refactor'],
    [IMPORT_REORDER.id]: ['format', 'refactor'],
    [COMMENT_ONLY.id]: ['format', 'refactor', 'comments'],
    [RENAME_SYMBOL.id]: ['rename', 'refactor'],
    [MOVED_CODE.id]: ['move', 'refactor'],
    [FILE_RENAME.id]: ['move', 'rename', 'refactor'],
    // A lockfile follows a dependency bump; other generated files need `generated` (see findings).
    [GENERATED_CHURN.id]: ['deps', 'generated']
};
/** Title and subjects are lines: read at most this much of each, and this many subjects. */
const MAX_SUBJECT_CHARS = 200;
const MAX_SUBJECTS = 100;
const PREFIX = /^([a-z]{1,20})(?:\(([^()]{0,60})\))?!?:/;
const WORD_SPLIT = /[^a-z0-9-]+/;
const WORD_KIND = new Map(Object.entries(TASK_WORDS).flatMap(([kind, words]) => words.map((word) => [word, kind])));
const stated = new WeakMap();
function statedTask(changeSet) {
    let task = stated.get(changeSet);
    if (task === undefined) {
        task = readTask(changeSet);
        stated.set(changeSet, task);
    }
    return task;
}
function readTask(changeSet) {
    const manifest = changeSet.manifest;
    if (manifest.status === 'present') {
        const allow = new Map();
        for (const entry of manifest.manifest.task.allow ?? [])
            allow.set(entry, 'the task');
        return { source: 'manifest', allow };
    }
    const allow = new Map();
    if (changeSet.pr !== null)
        readLine(changeSet.pr.title, 'the PR title', allow);
    for (const commit of changeSet.commits.slice(0, MAX_SUBJECTS)) {
        const end = commit.message.indexOf('\n');
        readLine(end === -1 ? commit.message : commit.message.slice(0, end), 'a commit subject', allow);
    }
    return { source: allow.size > 0 ? 'title' : 'none', allow };
}
/** The kinds one title or subject states, by its conventional prefix and its words. */
function kindsStated(line) {
    const text = line.slice(0, MAX_SUBJECT_CHARS).toLowerCase();
    const found = new Map();
    const prefix = PREFIX.exec(text);
    if (prefix !== null) {
        const byType = TASK_PREFIXES.get(prefix[1]);
        if (byType !== undefined)
            found.set(byType, `${prefix[1]}:`);
        const scope = prefix[2];
        if (scope !== undefined && /^deps\b/.test(scope))
            found.set('deps', '(deps)');
        if (FEATURE_TYPES.has(prefix[1]))
            return found;
    }
    for (const word of text.split(WORD_SPLIT)) {
        const kind = WORD_KIND.get(word);
        if (kind !== undefined && !found.has(kind))
            found.set(kind, word);
    }
    return found;
}
function readLine(line, where, allow) {
    for (const [kind, clue] of kindsStated(line)) {
        if (!allow.has(kind))
            allow.set(kind, `"${clue}" in ${where}`);
    }
}
const LAYOUT = new Set(['format', 'import', 'comment']);
/** Prose documents: their changed lines are documentation, whatever the tokenizer makes of them. */
const DOCUMENT = /\.(?:md|mdx|markdown|rst|txt|adoc|asciidoc)$/i;
/**
 * The kind of work when no line of the change is behavioural: every file is generated or a prose
 * document, or its every changed line is layout, comments, imports, renames or moves (a pure
 * rename counts).
 * Null when any line changes behaviour, or a file's lines are unknown (binary, patch missing).
 */
function wholeTaskOf(files, views, generated, renamedPaths) {
    const byFile = new Map(views.map((view) => [view.file, view]));
    const generatedFiles = new Set(generated.map((g) => g.file));
    const classes = new Set();
    let anyGenerated = false;
    let documents = false;
    for (const file of files) {
        if (generatedFiles.has(file)) {
            anyGenerated = true;
            continue;
        }
        if (DOCUMENT.test(file.path) && !file.binary && !file.patchMissing) {
            documents = true;
            continue;
        }
        const view = byFile.get(file);
        if (view === undefined) {
            if (file.hunks.length === 0 && !file.binary && renamedPaths.has(file.path))
                continue;
            return null;
        }
        if (view.lines.length !== view.compact.count)
            return null;
        for (const line of view.lines) {
            if (line.cls === 'essential')
                return null;
            classes.add(line.cls);
        }
    }
    if (classes.size === 0 && !anyGenerated && renamedPaths.size === 0)
        return null;
    return describe$1(classes, {
        generated: anyGenerated,
        documents,
        fileRenames: renamedPaths.size > 0
    });
}
function describe$1(classes, { generated, documents, fileRenames }) {
    const structural = [...classes].filter((cls) => !LAYOUT.has(cls));
    const rules = new Set([FORMAT_ONLY.id, IMPORT_REORDER.id, COMMENT_ONLY.id]);
    if (generated)
        rules.add(GENERATED_CHURN.id);
    if (classes.has('rename'))
        rules.add(RENAME_SYMBOL.id);
    if (classes.has('moved'))
        rules.add(MOVED_CODE.id);
    if (fileRenames || classes.has('renamed-file'))
        rules.add(FILE_RENAME.id);
    let name;
    if (structural.length === 0 && !fileRenames) {
        if (documents)
            name = 'a documentation-only PR';
        else if (classes.size === 0)
            name = 'a regenerated-files-only PR';
        else if (classes.has('format') || classes.has('import'))
            name = 'a formatting-only PR';
        else
            name = 'a comment-only PR';
    }
    else if (structural.every((cls) => cls === 'rename')) {
        name = fileRenames ? 'a rename-only PR' : 'a symbol-rename-only PR';
    }
    else if (structural.every((cls) => cls === 'moved' || cls === 'renamed-file')) {
        name = 'a move-only PR';
    }
    else
        name = 'a refactoring-only PR (no behaviour change)';
    return { name, rules };
}

/**
 * Where the stated task allows this kind of change (`the task`, `"prettier" in the PR title`),
 * or null: the manifest's task.allow when there is a manifest, else the title and subjects.
 */
function requestClue(rule, input, allowances = ALLOWED_BY[rule] ?? []) {
    const { allow } = statedTask(input.changeSet);
    for (const entry of allowances) {
        const clue = allow.get(entry);
        if (clue !== undefined)
            return clue;
    }
    return null;
}
/** An unrequested finding's severity: its rule's default (the registry applies the config once). */
function unrequestedSeverity(rule) {
    return ruleMeta(rule)?.defaultLevel === 'block' ? 'block' : 'warn';
}

const HUNK_KINDS = [
    ['format', FORMAT_ONLY.id],
    ['import', IMPORT_REORDER.id],
    ['comment', COMMENT_ONLY.id]
];
/** What a hunk-level finding says its lines do. */
const WHAT$1 = {
    [FORMAT_ONLY.id]: 'only change layout (whitespace, wrapping, quotes, commas, semicolons, parentheses)',
    [IMPORT_REORDER.id]: 'only reorder or regroup imports',
    [COMMENT_ONLY.id]: 'only change comments or docstrings'
};
const TEXT = {
    [FORMAT_ONLY.id]: {
        why: 'Formatting the task did not ask for hides the behavioural change from the reviewer.',
        fix: 'Revert the formatting or send it as its own PR; or allow it with task.allow: [format].'
    },
    [IMPORT_REORDER.id]: {
        why: 'Reordered imports are noise the reviewer must read past.',
        fix: 'Revert the reordering or send it as its own PR; or allow it with task.allow: [format].'
    },
    [COMMENT_ONLY.id]: {
        why: 'Comment edits away from the change dilute the review.',
        fix: 'Keep comment edits to the code you changed, or allow them with task.allow: [refactor].'
    },
    [RENAME_SYMBOL.id]: {
        why: 'A rename touches every use of a name: noise around the behavioural change.',
        fix: 'Send the rename as its own PR, or allow it with task.allow: [rename].'
    },
    [MOVED_CODE.id]: {
        why: 'Moved code reads as new code in the diff and hides what changed.',
        fix: 'Move code in its own PR, or allow it with task.allow: [move].'
    },
    [FILE_RENAME.id]: {
        why: 'A moved file makes its real changes hard to see.',
        fix: 'Rename files in their own PR, or allow it with task.allow: [move].'
    }
};
/** Turns the line classes into findings: one per hunk and kind, or one per file when it is all one kind. */
function minimalityFindings(result, input) {
    const renamed = new Set(result.fileRenames.map((rename) => rename.to));
    const whole = wholeTaskOf(input.changeSet.files, result.views, result.generated, renamed);
    const ctx = { input, whole };
    const counted = { lines: new Set(), swept: new Map() };
    const findings = [];
    for (const g of result.generated)
        findings.push(generatedFinding(g, ctx));
    for (const view of result.views)
        for (const item of hunkFindings(view, ctx))
            findings.push(item);
    for (const item of renameFindings(result.renames, ctx, counted))
        findings.push(item);
    for (const item of movedFindings(result.blocks, ctx, counted))
        findings.push(item);
    for (const item of fileRenameFindings(result.fileRenames, ctx, counted))
        findings.push(item);
    return findings;
}
/** Why a kind of change is requested, as a sentence for its message; null when it is not. */
function requestNote(rule, ctx, clue) {
    if (ctx.whole !== null && ctx.whole.rules.has(rule)) {
        return `This is ${ctx.whole.name}: that is its task.`;
    }
    if (clue === null)
        return null;
    return clue === 'the task' ? 'Allowed by the task.' : `Allowed by the task stated in ${clue}.`;
}
function decorate(rule, ctx, finding) {
    const note = requestNote(rule, ctx, requestClue(rule, ctx.input));
    const requested = note !== null;
    const text = TEXT[rule];
    return {
        ...finding,
        severity: requested ? 'info' : unrequestedSeverity(rule),
        message: requested ? `${finding.message} ${note}` : finding.message,
        evidence: {
            ...finding.evidence,
            requested,
            ...(requested && ctx.whole ? { task: ctx.whole.name } : {})
        },
        ...(text && !requested ? { why: text.why, fix: text.fix } : {})
    };
}
/** Where a set of lines sits in the new file (old lines for a deleted file). */
function span(lines, hunk, deleted) {
    let line = Infinity;
    let endLine = 0;
    for (const l of lines) {
        const n = deleted ? l.diff.oldLine : l.diff.newLine;
        if (n === null)
            continue;
        line = Math.min(line, n);
        endLine = Math.max(endLine, n);
    }
    if (line === Infinity) {
        const anchor = Math.max(1, deleted ? hunk.oldStart : hunk.newStart);
        return { line: anchor, endLine: anchor };
    }
    return { line, endLine };
}
function hunkFindings(view, ctx) {
    const path = view.file.path;
    const deleted = view.file.status === 'deleted';
    const out = [];
    const byClass = new Map();
    // Indexed: this reads every materialized line, and an iterator step costs more than the test.
    const all = view.lines;
    for (let i = 0; i < all.length; i++) {
        const line = all[i];
        if (line.cls === 'format' || line.cls === 'import' || line.cls === 'comment') {
            const list = byClass.get(line.cls);
            if (list === undefined)
                byClass.set(line.cls, [line]);
            else
                list.push(line);
        }
    }
    for (const [cls, rule] of HUNK_KINDS) {
        const lines = byClass.get(cls) ?? [];
        if (lines.length === 0)
            continue;
        const what = WHAT$1[rule];
        if (lines.length === view.compact.count) {
            const first = span(lines.filter((l) => l.hunk === lines[0].hunk), view.file.hunks[lines[0].hunk], deleted);
            const lastHunk = lines[lines.length - 1].hunk;
            const last = span(lines.filter((l) => l.hunk === lastHunk), view.file.hunks[lastHunk], deleted);
            out.push(decorate(rule, ctx, {
                rule,
                message: `All ${lines.length} changed lines of this file ${what}.`,
                path,
                line: first.line,
                endLine: lastHunk === lines[0].hunk ? first.endLine : last.endLine,
                lines: lines.length,
                evidence: { hunks: [...new Set(lines.map((l) => l.hunk))] }
            }));
            continue;
        }
        const byHunk = new Map();
        for (const line of lines) {
            const inHunk = byHunk.get(line.hunk);
            if (inHunk === undefined)
                byHunk.set(line.hunk, [line]);
            else
                inHunk.push(line);
        }
        for (const [hunk, inHunk] of byHunk) {
            out.push(decorate(rule, ctx, {
                rule,
                message: `${inHunk.length} changed line${inHunk.length === 1 ? '' : 's'} of this hunk ${what}.`,
                path,
                ...span(inHunk, view.file.hunks[hunk], deleted),
                lines: inHunk.length,
                evidence: { hunks: [hunk] }
            }));
        }
    }
    return out;
}
/** Added and removed lines; a packed hunk counts them without making its lines objects. */
function changedLines$3(hunk) {
    if (hunk instanceof PackedHunk)
        return hunk.changed;
    return hunk.lines.filter((line) => line.kind !== 'context').length;
}
function generatedFinding(g, ctx) {
    const lines = g.file.hunks.length > 0
        ? g.file.hunks.reduce((n, h) => n + changedLines$3(h), 0)
        : g.file.additions + g.file.deletions;
    const follows = g.source !== null ? `it follows ${g.source}` : 'it follows the hand-written change';
    // A dependency bump explains a lockfile; any generated file needs a task that regenerates.
    const clue = requestClue(GENERATED_CHURN.id, ctx.input, g.kind === 'lockfile' ? ['deps', 'generated'] : ['generated']);
    const note = g.expected ? null : requestNote(GENERATED_CHURN.id, ctx, clue);
    const expected = g.expected || note !== null;
    return {
        rule: GENERATED_CHURN.id,
        severity: expected ? 'info' : unrequestedSeverity(GENERATED_CHURN.id),
        message: g.expected
            ? `Generated file (${g.kind}), ${lines} lines: ${follows}; skip it when reviewing.`
            : note !== null
                ? `Generated file (${g.kind}), ${lines} lines; skip it when reviewing. ${note}`
                : `Generated file (${g.kind}) changed, ${lines} lines, with no source change it follows.`,
        path: g.file.path,
        line: 1,
        lines,
        evidence: { kind: g.kind, source: g.source, expected },
        ...(expected
            ? {}
            : {
                why: 'Regenerated files nobody asked for are churn: they bloat the diff and hide edits.',
                fix: 'Drop the regenerated file from the PR, or include the change it follows.'
            })
    };
}
function renameFindings(renames, ctx, counted) {
    const out = [];
    for (const rename of renames) {
        for (const [view, entry] of rename.byFile) {
            const lines = withBlanks(entry.lines, 'rename', counted);
            const inHunk = entry.at.filter((line) => line.hunk === entry.at[0].hunk);
            const occurrences = `${entry.occurrences} occurrence${entry.occurrences === 1 ? '' : 's'}`;
            const w = rename.wrapper;
            const wrapper = w === null
                ? null
                : {
                    path: w.view.file.path,
                    line: w.line.diff.newLine ?? w.view.file.hunks[w.line.hunk].newStart
                };
            const kept = wrapper === null
                ? ''
                : ` \`${rename.from}\` is kept as a wrapper at ${wrapper.path}:${wrapper.line}.`;
            out.push(decorate(RENAME_SYMBOL.id, ctx, {
                rule: RENAME_SYMBOL.id,
                message: `Renamed \`${rename.from}\` \u2192 \`${rename.to}\`: ${occurrences} here, ${rename.occurrences} in ${filesOf(rename)}.${kept}`,
                path: view.file.path,
                ...span(inHunk, view.file.hunks[entry.at[0].hunk], view.file.status === 'deleted'),
                lines: lines.length,
                evidence: {
                    from: rename.from,
                    to: rename.to,
                    occurrences: entry.occurrences,
                    totalOccurrences: rename.occurrences,
                    files: rename.byFile.size,
                    paths: [...rename.byFile.keys()].map((v) => v.file.path),
                    wrapper
                }
            }));
        }
    }
    return out;
}
/** The files a rename touches, named when they are few. */
function filesOf(rename) {
    const paths = [...rename.byFile.keys()].map((view) => view.file.path);
    if (paths.length === 1)
        return 'the change (this file only)';
    const named = paths.slice(0, 3).join(', ');
    const more = paths.length > 3 ? ` and ${paths.length - 3} more` : '';
    return `${paths.length} files (${named}${more})`;
}
function range(from, to) {
    return to > from ? `${from}-${to}` : String(from);
}
function movedFindings(blocks, ctx, counted) {
    return blocks.map((block) => {
        const to = block.adds[0];
        const from = block.dels[0];
        const toView = to.region.view;
        const fromAt = { path: from.region.view.file.path, line: from.diff.oldLine ?? 0 };
        const toAt = { path: toView.file.path, line: to.diff.newLine ?? 0 };
        const lines = withBlanks([...block.dels, ...block.adds], 'moved', counted);
        const moved = block.extracted ? 'extracted into a new function' : 'moved';
        const fromEnd = block.dels.at(-1)?.diff.oldLine ?? fromAt.line;
        const toEnd = block.adds.at(-1)?.diff.newLine ?? toAt.line;
        const renamed = block.renamed.map(([a, b]) => `\`${a}\` \u2192 \`${b}\``).join(', ');
        const details = [
            ...(renamed === '' ? [] : [`with ${renamed}`]),
            ...(block.edited === null ? [] : [`line ${block.edited} edited`])
        ];
        return decorate(MOVED_CODE.id, ctx, {
            rule: MOVED_CODE.id,
            message: `${block.adds.length} lines ${moved} from ${fromAt.path}:${range(fromAt.line, fromEnd)} ` +
                `to ${toAt.path}:${range(toAt.line, toEnd)}` +
                (details.length === 0 ? '.' : ` (${details.join('; ')}).`),
            path: toAt.path,
            ...span(block.adds, toView.file.hunks[to.hunk], false),
            lines: lines.length,
            evidence: {
                from: fromAt,
                to: toAt,
                lines: block.adds.length,
                deletedLines: lines.filter((line) => line.kind === 'del').length,
                addedLines: lines.filter((line) => line.kind === 'add').length,
                fromEnd,
                toEnd,
                extracted: block.extracted,
                renamed: block.renamed.map(([a, b]) => ({ from: a, to: b })),
                editedLine: block.edited
            }
        });
    });
}
function fileRenameFindings(renames, ctx, counted) {
    return renames.map((rename) => {
        const similarity = rename.similarity === null ? '' : ` (${rename.similarity}% similar)`;
        const inferred = rename.inferred ? ', inferred from a delete and an add' : '';
        const lines = withBlanks(rename.lines, 'renamed-file', counted);
        return decorate(FILE_RENAME.id, ctx, {
            rule: FILE_RENAME.id,
            message: `Renamed from ${rename.from}${similarity}${inferred}.`,
            path: rename.to,
            line: 1,
            // The path change itself counts as one changed line, so a pure rename is not free.
            lines: 1 + lines.length,
            evidence: {
                from: rename.from,
                to: rename.to,
                similarity: rename.similarity,
                inferred: rename.inferred,
                deletedLines: lines.filter((line) => line.kind === 'del').length,
                addedLines: lines.filter((line) => line.kind === 'add').length
            }
        });
    });
}
/** The lines plus blank lines of their regions that took the same class, each counted once. */
function withBlanks(lines, cls, counted) {
    const out = lines.filter((line) => !counted.lines.has(line));
    for (const line of out)
        counted.lines.add(line);
    const swept = counted.swept.get(cls) ?? new Set();
    counted.swept.set(cls, swept);
    // Many blocks moved out of one long region would otherwise each read all of it again.
    for (const region of new Set(lines.map((line) => line.region))) {
        if (swept.has(region))
            continue;
        swept.add(region);
        for (const line of [...region.dels, ...region.adds]) {
            if (line.cls === cls && !counted.lines.has(line)) {
                counted.lines.add(line);
                out.push(line);
            }
        }
    }
    return out;
}

const CLOSERS$1 = new Set(['p)', 'p]', 'p}']);
const OPENERS = new Map([
    ['p(', 'p)'],
    ['p[', 'p]'],
    ['p{', 'p}']
]);
/** Where a parenthesized operand binds to nothing around it: `= (a + b)`, `return (x)`. */
const LOOSE_BEFORE = new Set(('kreturn kthrow kyield kawait p= p+= p-= p*= p/= p%= p**= p<<= p>>= p>>>= p&= p|= p^= ' +
    'p&&= p||= p??= p:= p=> p( p, p[ p{ p: p? p; p${').split(' '));
const LOOSE_AFTER = new Set(['p)', 'p,', 'p]', 'p}', 'p;', 'p:']);
/** Black also drops parentheses after these Python keywords (`if (a):`, `for (x) in y`). */
const PYTHON_LOOSE_BEFORE = new Set(['kif', 'kelif', 'kwhile', 'kfor', 'kin', 'kassert', 'kdel']);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/**
 * Looked up, not compared with `||`: optimized while the hunks so far were JavaScript, a
 * short-circuit left the `'typescript'` comparison without type feedback, and the optimized
 * `layoutStream` (with this function inlined) gave up its machine code there on TypeScript hunks
 * after, 540-1,110 times a run on the vuejs release range (`node --trace-deopt`).
 */
const QUOTED_KEY_LANGUAGES = new Set(['javascript', 'typescript']);
/**
 * The line's tokens with layout removed: statement-ending semicolons, trailing commas,
 * redundant parentheses and (JavaScript) quoted object keys. Newlines and spacing are already
 * gone; Python keeps an indentation-level token per statement because there it is syntax.
 */
function layoutFree(lines, language) {
    return layoutStream(lines, language, false).keys;
}
/** `layoutFree`'s keys, each with the index in `lines` of the line it comes from. */
function layoutFreeStream(lines, language) {
    return layoutStream(lines, language, true);
}
/** Bit of `flags` for a key that ends its line. */
const LINE_END = 1;
/** Bit of `flags` for a layout key to drop. */
const DROP = 2;
/**
 * Tokens up to which `layoutStream` works in buffers kept across calls (past it, in its own):
 * allocating them per call was a third of its time, and this bounds what they keep to 576 KB.
 */
const SCRATCH_TOKENS = 1 << 16;
const scratchFlags = new Uint8Array(SCRATCH_TOKENS);
const scratchLineOf = new Int32Array(SCRATCH_TOKENS);
const scratchMatch = new Int32Array(SCRATCH_TOKENS);
function layoutStream(lines, language, withOrigins) {
    let size = 0;
    for (let n = 0; n < lines.length; n++) {
        size += lines[n].tok.tokens.length + (lines[n].level >= 0 ? 1 : 0);
    }
    const keys = new Array(size);
    const small = size <= SCRATCH_TOKENS;
    const flags = small ? scratchFlags.fill(0, 0, size) : new Uint8Array(size);
    const lineOf = !withOrigins ? null : small ? scratchLineOf : new Int32Array(size);
    const plain = language === 'text' || language === 'hash';
    let count = 0;
    let parens = 0;
    /** Paren depths of open `for (` headers, where `;` separates clauses. */
    const forHeaders = [];
    for (let n = 0; n < lines.length; n++) {
        const { tok, level } = lines[n];
        if (level >= 0) {
            if (lineOf !== null)
                lineOf[count] = n;
            keys[count++] = '\u21e5' + level;
        }
        const tokens = tok.tokens;
        for (let i = 0; i < tokens.length; i++) {
            const key = tokenKey(tokens[i]);
            if (key === 'p(') {
                parens++;
                if (count > 0 && keys[count - 1] === 'kfor')
                    forHeaders.push(parens);
            }
            else if (key === 'p)') {
                if (forHeaders.length > 0 && forHeaders[forHeaders.length - 1] === parens)
                    forHeaders.pop();
                parens--;
            }
            // A line-ending `;` ends a statement, except inside a wrapped `for (...;...;...)`.
            const last = i === tokens.length - 1;
            if (!plain && key === 'p;' && last && forHeaders.length === 0)
                continue;
            flags[count] = last ? LINE_END : 0;
            if (lineOf !== null)
                lineOf[count] = n;
            keys[count++] = key;
        }
    }
    keys.length = count;
    if (plain)
        plainLayout(keys, flags, language === 'text');
    else
        dropRedundant(keys, flags, small ? scratchMatch : new Int32Array(count), language);
    let kept = 0;
    for (let i = 0; i < count; i++)
        if ((flags[i] & DROP) === 0)
            kept++;
    if (kept === count && lineOf === null)
        return { keys, lineOf };
    const out = new Array(kept);
    const outLineOf = lineOf === null ? null : new Int32Array(kept);
    let o = 0;
    for (let i = 0; i < count; i++) {
        if ((flags[i] & DROP) !== 0)
            continue;
        if (outLineOf !== null)
            outLineOf[o] = lineOf[i];
        out[o++] = keys[i];
    }
    return { keys: out, lineOf: outLineOf };
}
/** Marks the layout tokens to drop in `flags`; rewrites quoted object keys in place. */
function dropRedundant(keys, flags, scratch, language) {
    const python = language === 'python';
    const js = QUOTED_KEY_LANGUAGES.has(language);
    const match = matchBrackets(keys, scratch);
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === 'p,' && CLOSERS$1.has(keys[i + 1] ?? '')) {
            if (!python || trailingCommaIsLayout(keys, match, match[i + 1], i))
                flags[i] |= DROP;
        }
        else if (key === 'p;' && keys[i + 1] === 'p}') {
            flags[i] |= DROP;
        }
        else if (key === 'p(' && match[i] > i && removableParens(keys, flags, match, i, language)) {
            flags[i] |= DROP;
            flags[match[i]] |= DROP;
        }
        else if (js && key[0] === 's' && isQuotedKey(keys, i)) {
            keys[i] = 'w' + key.slice(1);
        }
    }
}
/**
 * Prose and config: a comma before a closer (code samples a formatter rewrote) and the empty
 * `[]` of a Markdown collapsed reference link (`[text][]` is `[text]`).
 */
function plainLayout(keys, flags, prose) {
    for (let i = 0; i + 1 < keys.length; i++) {
        if (keys[i] === 'p,' && CLOSERS$1.has(keys[i + 1]))
            flags[i] |= DROP;
        else if (prose && keys[i] === 'p[' && keys[i + 1] === 'p]' && keys[i - 1] === 'p]') {
            flags[i] |= DROP;
            flags[i + 1] |= DROP;
        }
    }
}
/** For each bracket, the index of its partner (or -1), in `into` (at least `keys.length` long). */
function matchBrackets(keys, into) {
    const match = into.fill(-1, 0, keys.length);
    const stack = [];
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        // Brackets are the two-character keys `p(`, `p[`, `p{` and their closers.
        if (key.length !== 2 || key.charCodeAt(0) !== 112)
            continue;
        const c = key.charCodeAt(1);
        if (c === 40 || c === 91 || c === 123)
            stack.push(i);
        else if (c === 41 || c === 93 || c === 125) {
            const open = stack.pop();
            if (open !== undefined && OPENERS.get(keys[open]) === key) {
                match[open] = i;
                match[i] = open;
            }
        }
    }
    return match;
}
/** Python: `(a,)` is a tuple and `x[a,]` a tuple index; calls, lists and dicts may drop it. */
function trailingCommaIsLayout(keys, match, open, comma) {
    // Opener above the hunk: a dict or set, or a list of two or more items, takes the comma alike.
    if (open < 0)
        return keys[comma + 1] === 'p}' || commaBefore(keys, match, comma);
    if (hasTopLevelComma(keys, match, open, comma))
        return true;
    const before = keys[open - 1] ?? '';
    const callOrSubscript = before[0] === 'w' || before === 'p)' || before === 'p]';
    if (keys[open] === 'p(')
        return callOrSubscript;
    if (keys[open] === 'p[')
        return !callOrSubscript;
    return true;
}
/** A comma at the depth of `end`'s, before it back to where that depth's opener is out of view. */
function commaBefore(keys, match, end) {
    for (let j = end - 1; j >= 0; j--) {
        const key = keys[j];
        if (key === 'p,')
            return true;
        if (CLOSERS$1.has(key)) {
            if (match[j] < 0)
                return false;
            j = match[j];
        }
        else if (OPENERS.has(key) || key[0] === '\u21e5')
            return false;
    }
    return false;
}
function hasTopLevelComma(keys, match, open, end) {
    for (let j = open + 1; j < end; j++) {
        if (keys[j] === 'p,')
            return true;
        if (OPENERS.has(keys[j]) && match[j] > j)
            j = match[j];
    }
    return false;
}
function removableParens(keys, flags, match, open, language) {
    const close = match[open];
    if (close === open + 1)
        return false;
    const before = open > 0 ? keys[open - 1] : '';
    const after = close + 1 < keys.length ? keys[close + 1] : '';
    const python = language === 'python';
    const looseBefore = before === '' ||
        before[0] === '\u21e5' ||
        LOOSE_BEFORE.has(before) ||
        (python && PYTHON_LOOSE_BEFORE.has(before));
    if (!looseBefore)
        return false;
    const arrowParam = after === 'p=>' && close === open + 2 && keys[open + 1][0] === 'w' && language !== 'python';
    const looseAfter = after === '' ||
        (flags[close] & LINE_END) !== 0 ||
        LOOSE_AFTER.has(after) ||
        after[0] === '\u21e5';
    if (!arrowParam && !(looseAfter || (python && after === 'kin' && before === 'kfor')))
        return false;
    if (hasTopLevelComma(keys, match, open, close) && !(python && before === 'kfor'))
        return false;
    const first = keys[open + 1];
    if (first === 'p{' && (before === 'p=>' || before === ''))
        return false;
    for (let j = open + 1; j < close; j++)
        if (keys[j] === 'p:=')
            return false;
    return true;
}
/** `{ 'a': 1 }` is `{ a: 1 }`; a `case 'a':` or `x ? 'a' : b` is not preceded by `{` or `,`. */
function isQuotedKey(keys, i) {
    const before = keys[i - 1];
    return ((before === 'p{' || before === 'p,') &&
        keys[i + 1] === 'p:' &&
        IDENTIFIER.test(keys[i].slice(1)));
}
/** Where `nextKept` is in a run of lines: line index, then token index (-1: the line's level). */
const cursorA = new Int32Array(2);
const cursorB = new Int32Array(2);
/**
 * False when the two runs of lines cannot have the same `layoutFree` stream: it only drops
 * punctuation and turns quoted keys (`s`) into names (`w`), so their other tokens and Python
 * levels must agree in order. Linear and allocation-free, unlike building the two streams.
 */
function mayBeSameLayout(a, b) {
    cursorA[0] = cursorB[0] = 0;
    cursorA[1] = cursorB[1] = -1;
    for (;;) {
        const x = nextKept(a, cursorA);
        const y = nextKept(b, cursorB);
        if (x === y) {
            if (x === null)
                return true;
            continue;
        }
        if (typeof x !== 'string' || typeof y !== 'string' || !sameName(x, y))
            return false;
    }
}
/** The next level (a number) or non-punctuation key of the lines at `cursor`; null at the end. */
function nextKept(lines, cursor) {
    for (;;) {
        const n = cursor[0];
        if (n >= lines.length)
            return null;
        const line = lines[n];
        const t = cursor[1];
        if (t === -1) {
            cursor[1] = 0;
            if (line.level >= 0)
                return line.level;
            continue;
        }
        const tokens = line.tok.tokens;
        if (t >= tokens.length) {
            cursor[0] = n + 1;
            cursor[1] = -1;
            continue;
        }
        cursor[1] = t + 1;
        const key = tokenKey(tokens[t]);
        // 112 is `p`, the punctuation kind.
        if (key.charCodeAt(0) !== 112)
            return key;
    }
}
/** Two string or name keys of one text, as a quoted key and its unquoted form are. */
function sameName(x, y) {
    const nameOrString = (c) => c === 115 || c === 119;
    return (x.length === y.length &&
        nameOrString(x.charCodeAt(0)) &&
        nameOrString(y.charCodeAt(0)) &&
        x.slice(1) === y.slice(1));
}
function sameStream(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}

/** Past this many cells the exact table is too costly: anchor on lines unique to both sides. */
const MAX_TABLE_CELLS = 40_000;
/** Index pairs of a longest common subsequence (exact when small, unique-line anchors else). */
function lcsPairs(a, b) {
    if (a.length === 0 || b.length === 0)
        return [];
    return a.length * b.length <= MAX_TABLE_CELLS ? exactLcs(a, b) : uniqueAnchors(a, b);
}
function exactLcs(a, b) {
    const n = a.length;
    const m = b.length;
    const table = new Uint16Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            const at = i * (m + 1) + j;
            table[at] = a[i] === b[j] ? table[at + m + 2] + 1 : Math.max(table[at + m + 1], table[at + 1]);
        }
    }
    const pairs = [];
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
        if (a[i] === b[j]) {
            pairs.push([i, j]);
            i++;
            j++;
        }
        else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1])
            i++;
        else
            j++;
    }
    return pairs;
}
/** Patience-style: lines occurring once on each side, kept in an increasing run. */
function uniqueAnchors(a, b) {
    const count = new Map();
    for (const key of a)
        count.set(key, (count.get(key) ?? 0) + 1);
    const inB = new Map();
    for (let j = 0; j < b.length; j++) {
        if (count.get(b[j]) === 1)
            inB.set(b[j], inB.has(b[j]) ? -1 : j);
    }
    const candidates = [];
    a.forEach((key, i) => {
        const j = inB.get(key);
        if (j !== undefined && j >= 0)
            candidates.push([i, j]);
    });
    return longestIncreasing(candidates);
}
/** Longest subsequence of pairs increasing in the second index (first already increases). */
function longestIncreasing(pairs) {
    const tails = [];
    const previous = new Int32Array(pairs.length).fill(-1);
    for (let k = 0; k < pairs.length; k++) {
        let lo = 0;
        let hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (pairs[tails[mid]][1] < pairs[k][1])
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo > 0)
            previous[k] = tails[lo - 1];
        tails[lo] = k;
    }
    const out = [];
    for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) {
        out.push(pairs[k]);
    }
    return out.reverse();
}
/**
 * Tokens of `a` and `b` matched by a shortest edit script: common prefix and suffix first, then
 * Myers' greedy algorithm on the middle (the very script it picks, found within a bound on the
 * edits). Null when the middle needs more than `maxEdits` edits, known in linear time when the
 * two middles' token counts already differ by more (then no search runs); else the search
 * costs O((n + m) * maxEdits) at most, and callers size `maxEdits` so. Null too when
 * `worthSearching`, shown the tokens no script can match (their token is missing from the other
 * middle), says the search could not change the caller's reading (it must not align tokens
 * itself: the search's buffers are in use).
 */
function alignTokens(a, b, maxEdits, worthSearching) {
    const matchedA = new Uint8Array(a.length);
    const matchedB = new Uint8Array(b.length);
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) {
        matchedA[start] = 1;
        matchedB[start] = 1;
        start++;
    }
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        matchedA[--endA] = 1;
        matchedB[--endB] = 1;
    }
    const n = endA - start;
    const m = endB - start;
    if (n === 0 || m === 0)
        return { matchedA, matchedB };
    const max = Math.min(maxEdits, n + m);
    // Every token of the longer middle past the shorter one's length is an edit.
    const lengths = Math.abs(n - m);
    if (lengths > max)
        return null;
    const atLeast = countTokens(a, b, start, n, m);
    try {
        if (atLeast > max)
            return null;
        const worthIt = worthSearching === undefined ||
            worthSearching(unmatchable(a.length, start, 0, n, occursB), unmatchable(b.length, start, n, m, occursA));
        if (!worthIt)
            return null;
        // Searched within a bound first, widened while the script needs more: a search bounded by B
        // costs O(B * (B - |n - m|)), and the bound starts at the lower bound, often the answer.
        let bound = atLeast;
        for (;;) {
            const edits = search(n, m, bound);
            if (edits >= 0) {
                backtrack(n, m, edits, (i, j) => {
                    matchedA[start + i] = 1;
                    matchedB[start + j] = 1;
                });
                return { matchedA, matchedB };
            }
            if (bound >= max)
                return null;
            bound = Math.min(max, lengths + SLACK_GROWTH * (bound - lengths) + 2);
        }
    }
    finally {
        forgetCounts();
        releaseLargeBuffers();
    }
}
/**
 * How much a failed bounded search widens the next one's slack over |n - m| (+2, from 0): 3 made
 * the fewest diagonal steps on the real diffs' alignments of 1.25 to 8, times the bound or slack.
 */
const SLACK_GROWTH = 3;
/**
 * Buffers kept across calls, grown on demand: made per call, they were most of the garbage the
 * alignment made. `ids` holds the middles' token numbers, `a`'s then `b`'s.
 */
let ids = new Int32Array(1024);
/** Per token number, its count in `a`'s middle and in `b`'s; all zeros between calls. */
let occursA = new Int32Array(1024);
let occursB = new Int32Array(1024);
/** The token numbers counted in this call, to reset their counts. */
let counted = new Int32Array(1024);
let countedLength = 0;
/** Each round's furthest points on its bounded diagonals, round after round (see `search`). */
let trace = new Int32Array(1 << 14);
let roundLow = new Int32Array(1024);
let roundStart = new Int32Array(1024);
/** Token numbers kept across calls, so the next call mostly looks them up. */
const tokenIds = new Map();
/** Distinct tokens numbered before the table starts over: bounds the memory it keeps alive. */
const MAX_TOKEN_IDS = 1 << 16;
/** Token and trace entries past which a call's grown buffers are dropped: the rest keep < 4 MB. */
const KEPT_TOKENS = 1 << 17;
const KEPT_TRACE = 1 << 19;
function releaseLargeBuffers() {
    if (ids.length > KEPT_TOKENS) {
        ids = new Int32Array(1024);
        counted = new Int32Array(1024);
    }
    if (occursA.length > KEPT_TOKENS || tokenIds.size > MAX_TOKEN_IDS) {
        tokenIds.clear();
        occursA = new Int32Array(1024);
        occursB = new Int32Array(1024);
    }
    if (trace.length > KEPT_TRACE)
        trace = new Int32Array(1 << 14);
}
/**
 * Numbers and counts the tokens of the middles `a[start, start + n)` and `b[start, start + m)`
 * into `ids` and `occursA`/`occursB`; returns a lower bound on the edits between them: every
 * token one side holds more often than the other must be inserted or deleted.
 */
function countTokens(a, b, start, n, m) {
    if (tokenIds.size + n + m > MAX_TOKEN_IDS)
        tokenIds.clear();
    if (ids.length < n + m) {
        ids = new Int32Array(Math.max(n + m, 2 * ids.length));
        counted = new Int32Array(ids.length);
    }
    const most = tokenIds.size + n + m;
    if (occursA.length < most) {
        occursA = new Int32Array(Math.max(most, 2 * occursA.length));
        occursB = new Int32Array(occursA.length);
    }
    for (let i = 0; i < n + m; i++) {
        const key = i < n ? a[start + i] : b[start + i - n];
        let id = tokenIds.get(key);
        if (id === undefined)
            tokenIds.set(key, (id = tokenIds.size));
        ids[i] = id;
        if (occursA[id] === 0 && occursB[id] === 0)
            counted[countedLength++] = id;
        if (i < n)
            occursA[id]++;
        else
            occursB[id]++;
    }
    let edits = 0;
    for (let t = 0; t < countedLength; t++)
        edits += Math.abs(occursA[counted[t]] - occursB[counted[t]]);
    return edits;
}
function forgetCounts() {
    for (let t = 0; t < countedLength; t++) {
        occursA[counted[t]] = 0;
        occursB[counted[t]] = 0;
    }
    countedLength = 0;
}
/**
 * The tokens of a side `length` long that no script can match: those of its middle (`count`
 * tokens from `start`, numbered at `ids[from...]`) that the other middle never holds.
 */
function unmatchable(length, start, from, count, occursOther) {
    const out = new Uint8Array(length);
    for (let i = 0; i < count; i++)
        if (occursOther[ids[from + i]] === 0)
            out[start + i] = 1;
    return out;
}
/**
 * Myers' greedy search for the middles held in `ids`, restricted to the diagonals from which
 * (n, m) can still be reached within `bound` edits: diagonal k at round d needs |n - m - k| more.
 * A diagonal kept needs only kept diagonals of the round before, so every kept value, and the
 * script found, is the unrestricted search's; the round it ends at, or -1 past `bound`.
 */
function search(n, m, bound) {
    const delta = n - m;
    if (roundLow.length <= bound) {
        roundLow = new Int32Array(Math.max(bound + 1, 2 * roundLow.length));
        roundStart = new Int32Array(roundLow.length);
    }
    let used = 0;
    for (let d = 0; d <= bound; d++) {
        // Diagonals -d..d of d's parity, within bound - d of the last diagonal.
        let low = Math.max(-d, delta - bound + d);
        let high = Math.min(d, delta + bound - d);
        if (((low + d) & 1) !== 0)
            low++;
        if (((high + d) & 1) !== 0)
            high--;
        const count = low <= high ? ((high - low) >> 1) + 1 : 0;
        if (trace.length < used + count) {
            const grown = new Int32Array(Math.max(used + count, 2 * trace.length));
            grown.set(trace.subarray(0, used));
            trace = grown;
        }
        roundLow[d] = low;
        roundStart[d] = used;
        // `p` walks round d - 1's entry for diagonal k - 1 (k + 1's is next to it).
        let p = d > 0 ? roundStart[d - 1] + ((low - 1 - roundLow[d - 1]) >> 1) : 0;
        for (let k = low, at = used; k <= high; k += 2, p++, at++) {
            let x;
            if (d === 0)
                x = 0;
            else if (k === -d)
                x = trace[p + 1];
            else if (k === d)
                x = trace[p] + 1;
            else {
                const below = trace[p];
                const above = trace[p + 1];
                x = below < above ? above : below + 1;
            }
            let y = x - k;
            while (x < n && y < m && ids[x] === ids[n + y]) {
                x++;
                y++;
            }
            trace[at] = x;
            if (x >= n && y >= m)
                return d;
        }
        used += count;
    }
    return -1;
}
/** Walks the script found in `last` rounds back from (n, m), reporting each matched pair. */
function backtrack(n, m, last, match) {
    let x = n;
    let y = m;
    for (let d = last; d >= 0; d--) {
        const k = x - y;
        let prevX = 0;
        let prevY = 0;
        if (d > 0) {
            const low = roundLow[d - 1];
            const at = roundStart[d - 1];
            const prevK = k === -d || (k !== d && trace[at + ((k - 1 - low) >> 1)] < trace[at + ((k + 1 - low) >> 1)])
                ? k + 1
                : k - 1;
            prevX = trace[at + ((prevK - low) >> 1)];
            prevY = prevX - prevK;
        }
        while (x > prevX && y > prevY)
            match(--x, --y);
        x = prevX;
        y = prevY;
    }
}

/** Classifies each region's layout-only and comment-only lines; the rest stay essential. */
function classifyLayout(view) {
    for (const hv of view.hunks) {
        // Untokenized hunks have no regions: nothing of theirs is layout or comment work.
        if (hv.regions.length === 0)
            continue;
        if (hv.hunk.lines.length < MIN_REMEMBERED_LINES)
            readHunk(hv, view.language);
        else
            rememberedRead(hv, view.language);
    }
}
/** The layout reading of one tokenized hunk: it reads only the hunk, its language and classes. */
function readHunk(hv, language) {
    let firstRead = null;
    hv.regions.forEach((region, r) => {
        const read = classifyRegion(region, language);
        if (r === 0)
            firstRead = read;
    });
    alignHunk(hv, language, firstRead);
    realignComments(hv);
    for (const region of hv.regions)
        reworkedProse(region);
    if (language === 'text')
        for (const region of hv.regions)
            followTitles(region);
}
/**
 * Hunks at least this long are remembered with their reading, so that a diff repeating one (a
 * copied or vendored file) reads it once: shorter ones cost less to read than to compare.
 */
const MIN_REMEMBERED_LINES = 16;
/** Readings kept per diff text: bounds the memory the classes take. */
const MAX_REMEMBERED = 4096;
/** Readings by the text the hunks were read from (dropped with it), then by length and start. */
const readings$1 = new WeakMap();
/**
 * The reading depends on the hunk's lines (their tokens are made from them alone), its language
 * and its lines' classes before it: a hunk equal in all three takes the reading made first.
 */
function rememberedRead(hv, language) {
    const hunk = packedOf(hv.hunk);
    let byKey = readings$1.get(hunk.source);
    if (byKey === undefined)
        readings$1.set(hunk.source, (byKey = new Map()));
    const last = hunk.count - 1;
    const key = `${language} ${hunk.count} ${endAt(hunk, last) - startAt(hunk, 0)} ${contentAt(hunk, 0)}`;
    const lines = changedLines$2(hv);
    const before = lines.map((line) => line.cls);
    const known = byKey.get(key);
    if (known !== undefined &&
        known.language === language &&
        sameStream(known.before, before) &&
        sameLines(known.hunk, hunk)) {
        for (let i = 0; i < lines.length; i++)
            lines[i].cls = known.after[i];
        return;
    }
    readHunk(hv, language);
    if (known === undefined && byKey.size < MAX_REMEMBERED) {
        byKey.set(key, { hunk, language, before, after: lines.map((line) => line.cls) });
    }
}
/** The hunk's changed lines, region by region, deleted lines first: the same order each time. */
function changedLines$2(hv) {
    const out = [];
    for (const region of hv.regions) {
        for (let i = 0; i < region.dels.length; i++)
            out.push(region.dels[i]);
        for (let i = 0; i < region.adds.length; i++)
            out.push(region.adds[i]);
    }
    return out;
}
/** The two hunks' lines are of the same kinds and texts, compared where they sit. */
function sameLines(a, b) {
    if (a.count !== b.count)
        return false;
    for (let k = 0; k < a.count; k++) {
        if (kindAt(a, k) !== kindAt(b, k))
            return false;
        const start = startAt(a, k);
        const length = endAt(a, k) - start;
        const other = startAt(b, k);
        if (endAt(b, k) - other !== length)
            return false;
        for (let i = 0; i < length; i++) {
            if (a.text.charCodeAt(start + i) !== b.text.charCodeAt(other + i))
                return false;
        }
    }
    return true;
}
/** A heading underline re-sized because its title changed is part of that change. */
function followTitles(region) {
    const lines = [...region.dels, ...region.adds];
    if (!lines.some((line) => line.cls === 'essential' && line.code))
        return;
    for (const line of lines) {
        const keys = keysOf(line.tok);
        if (line.cls === 'format' && keys.length === 1 && (keys[0] === 'p---' || keys[0] === 'p===')) {
            line.cls = 'essential';
        }
    }
}
const open = (line) => line.cls === 'essential';
function anchorKey(line) {
    const key = lineKey(line.tok);
    return line.level >= 0 ? key + '\u21e5' + line.level : key;
}
/** Classifies the region's lines; returns what it read when it built both sides' streams. */
function classifyRegion(region, language) {
    if (!region.tokenized)
        return null;
    const dels = region.dels.filter(open);
    const adds = region.adds.filter(open);
    if (dels.length === 0 || adds.length === 0) {
        classifyOneSided(dels.length > 0 ? dels : adds);
        return null;
    }
    // Most regions change code: their streams differ beyond layout, which is cheap to tell.
    const maybeLayout = mayBeSameLayout(dels, adds);
    const read = maybeLayout
        ? { dels, adds, delKeys: layoutFree(dels, language), addKeys: layoutFree(adds, language) }
        : null;
    if (read !== null && sameStream(read.delKeys, read.addKeys)) {
        classifyCodeEqual(dels, adds);
        return read;
    }
    const codeDels = dels.filter((line) => line.code);
    const codeAdds = adds.filter((line) => line.code);
    const soft = floatingComments([...dels, ...adds]);
    let mixed = false;
    let pi = 0;
    let pj = 0;
    const pairs = lcsPairs(codeDels.map(anchorKey), codeAdds.map(anchorKey));
    pairs.push([codeDels.length, codeAdds.length]);
    // Indexed, not destructured: cold, each destructuring steps an iterator.
    for (let p = 0; p < pairs.length; p++) {
        const i = pairs[p][0];
        const j = pairs[p][1];
        const gapDels = codeDels.slice(pi, i);
        const gapAdds = codeAdds.slice(pj, j);
        if (gapDels.length > 0 || gapAdds.length > 0) {
            const equal = gapDels.length > 0 &&
                gapAdds.length > 0 &&
                mayBeSameLayout(gapDels, gapAdds) &&
                sameStream(layoutFree(gapDels, language), layoutFree(gapAdds, language));
            if (equal)
                for (const item of classifyCodeEqual(gapDels, gapAdds))
                    soft.push(item);
            else
                mixed = true;
        }
        if (i < codeDels.length) {
            const del = codeDels[i];
            const add = codeAdds[j];
            for (const item of classifyCodeEqual([del], [add]))
                soft.push(item);
            if (del.diff.content.trim() === add.diff.content.trim())
                soft.push(del, add);
        }
        pi = i + 1;
        pj = j + 1;
    }
    // Re-indented or re-commented lines next to a behavioural change are part of that change.
    if (mixed)
        for (const line of soft)
            line.cls = 'essential';
    return read;
}
/** Edits a hunk's token alignment may need before it gives up (the rest stays essential). */
const MAX_EDITS = 1000;
/** Token comparisons one hunk's alignment may cost: Myers' search is O((n + m) * edits). */
const MAX_ALIGN_WORK = 20_000_000;
function editBudget(n, m) {
    return Math.min(MAX_EDITS, Math.floor(MAX_ALIGN_WORK / (n + m + 1)));
}
/**
 * Re-reads the whole hunk when some region is still essential: git aligns blank lines and
 * braces as context inside a re-indented or re-wrapped block, so a layout change can spread
 * over regions that are each unequal. Tokens are aligned across the hunk; a region whose
 * changed lines' tokens all align is layout.
 */
function alignHunk(hv, language, firstRead) {
    const openCode = (l) => open(l) && l.code;
    if (!hv.regions.some((r) => r.dels.some(openCode) || r.adds.some(openCode)))
        return;
    if (hv.regions.length < 2 && !commasOnly(hv.regions[0], language, firstRead))
        return;
    const oldSide = [];
    const newSide = [];
    const oldLine = [];
    const newLine = [];
    const oldAt = [];
    const newAt = [];
    const byAt = changedByAt(hv);
    hv.hunk.lines.forEach((diff, k) => {
        const changed = byAt[k] ?? null;
        if (changed !== null && changed.cls === 'import')
            return;
        if (diff.kind !== 'add') {
            oldSide.push({ tok: hv.oldTokens[k] ?? changed?.tok ?? EMPTY, level: hv.oldLevels[k] ?? -1 });
            oldLine.push(diff.kind === 'del' ? changed : null);
            oldAt.push(k);
        }
        if (diff.kind !== 'del') {
            newSide.push({ tok: hv.newTokens[k] ?? changed?.tok ?? EMPTY, level: hv.newLevels[k] ?? -1 });
            newLine.push(diff.kind === 'add' ? changed : null);
            newAt.push(k);
        }
    });
    // The regions the alignment could turn to layout: those with lines it would reclassify.
    const layoutCandidates = hv.regions.filter((r) => r.dels.some(reclassifiable) || r.adds.some(reclassifiable));
    const quotedKeys = language === 'javascript' || language === 'typescript';
    // A region holding alike words on both sides (a re-layout, likely) makes the look-up moot.
    if (!layoutCandidates.some(alikeWords) &&
        allForeign(layoutCandidates, oldSide, oldLine, newSide, newLine, quotedKeys))
        return;
    const { keys: a, lineOf: oldOrigin } = layoutFreeStream(oldSide, language);
    const { keys: b, lineOf: newOrigin } = layoutFreeStream(newSide, language);
    const worthSearching = (unmatchableA, unmatchableB) => {
        // A region with a token no script matches stays mixed whatever the alignment.
        const sure = new Set();
        const note = (unmatchable, origin, lines) => {
            for (let i = 0; i < unmatchable.length; i++) {
                const line = unmatchable[i] === 1 ? lines[origin[i]] : null;
                if (line !== null)
                    sure.add(line.region);
            }
        };
        note(unmatchableA, oldOrigin, oldLine);
        note(unmatchableB, newOrigin, newLine);
        return layoutCandidates.some((region) => !sure.has(region));
    };
    const aligned = alignTokens(a, b, editBudget(a.length, b.length), worthSearching);
    if (aligned === null)
        return;
    const mixed = new Set();
    const outOfStep = new Set();
    const mark = (matched, origin, lines, at) => {
        matched.forEach((m, i) => {
            if (m === 1)
                return;
            const line = lines[origin[i]];
            if (line !== null)
                mixed.add(line.region);
            // An unchanged line out of step (swapped lines): the regions around it changed order.
            else if (!outOfStep.has(at[origin[i]])) {
                outOfStep.add(at[origin[i]]);
                for (const region of regionsAround(hv, at[origin[i]]))
                    mixed.add(region);
            }
        });
    };
    mark(aligned.matchedA, oldOrigin, oldLine, oldAt);
    mark(aligned.matchedB, newOrigin, newLine, newAt);
    for (const region of hv.regions) {
        const lines = [...region.dels, ...region.adds];
        // A region with any unaligned token keeps its own reading (a real edit is in it).
        if (mixed.has(region))
            continue;
        for (const line of lines)
            if (reclassifiable(line))
                line.cls = 'format';
    }
}
const reclassifiable = (line) => open(line) && !isDirective(line);
/** Whether the region's two sides hold as many words, of alike lengths and ends (a checksum). */
function alikeWords(region) {
    return wordSum(region.dels) === wordSum(region.adds);
}
function wordSum(lines) {
    let sum = 0;
    for (const line of lines) {
        const tokens = line.tok.tokens;
        for (let i = 0; i < tokens.length; i++) {
            if (tokens[i].kind === 'punct')
                continue;
            const text = tokens[i].text;
            const ends = text.length > 0 ? text.charCodeAt(0) * 31 + text.charCodeAt(text.length - 1) : 0;
            sum = (sum + 1 + text.length * 7919 + ends) | 0;
        }
    }
    return sum;
}
/** Per token key, the `dropForeign` pass that sought it (its `wanted`) or found it (`held`). */
const seenKeys = new Map();
let seenStamp = 0;
/** Keys `seenKeys` keeps before it starts over: bounds the memory it keeps alive. */
const MAX_SEEN_KEYS = 1 << 16;
/**
 * True when every region holds a changed line with a token the other side of the hunk never
 * holds (punctuation aside, which the layout reading may drop): no alignment matches that
 * token, so each region stays mixed, as the alignment would find, without building the streams.
 * `quotedKeys`: a quoted object key may be read as the name it spells (JavaScript).
 */
function allForeign(regions, oldSide, oldLine, newSide, newLine, quotedKeys) {
    if (regions.length === 0)
        return true;
    const left = new Set(regions);
    // Most edits add a name: the added lines are read first, against the old side.
    dropForeign(left, newSide, newLine, oldSide, quotedKeys);
    // Nothing foreign added (a re-layout, most likely): the alignment is worth running.
    if (left.size === regions.length)
        return false;
    if (left.size > 0)
        dropForeign(left, oldSide, oldLine, newSide, quotedKeys);
    return left.size === 0;
}
/**
 * Drops from `left` the regions whose changed lines on `side` hold a token `other` lacks. The
 * tokens sought are noted first, so that `other` is only looked up, and only until all are found.
 */
function dropForeign(left, side, lines, other, quotedKeys) {
    if (seenKeys.size > MAX_SEEN_KEYS)
        seenKeys.clear();
    seenStamp += 2;
    const wanted = seenStamp;
    const held = seenStamp + 1;
    let missing = 0;
    for (let n = 0; n < side.length; n++) {
        const line = lines[n];
        if (line === null || !left.has(line.region))
            continue;
        const tokens = side[n].tok.tokens;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            // A quoted key may be read as a name: left out, it can only keep a region in the search.
            if (token.kind === 'punct' || (quotedKeys && token.kind === 'string'))
                continue;
            const key = tokenKey(token);
            if (seenKeys.get(key) === wanted)
                continue;
            seenKeys.set(key, wanted);
            missing++;
        }
    }
    for (let n = 0; n < other.length && missing > 0; n++) {
        const tokens = other[n].tok.tokens;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            if (token.kind === 'punct')
                continue;
            // The other side's quoted key may be read as the name sought.
            const key = quotedKeys && token.kind === 'string' ? 'w' + token.text : tokenKey(token);
            if (seenKeys.get(key) !== wanted)
                continue;
            seenKeys.set(key, held);
            missing--;
        }
    }
    if (missing === 0)
        return;
    for (let n = 0; n < side.length && left.size > 0; n++) {
        const line = lines[n];
        if (line === null || !left.has(line.region))
            continue;
        const tokens = side[n].tok.tokens;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            if (token.kind === 'punct' || (quotedKeys && token.kind === 'string'))
                continue;
            if (seenKeys.get(tokenKey(token)) !== wanted)
                continue;
            left.delete(line.region);
            break;
        }
    }
}
/**
 * A lone region whose two sides differ only in commas: a trailing comma against a closer on a
 * context line (`}` -> `},`), which only the hunk's context shows to be layout.
 */
function commasOnly(region, language, read) {
    const dels = region.dels.filter(open);
    const adds = region.adds.filter(open);
    if (!mayBeSameLayout(dels, adds))
        return false;
    // The region's first reading still holds while the same lines are open.
    const reuse = read !== null && sameStream(dels, read.dels) && sameStream(adds, read.adds);
    const noCommas = (keys) => keys.filter((key) => key !== 'p,');
    return sameStream(noCommas(reuse ? read.delKeys : layoutFree(dels, language)), noCommas(reuse ? read.addKeys : layoutFree(adds, language)));
}
/** The hunk's changed lines by their index in the hunk (context lines have none). */
function changedByAt(hv) {
    const byAt = new Array(hv.hunk.lines.length).fill(undefined);
    for (const r of hv.regions) {
        for (const l of r.dels)
            byAt[l.at] = l;
        for (const l of r.adds)
            byAt[l.at] = l;
    }
    return byAt;
}
/**
 * Comment words aligned across the hunk: a comment that only moved to another region (git
 * aligned the lines differently on each side) is layout, not a comment change.
 */
function realignComments(hv) {
    if (hv.regions.length < 2)
        return;
    // Only such lines can be re-read: the alignment is not made for the others.
    const touched = (l) => (l.cls === 'comment' || l.cls === 'format') && l.tok.comment !== '';
    if (!hv.regions.some((r) => r.dels.some(touched) || r.adds.some(touched)))
        return;
    const byAt = changedByAt(hv);
    const oldWords = [];
    const newWords = [];
    const oldOrigin = [];
    const newOrigin = [];
    const addWords = (tok, changed, words, origin) => {
        if (tok === undefined || tok.comment === '')
            return;
        for (const word of tok.comment.split(' ')) {
            if (word === '')
                continue;
            words.push(word);
            origin.push(changed);
        }
    };
    hv.hunk.lines.forEach((diff, k) => {
        const changed = byAt[k] ?? null;
        if (diff.kind !== 'add')
            addWords(hv.oldTokens[k], changed, oldWords, oldOrigin);
        if (diff.kind !== 'del')
            addWords(hv.newTokens[k], changed, newWords, newOrigin);
    });
    const aligned = alignTokens(oldWords, newWords, editBudget(oldWords.length, newWords.length));
    if (aligned === null)
        return;
    const changedComment = new Set();
    const note = (matched, origin) => {
        for (let i = 0; i < matched.length; i++) {
            const line = matched[i] === 0 ? origin[i] : null;
            if (line !== null)
                changedComment.add(line);
        }
    };
    note(aligned.matchedA, oldOrigin);
    note(aligned.matchedB, newOrigin);
    const recomment = (line) => {
        if (line.tok.comment === '')
            return;
        if (line.cls === 'comment' && !changedComment.has(line))
            line.cls = 'format';
        else if (line.cls === 'format' && changedComment.has(line))
            line.cls = isDirective(line) ? 'essential' : 'comment';
    };
    for (const region of hv.regions) {
        region.dels.forEach(recomment);
        region.adds.forEach(recomment);
    }
}
/** Comment markers a prose line may open with: `//`, `///`, `//!`, `/*`, `*`, `#`, `--`, `;`. */
const MARKERS = new Set(['/', '*', '#', ';', '!', '-']);
/** A comment line's prose: its marker, the spaces around it and trailing spaces left out. */
function prose(line) {
    const text = line.diff.content.trim();
    let i = 0;
    while (i < text.length && MARKERS.has(text[i]))
        i++;
    return text.slice(i).trim();
}
/**
 * Comment lines whose words are unchanged but whose prose was re-spaced or re-wrapped, or that
 * sit in a comment edited beside them: the formatters leave comment text alone (they re-indent
 * it), so this is someone editing the comment.
 */
function reworkedProse(region) {
    const proseLine = (line) => line.cls === 'format' && !line.code && line.tok.comment !== '';
    const dels = region.dels.filter(proseLine);
    const adds = region.adds.filter(proseLine);
    if (dels.length === 0 && adds.length === 0)
        return;
    const lines = [...region.dels, ...region.adds];
    const edited = lines.some((line) => line.cls === 'comment');
    // A comment joined to or split from code (`{ /* x */ }`) is a formatter's re-wrap.
    const besideCode = lines.some((line) => line.code && line.tok.comment !== '');
    if (!edited) {
        if (besideCode)
            return;
        const a = dels.map(prose);
        const b = adds.map(prose);
        if (a.length === b.length && a.every((text, i) => text === b[i]))
            return;
    }
    for (const line of [...dels, ...adds])
        line.cls = 'comment';
}
/** The regions just before and just after hunk line `at`. */
function regionsAround(hv, at) {
    const before = hv.regions.filter((r) => r.end <= at).at(-1);
    const after = hv.regions.find((r) => r.start > at);
    return [before, after].filter((r) => r !== undefined);
}
const EMPTY = { tokens: [], comment: '', indent: 0, statementStart: false };
/** Blank lines follow their neighbours; a hunk that only adds or drops blank lines is layout. */
function resolveBlankLines(view) {
    for (const hv of view.hunks) {
        if (hv.regions.length === 0)
            continue;
        if (!hv.regions.some((r) => r.dels.some(isBlank) || r.adds.some(isBlank)))
            continue;
        const hunkLines = hv.regions.flatMap((region) => [...region.dels, ...region.adds]);
        hunkLines.sort((a, b) => a.at - b.at);
        const fromHunk = nearestClasses(hunkLines);
        for (const region of hv.regions) {
            // Only blank lines are set: a region without one is not sorted.
            if (!region.dels.some(isBlank) && !region.adds.some(isBlank))
                continue;
            const lines = [...region.dels, ...region.adds].sort((a, b) => a.at - b.at);
            const fromRegion = nearestClasses(lines);
            for (const line of lines) {
                // An import sorter's spacing was read with the imports.
                if (isBlank(line) && line.cls !== 'import')
                    line.cls = fromRegion.get(line) ?? fromHunk.get(line) ?? 'format';
            }
        }
    }
}
/** For each blank line of a sorted run, the class of the nearest non-blank line in it. */
function nearestClasses(lines) {
    const out = new Map();
    const before = [];
    let last = null;
    for (const line of lines) {
        before.push(last);
        if (!isBlank(line))
            last = line;
    }
    let next = null;
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i];
        if (!isBlank(line)) {
            next = line;
            continue;
        }
        const prev = before[i];
        const pick = prev === null || (next !== null && next.at - line.at < line.at - prev.at) ? next : prev;
        if (pick !== null)
            out.set(line, pick.cls);
    }
    return out;
}

/** Lockfile name -> the manifests it is generated from; a Map, since names come from the diff. */
const LOCKFILES = new Map([
    ['package-lock.json', ['package.json']],
    ['npm-shrinkwrap.json', ['package.json']],
    ['yarn.lock', ['package.json']],
    ['pnpm-lock.yaml', ['package.json', 'pnpm-workspace.yaml']],
    ['bun.lock', ['package.json']],
    ['bun.lockb', ['package.json']],
    ['deno.lock', ['deno.json', 'deno.jsonc']],
    ['poetry.lock', ['pyproject.toml']],
    ['uv.lock', ['pyproject.toml']],
    ['pdm.lock', ['pyproject.toml']],
    ['Pipfile.lock', ['Pipfile']],
    ['go.sum', ['go.mod']],
    ['Cargo.lock', ['Cargo.toml']],
    ['composer.lock', ['composer.json']],
    ['Gemfile.lock', ['Gemfile']],
    ['gradle.lockfile', ['build.gradle', 'build.gradle.kts']],
    ['Podfile.lock', ['Podfile']],
    ['pubspec.lock', ['pubspec.yaml']],
    ['mix.lock', ['mix.exs']],
    ['flake.lock', ['flake.nix']]
]);
const GLOB_OPTIONS$1 = { dot: true, nocomment: true, nonegate: true };
const BUILD_OUTPUT_GLOBS = [
    'dist/**',
    '**/dist/**',
    '**/*.min.js',
    '**/*.min.css',
    '**/*.js.map',
    '**/*.css.map',
    '**/__generated__/**',
    '**/*.pb.go',
    '**/*_pb2.py',
    '**/*_pb2_grpc.py',
    '**/*_generated.go',
    '**/zz_generated*.go',
    '**/*.generated.*',
    '**/*.g.dart',
    '**/*.freezed.dart'
];
const VENDORED_GLOBS = ['vendor/**', '**/node_modules/**'];
/** Compiled on the first path that may need them: most runs never do, and compiling costs. */
let buildOutput;
let vendored;
/**
 * A text every build-output glob needs in the path (`dist/`, `.min.`, `.map`, `generated`...):
 * paths without any skip the globs, which cost more than the rest of the check.
 */
const MAY_BE_BUILD_OUTPUT = /dist\/|\.min\.|\.map$|generated|\.pb\.go$|_pb2|\.dart$/;
const MAY_BE_VENDORED = /vendor\/|node_modules\//;
/** The conventional first-lines markers: Go's `Code generated ... DO NOT EDIT.`, `@generated`. */
const HEADER = /^\s*(?:\/\/|#|\/\*|\*|<!--|--|"""|;).*(?:@generated\b|\bDO NOT EDIT\b|\bauto-?generated\b|\bgenerated (?:by|from|automatically)\b)/i;
/** How far into a file a generated-file header is looked for. */
const HEADER_LINES = 5;
/** `linguist-generated` (set, `=true`, unset, `=false`) and `-diff` lines of `.gitattributes`. */
function parseGitattributes(text) {
    if (text === null)
        return [];
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const [pattern, ...attributes] = line.split(/\s+/);
        let generated = null;
        for (const attribute of attributes) {
            if (attribute === 'linguist-generated' || attribute === 'linguist-generated=true')
                generated = true;
            else if (attribute === '-diff' || attribute === 'diff=false')
                generated = true;
            else if (attribute === '-linguist-generated' || attribute === 'linguist-generated=false') {
                generated = false;
            }
        }
        if (generated === null)
            continue;
        const anchored = pattern.startsWith('/') ? pattern.slice(1) : pattern;
        const options = { ...GLOB_OPTIONS$1, matchBase: !anchored.includes('/') };
        rules.push({ matcher: new Minimatch(anchored, options), generated });
    }
    return rules;
}
function basename$1(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash + 1);
}
/** Which changed files are generated, and whether each follows a hand-written change. */
function findGeneratedFiles(files, gitattributes, configured) {
    const attributes = parseGitattributes(gitattributes);
    const extra = configured.map((glob) => new Minimatch(glob, GLOB_OPTIONS$1));
    const found = new Map();
    for (const file of files) {
        const kind = generatedKind(file, attributes, extra);
        if (kind !== null)
            found.set(file, kind);
    }
    const changedPaths = new Set(files.map((file) => file.path));
    const handWritten = files.some((file) => !found.has(file));
    return [...found].map(([file, kind]) => {
        const manifests = LOCKFILES.get(basename$1(file.path)) ?? (kind === 'lockfile' ? compiledFrom(file.path) : []);
        const source = manifests.map((name) => dirname(file.path) + name).find((path) => changedPaths.has(path)) ??
            null;
        const expected = kind === 'lockfile' || manifests.length > 0 ? source !== null : handWritten;
        return { file, kind, source, expected };
    });
}
function generatedKind(file, attributes, configured) {
    const path = file.path;
    if (configured.some((m) => m.match(path)))
        return 'configured';
    let marked = null;
    for (const rule of attributes)
        if (rule.matcher.match(path))
            marked = rule.generated;
    if (marked === false)
        return null;
    if (marked === true)
        return 'gitattributes';
    if (LOCKFILES.has(basename$1(path)))
        return 'lockfile';
    if (MAY_BE_BUILD_OUTPUT.test(path)) {
        buildOutput ??= BUILD_OUTPUT_GLOBS.map((glob) => new Minimatch(glob, GLOB_OPTIONS$1));
        if (buildOutput.some((m) => m.match(path)))
            return 'build-output';
    }
    if (MAY_BE_VENDORED.test(path)) {
        vendored ??= VENDORED_GLOBS.map((glob) => new Minimatch(glob, GLOB_OPTIONS$1));
        if (vendored.some((m) => m.match(path)))
            return 'vendored';
    }
    if (isCompiledRequirements(file))
        return 'lockfile';
    return hasGeneratedHeader(file) ? 'header' : null;
}
/** pip-compile's (and uv's) annotation under each pinned requirement: `    # via flask`. */
const VIA = /^\s+# via\b/;
/**
 * A requirements file written by pip-compile: its header is often outside the hunks, but every
 * pin it writes carries a `# via` line saying what pulled it in.
 */
function isCompiledRequirements(file) {
    if (!file.path.endsWith('.txt'))
        return false;
    return file.hunks.some((hunk) => hunk.lines.some((line) => VIA.test(line.content)));
}
/** The `.in` file pip-compile reads a compiled `.txt` from. */
function compiledFrom(path) {
    return path.endsWith('.txt') ? [basename$1(path).slice(0, -'.txt'.length) + '.in'] : [];
}
function hasGeneratedHeader(file) {
    for (const hunk of file.hunks) {
        const packed = packedOf(hunk);
        for (let k = 0; k < packed.count; k++) {
            const number = numberAt(packed, k);
            if (number >= 0 && number <= HEADER_LINES && HEADER.test(contentAt(packed, k)))
                return true;
        }
        if (hunk.newStart > HEADER_LINES && hunk.oldStart > HEADER_LINES)
            break;
    }
    return false;
}

/** Deeper `{...}` nesting than this is no use declaration a person wrote: it is left unread. */
const MAX_GROUP_DEPTH = 16;
/**
 * Longer declarations are left unread too: each bound path repeats its prefix, so the paths of
 * `n` tokens can take n^2/4 characters (20,000 path segments over 20,000 names took 79 s). The
 * largest use declarations of real crates hold a few hundred tokens.
 */
const MAX_USE_KEYS = 2_000;
/** `use`, `pub use`, `pub(crate) use`: a Rust use declaration starts on this line. */
function startsRustUse(tokens) {
    let i = 0;
    if (tokens[0]?.text === 'pub' && tokens[0].kind === 'keyword') {
        i = 1;
        if (tokens[1]?.text === '(') {
            while (i < tokens.length && tokens[i].text !== ')')
                i++;
            i++;
        }
    }
    return tokens[i]?.text === 'use' && tokens[i].kind === 'keyword';
}
/** `#[...]` before an item: a Rust outer attribute (`#![...]` applies to the module instead). */
function isRustAttribute(tokens) {
    return tokens[0]?.text === '#' && tokens[1]?.text === '[';
}
/** Tokens that may sit inside a use declaration spread over several lines. */
function isRustUseBody(token) {
    return (token.kind === 'word' ||
        token.text === 'self' ||
        token.text === ',' ||
        token.text === '::' ||
        token.text === '{' ||
        token.text === '}' ||
        token.text === '*');
}
/**
 * Every path a use declaration binds, each with the attributes and visibility written before
 * `use`: `pub use a::{b, c::{self, d as e}};` binds `pub a::b`, `pub a::c` and `pub a::c::d as e`,
 * the same as three declarations of one path each. Null when the keys are not one declaration.
 */
function rustUseBindings(keys) {
    if (keys.length > MAX_USE_KEYS)
        return null;
    const at = keys.indexOf('kuse');
    if (at < 0)
        return null;
    const end = keys[keys.length - 1] === 'p;' ? keys.length - 1 : keys.length;
    const prefix = keys.slice(0, at).join(' ');
    const out = [];
    let i = at + 1;
    /** Reads one use tree under `path`; false when the tokens do not make one. */
    const tree = (path, depth) => {
        if (depth > MAX_GROUP_DEPTH)
            return false;
        const segments = [...path];
        if (keys[i] === 'p::') {
            segments.push('');
            i++;
        }
        for (;;) {
            const key = keys[i];
            if (key === 'p{') {
                i++;
                return group(segments, depth + 1);
            }
            if (key === 'p*') {
                i++;
                out.push(bound([...segments, '*'], null));
                return true;
            }
            if (key === undefined || !(key.startsWith('w') || key === 'kself'))
                return false;
            segments.push(key.slice(1));
            i++;
            if (keys[i] === 'p::') {
                i++;
                continue;
            }
            let alias = null;
            if (keys[i] === 'was' && keys[i + 1]?.startsWith('w')) {
                alias = keys[i + 1].slice(1);
                i += 2;
            }
            out.push(bound(segments, alias));
            return true;
        }
    };
    /** Reads `a, b::c, {d}}` after a `{`, up to and past its `}`. */
    const group = (path, depth) => {
        while (i < end) {
            if (keys[i] === 'p}') {
                i++;
                return true;
            }
            if (!tree(path, depth))
                return false;
            if (keys[i] === 'p,')
                i++;
            else if (keys[i] !== 'p}')
                return false;
        }
        return false;
    };
    const bound = (segments, alias) => {
        // `a::{self}` binds the module `a` itself.
        const path = segments[segments.length - 1] === 'self' ? segments.slice(0, -1) : segments;
        return `${prefix}\u0002${path.join('::')}${alias === null ? '' : ` as ${alias}`}`;
    };
    if (!tree([], 0) || i !== end)
        return null;
    return out;
}

const IMPORT_LANGUAGES = new Set([
    'javascript',
    'typescript',
    'python',
    'go',
    'java',
    'rust'
]);
function syntaxOf$1(view) {
    return view.language === 'c-family' && view.file.path.endsWith('.rs') ? 'rust' : view.language;
}
/** Marks import lines that were only reordered or regrouped: same statements, another order. */
function classifyImports(view) {
    const syntax = syntaxOf$1(view);
    if (!IMPORT_LANGUAGES.has(syntax))
        return;
    markBreaksBetweenImports(view, syntax);
    markImportHeadings(view, syntax);
    if (!hasEssentialImport(view.lines, syntax))
        return;
    const byPosition = changedByPosition(view);
    const oldItems = sideItems(view, syntax, 'del', byPosition);
    const newItems = sideItems(view, syntax, 'add', byPosition);
    const oldChanged = statements(oldItems).filter((s) => s.changed);
    const newChanged = statements(newItems).filter((s) => s.changed);
    const matchedOld = matchByKey(oldChanged, newChanged);
    const matchedNew = matchByKey(newChanged, oldChanged);
    matchRegrouped(oldChanged, newChanged, matchedOld, matchedNew);
    if (matchedOld.size === 0)
        return;
    const oldOrder = order(oldItems, matchedOld);
    const newOrder = order(newItems, matchedNew);
    if (oldOrder === newOrder)
        return;
    // One import wrapped into a Go block to take new ones beside it keeps its place.
    const added = newChanged.some((s) => !matchedNew.has(s));
    if (added && order(oldItems, matchedOld, false) === order(newItems, matchedNew, false))
        return;
    for (const items of [oldItems, newItems]) {
        const matched = items === oldItems ? matchedOld : matchedNew;
        for (const statement of matched) {
            for (const line of statement.lines)
                if (line.cls === 'essential')
                    line.cls = 'import';
        }
    }
    markGroupBreaks(view, oldItems, newItems);
    for (const item of [...oldItems, ...newItems]) {
        if (typeof item !== 'string' && 'line' in item && item.line?.cls === 'essential') {
            item.line.cls = 'import';
        }
    }
}
/**
 * Each tokenized hunk's changed lines by hunk line index (other hunks have no tokens, so no
 * line of theirs is read as an import): no key string per line, where a file has thousands.
 */
function changedByPosition(view) {
    return view.hunks.map((hv) => {
        const at = new Array(hv.tokenized ? hv.hunk.lines.length : 0);
        for (const region of hv.regions) {
            for (const line of region.dels)
                at[line.at] = line;
            for (const line of region.adds)
                at[line.at] = line;
        }
        return at;
    });
}
function statements(items) {
    return items.filter((item) => typeof item !== 'string' && 'key' in item);
}
function matchByKey(from, to) {
    const available = new Map();
    for (const s of to)
        available.set(s.key, (available.get(s.key) ?? 0) + 1);
    const matched = new Set();
    for (const s of from) {
        const left = available.get(s.key) ?? 0;
        if (left > 0 && s.lines.some((line) => line.cls === 'essential')) {
            available.set(s.key, left - 1);
            matched.add(s);
        }
    }
    return matched;
}
/** The side's import layout: statements still there (unchanged or matched) and group breaks. */
function order(items, matched, blocks = true) {
    const out = [];
    for (const item of items) {
        if (typeof item === 'string') {
            // Breaks collapse: leading, repeated and trailing ones carry no order.
            if (out.length > 0 && out[out.length - 1] !== item)
                out.push(item);
        }
        else if (!('key' in item)) {
            if (blocks)
                out.push('block');
        }
        else if (!item.changed || matched.has(item))
            out.push(item.raw);
    }
    while (out[out.length - 1] === 'blank' || out[out.length - 1] === 'code')
        out.pop();
    return out.join('\n');
}
/** Blank lines added or removed between import groups are part of the regrouping. */
function markGroupBreaks(view, oldItems, newItems) {
    const touched = new Set();
    for (const items of [oldItems, newItems]) {
        for (const s of statements(items))
            for (const line of s.lines)
                if (line.cls === 'import')
                    touched.add(line.hunk);
    }
    for (const line of view.lines) {
        if (line.cls === 'essential' &&
            touched.has(line.hunk) &&
            !line.code &&
            line.tok.comment === '') {
            const region = [...line.region.dels, ...line.region.adds];
            if (region.some((other) => other.cls === 'import'))
                line.cls = 'import';
        }
    }
}
/**
 * Blank lines only added or removed at an import statement (between import groups, or between
 * the imports and what surrounds them) regroup the imports, even where no statement moved: an
 * import sorter's spacing.
 */
function markBreaksBetweenImports(view, syntax) {
    for (const hv of view.hunks) {
        for (const region of hv.regions) {
            if (!blankOnly(region.dels, region.adds) || !bordersImports(hv, region, syntax))
                continue;
            for (const line of region.dels)
                if (line.cls === 'essential')
                    line.cls = 'import';
            for (const line of region.adds)
                if (line.cls === 'essential')
                    line.cls = 'import';
        }
    }
}
/**
 * The nearest code line above or below the blank region, on its side, is an import. A function
 * of its own: its closures are made only for the regions that get this far.
 */
function bordersImports(hv, region, syntax) {
    const tokens = region.adds.length > 0 ? hv.newTokens : hv.oldTokens;
    const other = region.adds.length > 0 ? 'del' : 'add';
    const code = (k) => hv.hunk.lines[k].kind !== other && (tokens[k]?.tokens.length ?? 0) > 0;
    let above = region.start - 1;
    while (above >= 0 && !code(above))
        above--;
    let below = region.end;
    while (below < hv.hunk.lines.length && !code(below))
        below++;
    return ((above >= 0 && endsImport(tokens, above, syntax, true)) ||
        isImportLine(tokens[below], syntax, true));
}
/** Some line, and every line, of the two lists is blank. */
function blankOnly(dels, adds) {
    if (dels.length === 0 && adds.length === 0)
        return false;
    for (const line of dels)
        if (!line.sketch.blank)
            return false;
    for (const line of adds)
        if (!line.sketch.blank)
            return false;
    return true;
}
/** Words a section heading has at most: a label (`Third party`), not a sentence. */
const HEADING_WORDS = 4;
/**
 * A short comment added or removed alone between two import groups (import statements above it
 * past a blank line, one right below it) is a section heading, as isort's `import_heading_*`
 * settings write them: part of the regroup, not a comment edit.
 */
function markImportHeadings(view, syntax) {
    for (const line of view.lines) {
        if (line.cls !== 'essential' || line.code || line.tok.comment === '')
            continue;
        if (wordCount(line.tok.comment) > HEADING_WORDS || isDirective(line))
            continue;
        if (isImportHeading(view.hunks[line.hunk], line, syntax))
            line.cls = 'import';
    }
}
/**
 * The comment line sits past a blank line below imports, right above another import. A function
 * of its own: its closures are made only for the lines that get this far.
 */
function isImportHeading(hv, line, syntax) {
    const tokens = line.kind === 'add' ? hv.newTokens : hv.oldTokens;
    const other = line.kind === 'add' ? 'del' : 'add';
    const side = (k) => hv.hunk.lines[k].kind !== other;
    const blank = (k) => tokens[k]?.tokens.length === 0 && tokens[k]?.comment === '';
    let above = line.at - 1;
    while (above >= 0 && !side(above))
        above--;
    if (above < 0 || !blank(above))
        return false;
    while (above >= 0 && (!side(above) || blank(above)))
        above--;
    let below = line.at + 1;
    while (below < hv.hunk.lines.length && !side(below))
        below++;
    const next = tokens[below]?.tokens ?? [];
    const importBelow = startsImport(next, syntax) || (syntax === 'rust' && isRustAttribute(next));
    return importBelow && above >= 0 && endsImport(tokens, above, syntax, false);
}
/** Words of a comment as `commentWords` leaves it: single-spaced, none at either end. */
function wordCount(comment) {
    let count = 1;
    for (let at = comment.indexOf(' '); at >= 0; at = comment.indexOf(' ', at + 1))
        count++;
    return count;
}
/** Some changed line still essential opens an import statement. */
function hasEssentialImport(lines, syntax) {
    for (const line of lines) {
        if (line.cls === 'essential' && isImportLine(line.tok, syntax, true))
            return true;
    }
    return false;
}
/**
 * The line opens an import statement; with `goSpecs`, a bare spec inside a Go import block too.
 * Module-level rather than a closure per file: this runs once for every file of the diff.
 */
function isImportLine(tok, syntax, goSpecs) {
    if (tok === undefined)
        return false;
    return (startsImport(tok.tokens, syntax) || (goSpecs && syntax === 'go' && isGoImportSpec(tok.tokens)));
}
/** Line `k` is an import statement or the closing line of a multi-line one. */
function endsImport(tokens, k, syntax, goSpecs) {
    if (isImportLine(tokens[k], syntax, goSpecs))
        return true;
    const line = tokens[k]?.tokens ?? [];
    if (line.length > 2 || !(line[0]?.text === ')' || line[0]?.text === '}'))
        return false;
    for (let j = k - 1; j >= 0; j--) {
        const tok = tokens[j];
        if (tok === undefined || tok.tokens.length === 0)
            continue;
        if (isImportLine(tok, syntax, goSpecs))
            return true;
        // Only names and commas (and Rust's paths) between the opening import line and its closer.
        const body = syntax === 'rust' ? isRustUseBody : (t) => t.kind === 'word' || t.text === ',';
        if (!tok.tokens.every(body))
            return false;
    }
    return false;
}
function sideItems(view, syntax, changedKind, byPosition) {
    const items = [];
    view.hunks.forEach((hv, h) => {
        // An untokenized hunk has no tokens: none of its lines is read, it only ends a group.
        if (!hv.tokenized) {
            items.push('code');
            return;
        }
        const tokens = changedKind === 'del' ? hv.oldTokens : hv.newTokens;
        let current = null;
        let goBlock = false;
        // Rust attributes above a use declaration belong to it: `#[cfg(...)]` decides if it binds.
        let attributes = null;
        hv.hunk.lines.forEach((diff, k) => {
            if (diff.kind !== 'context' && diff.kind !== changedKind)
                return;
            const tok = tokens[k];
            if (tok === undefined)
                return;
            const changed = byPosition[h][k];
            const lineTokens = tok.tokens;
            if (current === null) {
                if (lineTokens.length === 0) {
                    if (tok.comment === '')
                        items.push('blank');
                    return;
                }
                // A hunk that starts inside a Go import block shows its specs without `import (`.
                if (goBlock || (view.language === 'go' && isBareGoSpec(lineTokens))) {
                    if (lineTokens[0].text === ')') {
                        goBlock = false;
                        items.push({ line: changed });
                        return;
                    }
                    items.push(statement(syntax, lineTokens, changed ? [changed] : [], diff.kind !== 'context'));
                    return;
                }
                if (attributes !== null && attributes.depth > 0) {
                    collect$1(attributes, lineTokens, changed, diff.kind !== 'context');
                    return;
                }
                if (syntax === 'rust' && isRustAttribute(lineTokens)) {
                    attributes ??= { tokens: [], lines: [], changed: false, depth: 0 };
                    collect$1(attributes, lineTokens, changed, diff.kind !== 'context');
                    return;
                }
                if (!startsImport(lineTokens, syntax)) {
                    attributes = null;
                    items.push('code');
                    return;
                }
                if (view.language === 'go' && lineTokens[1]?.text === '(' && lineTokens.length === 2) {
                    goBlock = true;
                    items.push({ line: changed });
                    return;
                }
                current = attributes ?? { tokens: [], lines: [], changed: false, depth: 0 };
                attributes = null;
            }
            collect$1(current, lineTokens, changed, diff.kind !== 'context');
            if (current.depth <= 0) {
                items.push(statement(syntax, current.tokens, current.lines, current.changed));
                current = null;
            }
        });
        items.push('code');
    });
    return items;
}
/** Adds a line to a statement being read, with the bracket depth it leaves open. */
function collect$1(into, tokens, line, changed) {
    for (const item of tokens)
        into.tokens.push(item);
    if (line)
        into.lines.push(line);
    if (changed)
        into.changed = true;
    for (const t of tokens) {
        if (t.kind !== 'punct')
            continue;
        if (t.text === '(' || t.text === '{' || t.text === '[')
            into.depth++;
        else if (t.text === ')' || t.text === '}' || t.text === ']')
            into.depth--;
    }
}
/** A line of a Go import block: `"path"` or `alias "path"`. */
function isGoImportSpec(tokens) {
    const last = tokens[tokens.length - 1];
    return last?.kind === 'string' && tokens.length <= 2;
}
/** An import spec even out of its block: `"path"`, `alias "path"`, `_ "path"`, `. "path"`. */
function isBareGoSpec(tokens) {
    if (!isGoImportSpec(tokens))
        return false;
    const alias = tokens.length === 2 ? tokens[0] : null;
    return alias === null || alias.kind === 'word' || alias.text === '.';
}
function startsImport(tokens, syntax) {
    const first = tokens[0];
    if (first === undefined)
        return false;
    const second = tokens[1]?.text;
    switch (syntax) {
        case 'rust':
            return startsRustUse(tokens);
        case 'python':
            return first.text === 'import' || (first.text === 'from' && first.kind === 'keyword');
        case 'go':
        case 'java':
            return first.text === 'import' && first.kind === 'keyword';
        default:
            if (first.text === 'import')
                return second !== '(' && second !== '.';
            if (first.text === 'export') {
                return (second === '{' || second === '*') && indexOfText(tokens, 'from', 0) >= 0;
            }
            if (first.text !== 'const' && first.text !== 'let' && first.text !== 'var')
                return false;
            for (let i = indexOfText(tokens, 'require', 0); i >= 0; i = indexOfText(tokens, 'require', i + 1)) {
                if (tokens[i + 1]?.text === '(')
                    return true;
            }
            return false;
    }
}
/**
 * Where a token of this text first sits at or after `from`, or -1: a loop, not a closure per
 * call, since every `const` line of a file asks.
 */
function indexOfText(tokens, text, from) {
    for (let i = from; i < tokens.length; i++)
        if (tokens[i].text === text)
            return i;
    return -1;
}
function statement(language, tokens, lines, changed) {
    const keys = tokens.map(tokenKey).filter((key, i, all) => {
        if (key === 'p;' && i === all.length - 1)
            return false;
        return !(key === 'p,' && (all[i + 1] === 'p}' || all[i + 1] === 'p)'));
    });
    if (language === 'rust') {
        // Grouped or not, a use declaration is the set of paths it binds.
        const paths = rustUseBindings(keys);
        const key = paths === null ? keys.join('\u0001') : [...paths].sort().join('\u0001');
        return { key, raw: keys.join('\u0001'), bindings: paths ?? [], lines, changed };
    }
    const body = language === 'go' && keys[0] === 'kimport' ? keys.slice(1) : keys;
    const sorted = sortedSpecifiers(language, body);
    const key = sorted.join('\u0001');
    return { key, raw: body.join('\u0001'), bindings: bindingsOf(language, body), lines, changed };
}
/**
 * Statements split or merged (`from m import a, b` and `from m import a` + `from m import b`):
 * the changed statements left unmatched on each side bind the same names from the same places.
 */
function matchRegrouped(oldChanged, newChanged, matchedOld, matchedNew) {
    const open = (s) => s.bindings.length > 0 && s.lines.some((l) => l.cls === 'essential');
    const olds = oldChanged.filter((s) => !matchedOld.has(s) && open(s));
    const news = newChanged.filter((s) => !matchedNew.has(s) && open(s));
    if (olds.length === 0 || news.length === 0 || olds.length === news.length)
        return;
    const all = (list) => list
        .flatMap((s) => s.bindings)
        .sort()
        .join('\u0001');
    if (all(olds) !== all(news))
        return;
    for (const s of olds)
        matchedOld.add(s);
    for (const s of news)
        matchedNew.add(s);
}
/** `module name` for each name a `from ... import` or `import { ... } from` statement binds. */
function bindingsOf(language, keys) {
    const python = language === 'python' && keys[0] === 'kfrom';
    const at = python ? keys.indexOf('kimport') : keys.indexOf('p{');
    const end = python ? keys.length : keys.indexOf('p}');
    if (at < 0 || end < 0 || (!python && keys[0] !== 'kimport'))
        return [];
    const source = python ? keys.slice(0, at).join(' ') : keys.slice(end + 1).join(' ');
    const names = [];
    let name = [];
    for (const key of keys.slice(at + 1, end)) {
        if (key === 'p(' || key === 'p)')
            continue;
        if (key !== 'p,')
            name.push(key);
        else if (name.length > 0) {
            names.push(name.join(' '));
            name = [];
        }
    }
    if (name.length > 0)
        names.push(name.join(' '));
    return names.map((n) => `${source}\u0002${n}`);
}
/** `{ b, a }` and `import (b, a)` name the same bindings as `{ a, b }`. */
function sortedSpecifiers(language, keys) {
    const open = language === 'python' ? keys.indexOf('kimport') : keys.indexOf('p{');
    if (open < 0)
        return [...keys];
    let from = open + 1;
    let to = language === 'python' ? keys.length : keys.indexOf('p}', from);
    if (to < 0)
        return [...keys];
    if (keys[from] === 'p(') {
        from++;
        if (keys[to - 1] === 'p)')
            to--;
    }
    const names = [[]];
    for (let i = from; i < to; i++) {
        if (keys[i] === 'p,')
            names.push([]);
        else
            names[names.length - 1].push(keys[i]);
    }
    const sorted = names.map((name) => name.join(' ')).sort();
    return [...keys.slice(0, from), ...sorted, ...keys.slice(to)];
}

/**
 * Text compared modulo whitespace, read in place: the rename and move searches compare far more
 * line pairs than they keep, and a squeezed copy of each side is garbage for every comparison.
 * Whitespace is what a regex's `\s` (and `String.prototype.trim`) means.
 */
/** Whitespace runs as one space, ends trimmed: re-alignment and re-wrapping are not edits. */
function squeeze(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** The UTF-16 unit at `i`, or -1 past the end. */
function at(text, i) {
    return i < text.length ? text.charCodeAt(i) : -1;
}
/** Printable ASCII other than space: equal on both sides, such a character needs no more checks. */
function plain(c) {
    return c > 32 && c < 0xa0;
}
/** `squeeze(x) === squeeze(y)`, without building either. */
function squeezedEqual(x, y) {
    if (x === y)
        return true;
    let i = 0;
    let j = 0;
    while (i < x.length && isWhiteSpace(x.charCodeAt(i)))
        i++;
    while (j < y.length && isWhiteSpace(y.charCodeAt(j)))
        j++;
    for (;;) {
        let c = at(x, i);
        let e = at(y, j);
        if (c === e && plain(c)) {
            i++;
            j++;
            continue;
        }
        const spaceX = c >= 0 && isWhiteSpace(c);
        const spaceY = e >= 0 && isWhiteSpace(e);
        if (spaceX || spaceY) {
            while (c >= 0 && isWhiteSpace(c))
                c = at(x, ++i);
            while (e >= 0 && isWhiteSpace(e))
                e = at(y, ++j);
            // A run on one side only (one space against a character) is equal only when trailing.
            if (spaceX !== spaceY)
                return c < 0 && e < 0;
            continue;
        }
        if (c !== e)
            return false;
        if (c < 0)
            return true;
        i++;
        j++;
    }
}
/**
 * `x.replace(/\s+/g, '') === y.replace(/\s+/g, '')`, without building either; or of the parts
 * `[xStart, xEnd)` of `x` and `[yStart, yEnd)` of `y`, read where they sit.
 */
function equalButSpace(x, y, xStart = 0, xEnd = x.length, yStart = 0, yEnd = y.length) {
    if (x === y && xStart === yStart && xEnd === yEnd)
        return true;
    let i = xStart;
    let j = yStart;
    for (;;) {
        let c = i < xEnd ? x.charCodeAt(i) : -1;
        let e = j < yEnd ? y.charCodeAt(j) : -1;
        if (c === e && plain(c)) {
            i++;
            j++;
            continue;
        }
        while (c >= 0 && isWhiteSpace(c))
            c = ++i < xEnd ? x.charCodeAt(i) : -1;
        while (e >= 0 && isWhiteSpace(e))
            e = ++j < yEnd ? y.charCodeAt(j) : -1;
        if (c !== e)
            return false;
        if (c < 0)
            return true;
        i++;
        j++;
    }
}

/** How many deleted lines sharing one key are tried as the start of a block. */
const MAX_CANDIDATES = 8;
/**
 * Line comparisons the search may make per changed line (a comparison of texts costs one more
 * per 64 characters read). Each candidate extends over its whole block, so long runs of lines
 * repeated in place (rejected, then tried again one line lower) or very long equal lines would
 * be quadratic; past this budget the search stops and the lines left stay essential.
 */
const EXTEND_STEPS_PER_LINE = 64;
/** A declaration header longer than this is data, not a signature: its regex is not run. */
const MAX_DECLARATION_LENGTH = 1_000;
const DECLARATION_STARTS = new Set(('function class async export def func type interface enum const let var public private ' +
    'protected static abstract final record struct impl fn pub trait mod union').split(' '));
/**
 * Blocks deleted in one place and added in another, matched on lines equal modulo whitespace
 * through a hash index (bounded candidates per line, so the cost stays linear in the changed
 * lines), extended line by line in both directions.
 */
function findMovedBlocks(views, minLines) {
    let delCount = 0;
    let addCount = 0;
    for (const view of views) {
        const c = view.compact;
        for (let i = 0; i < c.count; i++) {
            if (c.changes.isDel(i))
                delCount++;
            else
                addCount++;
        }
    }
    const dels = side(views, delCount);
    const adds = side(views, addCount);
    let hunkBase = 0;
    for (let v = 0; v < views.length; v++) {
        const c = views[v].compact;
        for (let i = 0; i < c.count; i++) {
            const line = c.lineOf(i);
            // Comments travel with the code they document: git may pair them with another's.
            if (line !== undefined && line.cls !== 'essential' && line.cls !== 'comment')
                continue;
            const into = c.changes.isDel(i) ? dels : adds;
            const q = into.length++;
            into.view[q] = v;
            into.index[q] = i;
            into.key[q] = c.keyOf(i);
            into.flags[q] = c.flagsOf(i);
            into.hunk[q] = hunkBase + c.changes.hunkOf(i);
        }
        hunkBase += c.changes.hunks.length;
    }
    const chains = chainByKey(dels);
    const claimedDel = new Uint8Array(dels.length);
    const claimedAdd = new Uint8Array(adds.length);
    const blocks = [];
    const t = {
        dels,
        adds,
        claimedDel,
        claimedAdd,
        steps: EXTEND_STEPS_PER_LINE * (dels.length + adds.length) + 1_000,
        declares: new Uint8Array(dels.length),
        runs: new Map()
    };
    for (let a = 0; a < adds.length && t.steps > 0; a++) {
        if (claimedAdd[a] === 1 || (adds.flags[a] & SIGNIFICANT) === 0)
            continue;
        let best = null;
        let bestMove = NOT_MOVED;
        let tried = 0;
        for (let p = chains.first(adds.key[a]); p >= 0 && tried < MAX_CANDIDATES; p = chains.next[p]) {
            if (claimedDel[p] === 1)
                continue;
            tried++;
            const extent = extend(t, a, p);
            const mostlyEqual = extent.exact * 2 >= extent.size;
            if (extent.size >= minLines && mostlyEqual && (best === null || extent.size > best.size)) {
                const move = isMove(t, extent);
                if (move !== NOT_MOVED) {
                    best = extent;
                    bestMove = move;
                }
            }
        }
        if (best === null)
            continue;
        const renamed = [];
        for (let k = 0; k < best.names.length; k += 2)
            renamed.push([best.names[k], best.names[k + 1]]);
        const block = {
            dels: [],
            adds: [],
            extracted: bestMove === EXTRACTED,
            renamed,
            edited: best.skipAdd < 0 ? null : claim$1(adds, best.skipAdd, 'essential').diff.newLine
        };
        for (let q = best.delFrom; q <= best.delTo; q++) {
            claimedDel[q] = 1;
            if (q !== best.skipDel)
                block.dels.push(claim$1(dels, q));
        }
        for (let q = best.addFrom; q <= best.addTo; q++) {
            claimedAdd[q] = 1;
            if (q !== best.skipAdd)
                block.adds.push(claim$1(adds, q));
        }
        blocks.push(block);
        a = best.addTo;
    }
    absorbClosers(blocks);
    return blocks;
}
/**
 * Closers the layout pass paired across a moved block's edge (`}` read as re-spaced `};`): in a
 * region the move fills, a line of punctuation alone goes with the move. Each region is read
 * once, however many blocks it holds.
 */
function absorbClosers(blocks) {
    const regions = new Set();
    for (const block of blocks) {
        for (const line of block.dels)
            regions.add(line.region);
        for (const line of block.adds)
            regions.add(line.region);
    }
    for (const region of regions) {
        absorbIn(region.dels);
        absorbIn(region.adds);
    }
}
function absorbIn(lines) {
    for (const line of lines) {
        if (line.cls !== 'format' || !line.code)
            continue;
        if (line.tok.tokens.every((t) => t.kind === 'punct'))
            line.cls = 'moved';
    }
}
function side(views, size) {
    return {
        views,
        view: new Int32Array(size),
        index: new Int32Array(size),
        key: new Int32Array(size),
        flags: new Int32Array(size),
        hunk: new Int32Array(size),
        length: 0
    };
}
/** Significant deleted lines chained by key in an open-addressing table (no per-key objects). */
function chainByKey(dels) {
    let size = 16;
    while (size < dels.length * 2)
        size *= 2;
    const mask = size - 1;
    const keys = new Int32Array(size);
    const heads = new Int32Array(size).fill(-1);
    const next = new Int32Array(dels.length).fill(-1);
    const slot = (key) => {
        let h = Math.imul(key, 0x9e3779b1) & mask;
        while (heads[h] !== -1 && keys[h] !== key)
            h = (h + 1) & mask;
        return h;
    };
    for (let p = dels.length - 1; p >= 0; p--) {
        if ((dels.flags[p] & SIGNIFICANT) === 0)
            continue;
        const h = slot(dels.key[p]);
        keys[h] = dels.key[p];
        next[p] = heads[h];
        heads[h] = p;
    }
    return { first: (key) => heads[slot(key)], next };
}
function claim$1(s, q, cls = 'moved') {
    const line = lineAt(s.views[s.view[q]], s.index[q]);
    line.cls = cls;
    return line;
}
const UNKNOWN = 0;
const DECLARES = 1;
const PLAIN = 2;
/** Reused by every comparison: one per side, filled by `spanOf`, never kept past it. */
const ADD_SPAN = { text: '', start: 0, end: 0 };
const DEL_SPAN = { text: '', start: 0, end: 0 };
function spanOf(s, q, into) {
    const changes = s.views[s.view[q]].compact.changes;
    const i = s.index[q];
    const hunk = changes.hunks[changes.hunkOf(i)];
    const k = changes.indexOf(i);
    into.text = hunk.text;
    into.start = startAt(hunk, k);
    into.end = endAt(hunk, k);
    return into;
}
function content(s, q) {
    return s.views[s.view[q]].compact.changes.contentOf(s.index[q]);
}
function flags(s, q) {
    return s.flags[q];
}
function sameHunk(s, q, r) {
    return s.hunk[q] === s.hunk[r];
}
/** Equal modulo whitespace: keys first, then the text itself. */
function sameText(t, a, d) {
    if (t.adds.key[a] !== t.dels.key[d])
        return false;
    const added = spanOf(t.adds, a, ADD_SPAN);
    const deleted = spanOf(t.dels, d, DEL_SPAN);
    t.steps -= (added.end - added.start + (deleted.end - deleted.start)) >> 6;
    return equalButSpace(added.text, deleted.text, added.start, added.end, deleted.start, deleted.end);
}
function indentOf$4(s, q) {
    return s.views[s.view[q]].compact.indentOf(s.index[q]);
}
function isBlankAt(s, q) {
    return (flags(s, q) & BLANK) !== 0;
}
/** Module functions rather than closures: `extend` runs once per candidate pair. */
function usable(t, a, d, a0, d0) {
    return (t.steps > 0 &&
        a >= 0 &&
        d >= 0 &&
        a < t.adds.length &&
        d < t.dels.length &&
        t.claimedAdd[a] === 0 &&
        t.claimedDel[d] === 0 &&
        sameHunk(t.adds, a, a0) &&
        sameHunk(t.dels, d, d0));
}
/**
 * Equal modulo whitespace, or both blank. Python: the block may shift as a whole, but its inner
 * indentation is its structure (`addBase`/`delBase` are the start lines' indents; -1 elsewhere).
 */
function matches(t, a, d, addBase, delBase) {
    t.steps--;
    if (isBlankAt(t.adds, a) && isBlankAt(t.dels, d))
        return true;
    if (!sameText(t, a, d))
        return false;
    return addBase < 0 || indentOf$4(t.adds, a) - addBase === indentOf$4(t.dels, d) - delBase;
}
function extend(t, a0, d0) {
    const python = t.adds.views[t.adds.view[a0]].language === 'python';
    const addBase = python ? indentOf$4(t.adds, a0) : -1;
    const delBase = python ? indentOf$4(t.dels, d0) : -1;
    // Back over the braces and blank lines that open the block (`}`, `@Override`, a blank line).
    let addFrom = a0;
    let delFrom = d0;
    // Names a block moved into a new function took as parameters: [from, to, from, to].
    const names = [];
    let size = 0;
    let exact = 0;
    while (usable(t, addFrom - 1, delFrom - 1, a0, d0)) {
        const a = addFrom - 1;
        const d = delFrom - 1;
        if (matches(t, a, d, addBase, delBase)) {
            if ((flags(t.adds, a) & SIGNIFICANT) !== 0)
                exact++;
        }
        else if (!renamedMatch(t, a, d, addBase, delBase, names))
            break;
        if ((flags(t.adds, a) & SIGNIFICANT) !== 0)
            size++;
        addFrom--;
        delFrom--;
    }
    let a = a0;
    let d = d0;
    let addTo = a0;
    let delTo = d0;
    let skipAdd = -1;
    let skipDel = -1;
    while (usable(t, a, d, a0, d0)) {
        const blankAdd = isBlankAt(t.adds, a);
        if (blankAdd !== isBlankAt(t.dels, d)) {
            t.steps--;
            if (blankAdd)
                a++;
            else
                d++;
            continue;
        }
        const significant = (flags(t.adds, a) & SIGNIFICANT) !== 0;
        if (matches(t, a, d, addBase, delBase)) {
            if (significant)
                exact++;
        }
        else if (renamedMatch(t, a, d, addBase, delBase, names)) ;
        else if (skipAdd < 0 &&
            usable(t, a + 1, d + 1, a0, d0) &&
            matches(t, a + 1, d + 1, addBase, delBase) &&
            (flags(t.adds, a + 1) & SIGNIFICANT) !== 0) {
            // One line edited inside a moved block stays behavioural; the block goes on after it.
            skipAdd = a++;
            skipDel = d++;
            continue;
        }
        else
            break;
        if (significant)
            size++;
        addTo = a++;
        delTo = d++;
    }
    if (skipAdd > addTo)
        skipAdd = skipDel = -1;
    return { addFrom, addTo, delFrom, delTo, size, exact, skipAdd, skipDel, names };
}
/** Equal but for names replaced consistently, at the block's relative indentation (Python). */
function renamedMatch(t, a, d, addBase, delBase, names) {
    if (isBlankAt(t.adds, a) || isBlankAt(t.dels, d))
        return false;
    if (addBase >= 0 && indentOf$4(t.adds, a) - addBase !== indentOf$4(t.dels, d) - delBase)
        return false;
    return sameButNames(spanOf(t.dels, d, DEL_SPAN), spanOf(t.adds, a, ADD_SPAN), names);
}
function isSpace$1(c) {
    return c === 32 || c === 9 || c === 13;
}
/**
 * Equal but for spacing and identifiers replaced consistently (at most two per block), the mapping
 * kept in `names` across the block's lines; `names` is unchanged when the lines differ otherwise.
 */
function sameButNames(x, y, names) {
    const before = names.length;
    const xt = x.text;
    const yt = y.text;
    let i = x.start;
    let j = y.start;
    let ok = true;
    for (;;) {
        while (i < x.end && isSpace$1(xt.charCodeAt(i)))
            i++;
        while (j < y.end && isSpace$1(yt.charCodeAt(j)))
            j++;
        if (!ok || i >= x.end || j >= y.end)
            break;
        const c = xt.charCodeAt(i);
        const e = yt.charCodeAt(j);
        if (isWordStart(c) && isWordStart(e)) {
            let i2 = i + 1;
            while (i2 < x.end && isWordPart(xt.charCodeAt(i2)))
                i2++;
            let j2 = j + 1;
            while (j2 < y.end && isWordPart(yt.charCodeAt(j2)))
                j2++;
            // Equal names (nearly all of them) are compared in place, not cut out.
            ok = sameRun(xt, i, i2, yt, j, j2) || mapName(names, xt.slice(i, i2), yt.slice(j, j2));
            i = i2;
            j = j2;
        }
        else if (c === e) {
            i++;
            j++;
        }
        else
            ok = false;
    }
    if (ok && i === x.end && j === y.end)
        return true;
    names.length = before;
    return false;
}
function sameRun(x, i, i2, y, j, j2) {
    if (i2 - i !== j2 - j)
        return false;
    for (let k = 0; k < i2 - i; k++)
        if (x.charCodeAt(i + k) !== y.charCodeAt(j + k))
            return false;
    return true;
}
function mapName(names, from, to) {
    for (let k = 0; k < names.length; k += 2) {
        if (names[k] === from)
            return names[k + 1] === to;
        if (names[k + 1] === to)
            return false;
    }
    if (names.length >= 4)
        return false;
    names.push(from, to);
    return true;
}
/**
 * In-place edits are not moves: a block re-indented under a new `if` stays in its region, and
 * statements reordered inside one function change behaviour. Within one file a move must carry
 * a declaration, or land in a newly declared function (an extracted method).
 */
const NOT_MOVED = 0;
const MOVED = 1;
const EXTRACTED = 2;
function isMove(t, e) {
    const { dels, adds } = t;
    if (adds.view[e.addFrom] !== dels.view[e.delFrom])
        return MOVED;
    const addView = adds.views[adds.view[e.addFrom]];
    const changes = addView.compact.changes;
    const ai = adds.index[e.addFrom];
    const di = dels.index[e.delFrom];
    if (changes.hunkOf(ai) === changes.hunkOf(di) &&
        changes.runStartOf(ai) === changes.runStartOf(di))
        return NOT_MOVED;
    const prose = addView.language === 'text';
    for (let q = e.delFrom; q <= e.delTo; q++) {
        if ((flags(dels, q) & HAS_CODE) === 0)
            continue;
        // Candidates overlap: each deleted line is read once however many blocks it heads.
        if (t.declares[q] === UNKNOWN) {
            t.declares[q] = startsDeclaration(content(dels, q)) ? DECLARES : PLAIN;
        }
        if (t.declares[q] === DECLARES)
            return MOVED;
        // Prose moves by sections: a block that opens one moved as a whole.
        if (prose && startsSection(content(dels, q), q < e.delTo ? content(dels, q + 1) : '')) {
            return MOVED;
        }
        break;
    }
    const hunk = changes.hunks[changes.hunkOf(ai)];
    const start = changes.runStartOf(ai);
    const byStart = t.runs.get(hunk) ?? new Map();
    t.runs.set(hunk, byStart);
    const scan = byStart.get(start) ?? { read: start, found: -1 };
    byStart.set(start, scan);
    // The run is read once, as far as the furthest candidate needed, not again per candidate.
    const end = changes.indexOf(ai);
    for (; scan.found < 0 && scan.read < end; scan.read++) {
        const k = scan.read;
        if (kindAt(hunk, k) === KIND_ADD && startsDeclaration(contentAt(hunk, k)))
            scan.found = k;
    }
    return scan.found >= 0 && scan.found < end ? EXTRACTED : NOT_MOVED;
}
/** A Markdown heading, a reStructuredText link target (`.. _name:`), or a title over its underline. */
function startsSection(text, next) {
    const trimmed = text.trim();
    if (/^#{1,6} /.test(trimmed) || /^\.\. _[^:]*:$/.test(trimmed))
        return true;
    const underline = next.trim();
    return underline.length >= 3 && /^(?:=+|-+|~+|\^+|\*+|#+)$/.test(underline);
}
/** `function f(`, `def f(`, `pub struct S`, `@Override`, `#[test]`, `public int f(...) {`, `f(x) {`. */
function startsDeclaration(text) {
    const trimmed = text.trim();
    if (trimmed.length > MAX_DECLARATION_LENGTH)
        return false;
    const first = /^[@\w]+/.exec(trimmed)?.[0] ?? '';
    // Annotations and attributes head a declaration: `@Override`, Rust's `#[derive(...)]`.
    if (DECLARATION_STARTS.has(first) || first.startsWith('@') || trimmed.startsWith('#['))
        return true;
    // a signature ending in `{`, no `;` after its last `)`: index scans, no backtracking regex
    const open = trimmed.indexOf('(');
    const close = trimmed.lastIndexOf(')');
    return (open > 0 &&
        close > open &&
        trimmed.endsWith('{') &&
        /^[\w$<>[\], ]+$/.test(trimmed.slice(0, open)) &&
        !trimmed.slice(close).includes(';'));
}

/**
 * Names in a line's text, read in place: the rename search looks names up across every line of
 * a large diff, where a string per character, or per line, would be most of its cost.
 */
/** Where the run starting at `i` ends: a run of word characters, or one other character. */
function runEnd(text, i) {
    let j = i + 1;
    if (isWordPart(text.charCodeAt(i))) {
        while (j < text.length && isWordPart(text.charCodeAt(j)))
            j++;
    }
    return j;
}
/**
 * Each identifier of `text` from `start` to `end` (a run of word characters not opened by a
 * digit), without a string for every other character.
 */
function eachName(text, visit, start = 0, end = text.length) {
    let i = start;
    while (i < end) {
        const c = text.charCodeAt(i);
        if (!isWordPart(c)) {
            i++;
            continue;
        }
        let j = i + 1;
        while (j < end && isWordPart(text.charCodeAt(j)))
            j++;
        if (isWordStart(c))
            visit(text.slice(i, j), i, j);
        i = j;
    }
}
/**
 * Whether a line of the hunk other than a removed one holds `word` whole, as `containsWord`
 * reads a line: the hunk's text is searched once, not cut into one string per line.
 */
function keptLineNames(hunk, word) {
    if (hunk.count === 0)
        return false;
    const text = hunk.text;
    const first = startAt(hunk, 0);
    const body = text.slice(first, endAt(hunk, hunk.count - 1));
    let k = 0;
    for (let p = body.indexOf(word); p >= 0; p = body.indexOf(word, p + 1)) {
        const at = first + p;
        const end = at + word.length;
        while (k < hunk.count && endAt(hunk, k) < end)
            k++;
        if (k === hunk.count)
            return false;
        const start = startAt(hunk, k);
        // Spanning two lines, or on a removed one: not a use on the new side.
        if (start > at || kindAt(hunk, k) === KIND_DEL)
            continue;
        const before = at > start ? text.charCodeAt(at - 1) : 32;
        const after = end < endAt(hunk, k) ? text.charCodeAt(end) : 32;
        if (!isWordPart(before) && !isWordPart(after))
            return true;
    }
    return false;
}
/** A run of word characters opened by a non-digit: what `eachName` visits. */
function identifierShaped(name) {
    if (name.length === 0 || !isWordStart(name.charCodeAt(0)))
        return false;
    for (let i = 1; i < name.length; i++)
        if (!isWordPart(name.charCodeAt(i)))
            return false;
    return true;
}
function containsWord(text, word) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const before = at > 0 ? text.charCodeAt(at - 1) : 32;
        const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
        if (!isWordPart(before) && !isWordPart(after))
            return true;
    }
    return false;
}

/** Fewer occurrences than this is one changed reference: a behavioural edit, not a rename. */
const MIN_OCCURRENCES = 2;
/** Without its declaration in the diff, a rename must reach this far to be told from an edit. */
const UNDECLARED_OCCURRENCES = 3;
const UNDECLARED_FILES = 2;
/** A name mapped to several new ones is renamed to the one that takes this share of its uses. */
const DOMINANT_SHARE = 0.9;
/** ...and at least this many: a rename seen a few times must be consistent. */
const DOMINANT_MIN = 10;
/** Longer line groups are not aligned token by token (the alignment costs their product). */
const MAX_ALIGNED_TOKENS = 400;
/** Valid mappings applied to text (comments, prose); more would be a bulk rewrite, not a rename. */
const MAX_TEXT_MAPPINGS = 64;
/** Added lines naming the old name that a wrapper left behind may hold. */
const MAX_WRAPPER_LINES = 8;
const DECLARERS = new Set(('kfunction kclass kconst klet kvar kinterface kenum knamespace kdef kfunc ktype krecord ' +
    'wtype wstruct kfn kstruct ktrait kmod kunion kfun kval kobject wdef wclass wmodule').split(' '));
const MODIFIERS = new Set([
    'kreadonly',
    'kprivate',
    'kpublic',
    'kprotected',
    'kstatic',
    'kabstract'
]);
const TYPED_DECLARATION = new Set(['java', 'c-family', 'typescript', 'javascript']);
const AFTER_TYPED_NAME = new Set(['p=', 'p;', 'p(', 'p,', 'p)', '']);
/**
 * Identifiers renamed consistently: lines whose only difference is old name -> new name (in
 * code, string keys and paths, comments and prose), the same mapping everywhere, the old name
 * gone from the new side (but for a wrapper left behind) and the new name absent from the old
 * side unless the declaration itself is renamed. The declaration is renamed in the diff, or the
 * rename reaches several files.
 */
function findRenames(views) {
    const candidates = [];
    const pure = { stats: new Map(), reverse: new Map() };
    // Lines that also changed otherwise, kept apart: their alignment may pair unrelated names.
    const mixed = { stats: new Map(), reverse: new Map() };
    const inStrings = new Map();
    for (const view of views) {
        const code = isCode(view);
        const manifest = isPackageManifest(view);
        if (!code && !manifest)
            continue;
        for (const hv of view.hunks) {
            let repaired = null;
            for (const region of hv.regions) {
                if (!region.tokenized)
                    continue;
                const dels = region.dels.filter((line) => line.cls === 'essential' && line.code);
                const adds = region.adds.filter((line) => line.cls === 'essential' && line.code);
                if (dels.length === 0 || adds.length === 0)
                    continue;
                // Paired line by line when the counts agree, else read as one group.
                const paired = dels.length === adds.length;
                if (paired)
                    repaired ??= repairedLines(hv.regions);
                for (let g = 0; g < (paired ? dels.length : 1); g++) {
                    const d = paired ? [dels[g]] : dels;
                    const a = paired ? [adds[g]] : adds;
                    // Prose and config name a symbol; only a package manifest's name field declares one.
                    if (!code && !(d.length === 1 && namesPackage(d[0])))
                        continue;
                    // A line deleted and added again unchanged was paired with another by position only:
                    // read as a rename only when the other line is new (the old one left as a wrapper).
                    const moved = repaired?.deleted(d[0]) === true;
                    if (moved && repaired?.added(a[0]) === true)
                        continue;
                    const candidate = substitutions(view, d, a, pure, moved ? null : mixed, inStrings);
                    if (candidate !== null)
                        candidates.push(candidate);
                }
            }
        }
    }
    const plausible = new Map();
    const evidence = new Map();
    for (const from of new Set([...pure.stats.keys(), ...mixed.stats.keys()])) {
        const mapping = mappingOf(from, pure, mixed);
        if (mapping === null)
            continue;
        const { to, st } = mapping;
        const reach = st.keyword
            ? st.declared
            : st.declared || (st.code >= UNDECLARED_OCCURRENCES && st.files.size >= UNDECLARED_FILES);
        const count = st.count + (inStrings.get(from)?.get(to) ?? 0);
        if (count >= MIN_OCCURRENCES && reach) {
            plausible.set(from, to);
            evidence.set(from, st);
        }
    }
    if (plausible.size === 0) {
        followedInComments(views);
        return [];
    }
    const names = new Set([...plausible.keys(), ...plausible.values()]);
    const superCalls = new Set();
    for (const candidate of candidates) {
        if (!candidate.subs.some(([from, to]) => from === 'super' && plausible.has(to)))
            continue;
        for (const line of candidate.lines)
            superCalls.add(line);
    }
    const seen = presence(views, names);
    const valid = new Map();
    const wrappers = new Map();
    const targets = new Set(plausible.values());
    for (const [from, to] of plausible) {
        // Two blocks swapped read as `a` -> `b` and `b` -> `a`: a move, not a rename.
        if (plausible.get(to) === from)
            continue;
        const st = evidence.get(from);
        const space = st.bare === 0 && st.members > 0 ? MEMBER : st.members === 0 ? BARE : ANY;
        // In a chain (`a` -> `b`, `b` -> `c`) the middle name is on both sides, renamed each time.
        // A renamed declaration may take a name another type's member already has.
        // An edited line may declare another variable in a renamed one's place: its declaration
        // counts here only beside clean lines that rename its uses.
        const clean = pure.stats.get(from);
        const renamedDeclaration = clean?.declaredTo.has(to) === true ||
            (clean?.to.has(to) === true && mixed.stats.get(from)?.declaredTo.has(to) === true);
        if (occurs(seen.old, to, space) && !plausible.has(to) && !renamedDeclaration)
            continue;
        if (!occurs(seen.new, from, space) || targets.has(from))
            valid.set(from, to);
        else if (st.declared && shadowedOnly(from, to, seen))
            valid.set(from, to);
        else if (st.declared && superSpelledOut(from, seen, superCalls))
            valid.set(from, to);
        else {
            const wrapper = wrapperOf(from, to, seen);
            if (wrapper === null)
                continue;
            valid.set(from, to);
            wrappers.set(from, wrapper);
        }
    }
    const renames = new Map();
    const renamedBy = new Map();
    const entryFor = (from, view) => {
        const to = valid.get(from);
        const rename = renames.get(from) ?? {
            from,
            to,
            occurrences: 0,
            byFile: new Map(),
            wrapper: wrappers.get(from) ?? null
        };
        renames.set(from, rename);
        const entry = rename.byFile.get(view) ?? { occurrences: 0, lines: [], at: [] };
        rename.byFile.set(view, entry);
        return { rename, entry };
    };
    for (const candidate of candidates) {
        if (candidate.mixed) {
            for (const [from, to] of candidate.subs) {
                if (valid.get(from) !== to)
                    continue;
                const { rename, entry } = entryFor(from, candidate.view);
                rename.occurrences++;
                entry.occurrences++;
                for (const item of candidate.lines)
                    entry.at.push(item);
            }
            continue;
        }
        if (!candidate.subs.every(([from, to]) => valid.get(from) === to))
            continue;
        for (const [from] of candidate.subs) {
            const { rename, entry } = entryFor(from, candidate.view);
            rename.occurrences++;
            entry.occurrences++;
            for (const item of candidate.lines)
                entry.at.push(item);
        }
        // A line renaming two symbols is counted once, under the first.
        const { entry } = entryFor(candidate.subs[0][0], candidate.view);
        for (const line of candidate.lines) {
            line.cls = 'rename';
            entry.lines.push(line);
            renamedBy.set(line, candidate.subs[0][0]);
        }
    }
    if (valid.size <= MAX_TEXT_MAPPINGS) {
        for (const view of views)
            renamedText(view, valid, entryFor, renamedBy);
    }
    followedInComments(views);
    return [...renames.values()];
}
/** A renamed file's path, base name and stem, each as the text that names it elsewhere. */
function pathNames(from, to) {
    const base = (path) => path.slice(path.lastIndexOf('/') + 1);
    const stem = (name) => name.lastIndexOf('.') > 0 ? name.slice(0, name.lastIndexOf('.')) : name;
    const names = [
        [from, to],
        [base(from), base(to)],
        [stem(base(from)), stem(base(to))]
    ];
    return names.filter(([a, b], i) => a !== b && a !== '' && names.findIndex(([c]) => c === a) === i);
}
/** `text` with every whole-name occurrence of `from` (not inside a longer name) made `to`. */
function replaceName(text, from, to) {
    let out = '';
    let last = 0;
    for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.length)) {
        const before = at > 0 ? text.charCodeAt(at - 1) : 32;
        const after = at + from.length < text.length ? text.charCodeAt(at + from.length) : 32;
        if (isWordPart(before) || isWordPart(after))
            continue;
        out += text.slice(last, at) + to;
        last = at + from.length;
    }
    return out + text.slice(last);
}
/**
 * Lines that only change a renamed file's path or name where it is mentioned (a comment, a
 * require, a build script): they follow the file rename, which takes them.
 */
function followFileRenames(views, renames) {
    const names = renames.map((rename) => {
        const pairs = pathNames(rename.from, rename.to);
        // The stem is in the base name, the base name in the path: the last one is in every other.
        return { rename, pairs, shortest: pairs.at(-1)?.[0] ?? '' };
    });
    if (names.length === 0)
        return;
    const open = (line) => (line.cls === 'essential' || line.cls === 'comment') && !line.sketch.blank;
    for (const view of views) {
        for (const hv of view.hunks) {
            for (const region of hv.regions) {
                // A one-sided region has no pair to compare: answered before any list is made.
                if (region.dels.length === 0 || region.adds.length === 0)
                    continue;
                const dels = region.dels.filter(open);
                const adds = region.adds.filter(open);
                if (dels.length === 0 || dels.length !== adds.length)
                    continue;
                // Whether each pair is already equal: the answer for every rename its line lacks.
                const unchanged = [];
                const same = (i) => (unchanged[i] ??= squeezedEqual(dels[i].diff.content, adds[i].diff.content));
                for (const { rename, pairs, shortest } of names) {
                    const follows = dels.every((del, i) => {
                        const text = del.diff.content;
                        // A line naming none of the file's names is left as it is by every pair.
                        if (pairs.length > 0 && !text.includes(shortest))
                            return same(i);
                        return pairs.some(([from, to]) => {
                            const renamed = replaceName(text, from, to);
                            return renamed === text ? same(i) : squeezedEqual(renamed, adds[i].diff.content);
                        });
                    });
                    if (!follows)
                        continue;
                    for (const line of [...dels, ...adds]) {
                        line.cls = 'renamed-file';
                        rename.lines.push(line);
                    }
                    break;
                }
            }
        }
    }
}
/**
 * Lines the identifier pass could not read (docstrings, comments, messages, prose, manifests)
 * that the valid renames turn into their new text, and lines of a renamed region that only
 * changed spacing (gofmt re-aligning the neighbours of a renamed field).
 */
function renamedText(view, valid, entryFor, renamedBy) {
    const oldNames = [...valid.keys()];
    // Text renamed, or a comment naming a renamed symbol, holds an old name on a deleted line.
    const mentions = (line) => oldNames.some((name) => line.diff.content.includes(name));
    for (const hv of view.hunks) {
        for (const region of hv.regions) {
            if (!region.dels.some(mentions)) {
                absorbRespacing(region, entryFor, renamedBy);
                continue;
            }
            const pending = (line) => (line.cls === 'essential' || line.cls === 'comment') && !line.sketch.blank;
            const dels = region.dels.filter(pending);
            const adds = region.adds.filter(pending);
            if (dels.length > 0 && adds.length > 0) {
                const groups = dels.length === adds.length ? dels.map((del, i) => [[del], [adds[i]]]) : [[dels, adds]];
                for (const [d, a] of groups) {
                    const from = substitutedText(d, a, valid);
                    if (from === null)
                        continue;
                    const { rename, entry } = entryFor(from.first, view);
                    rename.occurrences += from.count;
                    entry.occurrences += from.count;
                    for (const line of [...d, ...a]) {
                        line.cls = 'rename';
                        entry.lines.push(line);
                        entry.at.push(line);
                        renamedBy.set(line, from.first);
                    }
                }
            }
            renamedComments(region, valid, entryFor, renamedBy);
            absorbRespacing(region, entryFor, renamedBy);
        }
    }
}
/** Whole-name occurrences of each name in the lines' text. */
function nameCounts(lines) {
    const counts = new Map();
    const count = (name) => counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const line of lines)
        eachName(line.diff.content, count);
    return counts;
}
/** The comment lines a region changed (code-less lines, a JSDoc closer among them), or null. */
function commentEdit(region) {
    const edited = (line) => !line.sketch.blank && !line.code && (line.cls === 'comment' || line.cls === 'essential');
    // Most regions hold no comment: they are answered before any list is made.
    const commented = (line) => edited(line) && line.tok.comment !== '';
    if (!region.dels.some(commented) && !region.adds.some(commented))
        return null;
    return { dels: region.dels.filter(edited), adds: region.adds.filter(edited) };
}
/** Names whose mentions a comment edit dropped (`gone`) and added (`added`). */
function mentionShift(edit) {
    const before = nameCounts(edit.dels);
    const after = nameCounts(edit.adds);
    const gone = [...before].filter(([name, n]) => n > (after.get(name) ?? 0)).map(([name]) => name);
    const added = [...after].filter(([name, n]) => n > (before.get(name) ?? 0)).map(([name]) => name);
    return { before, after, gone: new Set(gone), added: new Set(added) };
}
/** The words of the lines' text, punctuation and spacing left out, each name mapped. */
function wordsOf(lines, from, to) {
    const words = [];
    for (const line of lines) {
        const text = line.diff.content;
        for (let i = 0; i < text.length;) {
            const j = runEnd(text, i);
            if (isWordPart(text.charCodeAt(i))) {
                const run = text.slice(i, j);
                words.push(run === from ? to : run);
            }
            i = j;
        }
    }
    return words.join(' ');
}
/**
 * A comment edit whose words differ only by a renamed symbol's name (comment markers and
 * spacing aside) is part of the rename; one reworded beyond the name stays a comment edit.
 */
function renamedComments(region, valid, entryFor, renamedBy) {
    const edit = commentEdit(region);
    if (edit === null)
        return;
    // Only a renamed name the comment dropped can explain it: most comment edits name none.
    let renamedNamed = false;
    const note = (name) => {
        renamedNamed ||= valid.has(name);
    };
    for (const line of edit.dels)
        eachName(line.diff.content, note);
    if (!renamedNamed)
        return;
    const shift = mentionShift(edit);
    const gone = [...shift.gone].filter((name) => valid.has(name));
    if (gone.length === 0)
        return;
    const target = wordsOf(edit.adds, '', '');
    const from = gone.find((name) => wordsOf(edit.dels, name, valid.get(name)) === target);
    if (from === undefined)
        return;
    const count = (shift.before.get(from) ?? 0) - (shift.after.get(from) ?? 0);
    const { rename, entry } = entryFor(from, region.view);
    rename.occurrences += count;
    entry.occurrences += count;
    for (const line of [...edit.dels, ...edit.adds]) {
        line.cls = 'rename';
        entry.lines.push(line);
        entry.at.push(line);
        renamedBy.set(line, from);
    }
}
/**
 * The names on each side of a file's behavioural changed lines (lines of hunks the tokenizer
 * skipped are behavioural: they are read as text).
 */
function behaviouralNames(view) {
    // By hunk, the indices of lines read as something else; the hunk's text is read in place.
    const other = [];
    for (const line of view.lines) {
        if (line.cls !== 'essential' || !line.code)
            (other[line.hunk] ??= new Set()).add(line.at);
    }
    const deleted = new Set();
    const added = new Set();
    const addDeleted = (name) => deleted.add(name);
    const addAdded = (name) => added.add(name);
    view.file.hunks.forEach((h, index) => {
        const hunk = packedOf(h);
        const skip = other[index];
        for (let k = 0; k < hunk.count; k++) {
            const kind = kindAt(hunk, k);
            if (kind === KIND_CONTEXT || skip?.has(k) === true)
                continue;
            const into = kind === KIND_DEL ? addDeleted : addAdded;
            eachName(hunk.text, into, startAt(hunk, k), endAt(hunk, k));
        }
    });
    return { deleted, added };
}
/**
 * A comment edit that swaps a name for another the way the file's behavioural code does (the
 * old name gone from the comment and from that code, the new one added to both) documents that
 * change, an unconfirmed rename among it: it belongs to the change, not to a comment-only edit.
 */
function followedInComments(views) {
    for (const view of views) {
        let code = null;
        for (const hv of view.hunks) {
            for (const region of hv.regions) {
                const edit = commentEdit(region);
                // A one-sided edit cannot both drop a name and add one: its words are not counted.
                if (edit === null || edit.dels.length === 0 || edit.adds.length === 0)
                    continue;
                const shift = mentionShift(edit);
                if (shift.gone.size === 0 || shift.added.size === 0)
                    continue;
                const names = (code ??= behaviouralNames(view));
                const follows = [...shift.gone].some((name) => names.deleted.has(name)) &&
                    [...shift.added].some((name) => names.added.has(name));
                if (follows)
                    for (const line of [...edit.dels, ...edit.adds])
                        line.cls = 'essential';
            }
        }
    }
}
/** Whitespace-only lines of a region whose other changed lines are all the rename. */
function absorbRespacing(region, entryFor, renamedBy) {
    const isRenamed = (line) => line.cls === 'rename';
    const renamed = region.dels.find(isRenamed) ?? region.adds.find(isRenamed);
    if (renamed === undefined)
        return;
    const lines = [...region.dels, ...region.adds];
    // Blank lines are not read yet: they follow their neighbours later.
    const other = (line) => line.cls !== 'rename' && line.cls !== 'format' && !line.sketch.blank;
    if (lines.some(other))
        return;
    const { entry } = entryFor(renamedBy.get(renamed), region.view);
    for (const line of lines) {
        if (line.cls !== 'format')
            continue;
        line.cls = 'rename';
        entry.lines.push(line);
    }
}
function emptyStats() {
    return {
        to: new Map(),
        count: 0,
        declared: false,
        declaredTo: new Set(),
        code: 0,
        files: new Set(),
        members: 0,
        bare: 0,
        keyword: false
    };
}
/**
 * The new name an old name took, consistently (no other old name took it), with the evidence
 * for it. Lines that also changed otherwise count only for the mapping the clean lines show;
 * with no clean line, they must agree among themselves.
 */
function mappingOf(from, pure, mixed) {
    const clean = pure.stats.get(from);
    const edited = mixed.stats.get(from);
    const to = clean !== undefined ? dominantTarget(clean) : dominantTarget(edited);
    if (to === null)
        return null;
    if (clean !== undefined) {
        const sources = pure.reverse.get(to) ?? new Set();
        if (sources.size !== 1 && !fieldAndType(sources, pure.stats))
            return null;
    }
    else if (pure.reverse.has(to) || edited.to.size !== 1)
        return null;
    else if (mixed.reverse.get(to)?.size !== 1)
        return null;
    const st = emptyStats();
    for (const part of [clean, edited]) {
        const n = part?.to.get(to) ?? 0;
        if (part === undefined || n === 0)
            continue;
        st.to.set(to, (st.to.get(to) ?? 0) + n);
        // Only the occurrences of this mapping count: a mixed line's other pairings are noise.
        st.count += part === clean ? part.count : n;
        st.declared ||= part === clean ? part.declared : part.declaredTo.has(to);
        st.code += part === clean ? part.code : Math.min(part.code, n);
        for (const file of part.files)
            st.files.add(file);
        st.members += part.members;
        st.bare += part.bare;
        st.keyword ||= part.keyword;
    }
    return { to, st };
}
/**
 * Lines of a hunk deleted and added again unchanged (spacing aside): pairing them with their
 * neighbours by position would read a declaration inserted above as a chain of renames.
 */
function repairedLines(regions) {
    const dels = regions.flatMap((region) => region.dels);
    const adds = regions.flatMap((region) => region.adds);
    const text = (line) => squeeze(line.diff.content);
    // Each side's texts are made on the first question that needs them: most hunks ask one side.
    let deletedText = null;
    let addedText = null;
    return {
        deleted: (line) => (addedText ??= new Set(adds.map(text))).has(text(line)),
        added: (line) => (deletedText ??= new Set(dels.map(text))).has(text(line))
    };
}
function substitutions(view, dels, adds, pure, mixedEvidence, inStrings) {
    const before = layoutFree(dels, view.language);
    const after = layoutFree(adds, view.language);
    let subs = before.length === after.length ? sameShape(view, before, after) : null;
    const mixed = subs === null;
    if (subs === null)
        subs = mixedEvidence === null ? [] : alignedNames(view, before, after);
    if (subs.length === 0)
        return null;
    const { stats, reverse } = mixed ? mixedEvidence : pure;
    for (const sub of subs) {
        const { from, to } = sub;
        if (!sub.inCode && !sub.declared) {
            // Strings only confirm a rename the code shows: a changed string alone is an edit.
            const counts = inStrings.get(from) ?? new Map();
            inStrings.set(from, counts);
            counts.set(to, (counts.get(to) ?? 0) + 1);
            continue;
        }
        const s = stats.get(from) ?? emptyStats();
        stats.set(from, s);
        s.to.set(to, (s.to.get(to) ?? 0) + 1);
        s.count++;
        s.declared ||= sub.declared;
        if (sub.declared)
            s.declaredTo.add(to);
        s.keyword ||= sub.keyword;
        if (sub.inCode && !sub.declared) {
            if (sub.member)
                s.members++;
            else
                s.bare++;
        }
        if (sub.bare) {
            s.code++;
            s.files.add(view);
        }
        const back = reverse.get(to) ?? new Set();
        reverse.set(to, back);
        back.add(from);
    }
    return { view, lines: [...dels, ...adds], subs: subs.map((sub) => [sub.from, sub.to]), mixed };
}
/** The names replaced between two layout-free streams of one shape; null when else differs. */
function sameShape(view, before, after) {
    const subs = [];
    const manifest = isPackageManifest(view);
    for (let k = 0; k < before.length; k++) {
        if (before[k] === after[k])
            continue;
        if (before[k][0] === 's' && after[k][0] === 's') {
            // A string key, module path or package name renamed with the symbol it names.
            const inString = nameSubstitutions(before[k].slice(1), after[k].slice(1));
            if (inString === null)
                return null;
            for (const [from, to] of inString) {
                subs.push({
                    from,
                    to,
                    declared: false,
                    inCode: false,
                    bare: false,
                    member: false,
                    keyword: false
                });
            }
            continue;
        }
        const named = (key) => key[0] === 'w' || contextualName(key, view.language);
        if (!named(before[k]) || !named(after[k]))
            return null;
        // `number` to `string` is a type change; only a name may take a contextual keyword's spelling.
        if (before[k][0] !== 'w' && after[k][0] !== 'w')
            return null;
        subs.push({
            ...nameAt(before, k, after[k].slice(1), view.language, manifest),
            keyword: before[k][0] !== 'w' || after[k][0] !== 'w'
        });
    }
    return subs;
}
function nameAt(before, k, to, language, manifest) {
    return {
        from: before[k].slice(1),
        to,
        declared: manifest || isDeclaration(before, k, language),
        inCode: !manifest,
        bare: !manifest && before[k - 1] !== 'p.' && before[k + 1] !== 'p.',
        member: before[k - 1] === 'p.',
        keyword: false
    };
}
/**
 * Lines that also changed otherwise (`p = a and b` -> `path = a && b`, a value or a call
 * changed beside the renamed name): the token alignment's replaced runs of names, name for
 * name, where the two sides are mostly alike. They confirm a rename; the lines stay edits.
 */
function alignedNames(view, before, after) {
    const total = before.length + after.length;
    if (total > MAX_ALIGNED_TOKENS)
        return [];
    const aligned = alignTokens(before, after, Math.ceil(total / 2));
    if (aligned === null)
        return [];
    const subs = [];
    let i = 0;
    let j = 0;
    while (i < before.length || j < after.length) {
        const i0 = i;
        const j0 = j;
        while (i < before.length && aligned.matchedA[i] === 0)
            i++;
        while (j < after.length && aligned.matchedB[j] === 0)
            j++;
        if (i - i0 === j - j0) {
            for (let k = 0; k < i - i0; k++) {
                const x = before[i0 + k];
                const y = after[j0 + k];
                if (x[0] === 'w' && y[0] === 'w')
                    subs.push(nameAt(before, i0 + k, y.slice(1), view.language, false));
            }
        }
        i++;
        j++;
    }
    return subs;
}
/**
 * Two old names that became one new name: a field and its type renamed together (Go's
 * `Groups []Group` to `Flags []Flags`), the field used only as a member, the type never.
 */
function fieldAndType(sources, stats) {
    if (sources.size !== 2)
        return false;
    const [a, b] = [...sources].map((name) => stats.get(name));
    if (a === undefined || b === undefined)
        return false;
    const field = (st) => st.members > 0 && st.bare === 0;
    const type = (st) => st.members === 0 && st.bare > 0;
    return (field(a) && type(b)) || (type(a) && field(b));
}
/**
 * The one new name an old name became, or the new name of nearly all its occurrences: a local
 * such as `t` renamed to `e` in many methods may take another name where that one was taken
 * (`t` -> `e1` beside an `e`); those lines stay edits.
 */
function dominantTarget(st) {
    let best = null;
    let most = 0;
    for (const [to, n] of st.to) {
        if (n > most) {
            best = to;
            most = n;
        }
    }
    if (st.to.size === 1)
        return best;
    return most >= DOMINANT_SHARE * st.count && most >= DOMINANT_MIN ? best : null;
}
/** Name-for-name replacements turning string `a` into `b`; null when anything else changed. */
function nameSubstitutions(a, b) {
    const out = [];
    let i = 0;
    let j = 0;
    // Run by run in place: a long string (a generated table) is not cut into one string per character.
    while (i < a.length && j < b.length) {
        const i2 = runEnd(a, i);
        const j2 = runEnd(b, j);
        if (!sameSpan(a, i, i2, b, j, j2)) {
            if (!isWordStart(a.charCodeAt(i)) || !isWordStart(b.charCodeAt(j)))
                return null;
            out.push([a.slice(i, i2), b.slice(j, j2)]);
        }
        i = i2;
        j = j2;
    }
    // One string has runs left over: they differ in more than names.
    return i < a.length || j < b.length ? null : out;
}
function sameSpan(x, i, i2, y, j, j2) {
    if (i2 - i !== j2 - j)
        return false;
    for (let k = 0; k < i2 - i; k++)
        if (x.charCodeAt(i + k) !== y.charCodeAt(j + k))
            return false;
    return true;
}
/** JavaScript and TypeScript words the tokenizer reads as keywords that may also name a value. */
const CONTEXTUAL = new Set('any async bigint boolean declare keyof namespace never number object readonly satisfies string symbol unknown'.split(' '));
function contextualName(key, language) {
    return (key[0] === 'k' &&
        (language === 'javascript' || language === 'typescript') &&
        CONTEXTUAL.has(key.slice(1)));
}
/** Files whose words are code: every tokenized language, and Ruby (read by the `#` tokenizer). */
function isCode(view) {
    if (view.language !== 'text' && view.language !== 'hash')
        return true;
    const path = view.file.path;
    const name = path.slice(path.lastIndexOf('/') + 1);
    return (view.language === 'hash' &&
        (name.endsWith('.rb') || name.endsWith('.rake') || name === 'Rakefile' || name === 'Gemfile'));
}
/** `package.json`: its `"name"` field declares the package name that imports refer to. */
function isPackageManifest(view) {
    return view.file.path === 'package.json' || view.file.path.endsWith('/package.json');
}
function namesPackage(line) {
    return /^\s*"name"\s*:/.test(line.diff.content);
}
/**
 * The valid renames applied to the deleted lines' text give the added lines' text (spacing
 * aside): which rename came first, and how many names it replaced.
 */
function substitutedText(dels, adds, valid) {
    let first = null;
    let count = 0;
    const note = (name) => {
        if (!valid.has(name))
            return;
        first ??= name;
        count++;
    };
    for (const line of dels)
        eachName(line.diff.content, note);
    // Most line groups name no renamed symbol: their text is not rebuilt.
    if (first === null)
        return null;
    let renamed = '';
    for (const line of dels)
        renamed += renamedLine(line.diff.content, valid) + '\n';
    const target = adds.map((line) => line.diff.content).join('\n') + '\n';
    return squeezedEqual(renamed, target) ? { first, count } : null;
}
/** The line with every identifier that `valid` renames replaced by its new name. */
function renamedLine(text, valid) {
    let out = '';
    let last = 0;
    eachName(text, (name, from, to) => {
        const renamed = valid.get(name);
        if (renamed === undefined)
            return;
        out += text.slice(last, from) + renamed;
        last = to;
    });
    return out + text.slice(last);
}
/**
 * A rename whose old name is still declared on the new side: a wrapper left behind for
 * compatibility, new code that declares the old name and calls the new one in the same place.
 */
function wrapperOf(from, to, seen) {
    if (seen.newContext.has(from))
        return null;
    // A wrapper is one declaration: a name added on many lines is new code, not a wrapper.
    const lines = seen.newAdded.get(from) ?? [];
    if (lines.length > MAX_WRAPPER_LINES)
        return null;
    for (const line of lines) {
        const keys = layoutFree([line], line.region.view.language);
        const k = keys.indexOf('w' + from);
        if (k < 0 || !isDeclaration(keys, k, line.region.view.language))
            continue;
        const calls = line.region.adds.some((add) => add !== line && add.tok.tokens.some((t) => t.kind === 'word' && t.text === to));
        if (calls)
            return { view: line.region.view, line };
    }
    return null;
}
/**
 * A name that shadowed what it was made from (`http := http.Client{}`), renamed to stop: in the
 * files of the renamed declaration the old name is left only in its initializer, where it names
 * the outer one (which other files may use as before).
 */
function shadowedOnly(from, to, seen) {
    const lines = seen.newAdded.get(from) ?? [];
    if (lines.length === 0 || lines.length > MAX_WRAPPER_LINES)
        return false;
    const declaring = lines.every((line) => {
        const language = line.region.view.language;
        const keys = layoutFree([line], language);
        const k = keys.indexOf('w' + to);
        return k >= 0 && isDeclaration(keys, k, language) && keys.indexOf('w' + from) > k;
    });
    if (!declaring)
        return false;
    const decls = new Set(lines.map((line) => line.diff));
    for (const view of new Set(lines.map((line) => line.region.view))) {
        for (const hv of view.hunks) {
            const uses = (line, k) => line.kind !== 'del' &&
                !decls.has(line) &&
                (hv.tokenized
                    ? (hv.newTokens[k]?.tokens ?? []).some((t) => t.kind === 'word' && t.text === from)
                    : containsWord(line.content, from));
            if (hv.hunk.lines.some(uses))
                return false;
        }
    }
    return true;
}
/**
 * A renamed method whose bare `super` (Ruby: the parent's method of the same name) now calls
 * the parent by the old name: the old name is left only where `super` was.
 */
function superSpelledOut(from, seen, superCalls) {
    if (seen.newContext.has(from))
        return false;
    const lines = seen.newAdded.get(from) ?? [];
    return lines.length > 0 && lines.every((line) => superCalls.has(line));
}
/** The name is introduced here: a declaration, assignment target, key, parameter or method. */
function isDeclaration(keys, k, language) {
    const prev = keys[k - 1] ?? '';
    const next = keys[k + 1] ?? '';
    const statementStart = prev === '' || prev[0] === '\u21e5';
    if (DECLARERS.has(prev) || next === 'p:=')
        return true;
    // A Rust field: `pub name: T`, `pub(crate) name: T`.
    if (keys[0] === 'kpub' && next === 'p:' && (prev === 'kpub' || prev === 'p)'))
        return true;
    if (prev === 'p.' && (keys[k - 2] === 'kthis' || keys[k - 2] === 'wself'))
        return next === 'p=';
    const opensList = prev === 'p{' || prev === 'p,' || prev === 'p(';
    if ((next === 'p=' || next === 'p:') && (statementStart || opensList || MODIFIERS.has(prev))) {
        return true;
    }
    if (statementStart && next === 'p(' && keys[keys.length - 1] === 'p{')
        return true;
    if (TYPED_DECLARATION.has(language) && AFTER_TYPED_NAME.has(next)) {
        const typed = prev[0] === 'w' || prev === 'p>' || prev === 'p]' || isTypeKeyword(prev);
        if (typed)
            return true;
    }
    if (language === 'go') {
        if ((statementStart || prev === 'p(' || prev === 'p,') && /^[wk]|^p[*[]$/.test(next))
            return true;
        if (prev === 'p)' && keys[0] === 'kfunc')
            return true;
    }
    // `Router.prototype.match = function (...)`, `exports.match = async () => ...`
    if (prev === 'p.' && next === 'p=') {
        const value = keys[k + 2] ?? '';
        if (keys[k - 2] === 'wprototype' || value === 'kfunction' || value === 'kasync')
            return true;
    }
    const first = keys[0]?.[0] === '\u21e5' ? keys[1] : keys[0];
    const signature = first === 'kdef' || first === 'wdef' || first === 'kfunction' || hasArrow(keys);
    return signature && (prev === 'p(' || prev === 'p,') && (next === 'p)' || next === 'p,');
}
/** Whether a line's keys hold `=>`, read once per line however many names it declares. */
const ARROWS = new WeakMap();
function hasArrow(keys) {
    let arrow = ARROWS.get(keys);
    if (arrow === undefined) {
        arrow = keys.includes('p=>');
        ARROWS.set(keys, arrow);
    }
    return arrow;
}
const TYPE_KEYWORDS = new Set('kint klong kshort kbyte kchar kboolean kdouble kfloat kvoid kstring knumber kboolean kbigint ksymbol kobject kunknown kany'.split(' '));
function isTypeKeyword(key) {
    return TYPE_KEYWORDS.has(key);
}
const BARE = 0;
const MEMBER = 1;
const ANY = 2;
function occurs(side, name, space) {
    return space === ANY ? side[0].has(name) || side[1].has(name) : side[space].has(name);
}
/** Where the candidate names occur, in code files (prose mentions are not references). */
function presence(views, names) {
    const seen = {
        newContext: new Set(),
        newAdded: new Map(),
        old: [new Set(), new Set()],
        new: [new Set(), new Set()]
    };
    // An identifier-shaped name is found whole in a line exactly when one of its word runs is it;
    // the rest (names holding other characters) are searched for one by one.
    const spelledOtherwise = [...names].filter((name) => !identifierShaped(name));
    const sieve = sieveOf(names);
    let kind = KIND_CONTEXT;
    const found = (name) => {
        if (kind !== KIND_ADD) {
            seen.old[BARE].add(name);
            seen.old[MEMBER].add(name);
        }
        if (kind !== KIND_DEL) {
            seen.newContext.add(name);
            seen.new[BARE].add(name);
            seen.new[MEMBER].add(name);
        }
    };
    const mark = (run) => {
        if (names.has(run))
            found(run);
    };
    for (const view of views) {
        if (!isCode(view))
            continue;
        for (const hv of view.hunks) {
            if (hv.tokenized) {
                const added = new Map();
                for (const region of hv.regions)
                    for (const line of region.adds)
                        added.set(line.at, line);
                const oldTokens = hv.oldTokens;
                for (let k = 0; k < oldTokens.length; k++) {
                    const tok = oldTokens[k];
                    if (tok !== undefined)
                        collect(tok.tokens, sieve, names, seen.old);
                }
                hv.newTokens.forEach((tok, k) => {
                    if (tok === undefined)
                        return;
                    const line = added.get(k);
                    // One pass: where each name sits, and whether its line is added or context.
                    const tokens = tok.tokens;
                    for (let i = 0; i < tokens.length; i++) {
                        const token = tokens[i];
                        if (token.kind !== 'word' || !isCandidate(sieve, names, token.text))
                            continue;
                        seen.new[afterDot(tokens, i) ? MEMBER : BARE].add(token.text);
                        if (line === undefined)
                            seen.newContext.add(token.text);
                        else {
                            const list = seen.newAdded.get(token.text) ?? [];
                            if (list.at(-1) !== line)
                                list.push(line);
                            seen.newAdded.set(token.text, list);
                        }
                    }
                });
                continue;
            }
            // Untokenized hunks: whole-word matches in the text (comments included, so stricter).
            const hunk = packedOf(hv.hunk);
            for (let k = 0; k < hunk.count; k++) {
                kind = kindAt(hunk, k);
                eachName(hunk.text, mark, startAt(hunk, k), endAt(hunk, k));
                if (spelledOtherwise.length === 0)
                    continue;
                const content = contentAt(hunk, k);
                for (const name of spelledOtherwise)
                    if (containsWord(content, name))
                        found(name);
            }
        }
    }
    return seen;
}
function collect(tokens, sieve, names, byPlace) {
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.kind !== 'word' || !isCandidate(sieve, names, token.text))
            continue;
        byPlace[afterDot(tokens, i) ? MEMBER : BARE].add(token.text);
    }
}
/** Slots of the sieve: a few names fill few of them, so nearly every other word misses. */
const SIEVE_SLOTS = 1024;
/** Which (length, first and last character) slots the names take: most words are told apart without hashing them. */
function sieveOf(names) {
    const sieve = new Uint8Array(SIEVE_SLOTS);
    for (const name of names)
        sieve[sieveSlot(name)] = 1;
    return sieve;
}
function sieveSlot(text) {
    const n = text.length;
    if (n === 0)
        return 0;
    return (n * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(n - 1)) & (SIEVE_SLOTS - 1);
}
function isCandidate(sieve, names, text) {
    return sieve[sieveSlot(text)] === 1 && names.has(text);
}
function afterDot(tokens, i) {
    return i > 0 && tokens[i - 1].kind === 'punct' && tokens[i - 1].text === '.';
}
/** Words that declare the name after them in a moved block's text (`class Foo`, `def foo`). */
const DECLARING_WORDS = new Set('class module def function func type struct interface enum const let var fn trait record'.split(' '));
/** Names renamed inside moved blocks that are checked against the rest of the change. */
const MAX_MOVED_NAMES = 16;
/**
 * Renames seen inside moved blocks. A block moved within its file only because its heading's
 * name was renamed (a sorted listing re-sorted) is that rename, not a move. A block moved
 * elsewhere that declares a name it renames (a class moved and renamed to avoid a clash) is
 * a move and a rename: the rename is reported, the lines stay with the move.
 */
function renamesInMoves(views, blocks, renames) {
    const known = new Map(renames.map((rename) => [rename.from, rename]));
    const out = [...renames];
    const kept = [];
    let checked = 0;
    for (const block of blocks) {
        const toView = block.adds[0].region.view;
        const sameFile = block.dels[0].region.view === toView;
        const heading = block.dels.find((line) => !line.sketch.blank);
        const resorted = sameFile &&
            heading !== undefined &&
            block.renamed.length > 0 &&
            block.renamed.every(([from, to]) => known.get(from)?.to === to) &&
            block.renamed.some(([from]) => containsWord(heading.diff.content, from));
        if (resorted) {
            const rename = known.get(block.renamed[0][0]);
            const entry = rename.byFile.get(toView) ?? { occurrences: 0, lines: [], at: [] };
            rename.byFile.set(toView, entry);
            for (const line of [...block.dels, ...block.adds]) {
                line.cls = 'rename';
                entry.lines.push(line);
                entry.at.push(line);
            }
            const count = block.adds.filter((line) => containsWord(line.diff.content, rename.to)).length;
            entry.occurrences += count;
            rename.occurrences += count;
            continue;
        }
        kept.push(block);
        for (const [from, to] of block.renamed) {
            if (known.has(from) || checked >= MAX_MOVED_NAMES)
                continue;
            checked++;
            const rename = movedRename(views, block, from, to);
            if (rename === null)
                continue;
            known.set(from, rename);
            out.push(rename);
        }
    }
    return { blocks: kept, renames: out };
}
/** A name the moved block declares and renames, the old name left nowhere on the new side. */
function movedRename(views, block, from, to) {
    const declares = (lines, name) => lines.some((line) => {
        const words = [];
        eachName(line.diff.content, (word) => words.push(word));
        const k = words.indexOf(name);
        return k > 0 && DECLARING_WORDS.has(words[k - 1]);
    });
    if (!declares(block.dels, from) || !declares(block.adds, to))
        return null;
    const view = block.adds[0].region.view;
    for (const other of views) {
        for (const h of other.file.hunks)
            if (keptLineNames(packedOf(h), from))
                return null;
    }
    const at = block.adds.filter((line) => containsWord(line.diff.content, to));
    const entry = { occurrences: at.length, lines: [], at };
    return { from, to, occurrences: at.length, byFile: new Map([[view, entry]]), wrapper: null };
}

const RULE_OF = {
    format: FORMAT_ONLY.id,
    comment: COMMENT_ONLY.id,
    import: IMPORT_REORDER.id,
    rename: RENAME_SYMBOL.id,
    moved: MOVED_CODE.id,
    'renamed-file': FILE_RENAME.id
};
/**
 * Hunks with no essential line go to a separate refactor PR (hunk numbers index
 * `ChangedFile.hunks`, from 0); hunks with any behavioural line remain, and name their refactor
 * lines (`mixed`) so that `split` can carve them at line level. Undefined when nothing would move.
 */
function splitPlan(files, views, generated, fileRenames) {
    const renamed = new Set(fileRenames.filter((r) => !r.inferred).map((r) => r.file));
    if (generated.length === 0 && renamed.size === 0 && onlyEssential(views))
        return undefined;
    const generatedFiles = new Set(generated.map((g) => g.file));
    const plan = { separate: [], remaining: [] };
    for (const file of files) {
        const all = file.hunks.map((_, i) => i);
        if (generatedFiles.has(file)) {
            plan.separate.push({ path: file.path, hunks: all, reason: GENERATED_CHURN.id });
            continue;
        }
        const view = views.get(file);
        const separate = [];
        const remaining = [];
        const reasons = new Set(renamed.has(file) ? [FILE_RENAME.id] : []);
        const essential = new Uint8Array(file.hunks.length);
        const kinds = new Map();
        const refactorLines = new Map();
        const c = view?.compact;
        for (let i = 0; c !== undefined && i < c.count; i++) {
            const line = c.lineOf(i);
            // Lines never materialized are behavioural (blank ones go with their neighbours).
            if (line === undefined) {
                if ((c.flagsOf(i) & BLANK) === 0)
                    essential[c.changes.hunkOf(i)] = 1;
            }
            else if (line.cls === 'essential')
                essential[line.hunk] = 1;
            else {
                kinds.set(line.hunk, (kinds.get(line.hunk) ?? new Set()).add(RULE_OF[line.cls]));
                const lines = refactorLines.get(line.hunk);
                if (lines === undefined)
                    refactorLines.set(line.hunk, [line.at]);
                else
                    lines.push(line.at);
            }
        }
        const mixed = [];
        view?.hunks.forEach((_, h) => {
            if (essential[h] === 1 || !kinds.has(h)) {
                remaining.push(h);
                const lines = refactorLines.get(h);
                if (lines !== undefined) {
                    const reason = [...(kinds.get(h) ?? [])].join(', ');
                    mixed.push({ hunk: h, lines: lines.sort((a, b) => a - b), reason });
                }
            }
            else {
                separate.push(h);
                for (const rule of kinds.get(h) ?? [])
                    reasons.add(rule);
            }
        });
        if (view === undefined)
            for (const item of all)
                remaining.push(item);
        if (separate.length > 0 || (renamed.has(file) && remaining.length === 0)) {
            plan.separate.push({ path: file.path, hunks: separate, reason: [...reasons].join(', ') });
        }
        if (remaining.length > 0 || (!renamed.has(file) && separate.length === 0)) {
            plan.remaining.push(mixed.length > 0
                ? { path: file.path, hunks: remaining, mixed }
                : { path: file.path, hunks: remaining });
        }
    }
    const carved = plan.remaining.some((entry) => entry.mixed !== undefined);
    return plan.separate.length > 0 || carved ? plan : undefined;
}
/** No line was classed as refactor work (lines never materialized are behavioural). */
function onlyEssential(views) {
    for (const view of views.values()) {
        for (const line of view.lines)
            if (line.cls !== 'essential')
                return false;
    }
    return true;
}

/**
 * Noise kinds in precedence order: when two findings claim lines of one file, the earlier kind
 * keeps them (out of scope first: a file the task never asked for is noise whatever it holds).
 */
const NOISE = [
    { rule: OUT_OF_SCOPE.id, name: 'out of scope', explain: 'lines in files outside the task scope' },
    {
        rule: GENERATED_CHURN.id,
        name: 'generated',
        explain: 'lines of generated files changed with no source change they follow'
    },
    {
        rule: FILE_RENAME.id,
        name: 'file renames',
        explain: 'renamed or moved files (the path change counts as one line)'
    },
    {
        rule: MOVED_CODE.id,
        name: 'moved',
        explain: 'lines deleted in one place and added in another'
    },
    { rule: RENAME_SYMBOL.id, name: 'renamed', explain: 'lines that only rename a symbol' },
    { rule: IMPORT_REORDER.id, name: 'imports', explain: 'import lines only reordered or regrouped' },
    { rule: FORMAT_ONLY.id, name: 'format', explain: 'lines that only change layout' },
    {
        rule: COMMENT_ONLY.id,
        name: 'comments',
        explain: 'lines that only change comments or docstrings'
    }
];
const PRECEDENCE = new Map(NOISE.map((kind, i) => [kind.rule, i]));
function changedLines$1(file) {
    return file.additions + file.deletions;
}
/** A finding's lines per path: moves and inferred renames span two files. */
function portions(finding) {
    const lines = finding.lines ?? 0;
    const e = finding.evidence ?? {};
    if (finding.rule === MOVED_CODE.id || finding.rule === FILE_RENAME.id) {
        const from = finding.rule === MOVED_CODE.id ? e.from.path : String(e.from);
        const deleted = Number(e.deletedLines ?? 0);
        return [
            [from, deleted],
            [finding.path ?? '', lines - deleted]
        ];
    }
    return [[finding.path ?? '', lines]];
}
/**
 * The share of changed lines that are essential (behavioural, in scope, or a refactor the task
 * allowed) against noise; each line counted once. Generated files that follow a hand-written
 * change in the same PR are reported but not scored.
 */
function scoreMinimality(input, findings) {
    const capacity = new Map();
    for (const file of input.changeSet.files) {
        const renamed = file.status === 'renamed' && file.oldPath !== null && file.oldPath !== file.path;
        capacity.set(file.path, (capacity.get(file.path) ?? 0) + changedLines$1(file) + (renamed ? 1 : 0));
    }
    const ranked = findings
        .filter((f) => PRECEDENCE.has(f.rule) && (f.lines ?? 0) > 0)
        .sort((a, b) => (PRECEDENCE.get(a.rule) ?? 0) - (PRECEDENCE.get(b.rule) ?? 0));
    for (const f of ranked) {
        if (f.rule === FILE_RENAME.id && f.evidence?.inferred === true && f.path !== undefined) {
            capacity.set(f.path, (capacity.get(f.path) ?? 0) + 1);
        }
    }
    const left = new Map(capacity);
    const noise = new Map();
    const commentTakes = [];
    let requested = 0;
    let excluded = 0;
    for (const f of ranked) {
        for (const [path, want] of portions(f)) {
            const take = Math.min(want, left.get(path) ?? 0);
            if (take <= 0)
                continue;
            left.set(path, (left.get(path) ?? 0) - take);
            if (f.rule === GENERATED_CHURN.id && f.evidence?.expected === true)
                excluded += take;
            else if (f.evidence?.requested === true)
                requested += take;
            else {
                noise.set(f.rule, (noise.get(f.rule) ?? 0) + take);
                if (f.rule === COMMENT_ONLY.id)
                    commentTakes.push([path, take]);
            }
        }
    }
    // Comments in a file whose behaviour changes document that change: they are not noise.
    for (const [path, take] of commentTakes) {
        if ((left.get(path) ?? 0) > 0)
            noise.set(COMMENT_ONLY.id, (noise.get(COMMENT_ONLY.id) ?? 0) - take);
    }
    let total = -excluded;
    for (const n of capacity.values())
        total += n;
    if (total <= 0) {
        return {
            value: 100,
            components: [
                {
                    name: 'essential',
                    lines: 0,
                    explain: excluded > 0
                        ? 'Only regenerated files changed: nothing to score.'
                        : 'No changed lines: nothing to score.'
                }
            ]
        };
    }
    let noisy = 0;
    for (const n of noise.values())
        noisy += n;
    const essential = total - noisy;
    const components = [
        {
            name: 'essential',
            lines: essential - requested,
            explain: 'changed lines that change behaviour (what the reviewer must read)'
        }
    ];
    if (requested > 0) {
        components.push({
            name: 'requested refactors',
            lines: requested,
            explain: 'refactor lines the task allows (task.allow, the PR title or commit subjects, or a PR that is only that kind of change), counted as essential'
        });
    }
    for (const kind of NOISE) {
        const lines = noise.get(kind.rule) ?? 0;
        if (lines > 0)
            components.push({ name: kind.name, lines, explain: kind.explain });
    }
    if (excluded > 0) {
        components.push({
            name: 'generated, not scored',
            lines: excluded,
            explain: 'generated files that follow a hand-written change in this PR'
        });
    }
    return { value: Math.floor((100 * essential) / total), components };
}
/** Refactor kinds whose findings are noise the score weighs (out of scope is the task's own). */
const QUIETED = new Set(NOISE.map((kind) => kind.rule).filter((rule) => rule !== OUT_OF_SCOPE.id));
/**
 * Refactor noise warns only when it costs the reviewer: with the score at or above `warn_below`,
 * an unrequested refactor finding at its default level is info (a configured level stands).
 */
function quietSmallNoise(input, findings, score) {
    if (score.value < input.config.minimality.warn_below)
        return [...findings];
    return findings.map((f) => QUIETED.has(f.rule) && f.severity === 'warn' && input.config.rules[f.rule] === undefined
        ? { ...f, severity: 'info', evidence: { ...f.evidence, smallNoise: true } }
        : f);
}
/**
 * `low-minimality` from the final score: block below `block_below`, warn below `warn_below`.
 * Its configured level is a ceiling (see the rule), applied by the registry like any other.
 */
const lowMinimalityDetector = {
    name: 'minimality score',
    detect(input, score) {
        const { warn_below: warnBelow, block_below: blockBelow } = input.config.minimality;
        if (score.value >= warnBelow)
            return [];
        const severity = score.value < blockBelow ? 'block' : 'warn';
        const noise = score.components
            .filter((c) => c.name !== 'essential' &&
            c.name !== 'requested refactors' &&
            !c.name.endsWith('not scored'))
            .sort((a, b) => b.lines - a.lines);
        const largest = noise[0];
        return [
            {
                rule: LOW_MINIMALITY.id,
                severity,
                message: `Minimality score ${score.value} is below ${severity === 'block' ? blockBelow : warnBelow}` +
                    (largest ? `: the largest noise is ${largest.name} (${largest.lines} lines).` : '.'),
                evidence: { score: score.value, warnBelow, blockBelow },
                why: 'Most of this diff is not the change the task asked for: review it in separate PRs.',
                fix: LOW_MINIMALITY.fix
            }
        ];
    }
};

/**
 * Minimality and unrequested refactors: every changed line gets one class, in this order of
 * precedence: generated file, package line of a renamed file, import reorder, layout or comment
 * (within its region), symbol rename, moved block (or a rename inferred from one), essential.
 */
const minimalityDetectors = {
    name: 'minimality',
    detect(input) {
        const { changeSet, config } = input;
        const generated = findGeneratedFiles(changeSet.files, changeSet.gitattributes, config.generated);
        const generatedFiles = new Set(generated.map((g) => g.file));
        const views = new Map();
        const reported = [];
        // Each file's own analysis runs as soon as its view is built, so that its context tokens
        // can be released before the next file is read.
        for (const file of changeSet.files) {
            const skip = generatedFiles.has(file) || file.binary || file.patchMissing;
            const view = skip || file.hunks.length === 0 ? undefined : buildFileView(file);
            if (view !== undefined)
                views.set(file, view);
            for (const rename of reportedRenames([file], views))
                reported.push(rename);
            if (view === undefined)
                continue;
            classifyImports(view);
            classifyLayout(view);
            releaseContextTokens(view);
        }
        const list = [...views.values()];
        const symbolRenames = findRenames(list);
        followFileRenames(list, reported);
        const inMoves = renamesInMoves(list, findMovedBlocks(list, config.minimality.min_moved_lines), symbolRenames);
        const renames = inMoves.renames;
        const moved = inferredRenames(inMoves.blocks);
        for (const view of list) {
            freeComments(view);
            attachAddedComments(view);
            attachRenameNotes(view, renames);
            resolveBlankLines(view);
        }
        const fileRenames = [...reported, ...moved.renames];
        const findings = minimalityFindings({ views: list, generated, renames, blocks: moved.remaining, fileRenames }, input);
        const plan = splitPlan(changeSet.files, views, generated, fileRenames);
        return plan === undefined ? { findings } : { findings, splitPlan: plan };
    }
};

/** Blocks when the config requires a human approval for the category, else warns. */
function severityFor(config, category) {
    return config.require_human_approval_for.includes(category) ? 'block' : 'warn';
}
/** One line naming both labels that approve a category and who may add them. */
function approvalFix(config, category) {
    const { label, category_label_prefix: prefix, min_role: role, allow_author } = config.override;
    const who = `a reviewer with the ${role} role or higher${allow_author ? '' : ' (not the PR author)'}`;
    return `Approve: ${who} adds the label \`${prefix}${category}\` (this category) or \`${label}\` (the whole PR).`;
}

/** What most files yield from each risk rule: shared, so that a clean file allocates nothing. */
const NO_FINDINGS = Object.freeze([]);

/** How every risk glob is read: dotfiles match `*`, case never matters, `!` is ours to handle. */
const GLOB_OPTIONS = { dot: true, nocase: true, nonegate: true, nocomment: true };
/**
 * Compiled globs by their text: a run matches the sensitive categories twice (paths, symlink
 * targets), and the gate, agent-config and dependency lists repeat some of their globs. Bounded,
 * since a long-lived process may see many configs.
 */
const compiledGlobs = new Map();
const MAX_COMPILED_GLOBS = 4096;
/** The glob's regex (stateless: no `g` or `y` flag, so it can be shared), or false for none. */
function globRegex(glob) {
    let regex = compiledGlobs.get(glob);
    if (regex === undefined) {
        regex = minimatch.makeRe(glob, GLOB_OPTIONS);
        if (compiledGlobs.size < MAX_COMPILED_GLOBS)
            compiledGlobs.set(glob, regex);
    }
    return regex;
}
function compileGlobs(globs) {
    const newestFirst = [];
    for (const raw of globs) {
        const exclude = raw.startsWith('!');
        const pattern = exclude ? raw.slice(1) : raw;
        if (pattern.trim() === '')
            continue;
        const literal = requiredLiteral(pattern);
        newestFirst.unshift({ glob: raw, pattern, exclude, regex: undefined, literal });
    }
    const literals = newestFirst.filter((entry) => !entry.exclude).map((entry) => entry.literal);
    // One test for "could any including glob match?" turns most paths away before the loop.
    const anyLiteral = literals.includes('') ? null : new RegExp(literals.map(escapeRegExp).join('|'));
    return {
        match(path) {
            if (literals.length === 0)
                return null;
            const lower = path.toLowerCase();
            if (anyLiteral !== null && !anyLiteral.test(lower))
                return null;
            // The last glob in the list decides, so the first match from the end is the answer.
            for (const entry of newestFirst) {
                if (!lower.includes(entry.literal))
                    continue;
                // Most globs never see a path with their literal: a run compiles only the ones that do.
                entry.regex ??= globRegex(entry.pattern);
                if (entry.regex !== false && entry.regex.test(path)) {
                    return entry.exclude ? null : entry.glob;
                }
            }
            return null;
        }
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
const SLASH$1 = 47;
/**
 * The longest run of plain characters outside wildcards, braces, classes and extglob groups,
 * without edge slashes (`**\/` may match nothing): any path the glob matches contains it.
 */
function requiredLiteral(glob) {
    // Runs are tracked as index ranges: no string is built until the longest one is known.
    let bestStart = 0;
    let bestEnd = 0;
    let runStart = 0;
    let depth = 0;
    const close = (end) => {
        let start = runStart;
        while (start < end && glob.charCodeAt(start) === SLASH$1)
            start++;
        while (end > start && glob.charCodeAt(end - 1) === SLASH$1)
            end--;
        if (end - start > bestEnd - bestStart) {
            bestStart = start;
            bestEnd = end;
        }
    };
    for (let i = 0; i < glob.length; i++) {
        const ch = glob.charAt(i);
        if (ch === '{' || ch === '(' || ch === '[')
            depth++;
        else if ((ch === '}' || ch === ')' || ch === ']') && depth > 0)
            depth--;
        else if (depth === 0 && !'*?!+@|\\,'.includes(ch))
            continue;
        close(i);
        runStart = i + 1;
    }
    close(glob.length);
    return glob.slice(bestStart, bestEnd).toLowerCase();
}
function matchChangedPaths(matcher, path, oldPath) {
    const current = matcher.match(path);
    const moved = oldPath !== null && oldPath !== path ? oldPath : null;
    const previous = moved === null ? null : matcher.match(moved);
    if (current !== null) {
        return {
            glob: current,
            path,
            movedInto: moved !== null && previous === null,
            movedOutOf: false
        };
    }
    if (moved !== null && previous !== null) {
        return { glob: previous, path: moved, movedInto: false, movedOutOf: true };
    }
    return null;
}

/** Categories reported by their own rule (agent-config-change, gate-config-change, dependency-change). */
const DEDICATED_CATEGORIES = new Set(['agent_config', 'gate', 'dependencies']);
/** Keyed by the config's category names: a Map, so no name can reach `Object.prototype`. */
const WHY$b = new Map([
    ['deploy', 'Deployment files decide what runs in production and how it is exposed.'],
    ['prod_config', 'Production settings act on live users and data as soon as they ship.'],
    ['billing', 'Billing code moves money: a subtle change overcharges customers or loses revenue.'],
    ['secrets', 'Key, certificate and env files hold credentials or decide where they come from.'],
    ['ci', 'CI files decide what runs with the repository token and secrets.']
]);
function compileSensitiveCategories(config) {
    const testPaths = compileGlobs(config.tests.paths);
    const exempt = new Set(config.tests.exempt_categories);
    return Object.entries(config.sensitive)
        .filter(([category]) => !DEDICATED_CATEGORIES.has(category))
        .map(([category, globs]) => {
        const matcher = compileGlobs(globs);
        return { category, matcher: exempt.has(category) ? outside(testPaths, matcher) : matcher };
    });
}
/**
 * `matcher` on paths that are not tests or fixtures. Each side of a rename is judged on its own,
 * so moving a production file into `tests/` still matches on its old path.
 */
function outside(testPaths, matcher) {
    return { match: (path) => (testPaths.match(path) === null ? matcher.match(path) : null) };
}
function detectSensitivePaths(file, categories, config) {
    let findings = null;
    for (const { category, matcher } of categories) {
        const match = matchChangedPaths(matcher, file.path, file.oldPath);
        if (match === null)
            continue;
        findings ??= [];
        findings.push({
            rule: SENSITIVE_PATH.id,
            severity: severityFor(config, category),
            message: describeChange(file, match, `a sensitive path (${category})`),
            path: file.path,
            category,
            evidence: pathEvidence(file, match),
            why: WHY$b.get(category) ?? `The gate config marks this path as sensitive (${category}).`,
            approve: approvalFix(config, category)
        });
    }
    return findings ?? NO_FINDINGS;
}
/** What happened to a matched file, rename direction included; `what` is a noun phrase. */
function describeChange(file, match, what) {
    if (match.movedInto)
        return `Moves \`${file.oldPath}\` into ${what}: \`${file.path}\``;
    if (match.movedOutOf)
        return `Moves ${what} out: \`${match.path}\` to \`${file.path}\``;
    const verb = file.status === 'added' ? 'Adds' : file.status === 'deleted' ? 'Deletes' : 'Changes';
    return `${verb} ${what}: \`${file.path}\``;
}
function pathEvidence(file, match) {
    const moved = file.oldPath !== null && file.oldPath !== file.path;
    return moved ? { glob: match.glob, from: file.oldPath, to: file.path } : { glob: match.glob };
}

const WHY$a = 'Agent instructions, rules and MCP servers steer every later agent run, including what it may skip or call.';
/** Agent control files (AGENTS.md, CLAUDE.md, .cursor/, .mcp.json...): the `agent_config` globs. */
function detectAgentConfig(file, matcher, config) {
    const match = matchChangedPaths(matcher, file.path, file.oldPath);
    if (match === null)
        return NO_FINDINGS;
    return [
        {
            rule: AGENT_CONFIG_CHANGE.id,
            severity: severityFor(config, 'agent_config'),
            message: describeChange(file, match, 'an agent config file'),
            path: file.path,
            category: 'agent_config',
            evidence: pathEvidence(file, match),
            why: WHY$a,
            approve: approvalFix(config, 'agent_config')
        }
    ];
}

/** Leading spaces of a line: YAML and JSON nesting as far as a hunk can show it. */
function indentOf$3(text) {
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i;
}
/** Drops a YAML comment: `#` at the start or after whitespace, outside quotes. */
function stripYamlComment(text) {
    if (!text.includes('#'))
        return text;
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote !== null) {
            if (ch === quote)
                quote = null;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
        }
        else if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
            return text.slice(0, i).trimEnd();
        }
    }
    return text;
}
const LIST_DASH$1 = /^\s*(?:-\s+)?/;
/** The key of a `key:` or `"key":` line, without list dash and quotes, else null. */
function keyOf(text) {
    // The key runs to the line's first colon, which must end the line or precede a space.
    const from = LIST_DASH$1.exec(text)[0].length;
    const colon = text.indexOf(':', from);
    if (colon < 0)
        return null;
    const after = text.charCodeAt(colon + 1);
    if (colon + 1 < text.length && !isSpace(after))
        return null;
    let key = text.slice(from, colon).trimEnd();
    if (key.startsWith('"') || key.startsWith("'"))
        key = key.slice(1);
    if (key.endsWith('"') || key.endsWith("'"))
        key = key.slice(0, -1);
    if (key === '' || isSpace(key.charCodeAt(0)) || /["']/.test(key))
        return null;
    return key;
}
function isSpace(code) {
    return code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12;
}
/** Per hunk and side, each line's enclosing key: computed once per hunk in one pass. */
const enclosingKeys = new WeakMap();
/**
 * The key of the nearest less-indented line above `index` on one side of the hunk ('new': added
 * and context lines, 'old': removed and context lines); null when the hunk does not show it.
 */
function enclosingKey(hunk, index, side) {
    let sides = enclosingKeys.get(hunk);
    if (sides === undefined) {
        sides = new Map();
        enclosingKeys.set(hunk, sides);
    }
    let keys = sides.get(side);
    if (keys === undefined) {
        keys = keysAbove(hunk, side);
        sides.set(side, keys);
    }
    return keys[index] ?? null;
}
/**
 * A stack of the lines still open (indents rising): the nearest less-indented line above any
 * line is on it, so one pass with a binary search per line answers every line.
 */
function keysAbove(hunk, side) {
    const skip = side === 'new' ? 'del' : 'add';
    const open = [];
    const keys = [];
    for (const line of hunk.lines) {
        const indent = indentOf$3(line.content);
        let lo = 0;
        let hi = open.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (open[mid].indent < indent)
                lo = mid + 1;
            else
                hi = mid;
        }
        keys.push(lo > 0 ? open[lo - 1].key : null);
        if (line.kind === skip)
            continue;
        const text = stripYamlComment(line.content);
        if (text.trim() === '')
            continue;
        const own = indentOf$3(text);
        while (open.length > 0 && open[open.length - 1].indent >= own)
            open.pop();
        open.push({ indent: own, key: keyOf(text) });
    }
    return keys;
}
/** The line a finding about a removed line points at: the nearest new-file line of its hunk. */
function newSideLine(hunk, index) {
    for (let i = index; i < hunk.lines.length; i++) {
        const line = hunk.lines[i].newLine;
        if (line !== null)
            return line;
    }
    for (let i = index - 1; i >= 0; i--) {
        const line = hunk.lines[i].newLine;
        if (line !== null)
            return line;
    }
    return Math.max(hunk.newStart, 1);
}
/** Every changed line of a file, with its hunk and position for context lookups. */
function* changedLines(file) {
    for (const hunk of file.hunks) {
        for (let index = 0; index < hunk.lines.length; index++) {
            const line = hunk.lines[index];
            if (line.kind !== 'context')
                yield { hunk, index, line };
        }
    }
}
/**
 * Added occurrences of each signal beyond the removed occurrences of the same signal: a line
 * that only moved or was re-indented adds nothing.
 */
function netAdded(added, removed) {
    const removedCount = new Map();
    for (const signal of removed)
        removedCount.set(signal.key, (removedCount.get(signal.key) ?? 0) + 1);
    return added.filter((signal) => {
        const left = removedCount.get(signal.key) ?? 0;
        if (left === 0)
            return true;
        removedCount.set(signal.key, left - 1);
        return false;
    });
}

/** npm lifecycle scripts that run on `npm install` (of this package or as a git dependency). */
const INSTALL_SCRIPT = /^\s*"(preinstall|install|postinstall|preprepare|prepare|postprepare)"\s*:\s*("(?:[^"\\]|\\.)*")/;
const PACKAGE_JSON = /(?:^|\/)package\.json$/i;
const LOCKFILE = /(?:^|\/)[^/]*(?:lock[^/]*|\.sum)$/i;
function detectDependencies(file, matcher, config) {
    const scripts = PACKAGE_JSON.test(file.path) ? changedInstallScripts(file) : null;
    if (scripts !== null && scripts.length > 0) {
        return scripts.map(({ script, line }) => ({
            rule: DEPENDENCY_CHANGE.id,
            severity: 'block',
            message: `Adds or changes the \`${script}\` script, which runs on every install`,
            path: file.path,
            line,
            category: 'dependencies',
            evidence: { script },
            why: 'An install script runs arbitrary code on every developer machine and CI job that installs the package.',
            approve: approvalFix(config, 'dependencies')
        }));
    }
    const match = matchChangedPaths(matcher, file.path, file.oldPath);
    if (match === null)
        return NO_FINDINGS;
    const what = LOCKFILE.test(match.path) ? 'a lockfile' : 'a dependency manifest';
    return [
        {
            rule: DEPENDENCY_CHANGE.id,
            severity: severityFor(config, 'dependencies'),
            message: describeChange(file, match, what),
            path: file.path,
            category: 'dependencies',
            evidence: pathEvidence(file, match),
            why: 'New or upgraded packages run code at build and install time and ship to users.',
            approve: approvalFix(config, 'dependencies')
        }
    ];
}
/** Install-script lines added with a command that no removed line had (a move changes nothing). */
function changedInstallScripts(file) {
    if (file.status === 'deleted')
        return [];
    const added = [];
    const removed = [];
    for (const { hunk, index, line } of changedLines(file)) {
        const side = line.kind === 'add' ? 'new' : 'old';
        const script = installScriptAt(hunk, index, side);
        if (script === null)
            continue;
        const change = { ...script, line: line.newLine ?? 0 };
        (line.kind === 'add' ? added : removed).push(change);
    }
    return netAdded(added, removed);
}
function installScriptAt(hunk, index, side) {
    const m = INSTALL_SCRIPT.exec(hunk.lines[index].content);
    if (m === null)
        return null;
    const parent = enclosingKey(hunk, index, side);
    if (parent !== null && parent !== 'scripts')
        return null;
    return { key: `${m[1]}=${m[2]}`, script: m[1] };
}

const WORKFLOW_FILE = /^\.github\/workflows\/.+\.ya?ml$/i;
/** Composite actions and reusable steps: their `uses:` and secrets matter as much. */
const ACTION_FILE = /(?:^|\/)action\.ya?ml$/i;
/** GITHUB_TOKEN scopes (`permissions:` keys), as documented for workflow syntax. */
const TOKEN_SCOPES = new Set([
    'actions',
    'artifact-metadata',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses'
]);
/** Owners whose actions run on GitHub's own trust boundary: a tag is accepted for them. */
const FIRST_PARTY_OWNERS = new Set(['actions', 'github']);
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const PERMISSIONS_KEY = /^\s*(?:-\s+)?permissions:(.*)$/;
const SCOPE_WRITE = /^\s*["']?([a-z-]+)["']?:\s*["']?write["']?\s*$/;
const PULL_REQUEST_TARGET = /^\s*(?:["']?on["']?:\s*(?:\[[^\]]*)?|-\s*|\[[^\]]*)?["']?pull_request_target["']?\s*(?::|,|\]|$)/;
const USES = /^\s*(?:-\s+)?uses:\s*["']?([^"'\s]+)/;
const SECRET_REF = /(?<![\w.-])secrets(?:\.([A-Za-z_][A-Za-z0-9_-]*)|\[\s*["']([^"']+)["']\s*\]|(?![\w-]))/g;
const INHERIT_SECRETS = /^\s*secrets:\s*inherit\s*$/;
const RUNS_ON = /^\s*runs-on:/;
/** A job container or service image: `container: postgres:17`, `image: redis:7`. */
const IMAGE = /^\s*(?:-\s+)?(?:container|image)\s*:\s*["']?([^"'\s{}[\]]+)/;
/** Calls that create check runs or commit statuses: what a forged gate result needs. */
const CHECK_API = /check-runs|\bchecks\.create\b|\bchecks\.update\b|createCheckRun|\/statuses\/|createCommitStatus|\bgh\s+api\b.{0,200}?\b(?:checks?|status(?:es)?)\b/i;
const SELF_HOSTED = /^\s*(?:-\s+)?(?:runs-on|labels):.*\bself-hosted\b|^\s*-\s*["']?self-hosted["']?\s*$/;
function detectWorkflowPrivilege(file, config) {
    const workflow = WORKFLOW_FILE.test(file.path);
    if (!workflow && !ACTION_FILE.test(file.path))
        return NO_FINDINGS;
    const added = emptySide();
    const removed = emptySide();
    for (const { hunk, index, line } of changedLines(file)) {
        const side = line.kind === 'add' ? added : removed;
        const text = stripYamlComment(line.content);
        const at = line.newLine ?? newSideLine(hunk, index);
        if (workflow) {
            if (PERMISSIONS_KEY.test(text))
                side.permissionBlocks.push(at);
            if (RUNS_ON.test(text))
                side.jobs++;
            workflowSignals(text, hunk, index, line.kind === 'add' ? 'new' : 'old', at, side.signals);
            imageSignal(text, at, side.signals);
        }
        checkApiSignal(text, at, side.signals);
        usesSignal(text, at, side.signals);
        secretSignals(text, at, side.signals);
    }
    return [
        ...netAdded(added.signals, removed.signals),
        ...droppedPermissionBlocks(file, added, removed)
    ]
        .sort((a, b) => a.line - b.line)
        .map((signal) => toFinding(file.path, signal, config));
}
function emptySide() {
    return { signals: [], permissionBlocks: [], jobs: 0 };
}
/** Permissions declarations removed and not replaced, unless their jobs or the file went too. */
function droppedPermissionBlocks(file, added, removed) {
    if (file.status === 'deleted')
        return [];
    const jobsGone = Math.max(0, removed.jobs - added.jobs);
    const unreplaced = removed.permissionBlocks.length - added.permissionBlocks.length - jobsGone;
    return removed.permissionBlocks.slice(0, Math.max(0, unreplaced)).map((line) => ({
        key: 'permissions-removed',
        line,
        raises: true,
        message: 'Removes a `permissions` declaration',
        why: 'Without a permissions declaration the jobs get the repository default token, which may be read-write.',
        evidence: { permissions: 'removed' }
    }));
}
function workflowSignals(text, hunk, index, side, line, signals) {
    permissionSignals(text, hunk, index, side, line, signals);
    if (PULL_REQUEST_TARGET.test(text)) {
        signals.push({
            key: 'trigger:pull_request_target',
            line,
            raises: true,
            message: 'Adds the `pull_request_target` trigger',
            why: 'pull_request_target runs with a write token and the secrets of the base repository, even for fork PRs.',
            evidence: { trigger: 'pull_request_target' }
        });
    }
    if (SELF_HOSTED.test(text)) {
        signals.push({
            key: 'runner:self-hosted',
            line,
            raises: true,
            message: 'Runs a job on a self-hosted runner',
            why: 'Self-hosted runners sit inside your network and keep state between jobs: code run there can persist.',
            evidence: { runner: 'self-hosted' }
        });
    }
}
function permissionSignals(text, hunk, index, side, line, signals) {
    const declared = PERMISSIONS_KEY.exec(text);
    if (declared !== null) {
        const value = declared[1].trim().replace(/^["']|["']$/g, '');
        if (value === 'write-all') {
            signals.push({
                key: 'permissions:write-all',
                line,
                raises: true,
                message: 'Grants `permissions: write-all`',
                why: 'write-all gives every step a token that can push code, publish releases and edit settings.',
                evidence: { permissions: 'write-all' }
            });
        }
        if (value.startsWith('{')) {
            for (const [scope, level] of flowScopes(value)) {
                if (level === 'write' && TOKEN_SCOPES.has(scope))
                    signals.push(scopeSignal(scope, line));
            }
        }
        return;
    }
    const scope = SCOPE_WRITE.exec(text);
    if (scope === null || !TOKEN_SCOPES.has(scope[1]))
        return;
    const parent = enclosingKey(hunk, index, side);
    if (parent === null || parent === 'permissions')
        signals.push(scopeSignal(scope[1], line));
}
function scopeSignal(scope, line) {
    const oidc = scope === 'id-token';
    const forges = scope === 'checks' || scope === 'statuses';
    return {
        key: `permission:${scope}`,
        line,
        raises: true,
        message: `Grants \`${scope}: write\` to the workflow token`,
        why: oidc
            ? 'id-token: write lets the job mint OIDC tokens that cloud providers exchange for credentials.'
            : forges
                ? `${scope}: write lets the job post a passing check or status under any name, the agent-pr-gate check included.`
                : `${scope}: write lets every step of the job, third-party actions included, modify ${scope}.`,
        evidence: { scope, level: 'write' }
    };
}
function usesSignal(text, line, signals) {
    const uses = USES.exec(text);
    if (uses === null)
        return;
    const target = uses[1];
    if (target.startsWith('./') || target.startsWith('${{'))
        return;
    if (target.startsWith('docker://')) {
        if (!target.includes('@sha256:'))
            signals.push(unpinned(target, target, null, line));
        return;
    }
    const at = target.lastIndexOf('@');
    const action = at < 0 ? target : target.slice(0, at);
    const ref = at < 0 ? null : target.slice(at + 1);
    const owner = action.split('/')[0].toLowerCase();
    if (FIRST_PARTY_OWNERS.has(owner) || (ref !== null && FULL_SHA.test(ref)))
        return;
    signals.push(unpinned(target, action, ref, line));
}
function unpinned(target, action, ref, line) {
    return {
        key: `uses:${target}`,
        line,
        raises: false,
        message: `Uses \`${target}\`, not pinned to a full commit SHA`,
        why: 'A tag or branch can be moved to new code at any time; only a full commit SHA fixes what runs with your token.',
        evidence: { action, ref }
    };
}
/** A job container or service image not pinned to a digest. */
function imageSignal(text, line, signals) {
    const m = IMAGE.exec(text);
    if (m === null)
        return;
    const image = m[1];
    if (image.includes('@sha256:') || image.startsWith('${{'))
        return;
    const ref = image.replace(/^docker:\/\//, '');
    signals.push({
        key: `image:${ref}`,
        line,
        raises: false,
        message: `Runs the image \`${ref}\`, not pinned to a digest`,
        why: 'An image tag can be pushed again with new content at any time; only an `@sha256:` digest fixes what runs with your token and secrets.',
        evidence: { image: ref }
    });
}
/** A step that creates check runs or commit statuses: it could post a forged gate result. */
function checkApiSignal(text, line, signals) {
    if (!CHECK_API.test(text))
        return;
    signals.push({
        key: 'api:checks',
        line,
        raises: true,
        message: 'Creates check runs or commit statuses from a workflow',
        why: 'A workflow that posts checks can post a passing agent-pr-gate check for a head the gate never judged.',
        evidence: { api: 'checks' }
    });
}
function secretSignals(text, line, signals) {
    if (INHERIT_SECRETS.test(text))
        signals.push(secretSignal('*', 'secrets: inherit', line));
    if (!text.includes('secrets'))
        return;
    for (const expression of expressions(text)) {
        for (const [, dotted, indexed] of expression.matchAll(SECRET_REF)) {
            const name = dotted ?? indexed ?? '*';
            // GITHUB_TOKEN's power is set by `permissions`, which this rule already watches.
            if (name.toUpperCase() === 'GITHUB_TOKEN')
                continue;
            signals.push(secretSignal(name, name === '*' ? 'all secrets' : `secrets.${name}`, line));
        }
    }
}
function secretSignal(name, shown, line) {
    return {
        key: `secret:${name.toUpperCase()}`,
        line,
        raises: false,
        message: `References \`${shown}\` in a workflow`,
        why: 'A newly referenced secret is exposed to every step of the job, third-party actions included.',
        evidence: { secret: name }
    };
}
function toFinding(path, signal, config) {
    const severity = signal.raises ? 'block' : severityFor(config, 'ci');
    return {
        rule: WORKFLOW_PRIVILEGE.id,
        severity,
        message: signal.message,
        path,
        line: signal.line,
        category: 'ci',
        evidence: signal.evidence,
        why: signal.why,
        approve: approvalFix(config, 'ci')
    };
}
/** The `scope: level` pairs of a flow mapping `{ contents: write, checks: read }`, split once. */
function flowScopes(value) {
    const pairs = [];
    for (const entry of value.split(',')) {
        const colon = entry.indexOf(':');
        if (colon < 0)
            continue;
        pairs.push([unquoted(entry.slice(0, colon)), unquoted(entry.slice(colon + 1))]);
    }
    return pairs;
}
function unquoted(text) {
    let from = 0;
    let to = text.length;
    while (from < to && ' \t{"\''.includes(text[from]))
        from++;
    while (to > from && ' \t}"\''.includes(text[to - 1]))
        to--;
    return text.slice(from, to);
}
/** The insides of the line's `${{ ... }}` expressions, found with `indexOf`: one pass. */
function expressions(text) {
    const found = [];
    for (let from = 0;;) {
        const open = text.indexOf('${{', from);
        if (open < 0)
            return found;
        const close = text.indexOf('}}', open + 3);
        if (close < 0)
            return found;
        found.push(text.slice(open + 3, close));
        from = close + 2;
    }
}

/** `environment: production`, or `name: prod` under `environment:`. */
const ENVIRONMENT = /^\s*(?:-\s+)?(environment|name)\s*:\s*["']?([\w.-]+)/;
const PRODUCTION = /^(?:prod|production|live|release)(?:[-_.]\w+)?$/i;
function detectProductionDeploy(file, config) {
    if (!WORKFLOW_FILE.test(file.path))
        return NO_FINDINGS;
    const added = [];
    const removed = [];
    for (const { hunk, index, line } of changedLines(file)) {
        const m = ENVIRONMENT.exec(stripYamlComment(line.content));
        if (m === null || !PRODUCTION.test(m[2]))
            continue;
        const side = line.kind === 'add' ? 'new' : 'old';
        if (m[1] === 'name' && enclosingKey(hunk, index, side) !== 'environment')
            continue;
        (line.kind === 'add' ? added : removed).push({
            key: m[2].toLowerCase(),
            line: line.newLine ?? 0,
            name: m[2]
        });
    }
    return netAdded(added, removed).map(({ line, name }) => ({
        rule: SENSITIVE_PATH.id,
        severity: severityFor(config, 'deploy'),
        message: `A workflow job now deploys to the \`${name}\` environment`,
        path: file.path,
        line,
        category: 'deploy',
        evidence: { environment: name },
        why: 'A job in a production environment gets its secrets and ships to live users as soon as it runs.',
        fix: approvalFix(config, 'deploy')
    }));
}

/** The name every reference to the gate carries: the action's `uses:`, the CLI, a workflow name. */
const GATE_NAME = 'agent-pr-gate';
const LOCAL_ACTION_FILE = /^\.github\/actions\/.+\/action\.ya?ml$/i;
const WHY$9 = 'An agent must not loosen its own supervision: this file decides how the gate runs or who can approve.';
/** The config's gate globs: the loader keeps the built-in ones in them (it can only add). */
function compileGateMatcher(config) {
    return compileGlobs(config.sensitive.gate ?? []);
}
function detectGateConfig(file, matcher, config) {
    const configMatch = matchChangedPaths(matcher, file.path, file.oldPath);
    if (configMatch !== null) {
        return [
            gateFinding(file, describeChange(file, configMatch, 'the gate config'), config, configMatch)
        ];
    }
    const reason = gateWorkflowReason(file);
    if (reason === null)
        return NO_FINDINGS;
    return [gateFinding(file, `${reason}: \`${file.path}\``, config, null)];
}
/** Why a workflow counts as the gate's own, or null: the diff is all the gate can read. */
function gateWorkflowReason(file) {
    const oldPath = file.oldPath ?? file.path;
    if (!isWorkflowOrAction(file.path) && !isWorkflowOrAction(oldPath))
        return null;
    if (mentionsGateName(file.path) || mentionsGateName(oldPath)) {
        return 'Changes the workflow that runs the gate';
    }
    if (file.patchMissing) {
        return 'Changes a workflow whose content the diff does not show (it may run the gate)';
    }
    const mentionsGate = file.hunks.some((hunk) => hunk.section.toLowerCase().includes(GATE_NAME) ||
        hunk.lines.some((line) => line.content.toLowerCase().includes(GATE_NAME)));
    return mentionsGate ? 'Changes a workflow that runs the gate' : null;
}
function isWorkflowOrAction(path) {
    return WORKFLOW_FILE.test(path) || LOCAL_ACTION_FILE.test(path);
}
function mentionsGateName(path) {
    return path.toLowerCase().includes(GATE_NAME);
}
function gateFinding(file, message, config, match) {
    return {
        rule: GATE_CONFIG_CHANGE.id,
        severity: 'block',
        enforced: true,
        message,
        path: file.path,
        category: 'gate',
        ...(match === null ? {} : { evidence: pathEvidence(file, match) }),
        why: WHY$9,
        fix: `Blocks in every mode until approved. ${approvalFix(config, 'gate')}`
    };
}

const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';
const SUBPROJECT = /^Subproject commit ([0-9a-f]{7,64})/;
const GITMODULES = /(?:^|\/)\.gitmodules$/;
const MODULE_URL = /^\s*url\s*=\s*(\S+)/;
/**
 * A symlink added or retargeted: its target is matched against every sensitive category (the
 * target's path, not the link's, decides: a link in `tests/` to `.env.production` is a secret).
 */
function detectSymlink(file, categories, config) {
    if (file.newMode !== SYMLINK_MODE)
        return NO_FINDINGS;
    const added = file.hunks.flatMap((h) => h.lines.filter((l) => l.kind === 'add'));
    const target = added[0]?.content.trim();
    if (target === undefined || target === '')
        return NO_FINDINGS;
    const resolved = resolveTarget(file.path, target);
    const matched = [];
    if (resolved === null) {
        matched.push({ category: 'secrets', reason: 'outside the repository' });
    }
    else {
        for (const { category, matcher } of categories) {
            if (matcher.match(resolved) !== null || matcher.match(target) !== null) {
                matched.push({ category, reason: `a sensitive path (${category})` });
            }
        }
    }
    return matched.map(({ category, reason }) => ({
        rule: SENSITIVE_PATH.id,
        severity: severityFor(config, category),
        message: `Adds a symlink \`${file.path}\` that points at ${reason}: \`${target}\``,
        path: file.path,
        category,
        evidence: { symlink: true, target, resolved },
        why: 'Whatever reads the link reads its target: a link turns a harmless-looking path into a secret or a deploy file.',
        fix: approvalFix(config, category)
    }));
}
/** The link's target as a repository path, or null when it is absolute or climbs out. */
function resolveTarget(linkPath, target) {
    if (target.startsWith('/') || target.startsWith('~') || /^[A-Za-z]:[\\/]/.test(target)) {
        return null;
    }
    const parts = linkPath.split('/').slice(0, -1);
    for (const part of target.split(/[\\/]/)) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return null;
            parts.pop();
        }
        else {
            parts.push(part);
        }
    }
    return parts.join('/');
}
/**
 * A submodule moved to another commit (as a dependency bump), and a `.gitmodules` url changed
 * (the code now comes from another repository: blocks).
 */
function detectSubmodule(file, config) {
    if (GITMODULES.test(file.path))
        return repointedModules(file, config);
    if (file.newMode !== SUBMODULE_MODE && file.oldMode !== SUBMODULE_MODE)
        return NO_FINDINGS;
    const commits = { old: null, new: null };
    for (const hunk of file.hunks) {
        for (const line of hunk.lines) {
            const m = SUBPROJECT.exec(line.content);
            if (m === null)
                continue;
            if (line.kind === 'del')
                commits.old = m[1];
            if (line.kind === 'add')
                commits.new = m[1];
        }
    }
    const what = commits.old === null
        ? 'Adds a submodule'
        : commits.new === null
            ? 'Removes a submodule'
            : 'Moves a submodule to another commit';
    return [
        {
            rule: DEPENDENCY_CHANGE.id,
            severity: severityFor(config, 'dependencies'),
            message: `${what}: \`${file.path}\``,
            path: file.path,
            category: 'dependencies',
            evidence: { submodule: file.path, from: commits.old, to: commits.new },
            why: 'A submodule commit is code that ships with the repository; the diff shows only its id, not what changed.',
            fix: approvalFix(config, 'dependencies')
        }
    ];
}
function repointedModules(file, config) {
    const added = [];
    const removed = [];
    for (const { line } of changedLines(file)) {
        const m = MODULE_URL.exec(line.content);
        if (m === null)
            continue;
        const entry = { key: m[1], line: line.newLine ?? 0, url: m[1] };
        (line.kind === 'add' ? added : removed).push(entry);
    }
    return netAdded(added, removed).map(({ url, line }) => ({
        rule: DEPENDENCY_CHANGE.id,
        severity: 'block',
        message: `Points a submodule at \`${url}\``,
        path: file.path,
        ...(line > 0 ? { line } : {}),
        category: 'dependencies',
        evidence: { submoduleUrl: url },
        why: 'A submodule url decides which repository the code comes from: another url can serve any code.',
        fix: approvalFix(config, 'dependencies')
    }));
}

/** Attributes that hide a diff or mark a file generated, set, unset or given a value. */
const VIEW_ATTRIBUTES = new Set([
    'diff',
    'binary',
    'linguist-generated',
    'linguist-vendored',
    'linguist-documentation'
]);
/** Lines quoted in a finding at most. */
const MAX_QUOTED = 5;
const WHY$8 = 'Attributes decide which changes a diff shows as text and which files count as generated: ' +
    'changing them can hide this or a later change from review and from the gate.';
function isGitattributes(path) {
    return path === '.gitattributes' || path.endsWith('/.gitattributes');
}
/** A `.gitattributes` line that sets, unsets or defines (`[attr]`) a diff or generated attribute. */
function affectsView(line) {
    const text = line.trim();
    if (text === '' || text.startsWith('#'))
        return false;
    // a macro can stand for any attribute under any name: every change to one counts
    if (text.startsWith('[attr]'))
        return true;
    const fields = text.split(/[ \t]+/);
    for (let i = 1; i < fields.length; i++) {
        const field = fields[i];
        const start = field.startsWith('-') || field.startsWith('!') ? 1 : 0;
        const equals = field.indexOf('=');
        const name = field.slice(start, equals === -1 ? field.length : equals);
        if (VIEW_ATTRIBUTES.has(name))
            return true;
    }
    return false;
}
function detectGitattributes(file, config) {
    if (!isGitattributes(file.path) && !(file.oldPath !== null && isGitattributes(file.oldPath))) {
        return NO_FINDINGS;
    }
    const unseen = file.patchMissing || file.binary;
    const changed = [];
    for (const hunk of file.hunks) {
        for (const line of hunk.lines) {
            if (line.kind === 'context' || !affectsView(line.content))
                continue;
            changed.push(`${line.kind === 'add' ? '+' : '-'}${line.content.trim()}`);
        }
    }
    const renamed = file.oldPath !== null && file.oldPath !== file.path;
    if (!unseen && !renamed && changed.length === 0)
        return NO_FINDINGS;
    const what = unseen
        ? 'whose lines the diff does not show'
        : renamed && changed.length === 0
            ? `moved from \`${file.oldPath}\``
            : `lines that decide what diffs show or what is generated: ${changed
                .slice(0, MAX_QUOTED)
                .map((line) => `\`${line}\``)
                .join(', ')}${changed.length > MAX_QUOTED ? ` and ${changed.length - MAX_QUOTED} more` : ''}`;
    return [
        {
            rule: GATE_CONFIG_CHANGE.id,
            severity: 'block',
            enforced: true,
            message: `Changes \`${file.path}\` ${what}`,
            path: file.path,
            category: 'gate',
            evidence: { attributes: changed.slice(0, MAX_QUOTED), unseen },
            why: WHY$8,
            fix: `Blocks in every mode until approved; or send the attribute change as its own PR. ${approvalFix(config, 'gate')}`
        }
    ];
}

/**
 * Secret formats and the heuristics around them, on one line of text at a time. Token formats
 * are public facts from each vendor's documentation; the regexes are written for this gate.
 */
/*
 * The line prefilter. Irregexp pays per character for every alternative whose first character
 * is common in code, so each alternative starts at the word's rarest character (`k`, `w`, `z`,
 * `_`, `-`, upper case) and checks the rest of the word behind it. One case-sensitive regex
 * with the lower, Capitalized and UPPER forms of each keyword beats an `i` flag or two regexes.
 */
/** A prefix of one of the token formats. */
const TOKEN_TRIGGER = /_(?<=gh[pousr]_|github_pat_|npm_|k_live_)|-(?<=xox[abposr]-|xapp-|sk-ant-|sk-proj-|sk-svcacct-|sk-admin-|-----)|KIA(?<=AKIA)|SIA(?<=ASIA)|BIA(?<=ABIA)|CCA(?<=ACCA)|Iza(?<=AIza)|J(?<=eyJ)|3BlbkFJ|k\.com\/(?<=hooks\.slack\.com\/)/;
/** token, key, password, pwd, pass, secret, credential, authorization; or a token prefix. */
const SECRET_PREFILTER = new RegExp([
    'ken(?<=[Tt]oken)|KEN(?<=TOKEN)|[Kk]ey|KEY',
    'w(?<=[Pp]assw|[Pp]w)|W(?<=PASSW|PW)|ss(?<=[Pp]ass)|SS(?<=PASS)',
    'cret(?<=[Ss]ecret)|CRET(?<=SECRET)|[Cc]redential|CREDENTIAL',
    'z(?<=[Aa]uthoriz)|Z(?<=AUTHORIZ)',
    TOKEN_TRIGGER.source
].join('|'));
/** The shortest line that can hold a finding: `pwd=` and a 12-character value. */
const MIN_SECRET_LINE = 16;
/** Whether a line can hold any finding below; most code lines cannot. */
function mayHoldSecret(content) {
    return (content.length >= MIN_SECRET_LINE &&
        (SECRET_PREFILTER.test(content) ||
            mayHoldEncodedToken(content) ||
            joinedLiterals(content) !== null));
}
const NONE = Object.freeze([]);
const TOKEN_FORMATS = [
    {
        kind: 'AWS access key id',
        pattern: /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Za-z0-9])/g,
        triggers: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
        shownLength: 4
    },
    {
        kind: 'GitHub token',
        pattern: /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,251})(?![A-Za-z0-9_])/g,
        triggers: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
        shownLength: 4
    },
    {
        kind: 'GitHub fine-grained token',
        pattern: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{22,251})(?![A-Za-z0-9_])/g,
        triggers: ['github_pat_'],
        shownLength: 4
    },
    {
        kind: 'Slack token',
        pattern: /(?<![A-Za-z0-9])((?:xox[abposr]|xapp)-[0-9]{1,16}-[0-9A-Za-z-]{8,250})/g,
        triggers: ['xox', 'xapp-'],
        shownLength: 4
    },
    {
        kind: 'Slack webhook URL',
        pattern: /(https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_]{6,}\/[A-Za-z0-9_]{6,}\/[A-Za-z0-9_/]{8,250})/g,
        triggers: ['hooks.slack.com'],
        shownLength: 0
    },
    {
        kind: 'Stripe live key',
        pattern: /(?<![A-Za-z0-9_])([rs]k_live_[0-9A-Za-z]{16,247})(?![0-9A-Za-z])/g,
        triggers: ['k_live_'],
        shownLength: 4
    },
    {
        kind: 'Google API key',
        pattern: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
        triggers: ['AIza'],
        shownLength: 4
    },
    {
        kind: 'Anthropic API key',
        pattern: /(?<![A-Za-z0-9_-])(sk-ant-[a-z]{3,8}[0-9]{2}-[A-Za-z0-9_-]{32,250})/g,
        triggers: ['sk-ant-'],
        shownLength: 4
    },
    {
        kind: 'OpenAI API key',
        pattern: /(?<![A-Za-z0-9_-])(sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{16,250}T3BlbkFJ[A-Za-z0-9_-]{16,250})/g,
        triggers: ['T3BlbkFJ'],
        shownLength: 3
    },
    {
        kind: 'OpenAI API key',
        pattern: /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250})/g,
        triggers: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
        shownLength: 3
    },
    {
        kind: 'npm access token',
        pattern: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
        triggers: ['npm_'],
        shownLength: 4
    },
    {
        kind: 'JSON Web Token',
        pattern: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/g,
        triggers: ['eyJ'],
        shownLength: 3,
        confirms: isSignedJwt
    }
];
/** Words and shapes of documented examples and placeholders (AWS's `\u2026EXAMPLE` keys included). */
const EXAMPLE_WORDS = /example|sample|dummy|fake|placeholder|not[-_]?a[-_]?real|changeme|change[-_]me|redacted|replace[-_]?me|your[-_]|insert[-_]|test/i;
const REPEATED_RUN = /(.)\1{5}/;
const COUNTING_RUN = /0123456|1234567|abcdefg|qwerty/i;
function isExampleValue(value) {
    return EXAMPLE_WORDS.test(value) || REPEATED_RUN.test(value) || COUNTING_RUN.test(value);
}
function isSignedJwt(token) {
    const [header, payload] = token.split('.');
    const decoded = decodeJson(header ?? '');
    if (decoded === null || typeof decoded.alg !== 'string' || decoded.alg === 'none')
        return false;
    // jwt.io's sample token and its kin carry example payloads, not credentials.
    return !isExampleValue(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
}
function decodeJson(part) {
    try {
        const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return typeof value === 'object' && value !== null ? value : null;
    }
    catch {
        return null;
    }
}
/** The documented prefix (never more than 4 characters) and the length: all a report may show. */
function redact(candidate) {
    return `${candidate.shown}\u2026[${candidate.value.length} chars]`;
}
function findTokens(content) {
    const found = [];
    for (const format of TOKEN_FORMATS) {
        if (!format.triggers.some((trigger) => content.includes(trigger)))
            continue;
        format.pattern.lastIndex = 0;
        for (let m = format.pattern.exec(content); m !== null; m = format.pattern.exec(content)) {
            const value = m[1];
            if (isExampleValue(value))
                continue;
            if (format.confirms !== undefined && !format.confirms(value))
                continue;
            const start = m.index + m[0].indexOf(value);
            // Two formats can describe one token (OpenAI's key shapes overlap): report it once.
            if (found.some((f) => start < f.end && f.start < start + value.length))
                continue;
            const shown = value.slice(0, format.shownLength);
            found.push({ kind: format.kind, value, shown, start, end: start + value.length });
        }
    }
    return found;
}
const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/;
/** The label of a private-key PEM header on the line (`RSA PRIVATE KEY`) and where it ends. */
function pemHeader(content) {
    if (!content.includes('-----BEGIN'))
        return null;
    const m = PEM_BEGIN.exec(content);
    return m === null ? null : { label: m[1], start: m.index, end: m.index + m[0].length };
}
const BASE64_BODY = /^[A-Za-z0-9+/=]{16,}$/;
const PEM_FIELD = /^[A-Za-z-]+: /;
/** Text that can follow a PEM header inside a key: base64 body, `Proc-Type:` fields, the END line. */
function looksLikeKeyMaterial(text) {
    const bare = text.replace(/\\[rn]|["'`,;+]/g, '').trim();
    return (bare === '' || BASE64_BODY.test(bare) || PEM_FIELD.test(bare) || bare.startsWith('-----END'));
}
const PEM_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
/** Parts of a name that make a value assigned to it a secret. */
const SECRET_WORDS = new Set([
    'password',
    'passwd',
    'pwd',
    'pass',
    'passphrase',
    'secret',
    'token',
    'credential',
    'credentials',
    'apikey',
    'authorization'
]);
/** Words that make `<word> key` a secret (`api_key`, `signingKey`); a bare `key` is not. */
const KEY_QUALIFIERS = new Set([
    'api',
    'access',
    'secret',
    'private',
    'signing',
    'encryption',
    'master',
    'client',
    'app',
    'auth',
    'license',
    'account',
    'service',
    'webhook',
    'session'
]);
/** A name ending in one of these holds something about a secret, not the secret. */
const NON_SECRET_ENDINGS = new Set([
    'url',
    'uri',
    'endpoint',
    'host',
    'path',
    'file',
    'dir',
    'name',
    'type',
    'id',
    'ids',
    'arn',
    'count',
    'length',
    'len',
    'size',
    'prefix',
    'suffix',
    'header',
    'field',
    'env',
    'var',
    'ttl',
    'expiry',
    'expires',
    'expiration',
    'at',
    'policy',
    'pattern',
    'regex',
    'label',
    'format',
    'version',
    'hash',
    'hint',
    'enabled',
    'required',
    'min',
    'max',
    'limit',
    'mode',
    'kind',
    'scope',
    'scopes',
    'provider',
    'source',
    'ref',
    'key'
]);
// eslint-disable-next-line regexp/no-super-linear-move -- names are cut to 128 characters
const NAME_PART = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
function isSecretName(name) {
    const parts = (name.match(NAME_PART) ?? []).map((part) => part.toLowerCase());
    const last = parts.at(-1);
    if (last === undefined)
        return false;
    const qualifiedKey = parts.some((part, i) => part === 'key' && KEY_QUALIFIERS.has(parts[i - 1]));
    if (NON_SECRET_ENDINGS.has(last) && !(last === 'key' && qualifiedKey))
        return false;
    return qualifiedKey || parts.some((part) => SECRET_WORDS.has(part));
}
function shannonEntropy(value) {
    const counts = new Map();
    for (let i = 0; i < value.length; i++) {
        const ch = value.charAt(i);
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
const INDIRECTION = /^[$%<]|\$\{|\{\{|%\(|\$\(|:\/\/|^\.{0,2}\/|^~\//;
const WORDS_ONLY = /^[^A-Za-z0-9]?[A-Za-z]+(?:[-_.:/][A-Za-z]+)*[^A-Za-z0-9]?$/;
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/**
 * A literal that looks generated rather than chosen: long enough, varied enough, not a lookup,
 * template, path, word or placeholder.
 */
function isPlausibleSecret(value) {
    if (value.length < 12 || value.length > 4096 || /\s/.test(value))
        return false;
    if (INDIRECTION.test(value) || WORDS_ONLY.test(value) || CONSTANT_NAME.test(value))
        return false;
    if (isExampleValue(value))
        return false;
    const lower = /[a-z]/.test(value);
    const upper = /[A-Z]/.test(value);
    const digit = /[0-9]/.test(value);
    const symbol = /[^A-Za-z0-9]/.test(value);
    if (!lower && !upper)
        return false;
    if (!digit && !(symbol && lower && upper))
        return false;
    const classes = Number(lower) + Number(upper) + Number(digit) + Number(symbol);
    const entropy = shannonEntropy(value);
    return value.length < 20 ? classes >= 3 && entropy >= 3 : entropy >= 3.5;
}
const NAME_HIT = /pass|pwd|secret|token|credential|key|authorization/gi;
const QUOTED_VALUE_FOLLOWS = /["'\]]?\s*(?::=|=>|={1,3}|:)\s*["'`]/y;
const ANY_VALUE_FOLLOWS = /["'\]]?\s*(?::=|=>|={1,3}|:)\s*\S/y;
const OPERATOR = /["'\]]?\s*(?::=|=>|={1,3}|:)\s*/y;
const QUOTED = /"([^"\n]*)"|'([^'\n]*)'|`([^`\n]*)`/y;
const AUTH_SCHEME = /^(?:Bearer|Basic|token)\s+/i;
const AWS_SECRET_KEY = /^[A-Za-z0-9/+]{40}$/;
function isNameChar(code) {
    return ((code >= 48 && code <= 57) ||
        (code >= 65 && code <= 90) ||
        (code >= 97 && code <= 122) ||
        code === 95 ||
        code === 45 ||
        code === 46);
}
/** Characters that end a bare (unquoted) value: whitespace, quotes, `,;)}]`. */
function endsBareValue(code) {
    return (code <= 32 ||
        code === 34 ||
        code === 39 ||
        code === 96 ||
        code === 44 ||
        code === 59 ||
        code === 41 ||
        code === 125 ||
        code === 93);
}
/** A name safe to print: words and separators, no room for a token glued to it. */
const SHOWABLE_NAME = /^[A-Za-z_][A-Za-z_.-]{0,37}[0-9]{0,2}$/;
/** Longest name the generic check reads around a keyword: bounds the work on minified lines. */
const MAX_NAME = 64;
/**
 * Keyword hits read inside one bare value (`a_key=password=...`): past this the rest of the value
 * is skipped, so a run of `key:key:...` costs a bounded number of reads of it, not one per hit.
 */
const MAX_HITS_PER_BARE_VALUE = 8;
/**
 * The literal assigned at `at` (just after a name): a quoted string, or with `unquoted` a bare
 * value. Every scan is sticky from `at` and stops at the value's end.
 */
function assignedValue(content, at, unquoted) {
    OPERATOR.lastIndex = at;
    if (!OPERATOR.test(content))
        return null;
    const start = OPERATOR.lastIndex;
    QUOTED.lastIndex = start;
    const quoted = QUOTED.exec(content);
    if (quoted !== null) {
        const raw = quoted[1] ?? quoted[2] ?? quoted[3] ?? '';
        return { raw, start: start + 1, end: QUOTED.lastIndex, bare: false };
    }
    if (!unquoted)
        return null;
    let end = start;
    while (end < content.length && !endsBareValue(content.charCodeAt(end)))
        end++;
    if (end === start)
        return null;
    return { raw: content.slice(start, end), start, end, bare: true };
}
function findAssignedSecrets(content, unquoted) {
    let found = null;
    const valueFollows = unquoted ? ANY_VALUE_FOLLOWS : QUOTED_VALUE_FOLLOWS;
    let bareEnd = -1;
    let bareHits = 0;
    NAME_HIT.lastIndex = 0;
    // `test` moves lastIndex past each keyword without allocating a match.
    while (NAME_HIT.test(content)) {
        const hit = NAME_HIT.lastIndex;
        if (hit <= bareEnd && ++bareHits > MAX_HITS_PER_BARE_VALUE) {
            NAME_HIT.lastIndex = bareEnd;
            continue;
        }
        let end = hit;
        while (end < content.length && end - hit < MAX_NAME && isNameChar(content.charCodeAt(end))) {
            end++;
        }
        NAME_HIT.lastIndex = end;
        // Most keyword hits (`Object.keys(`, `token = req.token`) assign no literal: test that first.
        valueFollows.lastIndex = end;
        if (!valueFollows.test(content))
            continue;
        const assigned = assignedValue(content, end, unquoted);
        if (assigned === null)
            continue;
        if (assigned.bare && assigned.end > bareEnd) {
            bareEnd = assigned.end;
            bareHits = 0;
        }
        const value = assigned.raw.replace(AUTH_SCHEME, '');
        if (!isPlausibleSecret(value))
            continue;
        let start = hit;
        while (start > 0 && end - start < MAX_NAME && isNameChar(content.charCodeAt(start - 1))) {
            start--;
        }
        const name = content.slice(start, end);
        if (!isSecretName(name))
            continue;
        const valueStart = assigned.start + (assigned.raw.length - value.length);
        const aws = /aws|access/i.test(name) && AWS_SECRET_KEY.test(value);
        found ??= [];
        found.push({
            kind: aws ? 'AWS secret access key' : 'secret-like assignment',
            value,
            shown: '',
            start: valueStart,
            end: valueStart + value.length,
            ...(SHOWABLE_NAME.test(name) ? { name } : {})
        });
        NAME_HIT.lastIndex = assigned.end;
    }
    return found ?? NONE;
}
/** A closing quote, an optional `+` (or Python's adjacency), an opening quote: bounded gaps. */
const JOIN = /(["'`])[ \t]{0,8}\+?[ \t]{0,8}\1/g;
/** A base64 run long enough to hold a token (bounded, so a long run is read in slices). */
const BASE64_RUN = /[A-Za-z0-9+/]{24,4096}={0,2}/g;
/** The token prefixes whose base64 forms are looked for. */
const ENCODED_PREFIXES = [
    'ghp_',
    'gho_',
    'ghs_',
    'github_pat_',
    'sk-ant-',
    'sk-proj-',
    'AKIA',
    'xoxb-',
    'xoxp-',
    'sk_live_',
    'AIza',
    'npm_'
];
/**
 * The base64 text of each prefix at each of the three byte alignments, keeping only the
 * characters the prefix alone decides: one of them is in any base64 encoding of a token.
 */
const ENCODED_TRIGGERS = ENCODED_PREFIXES.flatMap((prefix) => [0, 1, 2].map((pad) => {
    const encoded = Buffer.from('\0'.repeat(pad) + prefix).toString('base64');
    // Character i carries bits 6i..6i+5: keep those inside the prefix's bytes.
    const from = Math.ceil((8 * pad) / 6);
    const to = Math.floor((8 * (pad + prefix.length) - 6) / 6) + 1;
    return encoded.slice(from, to);
})).filter((trigger) => trigger.length >= 3);
const ENCODED_TRIGGER = new RegExp(ENCODED_TRIGGERS.map((t) => t.replace(/[+/]/g, '\\$&')).join('|'));
/** Whether a line may hold a base64-wrapped token: the prefilter for `findEncodedTokens`. */
function mayHoldEncodedToken(content) {
    return content.length >= 24 && ENCODED_TRIGGER.test(content);
}
/** The line with adjacent string literals joined, when that brings a token prefix together. */
function joinedLiterals(content) {
    JOIN.lastIndex = 0;
    if (!JOIN.test(content))
        return null;
    const joined = content.replace(JOIN, '');
    return joined !== content && TOKEN_TRIGGER.test(joined) ? joined : null;
}
/** Tokens split across concatenated literals: `"ghp_" + "abc..."`, `'sk-ant-' 'api03...'`. */
function findJoinedTokens(content) {
    const joined = joinedLiterals(content);
    if (joined === null)
        return [];
    return findTokens(joined).map((c) => ({
        ...c,
        kind: `${c.kind} (split across literals)`,
        start: 0,
        end: content.length
    }));
}
/** Known tokens wrapped in base64: each run is decoded once and read for token formats. */
function findEncodedTokens(content) {
    const found = [];
    BASE64_RUN.lastIndex = 0;
    for (let m = BASE64_RUN.exec(content); m !== null; m = BASE64_RUN.exec(content)) {
        const run = m[0];
        if (!ENCODED_TRIGGER.test(run))
            continue;
        const decoded = Buffer.from(run, 'base64').toString('latin1');
        for (const token of TOKEN_TRIGGER.test(decoded) ? findTokens(decoded) : []) {
            found.push({
                kind: `${token.kind} (base64)`,
                value: run,
                shown: '',
                start: m.index,
                end: m.index + run.length
            });
        }
    }
    return found;
}
/**
 * Token formats and secret-like assignments on one line; an assignment overlapping a token is
 * the token. `unquoted` reads bare values too (env, YAML, properties files), not only literals.
 * Tokens split across string literals or wrapped in base64 are read too.
 */
function findSecretsInLine(content, unquoted) {
    const direct = TOKEN_TRIGGER.test(content) ? findTokens(content) : NONE;
    const joined = direct.length === 0 ? findJoinedTokens(content) : [];
    const encoded = mayHoldEncodedToken(content) ? findEncodedTokens(content) : [];
    const tokens = joined.length + encoded.length === 0 ? direct : [...direct, ...joined, ...encoded];
    const assigned = findAssignedSecrets(content, unquoted);
    if (assigned.length === 0)
        return tokens;
    if (tokens.length === 0)
        return assigned;
    const kept = assigned.filter((c) => !tokens.some((t) => c.start < t.end && t.start < c.end));
    return [...tokens, ...kept].sort((a, b) => a.start - b.start);
}

/** Written on a line, it turns a secret finding on that line into a visible, non-blocking note. */
const ALLOW_SECRET_MARKER = 'agent-pr-gate: allow-secret';
/** Files whose bare (unquoted) values are literals: env, YAML, INI, shell, Dockerfiles. */
const BARE_VALUE_FILE = /(?:^|\/)(?:\.env[^/]*|[^/]*\.(?:ya?ml|env|properties|ini|cfg|conf|toml|tfvars|sh|bash|zsh)|\.npmrc|\.pypirc|credentials|Dockerfile[^/]*|[^/]*\.dockerfile)$/i;
/** How far below a PEM header the END line is looked for. */
const PEM_MAX_LINES = 200;
const WHY$7 = 'A credential pushed to a branch is readable by everyone with repository access and stays in git history.';
/** Allowlists compiled once per run; each file is then scanned on its added lines only. */
function compileSecretScanner(config) {
    const allowPaths = compileGlobs(config.secrets.allow_paths);
    const allowPatterns = compileAllowPatterns(config.secrets.allow_patterns);
    const fix = 'Remove the value and rotate the credential; if it is not one, add a `secrets.allow_patterns` ' +
        `entry to the base config or approve. ${approvalFix(config, 'secrets')}`;
    const allowed = (value) => allowPatterns.some((pattern) => pattern.test(value));
    return {
        scan(file) {
            if (file.binary || file.hunks.length === 0 || allowPaths.match(file.path) !== null) {
                return NO_FINDINGS;
            }
            let bareValues = null;
            let findings = null;
            let pemCoveredThrough = 0;
            for (let h = 0; h < file.hunks.length; h++) {
                // The packed table, not `hunk.lines`: no object or string per line until one may matter.
                const hunk = packedOf(file.hunks[h]);
                for (let i = 0; i < hunk.count; i++) {
                    if (kindAt(hunk, i) !== KIND_ADD)
                        continue;
                    const newLine = newNumberAt(hunk, i);
                    if (newLine < 0 || newLine <= pemCoveredThrough)
                        continue;
                    const content = contentAt(hunk, i);
                    if (!mayHoldSecret(content))
                        continue;
                    const pem = privateKeyAt(file, h, i, content);
                    if (pem !== null)
                        pemCoveredThrough = pem.endLine ?? newLine;
                    bareValues ??= BARE_VALUE_FILE.test(file.path);
                    const candidates = pem === null ? findSecretsInLine(content, bareValues) : [pem.candidate];
                    if (candidates.length === 0)
                        continue;
                    const marked = content.includes(ALLOW_SECRET_MARKER);
                    for (const candidate of candidates) {
                        if (marked) {
                            findings ??= [];
                            findings.push(markerNote(file.path, candidate, newLine));
                        }
                        else if (!allowed(candidate.value)) {
                            findings ??= [];
                            findings.push(secretFinding(file.path, candidate, newLine, pem?.endLine ?? null, fix));
                        }
                    }
                }
            }
            return findings ?? NO_FINDINGS;
        }
    };
}
function compileAllowPatterns(sources) {
    const patterns = [];
    for (const source of sources) {
        try {
            patterns.push(new RegExp(source));
        }
        catch {
            // The config loader rejects invalid patterns; one that slips through allows nothing.
        }
    }
    return patterns;
}
/**
 * A private-key PEM block whose BEGIN line is added at `hunks[h].lines[i]`, with `content`. Its
 * END may sit further down, in a later hunk, or outside the diff; the header alone is not enough
 * when the next line is plainly code (a parser that mentions the header).
 */
function privateKeyAt(file, h, i, content) {
    const header = pemHeader(content);
    if (header === null)
        return null;
    // Rare from here on: the hunk's line objects are made only for a private-key header.
    const hunk = file.hunks[h];
    const sameLineBody = content.slice(header.end);
    const next = hunk.lines.slice(i + 1).find((line) => line.kind !== 'del');
    const hasBody = /[A-Za-z0-9+/=]{16,}/.test(sameLineBody) ||
        next === undefined ||
        looksLikeKeyMaterial(next.content);
    if (!hasBody)
        return null;
    const endLine = PEM_END.test(sameLineBody) ? hunk.lines[i].newLine : findPemEnd(file.hunks, h, i);
    const value = content.slice(header.start);
    return {
        candidate: {
            kind: `private key (${header.label})`,
            value,
            shown: '',
            start: header.start,
            end: content.length
        },
        endLine
    };
}
function findPemEnd(hunks, h, i) {
    let seen = 0;
    for (let hi = h; hi < hunks.length; hi++) {
        const lines = hunks[hi].lines;
        for (let li = hi === h ? i + 1 : 0; li < lines.length && seen < PEM_MAX_LINES; li++, seen++) {
            const line = lines[li];
            if (line.kind === 'add' && PEM_END.test(line.content))
                return line.newLine;
        }
    }
    return null;
}
function secretFinding(path, candidate, line, endLine, fix) {
    const redacted = redact(candidate);
    const named = candidate.name === undefined ? '' : ` assigned to \`${candidate.name}\``;
    return {
        rule: SECRET_IN_DIFF.id,
        severity: 'block',
        message: `Possible ${candidate.kind}${named} added: ${redacted}`,
        path,
        line,
        ...(endLine !== null && endLine !== line ? { endLine } : {}),
        category: 'secrets',
        evidence: {
            kind: candidate.kind,
            redacted,
            ...(candidate.name === undefined ? {} : { name: candidate.name })
        },
        why: WHY$7,
        fix
    };
}
function markerNote(path, candidate, line) {
    const redacted = redact(candidate);
    return {
        rule: SECRET_IN_DIFF.id,
        severity: 'info',
        message: `\`${ALLOW_SECRET_MARKER}\` lets a possible ${candidate.kind} through: ${redacted}`,
        path,
        line,
        category: 'secrets',
        evidence: { kind: candidate.kind, redacted, allowedBy: 'inline-marker' },
        why: 'An inline marker silences the secret check; a reviewer should confirm the value is not a credential.',
        fix: 'Nothing blocks. Remove the line and rotate the credential if it is a real one.'
    };
}

/** Sensitive paths, secrets, CI privilege, agent and gate config, dependencies. */
const riskDetectors = {
    name: 'risk',
    detect({ changeSet, config }) {
        const detect = compileRiskDetectors(config);
        const findings = [];
        for (const file of changeSet.files)
            detect(file, findings);
        return { findings };
    }
};
/**
 * Globs and allowlists compiled once per run, then every file goes through every rule; findings
 * are appended in rule order to one list rather than spread into a new array per file.
 */
function compileRiskDetectors(config) {
    const categories = compileSensitiveCategories(config);
    // A symlink's target is judged as a path of its own: no test-folder exemption applies to it.
    // Compiled at the first symlink: most changes have none.
    let targets;
    const targetsOf = () => (targets ??= compileSensitiveCategories({
        ...config,
        tests: { ...config.tests, exempt_categories: [] }
    }));
    const agentConfig = compileGlobs(config.sensitive.agent_config ?? []);
    const dependencies = compileGlobs(config.sensitive.dependencies ?? []);
    const gate = compileGateMatcher(config);
    const secrets = compileSecretScanner(config);
    return (file, findings) => {
        append(findings, detectGateConfig(file, gate, config));
        append(findings, detectGitattributes(file, config));
        append(findings, detectSensitivePaths(file, categories, config));
        append(findings, detectWorkflowPrivilege(file, config));
        append(findings, detectProductionDeploy(file, config));
        append(findings, detectAgentConfig(file, agentConfig, config));
        append(findings, detectDependencies(file, dependencies, config));
        if (file.newMode === SYMLINK_MODE)
            append(findings, detectSymlink(file, targetsOf(), config));
        append(findings, detectSubmodule(file, config));
        append(findings, secrets.scan(file));
    };
}
function append(to, found) {
    for (let i = 0; i < found.length; i++)
        to.push(found[i]);
}

/**
 * Globs as a manifest author means them: `./src/**` is `src/**`, and a directory (`src/pagination`
 * or `src/pagination/`) also covers everything under it.
 */
function compileScope(globs) {
    const options = { dot: true, nonegate: true, nocomment: true };
    return globs.flatMap((glob) => {
        const pattern = directoryGlob(glob.replace(/^(?:\.\/)+/, ''));
        return pattern.endsWith('**')
            ? [new Minimatch(pattern, options)]
            : [new Minimatch(pattern, options), new Minimatch(`${pattern}/**`, options)];
    });
}
/** `src/` and `src//` become `src/**`. */
function directoryGlob(glob) {
    let end = glob.length;
    while (end > 0 && glob.charCodeAt(end - 1) === 47)
        end--;
    return end === glob.length ? glob : `${glob.slice(0, end)}/**`;
}
function inScope(file, scope) {
    const paths = file.status === 'renamed' && file.oldPath !== null ? [file.path, file.oldPath] : [file.path];
    return paths.some((path) => scope.some((matcher) => matcher.match(path)));
}
/** Files the change touches outside the task scope the run manifest declares. */
const scopeDetectors = {
    name: 'scope',
    detect({ changeSet }) {
        const { manifest } = changeSet;
        const globs = manifest.status === 'present' ? manifest.manifest.task.scope?.paths : undefined;
        if (globs === undefined || globs.length === 0)
            return { findings: [] };
        const scope = compileScope(globs);
        const scopeSummary = globs.length <= 3
            ? globs.join(', ')
            : `${globs.slice(0, 3).join(', ')} and ${globs.length - 3} more`;
        const findings = [];
        for (const file of changeSet.files) {
            if (inScope(file, scope))
                continue;
            findings.push({
                rule: OUT_OF_SCOPE.id,
                severity: 'block',
                message: `${file.path} is outside the task scope (${scopeSummary}).`,
                path: file.path,
                lines: file.additions + file.deletions,
                evidence: { scope: [...globs] },
                why: 'The human scoped the task to these paths; changes elsewhere were not asked for.',
                fix: 'Ask the human to widen task.scope.paths or move this change to its own PR.'
            });
        }
        return { findings };
    }
};

const SLASH_COMMENT = /^\s*(?:\/\/+|\/\*+|\*(?!\/))\s?/;
const HASH_COMMENT = /^\s*#+\s?/;
const XML_COMMENT = /^\s*<!--\s?/;
/** Configs and scripts whose comments start with `#`. */
const HASH_FILE = /\.(?:ya?ml|sh|bash|toml|ini|cfg|mk|py)$|(?:^|\/)(?:[Mm]akefile|GNUmakefile|[Jj]ustfile)$/;
const NO_QUOTES = '';
const HASH = { comment: HASH_COMMENT, commentStarts: '#', quotes: NO_QUOTES };
const SLASH = { comment: SLASH_COMMENT, commentStarts: '/*', quotes: NO_QUOTES };
const XML = { comment: XML_COMMENT, commentStarts: '<', quotes: NO_QUOTES };
const JSON_TEXT = { comment: null, commentStarts: '', quotes: NO_QUOTES };
const TEST_SYNTAX = {
    js: { ...SLASH, quotes: `'"\`` },
    python: { ...HASH, quotes: `'"` },
    go: { ...SLASH, quotes: '"`' },
    java: { ...SLASH, quotes: '"' },
    rust: { ...SLASH, quotes: '"' }
};
function syntaxOf(path, language) {
    if (language)
        return TEST_SYNTAX[language];
    if (HASH_FILE.test(path))
        return HASH;
    if (path.endsWith('.xml'))
        return XML;
    if (path.endsWith('.json'))
        return JSON_TEXT;
    return SLASH;
}
function isComment(text, syntax) {
    if (syntax.comment === null)
        return false;
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i < text.length && syntax.commentStarts.includes(text[i]) && syntax.comment.test(text);
}
/** The code a comment line holds once its comment marker is taken off. */
function uncomment(text, syntax) {
    return syntax.comment === null ? text : text.replace(syntax.comment, '');
}
/**
 * A line's string literals read left to right once: asked about rising indexes, each character
 * is read at most once, so every scan below stays linear in the line's length.
 */
class StringState {
    #text;
    #quotes;
    #at = 0;
    #open = '';
    constructor(text, quotes) {
        this.#text = text;
        this.#quotes = quotes;
    }
    /** True when `index` falls inside a literal opened before it; indexes must not go down. */
    inside(index) {
        if (this.#quotes === '')
            return false;
        const text = this.#text;
        let i = this.#at;
        let open = this.#open;
        for (; i < index; i++) {
            const c = text[i];
            if (open !== '') {
                if (c === '\\')
                    i++;
                else if (c === open)
                    open = '';
            }
            else if (this.#quotes.includes(c)) {
                open = c;
            }
        }
        this.#at = i;
        this.#open = open;
        return open !== '';
    }
}
/** The first match of `pattern` in `text` that is code, not part of a string literal. */
function codeMatch(text, pattern, quotes) {
    const first = pattern.exec(text);
    if (first === null)
        return null;
    const strings = new StringState(text, quotes);
    if (!strings.inside(first.index))
        return first;
    // Rare: the first hit was quoted, so look further along the line (matches come in rising order).
    const global = new RegExp(pattern.source, pattern.flags + 'g');
    global.lastIndex = first.index + 1;
    for (let m = global.exec(text); m !== null; m = global.exec(text)) {
        if (!strings.inside(m.index))
            return m;
        if (m[0] === '')
            global.lastIndex++;
    }
    return null;
}
/** How many times `pattern` (global) matches as code in `text`. */
function countCode(text, pattern, quotes) {
    pattern.lastIndex = 0;
    const strings = new StringState(text, quotes);
    let count = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        if (!strings.inside(m.index))
            count++;
        if (m[0] === '')
            pattern.lastIndex++;
    }
    return count;
}
/** Whitespace-insensitive text of a line, for comparing a line before and after an edit. */
function normalized(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** A line as quoted in a message: trimmed and cut to a readable length. */
function excerpt(text) {
    const trimmed = text.trim();
    return trimmed.length > 120 ? `${trimmed.slice(0, 117)}...` : trimmed;
}

const JS_TEST_FN = String.raw `(?:it|test|describe|context|suite|specify)`;
/*
 * Every repetition below is bounded (`{0,6}`, `{0,200}`): on a long hostile line an unbounded
 * chain that fails at its end would be re-read from each of its links, a quadratic scan.
 */
const JS_MATCHER = /\.((?:not\.)?to[A-Z]\w*)\s*\(|\.(?:to\.|be\.|deep\.|have\.){0,6}(equal|eql|include|contain|members|match)\s*\(|\.(?:to\.|be\.){1,6}(ok|exist)\b(?!\s*\()|\.should\(\s*['"]([\w.]+)['"]/g;
const PY_MATCHER = /\b(assert[A-Z]\w*|assert_|pytest\.raises)\s*\(/g;
const GO_MATCHER = /\b(?:assert|require)\.([A-Z]\w*)\s*\(/g;
const JAVA_MATCHER = /\b(assert[A-Z]\w*)\s*\(|\.((?:is|has)[A-Z]\w*|contains\w*|startsWith|endsWith)\s*\(|\b(equalTo|notNullValue|anything|containsString|hasItems?)\s*\(/g;
const RUST_MATCHER = /\b((?:debug_)?assert(?:_eq|_ne)?)!\s*\(/g;
function names(code, pattern) {
    const out = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(code); m !== null; m = pattern.exec(code)) {
        const name = m.slice(1).find((group) => group !== undefined);
        if (name)
            out.push(name);
    }
    return out;
}
const ANY_VALUE = /^\s*expect\.any(?:thing)?\(/;
function jsMatchers(code) {
    const out = [];
    JS_MATCHER.lastIndex = 0;
    for (let m = JS_MATCHER.exec(code); m !== null; m = JS_MATCHER.exec(code)) {
        const [, jest, chai, chaiProperty, should] = m;
        const name = should !== undefined ? `should:${should}` : (jest ?? chai ?? chaiProperty);
        // `toEqual(expect.anything())` accepts any value but null and undefined.
        const any = jest !== undefined &&
            ANY_VALUE.test(code.slice(JS_MATCHER.lastIndex, JS_MATCHER.lastIndex + 40));
        out.push(any ? `${name}(anything)` : name);
    }
    return out;
}
/** pytest and Rust write most assertions as a bare `assert`: its operator says how strict it is. */
function bareAssertKind(expression) {
    if (/^\s*not\b/.test(expression) || /!=/.test(expression))
        return 'assert (negated)';
    if (/==/.test(expression) || /\bis\s+(?!not\b)/.test(expression))
        return 'assert ==';
    if (/\bin\b|[<>]/.test(expression))
        return 'assert (partial)';
    return 'assert (truthy)';
}
const LANGUAGE_MARKERS = {
    js: {
        skips: [
            {
                kind: 'skip',
                pattern: new RegExp(String.raw `\b${JS_TEST_FN}(?:\.(?:describe|concurrent|serial|parallel|each)){0,4}\.(?:skip|skipIf|runIf)\b`)
            },
            { kind: 'skip', pattern: /(?<![.\w])x(?:it|describe|test|context|specify)\s*\(/ },
            { kind: 'skip', pattern: /\bthis\.skip\s*\(|(?<![.\w])pending\s*\(\s*\)/ },
            { kind: 'skip', pattern: new RegExp(String.raw `\b${JS_TEST_FN}(?:\.describe)?\.fixme\b`) },
            { kind: 'todo', pattern: new RegExp(String.raw `\b${JS_TEST_FN}(?:\.describe)?\.todo\b`) },
            {
                kind: 'xfail',
                pattern: new RegExp(String.raw `\b${JS_TEST_FN}(?:\.describe)?\.(?:failing|fails|fail)\b`)
            },
            {
                kind: 'only',
                pattern: new RegExp(String.raw `\b${JS_TEST_FN}(?:\.describe|\.concurrent)?\.only\b`)
            },
            { kind: 'only', pattern: /(?<![.\w])f(?:it|describe)\s*\(/ }
        ],
        skipHint: /skip|only|todo|fixme|fail|pending|runIf|\bx(?:it|describe|test|context|specify)\b|\bf(?:it|describe)\b/,
        declarations: {
            line: /\b(?:it|test|specify)(?:\.(?:only|skip|concurrent|failing|fails|todo|fixme|sequential)|\.(?:skipIf|runIf)\((?:[^()\n]|\([^()\n]{0,200}\)){0,200}\)){0,4}\s*\(\s*(?<q>['"`])(?<name>.*?)\k<q>/
        },
        declarationHint: /\b(?:it|test|specify)[.\s(]/,
        assertion: /\bexpect(?:\.soft)?\s*\(|\bassert(?:\.\w+){0,4}\s*\(|\.should(?:\.\w+){0,6}\s*\(|\bt\.(?:is|not|deepEqual|notDeepEqual|true|false|truthy|falsy|throws|throwsAsync|notThrows|regex|assert|equal|notEqual|same|match|ok|notOk|strictEqual|deepStrictEqual)\s*\(/g,
        assertionHint: /expect|assert|should|\bt\.|\.(?:not\.)?to[A-Z]|\.(?:to|be)\.|\.(?:equal|eql|include|contain|members|match)\s*\(/,
        matchers: jsMatchers,
        vacuous: /\bexpect\(\s*(?:true|false|null|undefined|-?\d[\d.]*|'[^'\n]{0,200}'|"[^"\n]{0,200}")\s*\)|\bassert(?:\.ok)?\(\s*true\s*\)|\bt\.(?:pass\(|true\(\s*true\s*\))/
    },
    python: {
        skips: [
            {
                kind: 'skip',
                pattern: /\bpytest\.mark\.skip(?:if)?\b|\bpytest\.skip\s*\(|\bpytest\.importorskip\s*\(/
            },
            {
                kind: 'skip',
                pattern: /@(?:unittest\.)?skip(?:If|Unless)?\b|\bself\.skipTest\s*\(|\braise\s+(?:unittest\.)?SkipTest\b/
            },
            {
                kind: 'xfail',
                pattern: /\bpytest\.mark\.xfail\b|\bpytest\.xfail\s*\(|@(?:unittest\.)?expectedFailure\b/
            }
        ],
        skipHint: /skip|Skip|xfail|expectedFailure/,
        declarations: { line: /^\s*(?:async\s+)?def\s+(?<name>test\w*)\s*\(/ },
        declarationHint: /def\s+test/,
        assertion: /^\s*assert\b|\.assert\w*\s*\(|\bassert[A-Z]\w*\s*\(|\bpytest\.raises\s*\(|\bself\.fail\s*\(/g,
        assertionHint: /assert|raises|fail/,
        matchers(code) {
            const out = names(code, PY_MATCHER).map((n) => n === 'pytest.raises' && /\bmatch\s*=/.test(code) ? 'pytest.raises(match)' : n);
            const bare = /^\s*assert\s+(\S.*)?$/s.exec(code);
            if (bare)
                out.unshift(bareAssertKind(bare[1] ?? ''));
            return out;
        },
        vacuous: /^\s*assert\s+(?:True|1|not\s+False|not\s+None)\s*(?:$|#|,)|\bassert(?:True|IsNotNone)\(\s*(?:True|1)\s*\)|\bor\s+True\s*$/
    },
    go: {
        skips: [{ kind: 'skip', pattern: /\.Skip(?:f|Now)?\s*\(/ }],
        skipHint: /Skip/,
        declarations: {
            line: /^func\s+(?:\([^)]*\)\s*)?(?<name>(?:Test|Fuzz|Example)\w*)\s*\(/
        },
        declarationHint: /^func\s/,
        assertion: /\bt\.(?:Error|Errorf|Fatal|Fatalf|Fail|FailNow)\s*\(|\b(?:assert|require)\.[A-Z]\w*\s*\(/g,
        assertionHint: /\bt\.|assert\.|require\./,
        matchers: (code) => names(code, GO_MATCHER),
        vacuous: /\b(?:assert|require)\.True\(\s*t\s*,\s*true\s*[,)]/
    },
    java: {
        skips: [
            { kind: 'skip', pattern: /@(?:Disabled\w*|Ignore|Enabled(?:If|On)\w*)\b/ },
            { kind: 'skip', pattern: /@Test\s*\(\s*enabled\s*=\s*false/ },
            { kind: 'skip', pattern: /\b(?:Assumptions\.)?assume(?:True|False|That)\s*\(/ }
        ],
        skipHint: /@Disabled|@Ignore|@Enabled|enabled|assume/,
        declarations: {
            marker: /@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b/,
            signature: /\b(?:void|fun)\s+(?<name>`[^`]+`|\w+)\s*\(/,
            line: /\bvoid\s+(?<name>test\w*)\s*\(/
        },
        declarationHint: /@(?:Test|ParameterizedTest|RepeatedTest)|\bvoid\s+test/,
        assertion: /\bassert\w*\s*\(|\bverify\s*\(|\bfail\s*\(|^\s*assert\s/g,
        assertionHint: /assert|verify|fail|\.(?:is|has)[A-Z]|contains|\.startsWith|\.endsWith|equalTo|notNullValue|anything|hasItem/,
        matchers: (code) => names(code, JAVA_MATCHER),
        vacuous: /\bassertTrue\(\s*true\s*\)|\bassertThat\(\s*true\s*\)\.isTrue\(\)/
    },
    rust: {
        skips: [{ kind: 'skip', pattern: /#\[ignore\b|#\[cfg_attr\([^\]]{0,200}\bignore\b/ }],
        skipHint: /ignore/,
        declarations: {
            marker: /#\[(?:\w+::)*(?:test|rstest|test_case|quickcheck)\b/,
            signature: /\bfn\s+(?<name>\w+)\s*[<(]/
        },
        declarationHint: /#\[(?:\w+::)*(?:test|rstest|quickcheck)/,
        assertion: /\b(?:debug_)?assert(?:_eq|_ne)?!\s*\(/g,
        assertionHint: /assert/,
        matchers(code) {
            return names(code, RUST_MATCHER).map((n) => {
                if (n !== 'assert' && n !== 'debug_assert')
                    return n.replace('debug_', '');
                return /\bmatches!/.test(code)
                    ? 'assert (partial)'
                    : bareAssertKind(code.replace(/^.*?assert!\s*\(/, ''));
            });
        },
        vacuous: /\bassert!\(\s*true\s*[,)]/
    }
};
/** How strict a matcher is; names missing here are not compared. */
const MATCHER_RANKS = {
    js: {
        toStrictEqual: 3,
        ...ranks(0, [
            'toEqual(anything)',
            'toStrictEqual(anything)',
            'toBe(anything)',
            'toHaveBeenCalledWith(anything)',
            'toMatchObject(anything)'
        ]),
        ...ranks(2, [
            'toEqual',
            'toBe',
            'toBeNull',
            'toBeUndefined',
            'toBeNaN',
            'toHaveBeenCalledWith',
            'toHaveBeenCalledTimes',
            'toHaveBeenNthCalledWith',
            'toHaveBeenLastCalledWith',
            'toBeCalledWith',
            'toBeCalledTimes',
            'toHaveReturnedWith',
            'toHaveReturnedTimes',
            'toHaveLength',
            'toMatchSnapshot',
            'toMatchInlineSnapshot',
            'toThrowErrorMatchingSnapshot',
            'toThrowErrorMatchingInlineSnapshot',
            'toHaveText',
            'toHaveValue',
            'toHaveURL',
            'toHaveTitle',
            'toHaveCount',
            'toHaveAttribute',
            'toHaveScreenshot',
            'not.toHaveBeenCalled',
            'equal',
            'eql',
            'should:eq',
            'should:equal',
            'should:deep.equal',
            'should:have.text',
            'should:have.value',
            'should:have.length'
        ]),
        ...ranks(1, [
            'toMatchObject',
            'toContain',
            'toContainEqual',
            'toMatch',
            'toHaveProperty',
            'toBeCloseTo',
            'toBeGreaterThan',
            'toBeGreaterThanOrEqual',
            'toBeLessThan',
            'toBeLessThanOrEqual',
            'toBeInstanceOf',
            'toThrow',
            'toThrowError',
            'toContainText',
            'toHaveClass',
            'toSatisfy',
            'include',
            'contain',
            'match',
            'members',
            'should:contain',
            'should:include',
            'should:match',
            'should:have.class',
            'should:have.attr'
        ]),
        ...ranks(0, [
            'toBeDefined',
            'toBeTruthy',
            'toBeFalsy',
            'not.toBeNull',
            'not.toBeUndefined',
            'not.toBe',
            'not.toEqual',
            'not.toStrictEqual',
            'toHaveBeenCalled',
            'toBeCalled',
            'toHaveReturned',
            'toBeVisible',
            'toBeAttached',
            'ok',
            'exist',
            'should:exist',
            'should:be.visible',
            'should:be.ok',
            'should:not.be.empty'
        ])
    },
    python: {
        ...ranks(2, [
            'assertEqual',
            'assertEquals',
            'assertListEqual',
            'assertDictEqual',
            'assertTupleEqual',
            'assertSetEqual',
            'assertSequenceEqual',
            'assertMultiLineEqual',
            'assertCountEqual',
            'assertIs',
            'assertIsNone',
            'assertRaisesRegex',
            'assertWarnsRegex',
            'pytest.raises(match)',
            'assert =='
        ]),
        ...ranks(1, [
            'assertIn',
            'assertNotIn',
            'assertRegex',
            'assertAlmostEqual',
            'assertGreater',
            'assertGreaterEqual',
            'assertLess',
            'assertLessEqual',
            'assertIsInstance',
            'assertRaises',
            'assertWarns',
            'pytest.raises',
            'assert (partial)'
        ]),
        ...ranks(0, [
            'assertTrue',
            'assertFalse',
            'assertIsNotNone',
            'assertNotEqual',
            'assertIsNot',
            'assert_',
            'assert (truthy)',
            'assert (negated)'
        ])
    },
    go: {
        Exactly: 3,
        ...ranks(2, [
            'Equal',
            'EqualValues',
            'EqualError',
            'EqualExportedValues',
            'Len',
            'ErrorIs',
            'ErrorAs',
            'JSONEq',
            'YAMLEq',
            'Same',
            'Nil',
            'NoError',
            'Empty',
            'Zero',
            'PanicsWithValue',
            'PanicsWithError'
        ]),
        ...ranks(1, [
            'Contains',
            'ElementsMatch',
            'Subset',
            'InDelta',
            'InEpsilon',
            'Greater',
            'GreaterOrEqual',
            'Less',
            'LessOrEqual',
            'ErrorContains',
            'Regexp',
            'IsType',
            'Implements',
            'Panics'
        ]),
        ...ranks(0, ['NotNil', 'NotEmpty', 'NotZero', 'True', 'False', 'Error', 'NotEqual'])
    },
    java: {
        ...ranks(2, [
            'assertEquals',
            'assertArrayEquals',
            'assertIterableEquals',
            'assertLinesMatch',
            'assertSame',
            'assertNull',
            'assertThrowsExactly',
            'isEqualTo',
            'containsExactly',
            'containsExactlyInAnyOrder',
            'isSameAs',
            'hasSize',
            'isNull',
            'hasMessage',
            'equalTo'
        ]),
        ...ranks(1, [
            'assertThrows',
            'assertInstanceOf',
            'contains',
            'containsAll',
            'startsWith',
            'endsWith',
            'isInstanceOf',
            'isGreaterThan',
            'isLessThan',
            'hasMessageContaining',
            'isCloseTo',
            'containsString',
            'hasItem',
            'hasItems'
        ]),
        ...ranks(0, [
            'assertTrue',
            'assertFalse',
            'assertNotNull',
            'assertNotEquals',
            'assertDoesNotThrow',
            'isNotNull',
            'isNotEmpty',
            'isTrue',
            'isFalse',
            'isNotEqualTo',
            'notNullValue',
            'anything'
        ])
    },
    rust: {
        assert_eq: 2,
        'assert ==': 2,
        'assert (partial)': 1,
        assert_ne: 0,
        'assert (negated)': 0,
        'assert (truthy)': 0
    }
};
function ranks(rank, list) {
    return Object.fromEntries(list.map((name) => [name, rank]));
}

/**
 * Whether a change block only re-lays code out: the removed and the added lines read as the same
 * token stream once whitespace, line breaks, quote style, statement semicolons, trailing commas
 * and redundant grouping parentheses are set aside (Black's `assert (\n    a == b\n)` is still
 * `assert a == b`). Every step is one pass over the block's text.
 */
/** Identifiers, numbers, string literals (closed on the same line), then any other character. */
const TOKEN = /[A-Za-z_$][\w$]*|\d[\w.]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n]|\\.)*`|\S/g;
/** Words after which `(` groups an expression rather than calling something. */
const STATEMENT_WORDS = new Set([
    'assert',
    'return',
    'yield',
    'await',
    'if',
    'elif',
    'while',
    'throw'
]);
/** Tokens before a `(` that make it a grouping whose removal keeps the meaning (with AFTER_GROUP). */
const BEFORE_GROUP = new Set(['=', ',', '(', '[', '{', ':']);
const AFTER_GROUP = new Set([',', ')', ']', '}', ':']);
const CLOSERS = new Set([')', ']', '}']);
/** A formatter's rewrap is small: a longer block is not compared token by token (bounded work). */
const MAX_BLOCK_CHARS = 64_000;
/** True when the block's removed and added lines are the same code laid out differently. */
function layoutOnly(lines, block) {
    if (block.removedCount === 0 || block.addedCount === 0)
        return false;
    const hunk = lines.hunks[block.hunk];
    const removed = [];
    const added = [];
    let chars = 0;
    for (let k = block.from; k < block.to; k++) {
        const kind = kindAt(hunk, k);
        const content = contentAt(hunk, k);
        chars += content.length;
        if (chars > MAX_BLOCK_CHARS)
            return false;
        if (kind === KIND_DEL)
            removed.push(content);
        else if (kind === KIND_ADD)
            added.push(content);
    }
    const before = meaningTokens(removed.join('\n'));
    const after = meaningTokens(added.join('\n'));
    return before.length === after.length && before.every((token, i) => token === after[i]);
}
/** The tokens of `text` with layout-only tokens and redundant parentheses left out. */
function meaningTokens(text) {
    const raw = [];
    for (const [token] of text.matchAll(TOKEN)) {
        // A line-continuation backslash and a statement-ending semicolon carry no meaning here.
        if (token === '\\' || token === ';')
            continue;
        raw.push(token.length > 1 && /^["'`]/.test(token) ? `str:${token.slice(1, -1)}` : token);
    }
    return withoutRedundantGroups(withoutTrailingCommas(raw));
}
/**
 * Drops a comma right before a closer, except in `(x,)`: a grouping with one element and a
 * trailing comma is a Python tuple, not the element.
 */
function withoutTrailingCommas(tokens) {
    const { pairs, commas } = brackets(tokens);
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const next = tokens[i + 1];
        if (tokens[i] === ',' && next !== undefined && CLOSERS.has(next)) {
            const open = pairs.get(i + 1);
            const oneTuple = next === ')' &&
                open !== undefined &&
                isGrouping(tokens, open) &&
                (commas.get(open) ?? 0) === 1;
            if (!oneTuple)
                continue;
        }
        out.push(tokens[i]);
    }
    return out;
}
/**
 * Leaves out grouping parentheses that change nothing: around one token, directly around another
 * group, or around a whole operand after a statement word, `=`, `,` or an opener and before a
 * closer, `,` or the end; never around a tuple (a top-level comma inside).
 */
function withoutRedundantGroups(tokens) {
    const { pairs, commas } = brackets(tokens);
    const drop = new Set();
    for (const [close, open] of pairs) {
        if (tokens[open] !== '(' || !isGrouping(tokens, open))
            continue;
        if (commas.has(open))
            continue;
        const before = tokens[open - 1];
        const after = tokens[close + 1];
        const single = close - open === 2;
        const wrapsGroup = tokens[open + 1] === '(' && pairs.get(close - 1) === open + 1;
        const wholeOperand = (before === undefined || STATEMENT_WORDS.has(before) || BEFORE_GROUP.has(before)) &&
            (after === undefined || AFTER_GROUP.has(after) || STATEMENT_WORDS.has(after));
        if (single || wrapsGroup || wholeOperand) {
            drop.add(open);
            drop.add(close);
        }
    }
    return tokens.filter((_, i) => !drop.has(i));
}
/** The bracket pairs and the commas each holds at its own level: one stack pass. */
function brackets(tokens) {
    const pairs = new Map();
    const commas = new Map();
    const stack = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t === '(' || t === '[' || t === '{')
            stack.push(i);
        else if (CLOSERS.has(t)) {
            const open = stack.pop();
            if (open !== undefined)
                pairs.set(i, open);
        }
        else if (t === ',' && stack.length > 0) {
            const open = stack[stack.length - 1];
            commas.set(open, (commas.get(open) ?? 0) + 1);
        }
    }
    return { pairs, commas };
}
/** `(` that groups: not a call (after a name that is not a statement word, or after a closer). */
function isGrouping(tokens, open) {
    const before = tokens[open - 1];
    if (before === undefined)
        return true;
    if (CLOSERS.has(before) || before.startsWith('str:'))
        return false;
    return !/^[A-Za-z_$][\w$]*$/.test(before) || STATEMENT_WORDS.has(before);
}

const WHY$6 = 'A weaker assertion passes on more outputs, including wrong ones.';
const FIX$5 = 'Keep the original assertion and fix the code, or have a maintainer approve the change.';
/** Inline Rust tests live in `mod tests`; git names the module in the hunk heading. */
const RUST_TEST_SECTION = /\btests?\b|#\[cfg\(test\)\]/;
function weakenedAssertions(scanned, unpairedLines) {
    const findings = [];
    for (const file of scanned) {
        const language = file.language;
        if (language === null || file.file.status === 'added' || file.file.status === 'deleted') {
            continue;
        }
        const { assertionHint } = LANGUAGE_MARKERS[language];
        // Blocks without an assertion-like line count nothing and swap nothing: they are left out.
        const changed = file.lines.hits(assertionHint);
        const blocks = file.roles.inlineTests
            ? changed.filter((b) => RUST_TEST_SECTION.test(b.block.section))
            : changed;
        if (blocks.length === 0)
            continue;
        for (const item of inFile(file, language, blocks, unpairedLines))
            findings.push(item);
    }
    return findings;
}
function inFile(file, language, blocks, unpairedLines) {
    const { assertion, vacuous } = LANGUAGE_MARKERS[language];
    const { syntax } = file;
    const path = file.file.path;
    const findings = [];
    let removedCount = 0;
    let addedCount = 0;
    let firstDrop = null;
    const removedLive = new Set();
    const commented = [];
    const constant = [];
    for (const block of blocks) {
        // The same tokens laid out anew (a formatter's rewrap) weaken nothing.
        if (layoutOnly(file.lines, block.block))
            continue;
        let blockRemoved = 0;
        for (const line of block.removed) {
            if (unpairedLines.has(file.lines, line))
                continue;
            if (isComment(line.content, syntax))
                continue;
            const n = countCode(line.content, assertion, syntax.quotes);
            if (n > 0)
                removedLive.add(normalized(line.content));
            blockRemoved += n;
        }
        let blockAdded = 0;
        for (const line of block.added) {
            if (unpairedLines.has(file.lines, line))
                continue;
            if (isComment(line.content, syntax)) {
                if (countCode(uncomment(line.content, syntax), assertion, '') > 0)
                    commented.push(line);
                continue;
            }
            blockAdded += countCode(line.content, assertion, syntax.quotes);
            if (codeMatch(line.content, vacuous, syntax.quotes) !== null)
                constant.push(line);
        }
        if (blockRemoved > blockAdded && firstDrop === null)
            firstDrop = block.block.anchor;
        removedCount += blockRemoved;
        addedCount += blockAdded;
        for (const item of swaps(block, language, file, unpairedLines))
            findings.push(item);
    }
    const commentedOut = commented.filter((line) => removedLive.has(normalized(uncomment(line.content, syntax))));
    for (const line of commentedOut) {
        findings.push({
            rule: ASSERTION_WEAKENED.id,
            severity: 'block',
            message: `An assertion is commented out: \`${excerpt(line.content)}\``,
            path,
            line: line.newLine ?? undefined,
            evidence: { kind: 'commented-out', text: excerpt(line.content) },
            why: WHY$6,
            fix: FIX$5
        });
    }
    for (const line of constant) {
        findings.push({
            rule: ASSERTION_WEAKENED.id,
            severity: 'block',
            message: `An assertion that cannot fail is added to an existing test: \`${excerpt(line.content)}\``,
            path,
            line: line.newLine ?? undefined,
            evidence: { kind: 'constant', text: excerpt(line.content) },
            why: 'It checks a constant, not the code: the test passes whatever the code does.',
            fix: FIX$5
        });
    }
    const fewer = removedCount - addedCount - commentedOut.length;
    if (fewer > 0) {
        findings.push({
            rule: ASSERTION_WEAKENED.id,
            severity: 'block',
            message: `${fewer} fewer assertion${fewer === 1 ? '' : 's'} in the tests this change edits (${removedCount} removed, ${addedCount} added).`,
            path,
            line: firstDrop ?? undefined,
            evidence: { kind: 'fewer', removed: removedCount, added: addedCount },
            why: WHY$6,
            fix: FIX$5
        });
    }
    return findings;
}
/** Strict matchers the block removes that come back as looser ones. */
function swaps(hits, language, file, unpairedLines) {
    if (hits.block.removedCount === 0 || hits.block.addedCount === 0)
        return [];
    const ranks = MATCHER_RANKS[language];
    const markers = LANGUAGE_MARKERS[language];
    const before = ranked(hits.removed, markers, ranks, file, unpairedLines);
    const after = ranked(hits.added, markers, ranks, file, unpairedLines);
    if (before.length === 0 || after.length === 0)
        return [];
    for (let i = before.length - 1; i >= 0; i--) {
        const twin = after.findIndex((a) => a.name === before[i].name);
        if (twin >= 0) {
            after.splice(twin, 1);
            before.splice(i, 1);
        }
    }
    const findings = [];
    for (const strict of before) {
        const looser = after.findIndex((a) => a.rank < strict.rank);
        if (looser < 0)
            continue;
        const [loose] = after.splice(looser, 1);
        findings.push({
            rule: ASSERTION_WEAKENED.id,
            severity: 'block',
            message: `\`${strict.name}\` is replaced by the looser \`${loose.name}\`: \`${excerpt(loose.line.content)}\``,
            path: file.file.path,
            line: loose.line.newLine ?? undefined,
            evidence: { kind: 'looser-matcher', from: strict.name, to: loose.name },
            why: WHY$6,
            fix: FIX$5
        });
    }
    return findings;
}
function ranked(lines, markers, ranks, file, unpairedLines) {
    const out = [];
    // `lines` all match the assertion hint already.
    for (const line of lines) {
        if (unpairedLines.has(file.lines, line))
            continue;
        if (isComment(line.content, file.syntax))
            continue;
        for (const name of markers.matchers(wrappedStatement(file.lines, line))) {
            if (Object.hasOwn(ranks, name))
                out.push({ name, rank: ranks[name], line });
        }
    }
    return out;
}
/** How far a wrapped statement (`assert (` then its operands) is read down the hunk. */
const WRAP_REACH = 30;
/**
 * The line, or for one that opens a bracket it does not close (a formatter's `assert (`), the
 * statement joined with the lines on its side of the diff until the bracket closes.
 */
function wrappedStatement(lines, line) {
    if (depthAfter(line.content, 0) <= 0)
        return line.content;
    const id = lines.idOfLine(line);
    const at = id === undefined ? null : lines.locate(id);
    if (at === null)
        return line.content;
    const skip = line.kind === 'add' ? KIND_DEL : KIND_ADD;
    const hunk = lines.hunks[at.hunk];
    let text = line.content;
    let depth = depthAfter(text, 0);
    for (let k = at.k + 1; k < hunk.count && k <= at.k + WRAP_REACH && depth > 0; k++) {
        if (kindAt(hunk, k) === skip)
            continue;
        const next = contentAt(hunk, k);
        text += ` ${next.trim()}`;
        depth = depthAfter(next, depth);
    }
    return text;
}
/** Bracket depth after `text`, starting from `depth` (strings are not told apart: a rough count). */
function depthAfter(text, depth) {
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}')
            depth--;
    }
    return depth;
}

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const IF_KEY = /^\s*(?:-\s+)?if\s*:\s*(\S.*)$/;
const KEY$1 = /^\s*(?:-\s+)?["']?([\w.-]{1,80})["']?\s*:(?:\s|$)/;
const FLOW_LIST = /^\s*(?:-\s+)?["']?([\w.-]{1,80})["']?\s*:\s*\[([^\]]*)\]/;
const LIST_DASH = /^\s*-\s+/;
/** Commands and step names that run tests. */
const TEST_STEP = /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?test|\bnpx\s+(?:jest|vitest|playwright)|\b(?:jest|vitest|pytest|tox|nox|rspec|phpunit|ctest)\b|\bgo\s+test\b|\bcargo\s+(?:test|nextest)\b|\b(?:mvn|gradlew?|\.\/gradlew)\b.{0,60}?\b(?:test|verify|check)\b|\bmake\s+(?:test|check)\b|\bdotnet\s+test\b|\bname\s*:.{0,80}?\btests?\b/i;
/** How far up or down a hunk a step's lines and a line's parents are read (bounded work). */
const REACH = 200;
const WHY$5 = 'Tests a CI job no longer runs cannot fail, so a green run no longer covers them.';
const FIX$4 = 'Keep the tests running where they ran before; a maintainer approves a deliberate change to where CI tests.';
function ciSkips(scanned) {
    const findings = [];
    for (const file of scanned) {
        if (!file.roles.ci || !WORKFLOW.test(file.file.path) || file.file.status === 'deleted')
            continue;
        narrowedConditions(file, findings);
        droppedMatrixEntries(file, findings);
    }
    return findings;
}
/** `if:` lines added (not moved) on steps or jobs that run tests. */
function narrowedConditions(file, findings) {
    const removed = new Set();
    for (const hunk of file.file.hunks) {
        for (const line of hunk.lines) {
            if (line.kind === 'del' && IF_KEY.test(line.content))
                removed.add(normalized(line.content));
        }
    }
    for (const hunk of file.file.hunks) {
        hunk.lines.forEach((line, index) => {
            if (line.kind !== 'add' || !IF_KEY.test(line.content))
                return;
            if (removed.has(normalized(line.content)))
                return;
            if (!TEST_STEP.test(guardedText(hunk, index)))
                return;
            const before = [...removed][0];
            findings.push(finding$2(file, line, before === undefined
                ? `a test step now runs only when \`${excerpt(line.content.trim())}\``
                : `the condition of a test step changes from \`${excerpt(before)}\` to \`${excerpt(line.content.trim())}\``, 'ci-condition'));
        });
    }
}
/** The new-side text of the step (or job) the `if:` at `index` guards, as far as the hunk shows. */
function guardedText(hunk, index) {
    const lines = hunk.lines;
    const ifIndent = indentOf$2(lines[index].content);
    const ownDash = /^\s*-\s/.test(lines[index].content);
    // The step's dash: on the if line itself, or the nearest less-indented dash line above.
    let start = index;
    let bodyIndent = ifIndent;
    if (!ownDash) {
        for (let j = index - 1; j >= 0 && index - j <= REACH; j--) {
            const text = lines[j].content;
            if (lines[j].kind === 'del' || text.trim() === '')
                continue;
            const indent = indentOf$2(text);
            if (indent < ifIndent) {
                start = j;
                bodyIndent = /^\s*-\s/.test(text) ? indent + 1 : ifIndent;
                break;
            }
        }
    }
    else {
        bodyIndent = ifIndent + 1;
    }
    const parts = [];
    for (let j = start; j < lines.length && j - start <= REACH; j++) {
        const line = lines[j];
        if (line.kind === 'del')
            continue;
        if (j > start && line.content.trim() !== '' && indentOf$2(line.content) < bodyIndent)
            break;
        parts.push(line.content);
    }
    return parts.join('\n');
}
/** Matrix values removed on net, and entries added under `exclude`. */
function droppedMatrixEntries(file, findings) {
    const addedItems = new Set();
    const addedFlow = new Map();
    for (const hunk of file.file.hunks) {
        hunk.lines.forEach((line, index) => {
            if (line.kind !== 'add')
                return;
            const flow = FLOW_LIST.exec(line.content);
            if (flow !== null && parentsOf(hunk, index, 'add').includes('matrix')) {
                addedFlow.set(flow[1], new Set(items(flow[2])));
            }
            const item = listItem(line.content);
            if (item !== null)
                addedItems.add(item);
        });
    }
    for (const hunk of file.file.hunks) {
        hunk.lines.forEach((line, index) => {
            if (line.kind === 'context')
                return;
            const parents = parentsOf(hunk, index, line.kind);
            if (!parents.includes('matrix') && KEY$1.exec(line.content)?.[1] !== 'matrix')
                return;
            if (line.kind === 'add') {
                if (parents.includes('exclude') || KEY$1.exec(line.content)?.[1] === 'exclude') {
                    findings.push(finding$2(file, line, 'a CI matrix entry is excluded', 'matrix'));
                }
                return;
            }
            const flow = FLOW_LIST.exec(line.content);
            if (flow !== null) {
                const kept = addedFlow.get(flow[1]);
                const dropped = kept === undefined ? [] : items(flow[2]).filter((v) => !kept.has(v));
                if (dropped.length > 0) {
                    findings.push(finding$2(file, line, `CI matrix values are dropped: ${dropped.join(', ')}`, 'matrix'));
                }
                return;
            }
            const item = listItem(line.content);
            if (item !== null && !parents.includes('exclude') && !addedItems.has(item)) {
                findings.push(finding$2(file, line, `a CI matrix value is dropped: ${item}`, 'matrix'));
            }
        });
    }
}
/** The scalar of a `- value` list line, or null for a mapping entry or another line. */
function listItem(text) {
    const dash = LIST_DASH.exec(text);
    if (dash === null)
        return null;
    let value = text.slice(dash[0].length);
    const comment = value.indexOf(' #');
    if (comment >= 0)
        value = value.slice(0, comment);
    value = value.trim().replace(/^["']|["']$/g, '');
    return value === '' || value.includes(':') ? null : value;
}
function items(list) {
    return list
        .split(',')
        .map((v) => v.trim().replace(/^["']|["']$/g, ''))
        .filter((v) => v !== '');
}
/** The keys of the less-indented lines above `index` on its side, nearest first (at most 4). */
function parentsOf(hunk, index, kind) {
    const skip = kind === 'add' ? 'del' : kind === 'del' ? 'add' : null;
    const parents = [];
    let indent = indentOf$2(hunk.lines[index].content);
    for (let j = index - 1; j >= 0 && index - j <= REACH && parents.length < 4; j--) {
        const line = hunk.lines[j];
        if (line.kind === skip || line.content.trim() === '')
            continue;
        const own = indentOf$2(line.content);
        if (own >= indent)
            continue;
        const key = KEY$1.exec(line.content);
        if (key !== null)
            parents.push(key[1]);
        indent = own;
    }
    return parents;
}
function indentOf$2(text) {
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i;
}
function finding$2(file, line, what, marker) {
    return {
        rule: TEST_SKIPPED.id,
        severity: 'block',
        message: `Tests stop running in CI: ${what}.`,
        path: file.file.path,
        line: line.newLine ?? undefined,
        evidence: { marker, text: excerpt(line.content) },
        why: WHY$5,
        fix: FIX$4
    };
}

/**
 * One regular expression that matches a line when any of several hints does: a test file's
 * changed lines are read once against it, and only the few that match are tested hint by hint.
 * The hints' alternatives are merged by their first atom (`s(?:kip|hould)`), which is what
 * makes one pass cheaper than a pass per hint: the engine tries fewer branches at each position.
 */
/**
 * The gate of `hints`: one union per flag set, and a hint that cannot join a union (it names or
 * refers back to a group) kept as it is.
 */
function gateOf(hints) {
    const unique = new Set(hints);
    return { hints: unique, patterns: buildGate([...unique]) };
}
/** True when one of the gate's patterns matches `text`. */
function passes(gate, text) {
    const { patterns } = gate;
    for (let i = 0; i < patterns.length; i++)
        if (patterns[i].test(text))
            return true;
    return false;
}
function buildGate(hints) {
    const out = [];
    const byFlags = new Map();
    for (const hint of hints) {
        const flags = hint.flags.replace(/[gy]/g, '');
        if (!mergeable(hint.source)) {
            out.push(new RegExp(hint.source, flags));
            continue;
        }
        const list = byFlags.get(flags) ?? [];
        for (const item of alternatives(hint.source))
            list.push(item);
        byFlags.set(flags, list);
    }
    for (const [flags, branches] of byFlags) {
        out.unshift(new RegExp(factored([...new Set(branches)]), flags));
    }
    return out;
}
/** Named groups and back-references change meaning (or clash) once sources are joined. */
function mergeable(source) {
    return !/\\[1-9k]|\(\?<[A-Za-z_$]/.test(source);
}
/** The top-level alternatives of a pattern source. */
function alternatives(source) {
    const out = [];
    let depth = 0;
    let inClass = false;
    let start = 0;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0) {
            out.push(source.slice(start, i));
            start = i + 1;
        }
    }
    out.push(source.slice(start));
    return out;
}
/**
 * Alternatives grouped by a shared first atom, recursively: `skip|should` becomes
 * `s(?:kip|hould)`. The same strings match; a branch whose first atom is a group or repeated is
 * left whole.
 */
function factored(branches) {
    const groups = new Map();
    const order = [];
    for (const branch of branches) {
        const atom = leadingAtom(branch);
        if (atom === null) {
            order.push(branch);
            continue;
        }
        const rests = groups.get(atom);
        if (rests)
            rests.push(branch.slice(atom.length));
        else {
            groups.set(atom, [branch.slice(atom.length)]);
            order.push({ atom });
        }
    }
    return order
        .map((entry) => {
        if (typeof entry === 'string')
            return entry;
        const rests = groups.get(entry.atom);
        if (rests.length === 1)
            return entry.atom + rests[0];
        return `${entry.atom}(?:${factored(rests)})`;
    })
        .join('|');
}
/**
 * The branch's first atom when it can be taken out of a group of alternatives: one character,
 * a one-character escape, a class or an anchor, not followed by a quantifier. Null otherwise.
 */
function leadingAtom(branch) {
    const c = branch[0];
    if (c === undefined || '()|*+?{}'.includes(c))
        return null;
    let end = 1;
    if (c === '\\') {
        const next = branch[1];
        if (next === undefined || /[0-9cxuUkpP]/.test(next))
            return null;
        end = 2;
    }
    else if (c === '[') {
        end = classEnd(branch);
        if (end < 0)
            return null;
    }
    const after = branch[end];
    if (after !== undefined && '*+?{'.includes(after))
        return null;
    return branch.slice(0, end);
}
/** Where the character class that opens `branch` ends (after its first unescaped `]`), or -1. */
function classEnd(branch) {
    for (let i = 1; i < branch.length; i++) {
        if (branch[i] === '\\')
            i++;
        else if (branch[i] === ']')
            return i + 1;
    }
    return -1;
}

/** A hunk whose lines' text is spread this much wider than its length is searched line by line. */
const SPAN_SLACK = 4;
class FileLines {
    hunks;
    blocks;
    /** The id of each hunk's first line: ids number the file's lines in diff order. */
    #base;
    /** Per hunk, where its lines' text starts and ends, or -1 when it is better read line by line. */
    #spanStart;
    #spanEnd;
    #gate;
    #passed;
    #all;
    #matches = new Map();
    #hits = new Map();
    #lines = new Map();
    #ids = new Map();
    #changes;
    /** `gate`: the hints rules will ask about; another hint costs a pass of its own. */
    constructor(changes, gate) {
        const hunks = changes.hunks;
        this.#changes = changes;
        this.hunks = hunks;
        this.#gate = gate;
        this.#base = [];
        this.#spanStart = [];
        this.#spanEnd = [];
        let base = 0;
        for (let h = 0; h < hunks.length; h++) {
            const hunk = hunks[h];
            this.#base.push(base);
            base += hunk.count;
            readSpan(hunk, this.#spanStart, this.#spanEnd);
        }
        this.blocks = blocksOf(changes);
    }
    /** A number for the hunk's line `k`, unique in the file and rising in diff order. */
    idOf(hunk, k) {
        return this.#base[hunk] + k;
    }
    /** The hunk's line `k` as a `DiffLine`, made once (rules read few lines this way). */
    line(hunk, k, content) {
        const id = this.#base[hunk] + k;
        let line = this.#lines.get(id);
        if (line === undefined) {
            line = diffLineAt(this.hunks[hunk], k, content);
            this.#lines.set(id, line);
            this.#ids.set(line, id);
        }
        return line;
    }
    /** The hunk and index of the line numbered `id`: a binary search over the hunks' first ids. */
    locate(id) {
        let lo = 0;
        let hi = this.#base.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.#base[mid] <= id)
                lo = mid + 1;
            else
                hi = mid;
        }
        const hunk = lo - 1;
        if (hunk < 0 || id - this.#base[hunk] >= this.hunks[hunk].count)
            return null;
        return { hunk, k: id - this.#base[hunk] };
    }
    /** The id of a line made by `line`, or undefined for another object. */
    idOfLine(line) {
        return this.#ids.get(line);
    }
    /**
     * The blocks with a changed line that matches `hint` (non-global), with those lines; empty for
     * most files, which stop there.
     */
    hits(hint) {
        let hits = this.#hits.get(hint);
        if (hits === undefined) {
            hits = [];
            let last;
            for (const c of this.#changedMatching(hint)) {
                const block = this.blocks[c.block];
                if (last?.block !== block) {
                    last = { block, removed: [], added: [] };
                    hits.push(last);
                }
                const line = this.line(c.hunk, c.k, c.content);
                if (c.kind === KIND_DEL)
                    last.removed.push(line);
                else
                    last.added.push(line);
            }
            this.#hits.set(hint, hits);
        }
        return hits;
    }
    /**
     * The ids, rising, of the lines that match `hint` (non-global): changed lines, and context lines
     * too when `context` is set.
     */
    idsMatching(hint, context) {
        const ids = this.#changedMatching(hint).map((c) => c.id);
        if (!context)
            return ids;
        for (let h = 0; h < this.hunks.length; h++) {
            const hunk = this.hunks[h];
            for (let k = 0; k < hunk.count; k++) {
                if (kindAt(hunk, k) !== KIND_CONTEXT)
                    continue;
                if (hint.test(contentAt(hunk, k)))
                    ids.push(this.idOf(h, k));
            }
        }
        return ids.sort((a, b) => a - b);
    }
    /** False when no line of the hunk can hold `literal`: a bounded search over its whole text. */
    mayInclude(hunk, literal) {
        const start = this.#spanStart[hunk];
        if (start < 0)
            return true;
        return this.hunks[hunk].text.slice(start, this.#spanEnd[hunk]).includes(literal);
    }
    /** Changed lines that match `hint`, in diff order. */
    #changedMatching(hint) {
        let found = this.#matches.get(hint);
        if (found === undefined) {
            const pool = this.#gate.hints.has(hint) ? this.#passedGate() : this.#allChanged();
            found = pool.filter((c) => hint.test(c.content));
            this.#matches.set(hint, found);
        }
        return found;
    }
    #passedGate() {
        return (this.#passed ??= this.#read(this.#gate));
    }
    #allChanged() {
        return (this.#all ??= this.#read(null));
    }
    /** The changed lines that pass `gate` (all of them for null), with their text. */
    #read(gate) {
        const out = [];
        const changes = this.#changes;
        for (let b = 0; b < changes.runs; b++) {
            for (let i = changes.runFirst(b); i < changes.runFirst(b + 1); i++) {
                const content = changes.contentOf(i);
                if (gate !== null && !passes(gate, content))
                    continue;
                const hunk = changes.hunkOf(i);
                const k = changes.indexOf(i);
                out.push({ id: this.#base[hunk] + k, hunk, k, kind: changes.kindOf(i), block: b, content });
            }
        }
        return out;
    }
}
/** The change blocks: the file's runs of changed lines, with where each sits in the new file. */
function blocksOf(changes) {
    const blocks = [];
    for (let r = 0; r < changes.runs; r++) {
        const first = changes.runFirst(r);
        const last = changes.runFirst(r + 1) - 1;
        const h = changes.hunkOf(first);
        const hunk = changes.hunks[h];
        const from = changes.indexOf(first);
        let addedCount = 0;
        for (let i = first; i <= last; i++)
            if (changes.kindOf(i) === KIND_ADD)
                addedCount++;
        // A run follows a context line or opens its hunk: the new-file line after that one.
        const before = from === 0 ? -1 : newNumberAt(hunk, from - 1);
        blocks.push({
            hunk: h,
            from,
            to: changes.indexOf(last) + 1,
            removedCount: last - first + 1 - addedCount,
            addedCount,
            section: hunk.section,
            anchor: Math.max(1, before < 0 ? hunk.newStart : before + 1)
        });
    }
    return blocks;
}
/** The bounds of the hunk's lines' text, or -1 when it is better read line by line. */
function readSpan(hunk, spanStart, spanEnd) {
    let minStart = Infinity;
    let maxEnd = -1;
    let chars = 0;
    for (let k = 0; k < hunk.count; k++) {
        const start = startAt(hunk, k);
        const end = endAt(hunk, k);
        if (start < minStart)
            minStart = start;
        if (end > maxEnd)
            maxEnd = end;
        chars += end - start + 1;
    }
    const compact = maxEnd >= minStart && maxEnd - minStart <= SPAN_SLACK * (chars + 16);
    spanStart.push(compact ? minStart : -1);
    spanEnd.push(compact ? maxEnd : -1);
}
/** The new-file number of the hunk's line `k`, or null (a removed line). */
function newLineAt(hunk, k) {
    const n = newNumberAt(hunk, k);
    return n < 0 ? null : n;
}

/**
 * The tests a diff declares or removes, with the body lines the diff shows for each: read from
 * one-line declarations (`it('name'`, `def test_x`, `func TestX`) or from a marker before a
 * function (`@Test`, `#[test]`). A commented-out test is not a declaration.
 */
/** A marker stops waiting for its function after this many lines (annotations stack). */
const MARKER_REACH = 6;
function testDeclarations(scanned) {
    if (scanned.language === null)
        return [];
    const { declarations: rule, declarationHint } = LANGUAGE_MARKERS[scanned.language];
    const { syntax, file, lines } = scanned;
    const deleted = file.status === 'deleted';
    // The lines that may declare a test or hold a marker (context lines too when markers count):
    // the others matter only as body lines, or as lines after a marker.
    const hinted = lines.idsMatching(declarationHint, rule.marker !== undefined);
    if (hinted.length === 0)
        return [];
    const out = [];
    let next = 0;
    for (let h = 0; h < lines.hunks.length; h++) {
        const hunk = lines.hunks[h];
        while (next < hinted.length && hinted[next] < lines.idOf(h, 0))
            next++;
        // A hunk with no such line declares nothing (nothing carries over from one hunk to the next).
        if (next === hinted.length || hinted[next] >= lines.idOf(h, hunk.count))
            continue;
        let marker = null;
        let current = null;
        let nextNewLine = hunk.newStart;
        for (let k = 0; k < hunk.count; k++) {
            const kind = kindAt(hunk, k);
            const newLine = newLineAt(hunk, k);
            if (kind === KIND_CONTEXT && !rule.marker) {
                if (newLine !== null)
                    nextNewLine = newLine + 1;
                current = null;
                continue;
            }
            const anchor = deleted ? null : Math.max(1, newLine ?? nextNewLine);
            if (newLine !== null)
                nextNewLine = newLine + 1;
            const mayDeclare = hinted[next] === lines.idOf(h, k);
            if (mayDeclare)
                next++;
            let declared = null;
            if (mayDeclare || marker) {
                const content = contentAt(hunk, k);
                if (!isComment(content, syntax)) {
                    if (mayDeclare && rule.marker && codeMatch(content, rule.marker, syntax.quotes)) {
                        marker = { kind, age: 0 };
                    }
                    const signature = marker && rule.signature ? codeMatch(content, rule.signature, syntax.quotes) : null;
                    if (signature && marker) {
                        const side = kind === KIND_CONTEXT ? marker.kind : kind;
                        if (side !== KIND_CONTEXT)
                            declared = { name: nameOf(signature), side: sideOf(side) };
                        marker = null;
                    }
                    else {
                        const single = mayDeclare && rule.line && kind !== KIND_CONTEXT
                            ? codeMatch(content, rule.line, syntax.quotes)
                            : null;
                        if (single)
                            declared = { name: nameOf(single), side: sideOf(kind) };
                        if (marker && ++marker.age > MARKER_REACH)
                            marker = null;
                    }
                }
            }
            if (declared) {
                const { name, side } = declared;
                current = { side, name, path: file.path, lines, hunk: h, from: k, to: k + 1, anchor };
                out.push(current);
            }
            else if (current && kind === (current.side === 'removed' ? KIND_DEL : KIND_ADD)) {
                current.to = k + 1;
            }
            else {
                current = null;
            }
        }
    }
    return out;
}
function nameOf(match) {
    return (match.groups?.name ?? '').replace(/^`|`$/g, '');
}
function sideOf(kind) {
    return kind === KIND_DEL ? 'removed' : 'added';
}

/** Share of body lines two tests must have in common to be the same test renamed. */
const SAME_BODY = 0.6;
const LISTED_NAMES = 20;
function deletedTests(scanned) {
    const findings = [];
    const declarations = scanned.flatMap((file) => file.roles.test !== null || file.roles.inlineTests ? testDeclarations(file) : []);
    const removed = declarations.filter((d) => d.side === 'removed');
    const added = declarations.filter((d) => d.side === 'added');
    const unmatchedAdded = new Set(added);
    const byName = groupBy(added, (d) => d.name);
    const renamedCandidates = removed.filter((r) => !claim(r, byName.get(r.name) ?? [], unmatchedAdded));
    const bodies = new Map();
    const bodyOf = (d) => {
        let body = bodies.get(d);
        if (body === undefined) {
            body = bodyLines(d);
            bodies.set(d, body);
        }
        return body;
    };
    const rewritten = renamedCandidates.filter((r) => {
        const body = bodyOf(r);
        if (body.size < 2)
            return true;
        const similar = [...unmatchedAdded].filter((a) => similarity(body, bodyOf(a)) >= SAME_BODY);
        return !claim(r, similar, unmatchedAdded);
    });
    const addedByPath = groupBy(added, (d) => d.path);
    const deleted = rewritten.filter((r) => !claim(r, addedByPath.get(r.path) ?? [], unmatchedAdded));
    const unpairedLines = new UnpairedLines([...deleted, ...unmatchedAdded]);
    const byPath = groupBy(deleted, (d) => d.path);
    for (const file of scanned) {
        if (file.roles.test === null || file.file.status !== 'deleted')
            continue;
        if ((file.file.patchMissing || file.file.binary) && !byPath.has(file.file.path)) {
            findings.push({
                rule: TEST_DELETED.id,
                severity: 'block',
                message: 'A test file is deleted and the diff does not show its lines.',
                path: file.file.path,
                evidence: { tests: [], count: null, fileDeleted: true },
                why: WHY$4,
                fix: FIX$3
            });
        }
    }
    for (const [path, list] of byPath) {
        const fileDeleted = list[0].anchor === null;
        const names = list.map((d) => d.name);
        const quoted = names
            .slice(0, LISTED_NAMES)
            .map((n) => `"${n}"`)
            .join(', ');
        const more = names.length > LISTED_NAMES ? ` and ${names.length - LISTED_NAMES} more` : '';
        const count = `${names.length} test${names.length === 1 ? '' : 's'}`;
        findings.push({
            rule: TEST_DELETED.id,
            severity: 'block',
            message: fileDeleted
                ? `Test file deleted with ${count} the change does not declare again: ${quoted}${more}.`
                : `${count} removed and not declared again anywhere in the change: ${quoted}${more}.`,
            path,
            line: list[0].anchor ?? undefined,
            evidence: { tests: names.slice(0, 50), count: names.length, fileDeleted },
            why: WHY$4,
            fix: FIX$3
        });
    }
    return { findings, unpairedLines, newTests: [...unmatchedAdded] };
}
const WHY$4 = 'A deleted test cannot fail: the behaviour it checked is no longer verified.';
const FIX$3 = 'Keep the test (fix it instead), or have a maintainer approve the deletion.';
/** Takes the first still unmatched candidate (one in the same file first) out of `pool`. */
function claim(removed, candidates, pool) {
    const open = candidates.filter((c) => pool.has(c));
    const found = open.find((c) => c.path === removed.path) ?? open[0];
    if (found === undefined)
        return false;
    pool.delete(found);
    return true;
}
/** Shared body lines over all body lines (Jaccard); 0 when either body is too short to tell. */
function similarity(before, after) {
    if (before.size < 2 || after.size < 2)
        return 0;
    let common = 0;
    for (const line of before)
        if (after.has(line))
            common++;
    return common / (before.size + after.size - common);
}
function bodyLines(d) {
    const out = new Set();
    const hunk = d.lines.hunks[d.hunk];
    for (let k = d.from + 1; k < d.to; k++) {
        const text = normalized(contentAt(hunk, k));
        if (/\w/.test(text))
            out.add(text);
    }
    return out;
}
/**
 * The lines of some tests, asked about line by line: each file's tests as ranges of line ids,
 * sorted on the first question (most changes have no edited test line to ask about).
 */
class UnpairedLines {
    #tests;
    #ranges;
    constructor(tests) {
        this.#tests = tests;
    }
    /** True when `line`, one of `lines`, belongs to one of the tests. */
    has(lines, line) {
        const ranges = (this.#ranges ??= rangesOf(this.#tests)).get(lines);
        if (ranges === undefined)
            return false;
        const id = lines.idOfLine(line);
        if (id === undefined)
            return false;
        // The last range starting at or before `id` (ranges do not overlap), then whether it ends after.
        let lo = 0;
        let hi = ranges.length / 2;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (ranges[mid * 2] <= id)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo > 0 && id < ranges[lo * 2 - 1];
    }
}
/** Per file, the tests' line ids as `[from, to, from, to, ...]`, rising. */
function rangesOf(tests) {
    const byFile = new Map();
    for (const d of tests) {
        const list = byFile.get(d.lines) ?? [];
        list.push([d.lines.idOf(d.hunk, d.from), d.lines.idOf(d.hunk, d.to)]);
        byFile.set(d.lines, list);
    }
    const out = new Map();
    for (const [lines, list] of byFile)
        out.set(lines, list.sort((a, b) => a[0] - b[0]).flat());
    return out;
}
function groupBy(items, key) {
    const out = new Map();
    for (const item of items) {
        const k = key(item);
        const list = out.get(k);
        if (list)
            list.push(item);
        else
            out.set(k, [item]);
    }
    return out;
}

const TESTS_AND_CONFIG = ['test', 'testConfig'];
const COMMANDS = ['script', 'ci', 'testConfig'];
const RETRY_KNOBS = [
    retry('jest.retryTimes', /\bjest\.retryTimes\(\s*(?<value>\d+)/, TESTS_AND_CONFIG),
    retry('this.retries', /\bthis\.retries\(\s*(?<value>\d+)/, ['test']),
    retry('retries', /(?<![\w-])["']?retries["']?\s*[:=]\s*(?<value>\d+)/, [
        'test',
        'testConfig',
        'ci'
    ]),
    retry('retry', /(?<![\w-])["']?retry["']?\s*:\s*(?<value>\d+)/, ['test', 'testConfig', 'ci']),
    retry('runMode', /["']?\brunMode["']?\s*:\s*(?<value>\d+)/, ['testConfig']),
    retry('--retries', /--retries[=\s]+(?<value>\d+)/, COMMANDS),
    retry('vitest --retry', /\bvitest\b.{0,200}?--retry[=\s]+(?<value>\d+)/, COMMANDS),
    retry('reruns', /(?<![\w-])reruns\s*=\s*(?<value>\d+)/, TESTS_AND_CONFIG),
    retry('--reruns', /--reruns[=\s]+(?<value>\d+)/, COMMANDS),
    retry('max_runs', /\bmax_runs\s*=\s*(?<value>\d+)/, ['test']),
    {
        ...retry('flaky', /@(?:pytest\.mark\.)?flaky\b(?!\s*\(\s*(?:reruns|max_runs))/, ['test']),
        implicit: 1
    },
    { ...retry('--rerun-fails', /--rerun-fails(?:[=\s]+(?<value>\d+))?/, COMMANDS), implicit: 2 },
    retry('@RetryingTest', /@RetryingTest\(\s*(?:maxAttempts\s*=\s*)?(?<value>\d+)/, ['test']),
    retry('rerunFailingTestsCount', /rerunFailingTestsCount\W{0,3}(?<value>\d+)/, COMMANDS),
    retry('maxRetries', /\bmaxRetries(?:\.set\(|\s*=\s*|\s*\(\s*)(?<value>\d+)/, ['testConfig']),
    retry('max_attempts', /\bmax_attempts\s*:\s*(?<value>\d+)/, ['ci']),
    { ...retry('retry action', /\buses:\s*[\w.-]+\/[\w.-]*retry[\w.-]*@/i, ['ci']), implicit: 1 }
];
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const TIMEOUT_KNOBS = [
    {
        kind: 'call',
        pattern: /\b(?<key>jest\.setTimeout|this\.timeout|test\.setTimeout)\(\s*(?<value>[\d_]+)/,
        scopes: TESTS_AND_CONFIG,
        looser: 'higher',
        absent: 'unknown',
        absentByKey: {
            'jest.settimeout': 5 * SECOND,
            'this.timeout': 2 * SECOND,
            'test.settimeout': 30 * SECOND
        }
    },
    timeout('.timeout()', /\)\s*\.timeout\(\s*(?<value>[\d_]+)/, ['test:js'], 2 * SECOND),
    timeout('test timeout argument', /^\s*\}\s*(?:\)\s*)?,\s*(?<value>\d[\d_]{2,})\s*\)\s*(?:;\s*)?$/, ['test:js'], 5 * SECOND),
    {
        kind: 'key',
        pattern: /(?<![\w-])["']?(?<key>[A-Za-z_]*[Tt]imeout(?:[-_]?[Mm]inutes|[-_]?[Ss]econds|Ms)?)["']?\s*[:=]\s*["']?(?<value>\d[\d_]*(?:\.\d+)?)\s*(?<unit>ms|s|m|min|h)?\b/,
        scopes: ['test', 'testConfig', 'ci'],
        looser: 'higher',
        absent: 'unknown',
        absentByKey: {
            testtimeout: 5 * SECOND,
            hooktimeout: 10 * SECOND,
            defaultcommandtimeout: 4 * SECOND,
            'timeout-minutes': 360 * MINUTE
        }
    },
    {
        ...timeout('@pytest.mark.timeout', /\bpytest\.mark\.timeout\(\s*(?:timeout\s*=\s*)?(?<value>\d+(?:\.\d+)?)/, ['test:python'], 'unknown'),
        unitMs: SECOND
    },
    timeout('--timeout', /--timeout[=\s]+(?<value>\d+(?:\.\d+)?)(?<unit>ms|s|m|h)?\b/, COMMANDS, 'unknown'),
    timeout('--testTimeout', /--testTimeout[=\s]+(?<value>\d+)/, COMMANDS, 5 * SECOND),
    timeout('go test -timeout', /(?<![\w-])-timeout[=\s]+(?<value>\d+(?:\.\d+)?)(?<unit>ms|s|m|h)\b/, ['script', 'ci'], 10 * MINUTE),
    timeout('@Timeout', /@Timeout\(\s*(?:value\s*=\s*)?(?<value>\d+)/, ['test:java'], 'unbounded'),
    timeout('nextest slow-timeout', /\bslow-timeout\s*=\s*(?:\{\s*period\s*=\s*)?"(?<value>\d+)(?<unit>ms|s|m|h)"/, ['testConfig'], 60 * SECOND)
];
const COVERAGE_KNOBS = [
    {
        kind: 'coverage threshold',
        pattern: /["']?\b(?<key>branches|functions|lines|statements)["']?\s*:\s*(?<value>\d+(?:\.\d+)?)/,
        scopes: ['coverage:js'],
        looser: 'lower',
        absent: 0
    },
    coverage('fail_under', /\bfail_under\s*=\s*(?<value>\d+(?:\.\d+)?)/, ['coverage:python']),
    coverage('--cov-fail-under', /--cov-fail-under[=\s]+(?<value>\d+(?:\.\d+)?)/, [
        ...COMMANDS,
        'coverage:python'
    ]),
    coverage('--fail-under', /(?<![\w-])--fail-under[=\s]+(?<value>\d+(?:\.\d+)?)/, COMMANDS),
    {
        kind: 'coverage threshold',
        pattern: /--coverage\.thresholds\.(?<key>\w+)[=\s]+(?<value>\d+(?:\.\d+)?)/,
        scopes: COMMANDS,
        looser: 'lower',
        absent: 0
    },
    coverage('codecov target', /\btarget\s*:\s*["']?(?<value>\d+(?:\.\d+)?)%?/, ['coverage:codecov']),
    {
        kind: 'codecov threshold',
        pattern: /\bthreshold\s*:\s*["']?(?<value>\d+(?:\.\d+)?)%?/,
        scopes: ['coverage:codecov'],
        looser: 'higher',
        absent: 0
    }
];
const SHELL = ['script', 'ci', 'testConfig'];
const MASK_MARKERS = [
    {
        label: 'continue-on-error: true',
        pattern: /\bcontinue-on-error\s*:\s*(?:["']?true\b|\$\{\{(?!\s*false\s*\}\}))/,
        scopes: ['ci']
    },
    { label: 'shell: bash {0}', pattern: /\bshell\s*:\s*["']?bash\s+\{0\}/, scopes: ['ci'] },
    {
        label: 'make `-` prefix',
        pattern: /^\t[@+]*-[@+]*\s*[A-Za-z$(.]/,
        scopes: ['script']
    },
    { label: 'allow_failure: true', pattern: /\ballow_failure\s*:\s*true\b/, scopes: ['ci'] },
    { label: 'soft_fail', pattern: /\bsoft_fail\s*:\s*(?:true\b|\[)/, scopes: ['ci'] },
    { label: 'continueOnError: true', pattern: /\bcontinueOnError\s*:\s*true\b/, scopes: ['ci'] },
    { label: 'catchError', pattern: /\bcatchError\s*\(|\breturnStatus\s*:\s*true\b/, scopes: ['ci'] },
    { label: '|| true', pattern: /\|\|\s*(?:true|:)(?=\s*(?:$|[;&|)"'`]))/, scopes: SHELL },
    { label: '|| exit 0', pattern: /\|\|\s*exit\s+0\b/, scopes: SHELL },
    { label: '|| echo', pattern: /\|\|\s*echo\b/, scopes: SHELL },
    { label: 'set +e', pattern: /\bset\s+\+e\b|\bset\s+\+o\s+errexit\b/, scopes: SHELL },
    {
        label: '--passWithNoTests',
        pattern: /--passWithNoTests\b(?!\s*=\s*false)|\bpassWithNoTests["']?\s*:\s*true\b/,
        scopes: SHELL
    },
    { label: '--pass-with-no-tests', pattern: /--pass-with-no-tests\b/, scopes: SHELL },
    {
        label: '--suppress-no-test-exit-code',
        pattern: /--suppress-no-test-exit-code\b/,
        scopes: SHELL
    },
    { label: '--exit-zero', pattern: /--exit-zero\b/, scopes: SHELL },
    { label: 'fail_ci_if_error: false', pattern: /\bfail_ci_if_error\s*:\s*false\b/, scopes: ['ci'] },
    {
        label: 'informational: true',
        pattern: /\binformational\s*:\s*true\b/,
        scopes: ['coverage:codecov']
    },
    {
        label: 'check-coverage: false',
        pattern: /["']?check-coverage["']?\s*[:=]\s*false\b/,
        scopes: ['coverage:js']
    }
];
/** A command and its flag are looked for within 200 characters: a bounded scan per command word. */
const SNAPSHOT_UPDATE_MARKERS = [
    {
        label: '--updateSnapshot',
        pattern: /--updateSnapshot\b|--update-snapshots?\b|--snapshot-update\b/,
        scopes: SHELL
    },
    { label: '-u', pattern: /\b(?:jest|vitest|test)\b.{0,200}?\s-u(?=\s|$|["'])/, scopes: SHELL },
    { label: 'go test -update', pattern: /\bgo\s+test\b.{0,200}?\s-update\b/, scopes: SHELL },
    {
        label: 'INSTA_UPDATE',
        pattern: /\bINSTA_UPDATE\s*[:=]\s*["']?(?:always|unseen|new)\b/,
        scopes: SHELL
    },
    {
        label: 'updateSnapshot: all',
        pattern: /\bupdateSnapshot\s*:\s*['"]?(?:all|new)\b/,
        scopes: ['testConfig']
    }
];
function retry(kind, pattern, scopes) {
    return { kind, pattern, scopes, looser: 'higher', absent: 0 };
}
function timeout(kind, pattern, scopes, absent) {
    return { kind, pattern, scopes, looser: 'higher', absent };
}
function coverage(kind, pattern, scopes) {
    return { kind, pattern, scopes, looser: 'lower', absent: 0 };
}
/** Cheap pre-checks: a line without these letters cannot hold a knob of the table. */
const RETRY_HINT = /[Rr]etr|rerun|runMode|max_runs|flaky|max_attempts/;
const TIMEOUT_HINT = /imeout|^\s*\}\s*(?:\)\s*)?,\s*\d/;
const COVERAGE_HINT = /branches|functions|lines|statements|fail.under|thresholds|target|threshold/;
const MASK_HINT = /^\t[@+]*-|bash\s+\{0|continue|allow_failure|soft_fail|catchError|returnStatus|\|\||set\s+\+|[Ww]ith-?[Nn]o-?[Tt]ests|suppress-no-test|exit-zero|fail_ci_if_error|informational|check-coverage/;
const SNAPSHOT_UPDATE_HINT = /[Uu]pdate|-u|INSTA/;
/** `set -e` and its spellings: removing one lets a script run on past a failing command. */
const ERREXIT = /\bset\s+-[a-df-z]*e|\bset\s+-o\s+errexit\b/;
const ERREXIT_HINT = /set\s+-/;

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };
function loosenedKnobs(scanned, table, hint) {
    const applies = (knob) => knob.scopes.some((scope) => scanned.scopes.has(scope));
    if (!table.some(applies))
        return [];
    const changed = scanned.lines.hits(hint);
    if (changed.length === 0)
        return [];
    const knobs = table.filter(applies);
    const changes = [];
    const leftRemoved = [];
    const leftAdded = [];
    for (const { block, removed: removedLines, added: addedLines } of changed) {
        const removed = readings(removedLines, knobs, scanned, () => block.anchor);
        const added = readings(addedLines, knobs, scanned, (line) => line.newLine ?? block.anchor);
        if (removed.length === 0 && added.length === 0)
            continue;
        for (const kind of new Set([...removed, ...added].map((r) => r.kind))) {
            const before = removed.filter((r) => r.kind === kind);
            const after = added.filter((r) => r.kind === kind);
            const paired = Math.min(before.length, after.length);
            for (let i = 0; i < paired; i++)
                compare(before[i], after[i], changes);
            for (const item of before.slice(paired))
                leftRemoved.push(item);
            for (const item of after.slice(paired))
                leftAdded.push(item);
        }
    }
    for (const added of leftAdded) {
        const twin = leftRemoved.findIndex((r) => r.kind === added.kind && r.value === added.value);
        if (twin >= 0)
            leftRemoved.splice(twin, 1);
        else
            compare(null, added, changes);
    }
    for (const removed of leftRemoved)
        compare(removed, null, changes);
    return changes;
}
function readings(lines, knobs, scanned, lineOf) {
    const out = [];
    for (const line of lines) {
        const text = line.content;
        if (isComment(text, scanned.syntax))
            continue;
        for (const knob of knobs) {
            const m = codeMatch(text, knob.pattern, scanned.syntax.quotes);
            if (m === null)
                continue;
            const groups = m.groups ?? {};
            const key = groups.key?.toLowerCase();
            const rawValue = groups.value;
            const number = rawValue === undefined ? knob.implicit : Number(rawValue.replace(/_/g, ''));
            if (number === undefined || !Number.isFinite(number))
                continue;
            const unit = groups.unit ?? unitFromKey(key);
            const scale = unit ? UNIT_MS[unit] : (knob.unitMs ?? 1);
            out.push({
                kind: groups.key ?? knob.kind,
                knob,
                value: number * scale,
                text: m[0].trim(),
                absent: (key !== undefined ? knob.absentByKey?.[key] : undefined) ?? knob.absent,
                line: lineOf(line)
            });
        }
    }
    return out;
}
function unitFromKey(key) {
    if (key === undefined)
        return undefined;
    if (/minutes$/.test(key))
        return 'min';
    if (/seconds$/.test(key))
        return 's';
    if (/ms$/.test(key))
        return 'ms';
    return undefined;
}
function compare(before, after, out) {
    const reading = (after ?? before);
    const { absent } = reading;
    const missingSide = before === null || after === null;
    if (missingSide && absent === 'unknown')
        return;
    const fallback = absent === 'unbounded' ? Infinity : absent === 'unknown' ? NaN : absent;
    const from = before?.value ?? fallback;
    const to = after?.value ?? fallback;
    const looser = reading.knob.looser === 'higher' ? to > from : to < from;
    if (!looser)
        return;
    out.push({
        kind: reading.kind,
        from: before?.text ?? null,
        to: after?.text ?? null,
        defaultValue: missingSide && absent !== 'unknown' ? absent : null,
        line: reading.line
    });
}

function addedRetries(scanned) {
    return scanned.flatMap((file) => loosenedKnobs(file, RETRY_KNOBS, RETRY_HINT).map((change) => ({
        rule: TEST_RETRY_ADDED.id,
        severity: 'warn',
        message: change.from === null
            ? `Retries added: \`${change.to}\`.`
            : `Retries raised from \`${change.from}\` to \`${change.to}\`.`,
        path: file.file.path,
        line: change.line,
        evidence: { setting: change.kind, from: change.from, to: change.to },
        why: 'A retried test passes when it fails only sometimes: the flakiness is hidden, not fixed.',
        fix: 'Find why the test fails intermittently and fix that; a maintainer approves retries.'
    })));
}
function raisedTimeouts(scanned) {
    return scanned.flatMap((file) => loosenedKnobs(file, TIMEOUT_KNOBS, TIMEOUT_HINT).map((change) => ({
        rule: TIMEOUT_RAISED.id,
        severity: 'warn',
        message: `A timeout is ${describe(change)}.`,
        path: file.file.path,
        line: change.line,
        evidence: {
            setting: change.kind,
            from: change.from,
            to: change.to,
            default: change.defaultValue
        },
        why: 'A longer timeout lets a slow or hanging run pass instead of failing.',
        fix: 'Find what got slower and fix it; a maintainer approves a deliberate increase.'
    })));
}
function describe(change) {
    const runnerDefault = change.defaultValue === 'unbounded'
        ? 'no limit'
        : `the default ${formatMs(change.defaultValue ?? 0)}`;
    if (change.from === null)
        return `raised from ${runnerDefault} to \`${change.to}\``;
    if (change.to === null)
        return `removed (\`${change.from}\`), so ${runnerDefault} applies`;
    return `raised from \`${change.from}\` to \`${change.to}\``;
}
function formatMs(ms) {
    if (ms % 60_000 === 0)
        return `${ms / 60_000} min`;
    if (ms % 1000 === 0)
        return `${ms / 1000} s`;
    return `${ms} ms`;
}

function netAddedMarkers(scanned, markers, kindOf, hint) {
    const applies = (m) => m.scopes === undefined || m.scopes.some((s) => scanned.scopes.has(s));
    if (!markers.some(applies))
        return [];
    const changed = scanned.lines.hits(hint);
    if (changed.length === 0)
        return [];
    const applicable = markers.filter(applies);
    const removedCount = new Map();
    const removedTexts = new Map();
    const added = new Map();
    for (const block of changed) {
        for (const line of block.removed) {
            for (const marker of markersOn(line, applicable, kindOf, scanned)) {
                const kind = kindOf(marker);
                removedCount.set(kind, (removedCount.get(kind) ?? 0) + 1);
                listOf(removedTexts, kind).push(normalized(line.content));
            }
        }
        for (const line of block.added) {
            for (const marker of markersOn(line, applicable, kindOf, scanned)) {
                const kind = kindOf(marker);
                listOf(added, kind).push({ marker, line });
            }
        }
    }
    const hits = [];
    for (const [kind, list] of added) {
        const net = list.length - (removedCount.get(kind) ?? 0);
        if (net <= 0)
            continue;
        const before = [...(removedTexts.get(kind) ?? [])];
        const fresh = list.filter((hit) => {
            const twin = before.indexOf(normalized(hit.line.content));
            if (twin < 0)
                return true;
            before.splice(twin, 1);
            return false;
        });
        for (const item of (fresh.length >= net ? fresh : list).slice(0, net))
            hits.push(item);
    }
    return hits.sort((a, b) => (a.line.newLine ?? 0) - (b.line.newLine ?? 0));
}
/** The markers on one code line, one per kind. */
function markersOn(line, markers, kindOf, scanned) {
    if (isComment(line.content, scanned.syntax))
        return [];
    const found = [];
    const kinds = new Set();
    for (const marker of markers) {
        const kind = kindOf(marker);
        if (kinds.has(kind))
            continue;
        if (codeMatch(line.content, marker.pattern, scanned.syntax.quotes) !== null) {
            kinds.add(kind);
            found.push(marker);
        }
    }
    return found;
}
function listOf(map, key) {
    let list = map.get(key);
    if (list === undefined) {
        list = [];
        map.set(key, list);
    }
    return list;
}

const WHY$3 = 'A masked failure turns CI green without the code passing.';
function maskedFailures(scanned) {
    const findings = [];
    for (const file of scanned) {
        for (const { marker, line } of netAddedMarkers(file, MASK_MARKERS, (m) => m.label, MASK_HINT)) {
            findings.push({
                rule: CI_FAILURE_MASKED.id,
                severity: 'block',
                message: maskMessage(marker.label, excerpt(line.content)),
                path: file.file.path,
                line: line.newLine ?? undefined,
                evidence: { kind: 'mask', marker: marker.label },
                why: WHY$3,
                fix: 'Remove it and fix the failure; a maintainer approves a deliberate exception.'
            });
        }
        const errexit = removedErrexit(file);
        if (errexit !== null)
            findings.push(errexit);
        for (const change of loosenedKnobs(file, COVERAGE_KNOBS, COVERAGE_HINT)) {
            const what = change.to === null
                ? `removed (\`${change.from}\`)`
                : change.from === null
                    ? `loosened: \`${change.to}\``
                    : `lowered from \`${change.from}\` to \`${change.to}\``;
            findings.push({
                rule: CI_FAILURE_MASKED.id,
                severity: 'block',
                message: `A coverage threshold is ${what}.`,
                path: file.file.path,
                line: change.line,
                evidence: { kind: 'coverage', setting: change.kind, from: change.from, to: change.to },
                why: 'A lower coverage bar lets untested code through.',
                fix: 'Keep the threshold and add the missing tests; a maintainer approves a deliberate change.'
            });
        }
    }
    return findings;
}
function maskMessage(label, line) {
    return line === label
        ? `A failure is masked: \`${line}\``
        : `A failure is masked with \`${label}\`: \`${line}\``;
}
/** `set -e` (or `-o errexit`) removed from a script or CI step on net. */
function removedErrexit(file) {
    if (!file.scopes.has('script') && !file.scopes.has('ci'))
        return null;
    let net = 0;
    let first = null;
    for (const { block, removed, added } of file.lines.hits(ERREXIT_HINT)) {
        for (const line of removed) {
            if (isComment(line.content, file.syntax) || !ERREXIT.test(line.content))
                continue;
            net++;
            first ??= { anchor: block.anchor, text: line.content };
        }
        for (const line of added) {
            if (!isComment(line.content, file.syntax) && ERREXIT.test(line.content))
                net--;
        }
    }
    if (net <= 0 || first === null)
        return null;
    return {
        rule: CI_FAILURE_MASKED.id,
        severity: 'block',
        message: `\`${excerpt(first.text)}\` is removed: a failing command no longer stops the script.`,
        path: file.file.path,
        line: first.anchor,
        evidence: { kind: 'errexit-removed', text: excerpt(first.text) },
        why: WHY$3,
        fix: 'Keep `set -e` and fix the failing command; a maintainer approves a deliberate change.'
    };
}

/** Names too common to tie a test to a change. */
const GENERIC = new Set(('src lib libs test tests spec specs app apps pkg internal cmd main java kotlin com org net ' +
    'python source sources packages package e2e unit integration utils util helpers helper ' +
    'common core shared components index mod init types type config fixtures support').split(' '));
const TEST_AFFIX = /[._-](?:test|tests|spec|specs|cy|e2e)$|^test[_-]|(?<=[a-z0-9])(?:Tests?|IT)$/;
function changeFootprint(files) {
    const paths = [];
    const stems = new Set();
    for (const file of files) {
        for (const path of file.oldPath && file.oldPath !== file.path
            ? [file.path, file.oldPath]
            : [file.path]) {
            const parts = path.split('/');
            const name = parts.at(-1).split('.')[0];
            paths.push(withoutExtension(path).toLowerCase());
            addStem(stems, name.replace(TEST_AFFIX, ''));
            if (parts.length > 1)
                addStem(stems, parts.at(-2));
        }
    }
    return { paths, stems };
}
/** `identity`: the test's name, and its class and file when known. */
function exercisesChange(identity, footprint) {
    for (const part of identity) {
        const normal = part.replace(/\\/g, '/').replace(/^\.\//, '').toLowerCase();
        const candidates = normal.includes('/')
            ? [withoutExtension(normal)]
            : /^[\w$]+(?:\.[\w$]+)+$/.test(normal)
                ? [normal.replace(/\./g, '/'), withoutExtension(normal)]
                : [];
        for (const candidate of candidates) {
            if (footprint.paths.some((p) => p === candidate || p.endsWith(`/${candidate}`)))
                return true;
        }
    }
    const text = identity.join(' ');
    const squashed = text.toLowerCase().replace(/[^a-z0-9]/g, '');
    const tokens = new Set(text
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/));
    for (const stem of footprint.stems) {
        if (stem.length >= 4 ? squashed.includes(stem) : tokens.has(stem))
            return true;
    }
    return false;
}
function addStem(stems, raw) {
    const stem = raw.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (stem.length >= 3 && !GENERIC.has(stem))
        stems.add(stem);
}
function withoutExtension(path) {
    return path.replace(/\.[^./]+$/, '');
}

/** The timeline is read in a job summary: past this, rows without a flip are left out. */
const TIMELINE_ROWS = 50;
const LISTED_TESTS = 10;
const NAME_LENGTH = 200;
const SOURCE_TEXT = {
    manifest: 'failed and then passed on the same tree, with no code change in between (run manifest)',
    ci: 'failed and then passed on re-runs of the head commit (CI history)',
    junit: 'passed only on a rerun (JUnit reports)'
};
function rerunsToGreen(changeSet) {
    const parts = [];
    const manifest = changeSet.manifest.status === 'present' ? changeSet.manifest.manifest : null;
    if (manifest?.tests && manifest.tests.length > 0)
        parts.push(manifestFlips(manifest.tests));
    if (changeSet.ci)
        parts.push(ciFlips(changeSet.ci), reportFlips(changeSet.ci));
    const flips = parts.flatMap((p) => p.flips);
    const rows = parts.flatMap((p) => p.rows);
    const findings = [];
    if (flips.length > 0) {
        const footprint = changeFootprint(changeSet.files);
        for (const source of ['manifest', 'ci', 'junit']) {
            const fromSource = flips.filter((f) => f.source === source);
            const touching = fromSource.filter((f) => touches(f, footprint));
            const elsewhere = fromSource.filter((f) => !touching.includes(f));
            const headTree = changeSet.headTree ?? null;
            if (touching.length > 0)
                findings.push(finding$1(source, touching, true, headTree));
            if (elsewhere.length > 0)
                findings.push(finding$1(source, elsewhere, false, headTree));
        }
    }
    const timeline = shortTimeline(rows).map((row) => ({
        ...row,
        flipped: row.flipped.slice(0, LISTED_TESTS).map(clip)
    }));
    return { findings, timeline: timeline.length === 0 ? null : timeline };
}
/** A whole command or CI job runs the changed code's tests too, so it counts as touching it. */
function touches(flip, footprint) {
    return flip.suiteLevel || exercisesChange(flip.identity, footprint);
}
function finding$1(source, flips, touchesChange, headTree) {
    const listed = flips
        .slice(0, LISTED_TESTS)
        .map((f) => `${clip(f.test)} (${f.failed} \u2192 ${f.passed})`)
        .join('; ');
    const more = flips.length > LISTED_TESTS ? `; and ${flips.length - LISTED_TESTS} more` : '';
    const where = touchesChange
        ? 'It runs the code this change touches.'
        : 'It does not seem to run the changed code: flaky elsewhere?';
    const subject = flips.length === 1 ? '1 test' : `${flips.length} tests`;
    const evidence = source === 'manifest' ? ` ${evidenceText(flips, headTree)}` : '';
    return {
        rule: RERUN_TO_GREEN.id,
        severity: touchesChange ? 'block' : 'warn',
        message: `${subject} ${SOURCE_TEXT[source]}: ${listed}${more}. ${where}${evidence}`,
        evidence: {
            source,
            tests: flips.slice(0, 50).map((f) => clip(f.test)),
            attempts: flips.slice(0, 50).map((f) => ({
                test: clip(f.test),
                failed: f.failed,
                passed: f.passed,
                ...(f.tree ? { tree: f.tree } : {}),
                ...(source === 'manifest'
                    ? {
                        recorded: f.recorded === true,
                        onHeadTree: headTree === null || !f.tree ? null : sameObject(f.tree, headTree)
                    }
                    : {})
            })),
            touchesChange
        },
        why: 'Green after a rerun with no change proves the test is flaky, not that the code works.',
        fix: touchesChange
            ? 'Find why the test fails intermittently in the changed code and fix it; a maintainer approves otherwise.'
            : 'Check the flaky test is unrelated to this change, and report it.'
    };
}
/** Which attempts `agent-pr-gate record` wrote and which the agent only claims, and on what tree. */
function evidenceText(flips, headTree) {
    const recorded = flips.filter((f) => f.recorded === true).length;
    const onHead = headTree === null ? 0 : flips.filter((f) => f.tree && sameObject(f.tree, headTree)).length;
    const who = recorded === flips.length
        ? 'Recorded by `agent-pr-gate record`'
        : recorded === 0
            ? 'Only claimed by the manifest (no `agent-pr-gate record` evidence)'
            : `${recorded} of ${flips.length} recorded by \`agent-pr-gate record\`, the rest only claimed`;
    const tree = headTree === null
        ? ''
        : onHead === flips.length
            ? ", on the head commit's exact tree"
            : onHead === 0
                ? ', on a tree other than the head'
                : `, ${onHead} of them on the head commit's exact tree`;
    return `${who}${tree}.`;
}
/** Tree ids may be abbreviated in a manifest: a prefix of 7+ hex digits names the same tree. */
function sameObject(claimed, full) {
    const a = claimed.toLowerCase();
    return a.length >= 7 && full.toLowerCase().startsWith(a);
}
function shortTimeline(rows) {
    if (rows.length <= TIMELINE_ROWS)
        return rows;
    const flipped = rows.filter((r) => r.flipped.length > 0).length;
    let others = Math.max(0, TIMELINE_ROWS - flipped);
    const keep = new Set();
    for (let i = rows.length - 1; i >= 0; i--) {
        const row = rows[i];
        if (row.flipped.length > 0)
            keep.add(row);
        else if (others > 0) {
            keep.add(row);
            others--;
        }
    }
    return rows.filter((r) => keep.has(r));
}
function clip(name) {
    return name.length > NAME_LENGTH ? `${name.slice(0, NAME_LENGTH - 3)}...` : name;
}

/**
 * What a changed file is to the verifier, decided from its path alone so that every other file is
 * skipped without reading a line: a test file (and its language), a snapshot, a CI definition, a
 * script that runs tests, a test-runner or coverage config.
 */
const JS_SOURCE = /\.[cm]?[jt]sx?$/;
const JS_TEST_NAME = /\.(?:test|spec|cy|e2e|e2e-spec|e2e-test|unit|int|integration)\.[cm]?[jt]sx?$/;
const JS_TEST_DIR = /(?:^|\/)(?:__tests__|test|tests|e2e|spec|cypress\/(?:e2e|integration|component))\//;
const PY_TEST_NAME = /^(?:test_.*|.*_test|tests|conftest)\.py$/;
const PY_TEST_DIR = /(?:^|\/)tests?\//;
const JVM_SOURCE = /\.(?:java|kt)$/;
const JVM_TEST_NAME = /(?:Tests?|IT|TestCase)\.(?:java|kt)$/;
const JVM_TEST_DIR = /(?:^|\/)src\/(?:test|androidTest|integrationTest|testFixtures)\//;
const RUST_TEST_NAME = /^(?:tests|.*_tests?|test_.*)\.rs$/;
const RUST_TEST_DIR = /(?:^|\/)(?:tests|benches)\//;
const SNAPSHOT = /(?:^|\/)(?:__snapshots__|__image_snapshots__|snapshots)\/|-snapshots\/|\.(?:snap|ambr)$|(?:^|\/)testdata\/.*\.golden$/;
const CI = /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.github\/actions\/.+\/action\.ya?ml|\.gitlab-ci\.ya?ml|\.gitlab\/ci\/.+\.ya?ml|\.circleci\/config\.ya?ml|azure-pipelines[^/]*\.ya?ml|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|\.buildkite\/.+\.ya?ml|\.drone\.ya?ml|appveyor\.ya?ml|\.woodpecker(?:\.ya?ml|\/.+\.ya?ml))$|(?:^|\/)Jenkinsfile$/;
const SCRIPT_NAME = /^(?:Makefile|GNUmakefile|makefile|justfile|Justfile|Taskfile\.ya?ml|package\.json|tox\.ini)$|\.(?:mk|sh|bash)$/;
const TEST_CONFIG_NAME = /^(?:(?:jest|vitest|vite|playwright|cypress|karma|nyc|wdio)(?:\.[\w-]+)?\.(?:config|conf|workspace)\.[cm]?[jt]s(?:on)?|\.mocharc(?:\.[\w]+)?|\.nycrc(?:\.[\w]+)?|\.c8rc(?:\.[\w]+)?|cypress\.json|package\.json|pytest\.ini|tox\.ini|setup\.cfg|pyproject\.toml|conftest\.py|\.coveragerc|nextest\.toml|pom\.xml|build\.gradle(?:\.kts)?|[.]?codecov\.ya?ml)$/;
const JS_COVERAGE_NAME = /^(?:(?:jest|vitest|vite|karma|nyc)(?:\.[\w-]+)?\.(?:config|conf|workspace)\.[cm]?[jt]s(?:on)?|\.nycrc(?:\.[\w]+)?|\.c8rc(?:\.[\w]+)?|package\.json)$/;
const PY_COVERAGE_NAME = /^(?:\.coveragerc|setup\.cfg|pyproject\.toml|tox\.ini)$/;
const CODECOV_NAME = /^[.]?codecov\.ya?ml$/;
function testLanguage(path) {
    const name = basename(path);
    if (JS_SOURCE.test(name)) {
        return JS_TEST_NAME.test(name) || JS_TEST_DIR.test(path) ? 'js' : null;
    }
    if (name.endsWith('.py'))
        return PY_TEST_NAME.test(name) || PY_TEST_DIR.test(path) ? 'python' : null;
    if (name.endsWith('_test.go'))
        return 'go';
    if (JVM_SOURCE.test(name)) {
        return JVM_TEST_NAME.test(name) || JVM_TEST_DIR.test(path) ? 'java' : null;
    }
    if (name.endsWith('.rs'))
        return RUST_TEST_NAME.test(name) || RUST_TEST_DIR.test(path) ? 'rust' : null;
    return null;
}
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kt)$/;
/** A source file is a test or a test config only when its path says so. */
const CODE_ROLE = /test|spec|e2e|cy\.|unit\.|int\.|integration|cypress|\.conf|\.workspace\.|(?:^|\/)\.[^/]*$|IT\.(?:java|kt)$/i;
/** Configs, scripts, CI definitions, Rust sources and snapshots: the full rules decide. */
const OTHER_ROLE = /(?:^|\/)[^/.]+$|\.(?:ya?ml|json|toml|ini|cfg|xml|gradle|kts|sh|bash|mk|snap|ambr|golden|rs)$|rc(?:\.\w+)?$|snapshot/i;
/** A cheap first look (one or two regular expressions): most application files stop here. */
function mayHaveRole(path) {
    return CODE_FILE.test(path) ? CODE_ROLE.test(path) : OTHER_ROLE.test(path);
}
const NO_ROLES = {
    test: null,
    inlineTests: false,
    snapshot: false,
    ci: false,
    script: false,
    testConfig: false,
    coverage: null
};
/** The roles of a path, or null when the verifier has nothing to read in it. */
function fileRoles(path) {
    if (!mayHaveRole(path))
        return null;
    const name = basename(path);
    const snapshot = SNAPSHOT.test(path);
    const test = snapshot ? null : testLanguage(path);
    if (test !== null)
        return { ...NO_ROLES, test, testConfig: TEST_CONFIG_NAME.test(name) };
    const roles = {
        ...NO_ROLES,
        inlineTests: !snapshot && name.endsWith('.rs'),
        snapshot,
        ci: CI.test(path),
        script: SCRIPT_NAME.test(name),
        testConfig: TEST_CONFIG_NAME.test(name) || path.endsWith('.config/nextest.toml'),
        coverage: JS_COVERAGE_NAME.test(name)
            ? 'js'
            : PY_COVERAGE_NAME.test(name)
                ? 'python'
                : CODECOV_NAME.test(name)
                    ? 'codecov'
                    : null
    };
    const any = roles.inlineTests ||
        roles.snapshot ||
        roles.ci ||
        roles.script ||
        roles.testConfig ||
        roles.coverage !== null;
    return any ? roles : null;
}
function scopesOf(roles) {
    const scopes = new Set();
    const language = roles.test ?? (roles.inlineTests ? 'rust' : null);
    if (language) {
        scopes.add('test');
        scopes.add(`test:${language}`);
    }
    if (roles.testConfig)
        scopes.add('testConfig');
    if (roles.script)
        scopes.add('script');
    if (roles.ci)
        scopes.add('ci');
    if (roles.coverage)
        scopes.add(`coverage:${roles.coverage}`);
    return scopes;
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

function scanFiles(files) {
    const scanned = [];
    for (const file of files) {
        const roles = fileRoles(file.path);
        if (roles === null)
            continue;
        const language = roles.test ?? (roles.inlineTests ? 'rust' : null);
        const scopes = scopesOf(roles);
        const lines = new FileLines(changedLinesOf(file), gateFor(scopes, language));
        scanned.push({
            file,
            roles,
            scopes,
            language,
            syntax: syntaxOf(file.path, language),
            blocks: lines.blocks,
            lines
        });
    }
    return scanned;
}
/** Tables read with a hint, and the file scopes their rows apply in. */
const HINTED_TABLES = [
    [RETRY_KNOBS, RETRY_HINT],
    [TIMEOUT_KNOBS, TIMEOUT_HINT],
    [COVERAGE_KNOBS, COVERAGE_HINT],
    [MASK_MARKERS, MASK_HINT],
    [SNAPSHOT_UPDATE_MARKERS, SNAPSHOT_UPDATE_HINT]
];
const gates = new Map();
/** The gate for a file's language and scopes: few distinct ones, each made once. */
function gateFor(scopes, language) {
    const key = `${language}:${[...scopes].join()}`;
    let gate = gates.get(key);
    if (gate === undefined) {
        gate = gateOf(hintsFor(scopes, language));
        gates.set(key, gate);
    }
    return gate;
}
/**
 * The hints the rules test the file's lines against: its language's, and those of each table
 * with a row for one of its scopes. A rule asking about another hint still gets the right lines,
 * from a pass of its own.
 */
function hintsFor(scopes, language) {
    const hints = [];
    if (language !== null) {
        const markers = LANGUAGE_MARKERS[language];
        hints.push(markers.skipHint, markers.assertionHint, markers.declarationHint);
    }
    for (const [table, hint] of HINTED_TABLES) {
        if (table.some((row) => row.scopes === undefined || row.scopes.some((s) => scopes.has(s)))) {
            hints.push(hint);
        }
    }
    return hints;
}

const WHAT = {
    skip: 'A test is skipped or disabled',
    todo: 'A test is turned into a todo',
    xfail: 'A test is marked as expected to fail',
    only: 'A focused test (`.only`) is left in: every other test in the run is skipped'
};
const WHY$2 = 'A skipped test cannot fail, so a green run no longer says the code works.';
const FIX$2 = 'Fix the code or the test instead, or remove the marker; a maintainer approves a deliberate skip.';
/** A skip that names its condition in the marker itself. */
const CONDITIONAL_MARKER = /\b(?:skipIf|runIf|skipif|skipUnless|Enabled(?:If|On)\w*|Disabled(?:If|On)\w*|cfg_attr|assume(?:True|False|That))\b/;
/** A guard on the same line, before the marker (`if (!gc) this.skip()`). */
const GUARD_BEFORE = /\bif\b|\?|&&|\|\||\bunless\b/;
/** A line that opens a guarded block (`if not HAS_GPU:`, `if (process.env.CI) {`). */
const GUARD_LINE = /^\s*(?:\}\s*)?(?:if|elif|else|unless|when)\b/;
/** Decorators and annotations stack above a new declaration at most this deep. */
const DECORATOR_REACH = 6;
const CLOSER = /^\s*(?:[}\])]|end\b|$)/;
function skippedTests(scanned, newTests, unpairedLines) {
    const findings = [];
    for (const file of scanned) {
        if (file.language === null)
            continue;
        const { skips, skipHint } = LANGUAGE_MARKERS[file.language];
        const fresh = newTests.filter((d) => d.lines === file.lines);
        for (const { marker, line } of netAddedMarkers(file, skips, kindOf, skipHint)) {
            const inNewTest = file.file.status === 'added' || inNew(file.lines, line, fresh);
            const conditional = isConditional(file, line);
            const severity = !inNewTest || marker.kind === 'only' ? 'block' : conditional ? 'info' : 'warn';
            const what = inNewTest && marker.kind !== 'only'
                ? `${WHAT[marker.kind]} (a new test)`
                : WHAT[marker.kind];
            findings.push({
                rule: TEST_SKIPPED.id,
                severity,
                message: `${what}: \`${excerpt(line.content)}\``,
                path: file.file.path,
                line: line.newLine ?? undefined,
                evidence: {
                    marker: marker.kind,
                    text: excerpt(line.content),
                    newTest: inNewTest,
                    conditional
                },
                why: inNewTest
                    ? 'The test is new, so the skip hides no failure it had before; it still checks nothing while skipped.'
                    : WHY$2,
                fix: FIX$2
            });
        }
        if (file.file.status !== 'added')
            earlyReturns(file, unpairedLines, findings);
    }
    return findings;
}
function kindOf(marker) {
    return marker.kind;
}
/** The line is inside a new test, or in the decorators right above a new test's declaration. */
function inNew(lines, line, fresh) {
    const id = lines.idOfLine(line);
    if (id === undefined)
        return false;
    for (const d of fresh) {
        const from = lines.idOf(d.hunk, d.from);
        if (id >= from && id < lines.idOf(d.hunk, d.to))
            return true;
        if (id >= from || from - id > DECORATOR_REACH || id < lines.idOf(d.hunk, 0))
            continue;
        // Every line from the marker down to the declaration is added: they arrive together.
        const hunk = lines.hunks[d.hunk];
        let allAdded = true;
        for (let k = id - lines.idOf(d.hunk, 0); k < d.from && allAdded; k++) {
            allAdded = kindAt(hunk, k) === KIND_ADD;
        }
        if (allAdded)
            return true;
    }
    return false;
}
/** The skip names a condition, sits behind a guard on its line, or under a guarding line. */
function isConditional(file, line) {
    const text = line.content;
    if (CONDITIONAL_MARKER.test(text))
        return true;
    const marker = LANGUAGE_MARKERS[file.language].skips.find((s) => s.pattern.test(text));
    const at = marker === undefined ? -1 : text.search(marker.pattern);
    if (at > 0 && GUARD_BEFORE.test(text.slice(0, at)))
        return true;
    const above = lineAbove(file.lines, line);
    return above !== null && GUARD_LINE.test(above) && indentOf$1(above) < indentOf$1(text);
}
/** The nearest non-blank line above `line` on the new side of its hunk, or null. */
function lineAbove(lines, line) {
    const id = lines.idOfLine(line);
    const at = id === undefined ? null : lines.locate(id);
    if (at === null)
        return null;
    const hunk = lines.hunks[at.hunk];
    for (let k = at.k - 1; k >= 0; k--) {
        if (kindAt(hunk, k) === KIND_DEL)
            continue;
        const content = contentAt(hunk, k);
        if (content.trim() !== '')
            return content;
    }
    return null;
}
function indentOf$1(text) {
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i;
}
/**
 * An added bare `return` in an existing test with more of the test after it: the rest of the
 * test, its assertions included, no longer runs.
 */
function earlyReturns(file, unpairedLines, findings) {
    const { lines } = file;
    for (const block of lines.blocks) {
        if (block.addedCount === 0)
            continue;
        const hunk = lines.hunks[block.hunk];
        for (let k = block.from; k < block.to; k++) {
            if (kindAt(hunk, k) !== KIND_ADD)
                continue;
            const content = contentAt(hunk, k);
            if (!isBareReturn(content) || isComment(content, file.syntax))
                continue;
            const line = lines.line(block.hunk, k, content);
            if (unpairedLines.has(lines, line) || !codeFollows(hunk, k, indentOf$1(content)))
                continue;
            findings.push({
                rule: TEST_SKIPPED.id,
                severity: 'block',
                message: `An early \`return\` skips the rest of a test: \`${excerpt(content)}\``,
                path: file.file.path,
                line: line.newLine ?? undefined,
                evidence: { marker: 'early-return', text: excerpt(content) },
                why: WHY$2,
                fix: 'Remove the early return and fix what made the test fail; a maintainer approves a deliberate skip.'
            });
        }
    }
}
/** The next new-side line after `k` is code at the same depth, not the end of the block. */
function codeFollows(hunk, k, indent) {
    for (let j = k + 1; j < hunk.count; j++) {
        if (kindAt(hunk, j) === KIND_DEL)
            continue;
        const content = contentAt(hunk, j);
        if (content.trim() === '')
            continue;
        return !CLOSER.test(content) && indentOf$1(content) >= indent;
    }
    return false;
}
/** A bare `return` (or `return;`) alone on its line: in a test body the lines after it never run. */
function isBareReturn(content) {
    const code = content.trim();
    return code === 'return' || code === 'return;';
}

/** Keys whose list names tests that do NOT run: an entry added skips tests. */
const EXCLUDING_KEYS = new Set([
    'testpathignorepatterns',
    'modulepathignorepatterns',
    'testignore',
    'norecursedirs',
    'collect_ignore',
    'collect_ignore_glob',
    'exclude',
    'ignore'
]);
/** Keys whose value names the tests that run: any edit may leave some out. */
const INCLUDING_KEYS = new Set([
    'testmatch',
    'testregex',
    'testpathpattern',
    'testpaths',
    'python_files',
    'python_functions',
    'python_classes',
    'include',
    'roots',
    'spec'
]);
/** Keys too common to mean test selection outside a JS test runner's own config file. */
const GENERIC_KEYS = new Set(['exclude', 'ignore', 'include', 'roots', 'spec']);
/** A JS test runner's config file, where `exclude` and `include` choose tests. */
const RUNNER_CONFIG = /(?:^|\/)(?:(?:jest|vitest|vite|playwright|cypress)(?:\.[\w-]+)?\.(?:config|workspace)\.[cm]?[jt]s|\.mocharc(?:\.\w+)?)$/;
/** Keys under which `exclude` and `include` are about something else than which tests run. */
const OTHER_PARENTS = new Set([
    'coverage',
    'typecheck',
    'build',
    'compileroptions',
    'watch',
    'server',
    'optimizedeps',
    'nyc',
    'c8',
    'rollupoptions'
]);
/** Runner flags in a command, or in pytest's `addopts`, that leave tests out. */
const SELECTION_FLAGS = [
    {
        label: 'pytest -k / -m',
        pattern: /(?:\bpytest\b|\baddopts\b).{0,200}?\s-(?:k|m)(?:\s+|=)\S/,
        scopes: ['script', 'ci', 'testConfig']
    },
    {
        label: 'pytest --deselect / --ignore',
        pattern: /--deselect\b|--ignore(?:-glob)?[=\s]/,
        scopes: ['script', 'ci', 'testConfig']
    },
    {
        label: 'jest/vitest path filter',
        pattern: /--testPathIgnorePatterns\b|--testPathPattern\b|--exclude\b|--testNamePattern\b|(?:jest|vitest)\b.{0,200}?\s-t\s/,
        scopes: ['script', 'ci', 'testConfig']
    },
    {
        label: 'go test -run / -skip',
        pattern: /\bgo\s+test\b.{0,200}?\s-(?:run|skip)[=\s]/,
        scopes: ['script', 'ci']
    },
    {
        label: 'cargo test --skip',
        pattern: /\bcargo\s+test\b.{0,200}?--skip\b/,
        scopes: ['script', 'ci']
    }
];
const SELECTION_HINT = /-k|-m|deselect|ignore|testPath|exclude|NamePattern|-t\s|-run|-skip|--skip/;
const KEY = /^\s*(?:-\s+)?["']?([A-Za-z_][\w.-]{0,80})["']?\s*[:=]/;
/** How far up a hunk the enclosing key of a list entry is looked for (bounded work per line). */
const KEY_REACH = 200;
const WHY$1 = 'Tests left out of the run cannot fail, so a green run no longer covers them.';
const FIX$1 = 'Keep the tests in the run and fix them; a maintainer approves a deliberate change to test selection.';
function bentSelection(scanned) {
    const findings = [];
    for (const file of scanned) {
        if (!file.scopes.has('testConfig') && !file.scopes.has('script') && !file.scopes.has('ci')) {
            continue;
        }
        for (const { marker, line } of netAddedMarkers(file, SELECTION_FLAGS, (m) => m.label, SELECTION_HINT)) {
            findings.push(finding(file, line, `a runner flag leaves tests out (\`${marker.label}\`)`, marker.label));
        }
        if (file.scopes.has('testConfig')) {
            selectionKeys(file, RUNNER_CONFIG.test(file.file.path), findings);
        }
    }
    return findings;
}
/** Lines added under an excluding key, and lines changed under an including key, not moved. */
function selectionKeys(file, runnerConfig, findings) {
    const { lines } = file;
    const removedTexts = new Map();
    const addedTexts = new Set();
    for (const block of lines.blocks) {
        const hunk = lines.hunks[block.hunk];
        for (let k = block.from; k < block.to; k++) {
            const text = normalized(contentAt(hunk, k));
            if (kindAt(hunk, k) === KIND_ADD)
                addedTexts.add(text);
            else
                removedTexts.set(text, (removedTexts.get(text) ?? 0) + 1);
        }
    }
    for (const block of lines.blocks) {
        const hunk = lines.hunks[block.hunk];
        for (let k = block.from; k < block.to; k++) {
            const kind = kindAt(hunk, k);
            const content = contentAt(hunk, k);
            if (content.trim() === '' || isComment(content, file.syntax))
                continue;
            const key = selectionKeyOf(lines, block.hunk, k, runnerConfig);
            if (key === null)
                continue;
            const including = INCLUDING_KEYS.has(key);
            if (kind === KIND_ADD) {
                const text = normalized(content);
                const twin = removedTexts.get(text) ?? 0;
                if (twin > 0) {
                    removedTexts.set(text, twin - 1);
                    continue;
                }
                const what = including
                    ? `the tests \`${key}\` selects change`
                    : `\`${key}\` leaves more tests out`;
                findings.push(finding(file, lines.line(block.hunk, k, content), what, key));
            }
            else if (kind === KIND_DEL && including && !addedTexts.has(normalized(content))) {
                const line = lines.line(block.hunk, k, content);
                findings.push({
                    ...finding(file, line, `an entry of \`${key}\` is removed, so its tests no longer run`, key),
                    line: block.anchor
                });
            }
        }
    }
}
/**
 * The selection key a line sets or belongs to: its own key, else the key of the nearest
 * less-indented line above it on its side (a list entry), when that is one of the keys.
 */
function selectionKeyOf(lines, h, k, runnerConfig) {
    const hunk = lines.hunks[h];
    const content = contentAt(hunk, k);
    const own = KEY.exec(content);
    if (own !== null)
        return selectionKey(own[1], parentKey(lines, h, k), runnerConfig);
    const skip = kindAt(hunk, k) === KIND_ADD ? KIND_DEL : KIND_ADD;
    const indent = indentOf(content);
    for (let j = k - 1; j >= 0 && k - j <= KEY_REACH; j--) {
        if (kindAt(hunk, j) === skip)
            continue;
        const above = contentAt(hunk, j);
        if (above.trim() === '' || indentOf(above) >= indent)
            continue;
        const key = KEY.exec(above);
        return key === null ? null : selectionKey(key[1], parentKey(lines, h, j), runnerConfig);
    }
    return null;
}
/** The key of the nearest less-indented line above line `k` (same side), or null. */
function parentKey(lines, h, k) {
    const hunk = lines.hunks[h];
    const skip = kindAt(hunk, k) === KIND_ADD ? KIND_DEL : KIND_ADD;
    const indent = indentOf(contentAt(hunk, k));
    for (let j = k - 1; j >= 0 && k - j <= KEY_REACH; j--) {
        if (kindAt(hunk, j) === skip)
            continue;
        const above = contentAt(hunk, j);
        if (above.trim() === '' || indentOf(above) >= indent)
            continue;
        const key = KEY.exec(above);
        return key === null ? null : key[1].toLowerCase();
    }
    return null;
}
function selectionKey(raw, parent, runnerConfig) {
    const key = raw.toLowerCase().split('.').at(-1);
    if (!EXCLUDING_KEYS.has(key) && !INCLUDING_KEYS.has(key))
        return null;
    if (GENERIC_KEYS.has(key) && !runnerConfig)
        return null;
    if (parent !== null && OTHER_PARENTS.has(parent))
        return null;
    if (raw
        .toLowerCase()
        .split('.')
        .some((part) => OTHER_PARENTS.has(part)))
        return null;
    return key;
}
function indentOf(text) {
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return i;
}
function finding(file, line, what, setting) {
    return {
        rule: TEST_SKIPPED.id,
        severity: 'block',
        message: `Test selection is narrowed: ${what}: \`${excerpt(line.content)}\``,
        path: file.file.path,
        line: line.newLine ?? undefined,
        evidence: { marker: 'selection', setting, text: excerpt(line.content) },
        why: WHY$1,
        fix: FIX$1
    };
}

const WHY = 'A rewritten snapshot accepts whatever the code now outputs, right or wrong.';
const FIX = 'Check each snapshot change by hand and say why it is right in the PR; a maintainer approves it.';
/** A template literal passed to an inline-snapshot matcher opens on this line. */
const INLINE_OPEN = /InlineSnapshot\(\s*`/;
const INLINE_CLOSE = /`\s*\)/;
const INLINE_CALL = 'InlineSnapshot(';
function rewrittenSnapshots(scanned) {
    const findings = [];
    for (const file of scanned) {
        if (file.roles.snapshot) {
            const finding = storedSnapshot(file);
            if (finding)
                findings.push(finding);
            continue;
        }
        if (file.language === 'js') {
            const line = inlineSnapshotEdit(file.lines);
            if (line !== null) {
                findings.push({
                    rule: SNAPSHOT_REWRITTEN.id,
                    severity: 'warn',
                    message: 'An inline snapshot is rewritten in place.',
                    path: file.file.path,
                    line,
                    evidence: { kind: 'inline' },
                    why: WHY,
                    fix: FIX
                });
            }
        }
        for (const { marker, line } of netAddedMarkers(file, SNAPSHOT_UPDATE_MARKERS, (m) => m.label, SNAPSHOT_UPDATE_HINT)) {
            findings.push({
                rule: SNAPSHOT_REWRITTEN.id,
                severity: 'warn',
                message: `The test command now updates snapshots (\`${marker.label}\`): \`${excerpt(line.content)}\``,
                path: file.file.path,
                line: line.newLine ?? undefined,
                evidence: { kind: 'update-flag', flag: marker.label },
                why: 'A run that rewrites its snapshots cannot fail on them.',
                fix: 'Remove the update flag from the command; update snapshots locally and review them.'
            });
        }
    }
    return findings;
}
function storedSnapshot(scanned) {
    const { file } = scanned;
    if (file.status === 'added')
        return null;
    const base = { rule: SNAPSHOT_REWRITTEN.id, severity: 'warn', path: file.path };
    if (file.status === 'deleted') {
        return {
            ...base,
            message: 'A snapshot file is deleted.',
            evidence: { kind: 'deleted' },
            why: WHY,
            fix: FIX
        };
    }
    if (file.binary && file.status === 'modified') {
        return {
            ...base,
            message: 'A binary snapshot (an image) is replaced.',
            evidence: { kind: 'binary' },
            why: WHY,
            fix: FIX
        };
    }
    if (file.deletions === 0)
        return null;
    const first = scanned.blocks.find((b) => b.removedCount > 0);
    return {
        ...base,
        message: `A stored snapshot is rewritten: ${file.deletions} existing line${file.deletions === 1 ? '' : 's'} changed or removed.`,
        line: first?.anchor,
        evidence: { kind: 'rewritten', removedLines: file.deletions, addedLines: file.additions },
        why: WHY,
        fix: FIX
    };
}
/** The new-file line of the first removed line inside an inline snapshot, or null. */
function inlineSnapshotEdit(lines) {
    for (let h = 0; h < lines.hunks.length; h++) {
        // A hunk that never opens an inline snapshot has nothing inside one.
        if (!lines.mayInclude(h, INLINE_CALL))
            continue;
        const hunk = lines.hunks[h];
        let inside = false;
        let nextNewLine = hunk.newStart;
        for (let k = 0; k < hunk.count; k++) {
            const newLine = newLineAt(hunk, k);
            if (newLine !== null)
                nextNewLine = newLine + 1;
            const kind = kindAt(hunk, k);
            if (kind === KIND_ADD)
                continue;
            if (kind === KIND_DEL && inside)
                return Math.max(1, nextNewLine);
            const content = contentAt(hunk, k);
            if (content.includes(INLINE_CALL) && INLINE_OPEN.test(content)) {
                inside = !INLINE_CLOSE.test(content.slice(content.search(INLINE_OPEN)));
            }
            else if (inside && INLINE_CLOSE.test(content)) {
                inside = false;
            }
        }
    }
    return null;
}

const verifierDetectors = {
    name: 'verifier',
    detect({ changeSet }) {
        const scanned = scanFiles(changeSet.files);
        const deleted = deletedTests(scanned);
        const reruns = rerunsToGreen(changeSet);
        const findings = [
            ...reruns.findings,
            ...skippedTests(scanned, deleted.newTests, deleted.unpairedLines),
            ...bentSelection(scanned),
            ...ciSkips(scanned),
            ...addedRetries(scanned),
            ...deleted.findings,
            ...weakenedAssertions(scanned, deleted.unpairedLines),
            ...raisedTimeouts(scanned),
            ...rewrittenSnapshots(scanned),
            ...maskedFailures(scanned)
        ];
        return reruns.timeline ? { findings, testTimeline: reruns.timeline } : { findings };
    }
};

/** The registry: every detector group, in report order. */
const DETECTOR_GROUPS = [
    scopeDetectors,
    minimalityDetectors,
    riskDetectors,
    verifierDetectors,
    manifestDetectors,
    disciplineDetectors,
    dataDetectors
];
/** Detectors that read the minimality score, so they run once every group's findings are in. */
const SCORE_DETECTORS = [lowMinimalityDetector];
const RANK = { info: 0, warn: 1, block: 2 };
/**
 * The one place a configured level applies: it replaces a detector's own severity; `off` drops
 * the finding; an `info` finding of a rule that is not quiet by default (an allowed refactor,
 * say) stays informational; a locked rule keeps blocking; a rule whose level is a ceiling is
 * lowered, never raised.
 */
function applyLevels(findings, input) {
    const out = [];
    for (const finding of findings) {
        const meta = ruleMeta(finding.rule);
        const configured = input.config.rules[finding.rule];
        if (meta?.locked || configured === undefined)
            out.push(finding);
        else if (configured === 'off')
            continue;
        else if (finding.severity === 'info' && meta?.defaultLevel !== 'info')
            out.push(finding);
        else if (meta?.levelIsCeiling && RANK[configured] > RANK[finding.severity])
            out.push(finding);
        else
            out.push(configured === finding.severity ? finding : withSeverity(finding, configured));
    }
    return out;
}
function withSeverity(finding, severity) {
    return { ...finding, severity };
}
/** A locked rule set below block in the config: ignored, and the report says so. */
function lockedRuleNotes(rules) {
    const notes = [];
    for (const meta of RULES$3) {
        const configured = rules[meta.id];
        if (meta.locked && configured !== undefined && configured !== 'block') {
            notes.push(`rules.${meta.id} is set to ${configured}, which is ignored: ${meta.id} is locked and always blocks, so an agent cannot loosen its own supervision.`);
        }
    }
    return notes;
}
/**
 * Runs every detector group, then each rule module's own detector, and scores the change's
 * minimality. Pure and deterministic.
 */
function analyze(input) {
    const raw = [];
    let splitPlan = null;
    let testTimeline = null;
    for (const group of DETECTOR_GROUPS) {
        const result = group.detect(input);
        for (const finding of result.findings)
            raw.push(finding);
        if (result.splitPlan)
            splitPlan = result.splitPlan;
        if (result.testTimeline)
            testTimeline = result.testTimeline;
    }
    for (const rule of RULES$3) {
        if (rule.detect)
            for (const finding of rule.detect(input))
                raw.push(finding);
    }
    const levelled = applyLevels(raw, input);
    const score = scoreMinimality(input, levelled);
    const findings = quietSmallNoise(input, levelled, score);
    const scored = [];
    for (const detector of SCORE_DETECTORS) {
        for (const finding of detector.detect(input, score))
            scored.push(finding);
    }
    for (const finding of applyLevels(scored, input))
        findings.push(finding);
    return { findings, score, splitPlan, testTimeline };
}

var index = /*#__PURE__*/Object.freeze({
    __proto__: null,
    DETECTOR_GROUPS: DETECTOR_GROUPS,
    RULES: RULES$3,
    SCORE_DETECTORS: SCORE_DETECTORS,
    analyze: analyze,
    applyLevels: applyLevels,
    lockedRuleNotes: lockedRuleNotes
});

export { DETECTOR_GROUPS as D, analyze as a, findSecretsInLine as f, index as i, lockedRuleNotes as l, redact as r };
