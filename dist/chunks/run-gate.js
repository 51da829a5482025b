import { f as findSecretsInLine, r as redact, a as analyze, l as lockedRuleNotes } from './index.js';
import { D as DEFAULT_CONFIG } from './file.js';
import { S as SEVERITY_RANK } from './labels.js';

function covers(grant, finding) {
    if (grant.covers === 'all')
        return true;
    return finding.category !== undefined && grant.covers.category === finding.category;
}
/**
 * The decision, pure: findings + policy + verified approval -> verdict. Enforced findings (the
 * gate's own supervision) block in every mode and even on skipped changes, until approved.
 */
function decide(findings, policy, approval) {
    const notes = [...policy.notes];
    const considered = policy.skipped === null ? findings : findings.filter((f) => f.enforced);
    const blocking = [];
    const approved = [];
    const usedGrants = new Set();
    let softened = 0;
    let warnings = 0;
    for (const finding of considered) {
        if (finding.severity === 'info')
            continue;
        if (finding.severity === 'warn') {
            warnings++;
            continue;
        }
        const grant = approval.grants.find((g) => covers(g, finding));
        if (grant) {
            usedGrants.add(grant);
            approved.push(finding);
        }
        else if (finding.enforced || policy.mode === 'enforce') {
            blocking.push(finding);
        }
        else {
            softened++;
        }
    }
    for (const grant of approval.grants) {
        if (usedGrants.has(grant) || grant.covers === 'all')
            continue;
        notes.push(`The label ${grant.label} by ${grant.by} approves only ${grant.covers.category} findings; no blocking finding is in that category.`);
    }
    if (softened > 0) {
        notes.push(policy.mode === 'warn'
            ? `Mode is warn: ${softened} blocking finding(s) reported as warnings.`
            : `Mode is observe: ${softened} blocking finding(s) reported only.`);
    }
    let verdict = 'pass';
    if (blocking.length > 0)
        verdict = 'fail';
    else if (policy.mode !== 'observe' && (warnings > 0 || softened > 0))
        verdict = 'warn';
    return {
        verdict,
        mode: policy.mode,
        overridden: approved.length > 0 && blocking.length === 0,
        approval: approvalRecord([...usedGrants], approved),
        blocking,
        approved,
        skipped: policy.skipped,
        notes
    };
}
function approvalRecord(grants, approved) {
    if (grants.length === 0)
        return null;
    const primary = grants.find((g) => g.covers === 'all') ?? grants[0];
    const categories = new Set();
    for (const finding of approved)
        categories.add(finding.category ?? finding.rule);
    return {
        label: grants.map((g) => g.label).join(', '),
        by: [...new Set(grants.map((g) => g.by))].join(', '),
        role: primary.role,
        at: primary.at,
        headSha: primary.headSha,
        covers: [...categories].sort()
    };
}

/**
 * The domain model shared by every stage: collect builds a ChangeSet, analyze turns it into
 * Findings, decide turns those into a Verdict, report renders a GateReport. Plain data (no
 * functions, no Dates: ISO strings instead), with one exception: a `Hunk` read from a diff is a
 * class over a shared line table, see `Hunk`.
 */
const NO_APPROVAL = Object.freeze({ grants: [], rejections: [] });

/**
 * The one place secrets leave the report. Every string a renderer can print (messages, evidence,
 * excerpts, paths, notes) goes through `redactReport` before any renderer sees it: detectors that
 * quote a changed line (`it.skip(...)`, `|| true`, `jest -u`) need not know about secrets.
 */
/**
 * A documented token prefix and what follows it: catches a token an excerpt cut short, which no
 * longer has its format's full length.
 */
const TOKEN_PREFIX = /(?<![A-Za-z0-9_])(?:gh[pousr]_|github_pat_|xox[abposr]-|xapp-|[rs]k_live_|sk-ant-|sk-proj-|sk-svcacct-|sk-admin-|npm_|AKIA|ASIA|ABIA|ACCA|AIza|eyJ)(?=[A-Za-z0-9_.-]{8})/g;
/** Characters of base64, base64url and most token alphabets. */
function isTokenChar(code) {
    return ((code >= 48 && code <= 57) ||
        (code >= 65 && code <= 90) ||
        (code >= 97 && code <= 122) ||
        code === 43 ||
        code === 45 ||
        code === 47 ||
        code === 61 ||
        code === 95);
}
/** The shortest run of token characters judged by shape alone (a cut key, a PEM body line). */
const MIN_RANDOM_RUN = 20;
/** Per-character stamps of the current run: distinct characters counted without a Set per run. */
const seenAt = new Uint32Array(128);
let stamp = 0;
/**
 * A run that reads as generated: upper and lower case and digits, at least two of each, and
 * varied. Hex digests (no upper case), paths and identifiers (few digits) do not qualify.
 * `line.slice(start, end)` is the run; it holds token characters only, all ASCII.
 */
