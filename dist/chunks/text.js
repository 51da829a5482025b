import { D as DEFAULT_MAX_FINDING_GROUPS, s as summarizeVerdict, v as verdictReason, t as textStatus, a as shortSha, p as plural, g as groupByFamily, b as groupFindings, h as hunkList, l as locationOf, e as groupLocations, d as approvalHint } from './labels.js';
import { s as singleLine } from './markdown-escape.js';
import { F as FAMILY_TITLE } from './catalogue.js';

const SGR = {
    bold: '\u001b[1m',
    dim: '\u001b[2m',
    red: '\u001b[31m',
    yellow: '\u001b[33m',
    green: '\u001b[32m'
};
const RESET = '\u001b[0m';
/** What each finding did to the verdict, in a column of its own. */
const EFFECT_LABEL = {
    blocking: 'block',
    approved: 'approved',
    softened: 'reported',
    warning: 'warn',
    info: 'info'
};
const EFFECT_WIDTH = 8;
const EFFECT_STYLE = {
    blocking: 'red',
    approved: 'green',
    softened: 'yellow',
    warning: 'yellow',
    info: 'dim'
};
/** Every string from outside goes through here: escape sequences would reach the terminal. */
const safe = singleLine;
function renderText(report, options) {
    const paint = options.color
        ? (text, ...styles) => `${styles.map((style) => SGR[style]).join('')}${text}${RESET}`
        : (text) => text;
    const lines = [
        ...verdictLines(report, paint),
        ...scoreLines(report, paint),
        ...findingLines(report, paint, options.maxFindings ?? DEFAULT_MAX_FINDING_GROUPS),
        ...splitPlanLines(report.splitPlan, paint, options.maxFindings ?? DEFAULT_MAX_FINDING_GROUPS),
        ...timelineLines(report.testTimeline, paint),
        ...noteLines(report, paint)
    ];
    return `${lines.join('\n')}\n`;
}
function verdictLines(report, paint) {
    const summary = summarizeVerdict(report);
    const style = report.verdict === 'fail' ? 'red' : report.verdict === 'warn' ? 'yellow' : 'green';
    const skipped = report.skipped === null ? null : safe(report.skipped);
    // A skipped change's own reason says more than the generic one.
    const reason = summary.status === 'skipped' && skipped !== null ? skipped : verdictReason(summary, report);
    const lines = [`${paint(textStatus(report, summary.status), 'bold', style)}: ${reason}`];
    if (!report.complete) {
        const reason = safe(report.incompleteReason ?? '');
        lines.push(`${paint('Incomplete', 'bold', 'red')}: the gate did not see the whole change: ${reason}`);
    }
    if (skipped !== null && summary.status !== 'skipped')
        lines.push(`Skipped: ${skipped}`);
    if (report.approval !== null) {
        const a = report.approval;
        lines.push(`Approved by ${safe(a.by)} (${safe(a.role)}) with label ${safe(a.label)} at ${safe(a.at)} ` +
            `for head ${safe(shortSha(a.headSha))}, covering ${safe(a.covers.join(', '))}`);
    }
    const { files, additions, deletions } = report.stats;
    const change = `${plural(files, 'file')}, +${additions} -${deletions}`;
    const pr = report.pr === null ? '' : `PR #${report.pr.number}, head ${safe(shortSha(report.pr.headSha))}, `;
    lines.push(paint(`${pr}${change}, mode ${report.mode}`, 'dim'));
    if (report.base !== undefined) {
        const b = report.base;
        const how = b.how === 'given' ? '--base' : 'the default branch; pass --base to choose';
        lines.push(paint(`Base ${safe(b.ref)} (${how}), merge-base ${shortSha(b.sha)}; head ${safe(b.headRef)} ${shortSha(b.headSha)}`, 'dim'));
    }
    return lines;
}
/** The score judges an agent's change; a skipped change was not judged. */
function scoreLines(report, paint) {
    if (report.skipped !== null)
        return [];
    const { value, components } = report.score;
    const width = components.reduce((w, c) => Math.max(w, safe(c.name).length), 0);
    return [
        '',
        paint(`Minimality score ${value}/100`, 'bold'),
        ...components.map((c) => `  ${safe(c.name).padEnd(width)}  ${plural(c.lines, 'line').padStart(12)}  ` +
            safe(c.explain))
    ];
}
function findingLines(report, paint, maxGroups) {
    const lines = [];
    let budget = maxGroups;
    let hidden = 0;
    for (const family of groupByFamily(report)) {
        const groups = groupFindings(family.findings);
        const shown = groups.slice(0, Math.max(0, budget));
        budget -= shown.length;
        for (const group of groups.slice(shown.length))
            hidden += group.findings.length;
        if (shown.length === 0)
            continue;
        const blocking = family.blocking > 0 ? `, ${family.blocking} blocking` : '';
        lines.push('', paint(`${FAMILY_TITLE[family.family]} (${family.findings.length}${blocking})`, 'bold'));
        const ruleWidth = shown.reduce((width, g) => Math.max(width, g.rule.length), 0);
        for (const group of shown) {
            for (const line of groupEntry(group, ruleWidth, paint))
                lines.push(line);
        }
    }
    if (hidden > 0) {
        lines.push('', `\u2026and ${plural(hidden, 'more finding')} past --max-findings ${maxGroups}: ` +
            'the json and sarif formats list every finding.');
    }
    return lines;
}
function groupEntry(group, ruleWidth, paint) {
    const first = group.findings[0];
    const severity = paint(EFFECT_LABEL[group.effect].padEnd(EFFECT_WIDTH), EFFECT_STYLE[group.effect]);
    const head = `  ${severity}  ${group.rule.padEnd(ruleWidth)}  `;
    const indent = ' '.repeat(2 + EFFECT_WIDTH + 2 + ruleWidth + 2);
    const lines = [];
    if (group.findings.length === 1) {
        const location = locationOf(first);
        const where = location === null ? '' : `${safe(location)}  `;
        lines.push(`${head}${where}${safe(first.message)}`);
    }
    else {
        const { shown, more } = groupLocations(group);
        const tail = more > 0 ? `, and ${more} more` : '';
        lines.push(`${head}${plural(group.findings.length, 'finding')}, e.g. ${safe(first.message)}`);
        if (shown.length > 0)
            lines.push(`${indent}at ${shown.map(safe).join(', ')}${tail}`);
    }
    if (first.why !== undefined)
        lines.push(paint(`${indent}why: ${safe(first.why)}`, 'dim'));
    if (first.fix !== undefined)
        lines.push(paint(`${indent}fix: ${safe(first.fix)}`, 'dim'));
    const approve = approvalHint(first);
    if (approve !== undefined)
        lines.push(paint(`${indent}${safe(approve)}`, 'dim'));
    return lines;
}
/** Every line starts with a word of ours: a runner reads a line opening with `::` as a command. */
function splitPlanLines(plan, paint, max) {
    if (plan === null || plan.separate.length === 0)
        return [];
    const entries = [
        ...plan.separate.map((s) => `  move  ${safe(s.path)}  ${hunkList(s.hunks)}  ${safe(s.reason)}`),
        ...plan.remaining.map((r) => `  keep  ${safe(r.path)}  ${hunkList(r.hunks)}`)
    ];
    const more = entries.length - max;
    return [
        '',
        paint('Split plan: move refactoring to a separate PR, keep the rest', 'bold'),
        ...entries.slice(0, max),
        ...(more > 0
            ? [`  \u2026and ${plural(more, 'more file')}: agent-pr-gate split writes the patches`]
            : [])
    ];
}
function timelineLines(timeline, paint) {
    if (timeline === null || timeline.length === 0)
        return [];
    return [
        '',
        paint('Test attempts', 'bold'),
        ...timeline.map((row) => {
            const tree = row.tree === null ? 'tree unknown' : `tree ${safe(shortSha(row.tree))}`;
            const flipped = row.flipped.length === 0 ? '' : `  flipped: ${safe(row.flipped.join(', '))}`;
            return `  #${row.attempt}  ${tree}  ${safe(row.status)}${flipped}  (${safe(row.source)})`;
        })
    ];
}
function noteLines(report, paint) {
    const notes = [
        ...report.notes.map((note) => `  - ${safe(note)}`),
        ...report.approvalNotes.map((note) => `  - Approval label: ${safe(note)}`)
    ];
    if (notes.length === 0)
        return [];
    return ['', paint('Notes', 'bold'), ...notes];
}

export { renderText };
