import { b as FAMILY_ORDER, f as familyOf } from './catalogue.js';

/** Wording every renderer shares: verdict statuses, severities and the rule families of 2.4. */
const SEVERITY_RANK = { block: 0, warn: 1, info: 2 };
/** What the decision did with a finding (buildReport records it; severity is the fallback). */
function findingEffect(finding) {
    if (finding.effect !== undefined)
        return finding.effect;
    if (finding.severity === 'warn')
        return 'warning';
    if (finding.severity === 'info')
        return 'info';
    return 'blocking';
}
function summarizeVerdict(report) {
    const counts = {
        blocking: 0,
        approved: 0,
        softened: 0,
        warning: 0,
        info: 0
    };
    for (const finding of report.findings)
        counts[findingEffect(finding)] += 1;
    return {
        status: statusOf(report),
        blocking: counts.blocking,
        approved: counts.approved,
        softened: counts.softened,
        warnings: counts.warning,
        infos: counts.info
    };
}
function statusOf(report) {
    if (report.verdict === 'fail')
        return 'blocked';
    if (report.skipped !== null)
        return 'skipped';
    if (report.overridden)
        return 'approved';
    return report.verdict === 'warn' ? 'warned' : 'passed';
}
/** `1 finding`, `1,200 findings`: the count with thousands separators and the noun agreeing. */
function plural(count, noun, nouns = `${noun}s`) {
    return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}
const FIX = 'a fix or an approval';
/**
 * The reason part of the verdict line, from counts only (no untrusted text), so every renderer
 * can print it as is.
 */
function verdictReason(summary, report) {
    const { blocking, approved, softened, warnings, infos } = summary;
    switch (summary.status) {
        case 'skipped':
            return 'the gate did not apply to this change';
        case 'approved':
            return `${plural(approved, 'blocking finding')} approved by a human`;
        case 'blocked':
            if (blocking === 0)
                return 'the gate failed closed, see the notes';
            return `${plural(blocking, 'finding')} ${blocking === 1 ? 'needs' : 'need'} ${FIX}`;
        case 'warned':
            if (softened > 0) {
                return `${plural(softened, 'finding')} would block in enforce mode (mode: ${report.mode})`;
            }
            return `${plural(warnings, 'finding')} to review`;
        case 'passed':
            if (softened + warnings > 0) {
                const reported = plural(softened + warnings, 'finding');
                return `${reported} reported, none blocks (mode: ${report.mode})`;
            }
            if (infos === 0)
                return 'no findings';
            return `${plural(infos, 'informational finding')}, none blocks`;
    }
}
const TEXT_VERDICT = {
    pass: 'PASS',
    warn: 'WARN',
    fail: 'FAIL (blocked)'
};
/** Terminal label: `PASS`, `WARN` or `FAIL (blocked)`, qualified when approved or skipped. */
function textStatus(report, status) {
    const word = TEXT_VERDICT[report.verdict];
    if (status === 'approved' || status === 'skipped')
        return `${word} (${status})`;
    return word;
}
/** Job-summary label of the verdict, a word a reviewer reads first. */
const MARKDOWN_STATUS = {
    skipped: 'Skipped',
    approved: 'Approved',
    blocked: 'Blocked',
    warned: 'Passed with warnings',
    passed: 'Passed'
};
/** Findings by rule family: families with blocking findings first, then in the 2.4 order. */
function groupByFamily(report) {
    const groups = FAMILY_ORDER.map((family) => ({ family, findings: [], blocking: 0 }));
    for (const finding of report.findings) {
        const group = groups[FAMILY_ORDER.indexOf(familyOf(finding.rule))];
        group.findings.push(finding);
        if (findingEffect(finding) === 'blocking')
            group.blocking += 1;
    }
    const present = groups.filter((group) => group.findings.length > 0);
    return [
        ...present.filter((group) => group.blocking > 0),
        ...present.filter((group) => group.blocking === 0)
    ];
}
/** `path:line`, `path:line-endLine`, `path`, or null for a change-wide finding. */
function locationOf(finding) {
    if (finding.path === undefined || finding.path === '')
        return null;
    if (finding.line === undefined)
        return finding.path;
    if (finding.endLine === undefined || finding.endLine <= finding.line) {
        return `${finding.path}:${finding.line}`;
    }
    return `${finding.path}:${finding.line}-${finding.endLine}`;
}
/** A SHA shortened the way git prints it; other refs as they are. */
function shortSha(ref) {
    return /^[0-9a-f]{40,64}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
/** Hunk numbers as the analysis gives them; none listed means the whole file. */
/** Split-plan hunks are 0-based indexes into the file's hunks; people count from 1. */
function hunkList(hunks) {
    if (hunks.length === 0)
        return 'whole file';
    return `${hunks.length === 1 ? 'hunk' : 'hunks'} ${hunks.map((h) => h + 1).join(', ')}`;
}
/** Locations listed under one group before "and N more". */
const MAX_GROUP_LOCATIONS = 10;
/** Groups shown by the job summary and the terminal unless told otherwise (`--max-findings`). */
const DEFAULT_MAX_FINDING_GROUPS = 50;
/**
 * Groups findings in report order by rule, effect, category, why and fix. Grouping is for
 * people: JSON and SARIF keep every finding.
 */
function groupFindings(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const effect = findingEffect(finding);
        const key = JSON.stringify([
            finding.rule,
            effect,
            finding.category ?? null,
            finding.why ?? null,
            finding.fix ?? null,
            effect === 'blocking' ? (finding.approve ?? null) : null
        ]);
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, { rule: finding.rule, effect, findings: [finding] });
        else
            group.findings.push(finding);
    }
    return [...groups.values()];
}
/** The group's locations, at most `max`, and how many more there are. */
function groupLocations(group, max = MAX_GROUP_LOCATIONS) {
    const all = group.findings.map(locationOf).filter((l) => l !== null);
    const shown = all.slice(0, max);
    return { shown, more: all.length - shown.length };
}
/** The approval hint, only while the finding blocks: on anything else there is nothing to approve. */
function approvalHint(finding) {
    return findingEffect(finding) === 'blocking' ? finding.approve : undefined;
}
/**
 * A pass with nothing to act on: no warning, nothing blocking, approved or softened, the whole
 * change seen, not skipped, and no note. Info findings stay in the full report.
 */
function isClean(report) {
    return (report.verdict === 'pass' &&
        report.complete &&
        report.skipped === null &&
        report.approval === null &&
        report.notes.length === 0 &&
        report.approvalNotes.length === 0 &&
        report.findings.every((f) => findingEffect(f) === 'info'));
}
/** The one line a clean pass gets: the change's size and score, and how many info findings. */
function cleanLine(report) {
    const { files, additions, deletions } = report.stats;
    const infos = report.findings.length;
    const info = infos === 0 ? '' : `; ${plural(infos, 'informational finding')} in the full report`;
    return (`nothing to act on (${plural(files, 'file')}, +${additions.toLocaleString('en-US')} ` +
        `-${deletions.toLocaleString('en-US')}, minimality ${report.score.value}/100${info})`);
}

export { DEFAULT_MAX_FINDING_GROUPS as D, MARKDOWN_STATUS as M, SEVERITY_RANK as S, shortSha as a, groupFindings as b, cleanLine as c, approvalHint as d, groupLocations as e, findingEffect as f, groupByFamily as g, hunkList as h, isClean as i, locationOf as l, plural as p, summarizeVerdict as s, textStatus as t, verdictReason as v };