function looksRandom(line, start, end) {
    let upper = 0;
    let lower = 0;
    let digit = 0;
    let distinct = 0;
    stamp++;
    for (let i = start; i < end; i++) {
        const code = line.charCodeAt(i);
        if (code >= 65 && code <= 90)
            upper++;
        else if (code >= 97 && code <= 122)
            lower++;
        else if (code >= 48 && code <= 57)
            digit++;
        if (seenAt[code] !== stamp) {
            seenAt[code] = stamp;
            distinct++;
        }
    }
    return upper >= 2 && lower >= 2 && digit >= 2 && distinct >= Math.min(16, (end - start) / 2);
}
/** Replaces every secret-shaped part of one line; the line is returned as is when none is. */
function redactLine(line) {
    const spans = [];
    const add = (start, end, shown) => {
        const value = line.slice(start, end);
        spans.push({ start, end, replacement: redact({ value, shown }) });
    };
    for (const candidate of findSecretsInLine(line, true)) {
        add(candidate.start, candidate.end, candidate.shown);
    }
    // an excerpt cut inside a quoted value leaves the quote open: close it and read again
    const open = unclosedQuote(line);
    if (open !== null) {
        for (const candidate of findSecretsInLine(line + open, true)) {
            add(candidate.start, Math.min(candidate.end, line.length), candidate.shown);
        }
    }
    TOKEN_PREFIX.lastIndex = 0;
    for (let m = TOKEN_PREFIX.exec(line); m !== null; m = TOKEN_PREFIX.exec(line)) {
        let end = m.index + m[0].length;
        while (end < line.length && isTokenChar(line.charCodeAt(end)))
            end++;
        add(m.index, end, m[0].slice(0, 4));
        TOKEN_PREFIX.lastIndex = end;
    }
    for (let start = 0; start < line.length;) {
        if (!isTokenChar(line.charCodeAt(start))) {
            start++;
            continue;
        }
        let end = start;
        while (end < line.length && isTokenChar(line.charCodeAt(end)))
            end++;
        if (end - start >= MIN_RANDOM_RUN && looksRandom(line, start, end))
            add(start, end, '');
        start = end;
    }
    if (spans.length === 0)
        return line;
    return applySpans(line, spans);
}
/** The quote character left open at the end of the line, if any. */
function unclosedQuote(line) {
    let open = null;
    for (let i = 0; i < line.length; i++) {
        const ch = line.charAt(i);
        if (ch !== '"' && ch !== "'" && ch !== '`')
            continue;
        if (open === null)
            open = ch;
        else if (open === ch)
            open = null;
    }
    return open;
}
/** Overlapping spans merge into one; the text between them is kept. */
function applySpans(line, spans) {
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    let out = '';
    let kept = 0;
    let current = null;
    for (const span of spans) {
        if (current !== null && span.start < current.end) {
            if (span.end > current.end) {
                current = {
                    start: current.start,
                    end: span.end,
                    replacement: redact({ value: line.slice(current.start, span.end), shown: '' })
                };
            }
            continue;
        }
        if (current !== null) {
            out += line.slice(kept, current.start) + current.replacement;
            kept = current.end;
        }
        current = span;
    }
    if (current !== null) {
        out += line.slice(kept, current.start) + current.replacement;
        kept = current.end;
    }
    return out + line.slice(kept);
}
/** A text with every secret-shaped value on any of its lines redacted. */
function redactText(text) {
    if (!text.includes('\n'))
        return redactLine(text);
    return text.split('\n').map(redactLine).join('\n');
}
/**
 * The value with every string in it (keys too) redacted: the same value where nothing changed,
 * else a copy of each array and object on the way to a change. A report repeats its strings
 * (keys, paths, rule ids), so each distinct one is read once, through `known`.
 */
function redactValue(value, known) {
    if (typeof value === 'string') {
        let redacted = known.get(value);
        if (redacted === undefined) {
            redacted = redactText(value);
            known.set(value, redacted);
        }
        return redacted;
    }
    if (typeof value !== 'object' || value === null)
        return value;
    if (Array.isArray(value)) {
        let copy = null;
        for (let i = 0; i < value.length; i++) {
            const item = redactValue(value[i], known);
            if (copy === null && item !== value[i])
                copy = value.slice(0, i);
            if (copy !== null)
                copy.push(item);
        }
        return copy ?? value;
    }
    const entries = Object.entries(value);
    let changed = false;
    for (const entry of entries) {
        const key = redactValue(entry[0], known);
        const child = redactValue(entry[1], known);
        if (key !== entry[0] || child !== entry[1])
            changed = true;
        entry[0] = key;
        entry[1] = child;
    }
    // fromEntries defines each key as an own property, `__proto__` included, on a plain object.
    return changed ? Object.fromEntries(entries) : value;
}
/** The report with every string a renderer may print redacted. */
function redactReport(report) {
    return redactValue(report, new Map());
}

/** Said when a source marks the change incomplete without saying why. */
const UNKNOWN_INCOMPLETE_REASON = 'the source did not deliver the whole change';
/** The report every renderer reads, every string in it already redacted. */
function buildReport(input) {
    const { changeSet, analysis, verdict } = input;
    let additions = 0;
    let deletions = 0;
    for (const file of changeSet.files) {
        additions += file.additions;
        deletions += file.deletions;
    }
    const pr = changeSet.pr;
    return redactReport({
        version: 1,
        verdict: verdict.verdict,
        mode: verdict.mode,
        overridden: verdict.overridden,
        approval: verdict.approval,
        complete: changeSet.complete,
        incompleteReason: changeSet.complete
            ? null
            : (changeSet.incompleteReason ?? UNKNOWN_INCOMPLETE_REASON),
        score: analysis.score,
        stats: { files: changeSet.files.length, additions, deletions },
        findings: withEffects(analysis.findings, verdict).sort(compareFindings),
        pr: pr === null ? null : { number: pr.number, url: pr.url, headSha: pr.headSha },
        skipped: verdict.skipped,
        notes: distinct([...verdict.notes, ...(changeSet.ci?.notes ?? [])]),
        approvalNotes: [...input.approvalNotes],
        splitPlan: analysis.splitPlan,
        testTimeline: analysis.testTimeline,
        apiCalls: input.apiCalls,
        timingMs: { ...input.timingMs }
    });
}
/** Each finding carries what the decision did with it, so renderers never re-derive the policy. */
function withEffects(findings, verdict) {
    const blocking = new Set(verdict.blocking);
    const approved = new Set(verdict.approved);
    return findings.map((finding) => {
        let effect;
        if (finding.severity === 'warn')
            effect = 'warning';
        else if (finding.severity === 'info')
            effect = 'info';
        else if (blocking.has(finding))
            effect = 'blocking';
        else if (approved.has(finding))
            effect = 'approved';
        else
            effect = 'softened';
        return { ...finding, effect };
    });
}
/**
 * Severity (block, warn, info), then path, line, rule and message. Change-wide findings (no
 * path) come before file findings and file-level before line-level, so the order is total.
 */
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compareText(a.path ?? '', b.path ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        compareText(a.rule, b.rule) ||
        compareText(a.message, b.message));
}
/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}
function distinct(lines) {
    return [...new Set(lines)];
}

/**
 * The engine: analyze -> decide -> build the report, on what the collect stage handed over. The
 * action, the CLI, bench and scripts all run `runGate`. Apart from the library entry (engine.ts),
 * so that a run loads no config or manifest parser it does not use.
 */
/** Everyone's change, with the agent rules on: how the CLI gates by default. */
const EVERY_CHANGE = Object.freeze({ isAgent: true, skipped: null });
/**
 * A collection of a change read without GitHub (a diff, a repository): no approval, no findings
 * or notes of its own; `parts` adds what the caller did read.
 */
function collectionOf(changeSet, config = DEFAULT_CONFIG, parts = {}) {
    return {
        changeSet,
        config,
        audience: EVERY_CHANGE,
        approval: NO_APPROVAL,
        findings: [],
        notes: [],
        collectMs: 0,
        apiCalls: 0,
        ...parts
    };
}
function runGate(collection) {
    const started = performance.now();
    const { changeSet, config, audience, approval } = collection;
    const analyzed = analyze({ changeSet, config, isAgent: audience.isAgent });
    const analysis = collection.findings.length > 0
        ? { ...analyzed, findings: [...collection.findings, ...analyzed.findings] }
        : analyzed;
    const verdict = decide(analysis.findings, {
        mode: config.mode,
        skipped: audience.skipped,
        notes: [...collection.notes, ...lockedRuleNotes(config.rules)]
    }, approval);
    const analyzedAt = performance.now();
    const report = buildReport({
        changeSet,
        analysis,
        verdict,
        timingMs: {
            collect: roundMs(collection.collectMs),
            analyze: roundMs(analyzedAt - started),
            report: 0
        },
        apiCalls: collection.apiCalls,
        approvalNotes: approval.rejections
    });
    // Building the report is the report stage here; a publisher adds its own time on top.
    report.timingMs.report = roundMs(performance.now() - analyzedAt);
    return { analysis, verdict, report };
}
/** Milliseconds to one decimal, as the report shows them. */
function roundMs(ms) {
    return Math.round(ms * 10) / 10;
}

export { EVERY_CHANGE as E, buildReport as b, collectionOf as c, decide as d, runGate as r };
