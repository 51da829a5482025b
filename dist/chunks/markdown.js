import { Buffer } from 'node:buffer';
import { i as isClean, D as DEFAULT_MAX_FINDING_GROUPS, g as groupByFamily, M as MARKDOWN_STATUS, c as cleanLine, s as summarizeVerdict, v as verdictReason, p as plural, a as shortSha, b as groupFindings, f as findingEffect, l as locationOf, h as hunkList, d as approvalHint, e as groupLocations } from './labels.js';
import { e as escapeMarkdown, c as clip, a as codeSpan, h as htmlCode, b as escapeTableCell } from './markdown-escape.js';
import { F as FAMILY_TITLE } from './catalogue.js';

/**
 * The job summary: verdict first, then why, score, findings by kind, split plan, test attempts,
 * notes and per-file details. Findings of one rule with the same why and fix are one entry with
 * their locations listed, and at most `maxFindings` entries are shown. It fits a byte budget by
 * leaving out whole parts (a table row, a `<details>` block, a list item), never by cutting
 * text, and says what it left out. A clean pass is one line.
 */
/** The job summary's 1 MiB limit, less room for what else the step writes to it. */
const JOB_SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
/** The heading, the verdict line and the truncation note always fit in this much. */
const MIN_MARKDOWN_BYTES = 2048;
const DEFAULT_TITLE = 'agent-pr-gate';
/** The truncation note is at most this long (its numbers have at most 15 digits each). */
const TRUNCATION_NOTE_BYTES = 512;
/** Longest text, in characters, kept from one untrusted string. */
const MAX_TITLE_CHARS = 120;
const MAX_MESSAGE_CHARS = 300;
const MAX_NOTE_CHARS = 500;
const MAX_DETAIL_CHARS = 1000;
const MAX_EVIDENCE_CHARS = 200;
/** The "why" section is a digest: the full list is the findings table. */
const MAX_WHY_ITEMS = 20;
const MAX_FINDINGS_PER_FILE = 50;
const MAX_EVIDENCE_ENTRIES = 10;
const MAX_FLIPPED_SHOWN = 5;
/** Shares of the budget a section may take, so one long section cannot crowd out the others. */
const SHARE = { why: 0.2, notes: 0.1, score: 0.1, timeline: 0.1, splitPlan: 0.15 };
function count(value) {
    return value.toLocaleString('en-US');
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Parts of one section, added whole while they fit in its limit. */
class Parts {
    limit;
    parts = [];
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Adds `text` if it fits with `reserve` bytes to spare for what must follow it. */
    add(text, reserve = 0) {
        const bytes = byteLength(text);
        if (this.used + bytes + reserve > this.limit)
            return false;
        this.parts.push(text);
        this.used += bytes;
        return true;
    }
    /** Adds a closing part whose bytes an earlier `add` reserved. */
    close(text) {
        this.parts.push(text);
        this.used += byteLength(text);
    }
    text() {
        return this.parts.join('');
    }
}
function renderMarkdown(report, options = {}) {
    const maxBytes = options.maxBytes ?? JOB_SUMMARY_MAX_BYTES;
    if (!Number.isInteger(maxBytes) || maxBytes < MIN_MARKDOWN_BYTES) {
        throw new RangeError(`maxBytes must be an integer of at least ${MIN_MARKDOWN_BYTES}: ${maxBytes}`);
    }
    if (isClean(report))
        return cleanSummary(report, options.title);
    const maxGroups = options.maxFindings ?? DEFAULT_MAX_FINDING_GROUPS;
    const budget = maxBytes - TRUNCATION_NOTE_BYTES;
    const omitted = {
        findings: 0,
        files: 0,
        splitEntries: 0,
        attempts: 0,
        notes: 0,
        components: 0
    };
    let left = budget;
    // Sections are rendered most important first, each within its share, then put in reading order.
    const render = (share, section) => {
        const parts = new Parts(Math.min(left, Math.floor(budget * share)));
        section(parts);
        const text = parts.text();
        left -= byteLength(text);
        return text;
    };
    const header = render(1, (parts) => headerSection(report, options.title, parts));
    const why = render(SHARE.why, (parts) => whySection(report, parts));
    const notes = render(SHARE.notes, (parts) => notesSection(report, parts, omitted));
    const score = render(SHARE.score, (parts) => scoreSection(report, parts, omitted));
    const timeline = render(SHARE.timeline, (parts) => timelineSection(report.testTimeline, parts, omitted));
    const plan = render(SHARE.splitPlan, (parts) => splitPlanSection(report.splitPlan, parts, omitted));
    const groups = groupByFamily(report);
    const findings = render(1, (parts) => findingsSection(report, groups, parts, omitted, maxGroups));
    const files = render(1, (parts) => filesSection(report, parts, omitted, maxGroups));
    const body = [header, why, score, findings, plan, timeline, notes, files].join('').trimEnd();
    return `${body}\n${truncationNote(report, omitted, maxBytes)}`;
}
/** A pass with nothing to act on: one line, so the summary stays out of the way. */
function cleanSummary(report, title) {
    const heading = escapeMarkdown(clip(title ?? DEFAULT_TITLE, MAX_TITLE_CHARS));
    return `**${heading}: ${MARKDOWN_STATUS.passed}**: ${cleanLine(report)}.\n`;
}
function headerSection(report, title, parts) {
    const summary = summarizeVerdict(report);
    const heading = escapeMarkdown(clip(title ?? DEFAULT_TITLE, MAX_TITLE_CHARS));
    const status = MARKDOWN_STATUS[summary.status];
    const skipped = report.skipped === null ? null : escapeMarkdown(clip(report.skipped, MAX_NOTE_CHARS));
    // A skipped change's own reason says more than the generic one.
    const reason = summary.status === 'skipped' && skipped !== null
        ? skipped
        : `${verdictReason(summary, report)}.`;
    parts.close(`## ${heading}\n\n**${status}**: ${reason}\n\n`);
    if (!report.complete) {
        const reason = escapeMarkdown(clip(report.incompleteReason ?? '', MAX_NOTE_CHARS));
        parts.add(`**Incomplete**: the gate did not see the whole change: ${reason}\n\n`);
    }
    if (skipped !== null && summary.status !== 'skipped')
        parts.add(`**Skipped**: ${skipped}\n\n`);
    if (report.approval !== null)
        parts.add(approvalLine(report.approval));
    const { files, additions, deletions } = report.stats;
    const change = `${plural(files, 'file')}, +${count(additions)} \u2212${count(deletions)}`;
    const pr = report.pr === null
        ? ''
        : `PR #${report.pr.number}, head ${codeSpan(shortSha(clip(report.pr.headSha, 64)))} \u00b7 `;
    parts.add(`${pr}${change} \u00b7 mode ${codeSpan(report.mode)}\n\n`);
}
/** Who approved, with which label, when, for which head, and what the approval covers. */
function approvalLine(approval) {
    const code = (text) => codeSpan(clip(text, MAX_TITLE_CHARS));
    const covers = approval.covers.length === 0 ? '' : `, covering ${approval.covers.map(code).join(', ')}`;
    return (`**Approved by** ${code(approval.by)} (${code(approval.role)}) ` +
        `with the label ${code(approval.label)} at ${code(approval.at)} ` +
        `for head ${code(shortSha(approval.headSha))}${covers}.\n\n`);
}
const WHY_HEADING = {
    blocking: 'Why it is blocked',
    softened: 'What would block in enforce mode',
    approved: 'What the approval covers'
};
/** The findings behind the verdict, with why and how to fix; the tables below list them all. */
function whySection(report, parts) {
    const effect = whyEffect(report);
    if (effect === null)
        return;
    const listed = groupFindings(report.findings.filter((f) => findingEffect(f) === effect));
    const heading = `### ${WHY_HEADING[effect]}\n\n`;
    const more = (count) => `- \u2026and ${plural(count, 'more finding')}: see the findings below.\n`;
    const total = listed.reduce((n, group) => n + group.findings.length, 0);
    const reserve = byteLength(more(total)) + 1;
    let shown = 0;
    let shownFindings = 0;
    for (const group of listed.slice(0, MAX_WHY_ITEMS)) {
        const item = whyItem(group);
        if (!parts.add(shown === 0 ? heading + item : item, reserve))
            break;
        shown += 1;
        shownFindings += group.findings.length;
    }
    if (shown === 0)
        return;
    if (shownFindings < total)
        parts.close(more(total - shownFindings));
    parts.close('\n');
}
function whyEffect(report) {
    if (report.verdict === 'fail')
        return 'blocking';
    if (report.overridden)
        return 'approved';
    if (report.mode !== 'enforce' && report.skipped === null)
        return 'softened';
    return null;
}
function whyItem(group) {
    const first = group.findings[0];
    const message = escapeMarkdown(clip(first.message, MAX_MESSAGE_CHARS));
    if (group.findings.length === 1) {
        const location = locationOf(first);
        const where = location === null ? '' : ` at ${codeSpan(clip(location, MAX_MESSAGE_CHARS))}`;
        return `- ${codeSpan(first.rule)}${where}: ${message}\n${whyAndFix(first, MAX_MESSAGE_CHARS)}`;
    }
    const count = plural(group.findings.length, 'finding');
    return (`- ${codeSpan(first.rule)}, ${count}, e.g. ${message}\n` +
        `  - At: ${locationList(group)}\n${whyAndFix(first, MAX_MESSAGE_CHARS)}`);
}
/** A group's locations as code spans, at most ten, then how many more. */
function locationList(group, table = false) {
    const { shown, more } = groupLocations(group);
    if (shown.length === 0)
        return 'the whole change';
    const spans = shown.map((l) => codeSpan(clip(l, MAX_MESSAGE_CHARS), table ? 'table' : undefined));
    return `${spans.join(', ')}${more > 0 ? ` and ${count(more)} more` : ''}`;
}
function whyAndFix(finding, maxChars) {
    const why = finding.why === undefined ? '' : `  - Why: ${escapeMarkdown(clip(finding.why, maxChars))}\n`;
    const fix = finding.fix === undefined ? '' : `  - Fix: ${escapeMarkdown(clip(finding.fix, maxChars))}\n`;
    const hint = approvalHint(finding);
    const approve = hint === undefined ? '' : `  - ${escapeMarkdown(clip(hint, maxChars))}\n`;
    return why + fix + approve;
}
/** A table row from cells already escaped for a table. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |\n`;
}
/** The header and delimiter rows; columns named in `numeric` are right-aligned. */
function tableHead(columns, numeric = []) {
    return tableRow(columns) + tableRow(columns.map((c) => (numeric.includes(c) ? '--:' : '---')));
}
/** A path or other untrusted text as a table cell, in a code span. */
function codeCell(text) {
    return codeSpan(clip(text, MAX_MESSAGE_CHARS), 'table');
}
/** Untrusted prose as a table cell. */
function textCell(text, maxChars = MAX_MESSAGE_CHARS) {
    return escapeTableCell(clip(text, maxChars));
}
/**
 * A table with as many rows as fit (at least one, or none at all); rows are rendered on demand,
 * so a cut table costs only what it shows. Returns the number of rows shown.
 */
function addTable(parts, lead, count, row, closing = '\n') {
    if (count === 0)
        return 0;
    const reserve = byteLength(closing);
    if (!parts.add(lead + row(0), reserve))
        return 0;
    let shown = 1;
    while (shown < count && parts.add(row(shown), reserve))
        shown += 1;
    parts.close(closing);
    return shown;
}
/** The score judges an agent's change; a skipped change was not judged. */
function scoreSection(report, parts, omitted) {
    if (report.skipped !== null)
        return;
    const { value, components } = report.score;
    if (!parts.add(`### Minimality score: ${value}/100\n\n`))
        return;
    const lead = tableHead(['component', 'lines', 'explanation'], ['lines']);
    const shown = addTable(parts, lead, components.length, (i) => {
        const c = components[i];
        return tableRow([textCell(c.name, MAX_TITLE_CHARS), String(c.lines), textCell(c.explain)]);
    });
    omitted.components += components.length - shown;
}
function findingsSection(report, groups, parts, omitted, maxGroups) {
    omitted.findings += report.findings.length;
    if (groups.length === 0)
        return;
    const heading = `### Findings (${count(report.findings.length)})\n\n`;
    const kinds = kindRows(groups);
    const kindLead = heading + tableHead(['kind', 'rule', 'findings', 'blocking'], ['findings', 'blocking']);
    if (addTable(parts, kindLead, kinds.length, (i) => kinds[i]) === 0)
        return;
    let left = maxGroups;
    for (const group of groups) {
        const entries = groupFindings(group.findings).slice(0, Math.max(0, left));
        left -= entries.length;
        if (entries.length > 0)
            omitted.findings -= familyTable(group, entries, parts);
    }
    if (left <= 0 && omitted.findings > 0)
        omitted.capped = maxGroups;
}
/** One row per rule: how much of each kind there is, so a reviewer sees where the noise is. */
function kindRows(groups) {
    const rows = [];
    for (const group of groups) {
        const byRule = new Map();
        for (const finding of group.findings) {
            const count = byRule.get(finding.rule) ?? { findings: 0, blocking: 0 };
            count.findings += 1;
            if (findingEffect(finding) === 'blocking')
                count.blocking += 1;
            byRule.set(finding.rule, count);
        }
        for (const [rule, count] of byRule) {
            const title = FAMILY_TITLE[group.family];
            rows.push(tableRow([title, codeCell(rule), String(count.findings), String(count.blocking)]));
        }
    }
    return rows;
}
/**
 * A family's findings, one row per group of like findings; folded when none of them blocks, so
 * the noise can be skipped. Returns the number of findings the shown rows stand for.
 */
function familyTable(group, entries, parts) {
    const title = FAMILY_TITLE[group.family];
    const total = count(group.findings.length);
    const folded = group.blocking === 0;
    const open = folded
        ? `<details><summary>${title} (${total}, none blocking)</summary>\n\n`
        : `#### ${title} (${total}, ${count(group.blocking)} blocking)\n\n`;
    const lead = open + tableHead(['severity', 'rule', 'location', 'message']);
    const rows = addTable(parts, lead, entries.length, (i) => groupRow(entries[i]), folded ? '\n</details>\n\n' : '\n');
    return entries.slice(0, rows).reduce((n, entry) => n + entry.findings.length, 0);
}
const SEVERITY_CELL = {
    blocking: '**block**',
    approved: 'block (approved)',
    softened: 'block (reported only)',
    warning: 'warn',
    info: 'info'
};
function groupRow(group) {
    const first = group.findings[0];
    const severity = SEVERITY_CELL[group.effect];
    if (group.findings.length === 1) {
        const location = locationOf(first);
        const where = location === null ? 'whole change' : codeCell(location);
        return tableRow([severity, codeCell(first.rule), where, textCell(first.message)]);
    }
    const message = `${plural(group.findings.length, 'finding')}, e.g. ${first.message}`;
    return tableRow([severity, codeCell(first.rule), locationList(group, true), textCell(message)]);
}
function splitPlanSection(plan, parts, omitted) {
    if (plan === null || plan.separate.length === 0)
        return;
    const { separate, remaining } = plan;
    const heading = '### Split plan\n\nMove to a separate refactor PR:\n\n';
    const separateLead = heading + tableHead(['file', 'hunks', 'reason']);
    const movedShown = addTable(parts, separateLead, separate.length, (i) => {
        const entry = separate[i];
        return tableRow([codeCell(entry.path), hunkList(entry.hunks), textCell(entry.reason)]);
    });
    omitted.splitEntries += separate.length - movedShown;
    if (movedShown === 0) {
        omitted.splitEntries += remaining.length;
        return;
    }
    if (remaining.length === 0) {
        parts.add('Nothing remains: the whole change is refactoring.\n\n');
        return;
    }
    const keptLead = `Keep in this PR:\n\n${tableHead(['file', 'hunks'])}`;
    const keptShown = addTable(parts, keptLead, remaining.length, (i) => tableRow([codeCell(remaining[i].path), hunkList(remaining[i].hunks)]));
    omitted.splitEntries += remaining.length - keptShown;
}
function timelineSection(timeline, parts, omitted) {
    if (timeline === null || timeline.length === 0)
        return;
    const columns = ['attempt', 'tree', 'result', 'flipped tests', 'source'];
    const lead = `### Test attempts\n\n${tableHead(columns, ['attempt'])}`;
    const shown = addTable(parts, lead, timeline.length, (i) => {
        const row = timeline[i];
        return tableRow([
            String(row.attempt),
            row.tree === null ? 'unknown' : codeCell(shortSha(row.tree)),
            textCell(row.status, MAX_TITLE_CHARS),
            flippedCell(row.flipped),
            textCell(row.source, MAX_TITLE_CHARS)
        ]);
    });
    omitted.attempts += timeline.length - shown;
}
function flippedCell(flipped) {
    if (flipped.length === 0)
        return '';
    const names = flipped
        .slice(0, MAX_FLIPPED_SHOWN)
        .map((name) => codeCell(clip(name, MAX_TITLE_CHARS)));
    const more = flipped.length > MAX_FLIPPED_SHOWN ? ` and ${flipped.length - MAX_FLIPPED_SHOWN} more` : '';
    return `${names.join(', ')}${more}`;
}
function notesSection(report, parts, omitted) {
    const notes = [
        ...report.notes.map((note) => escapeMarkdown(clip(note, MAX_NOTE_CHARS))),
        ...report.approvalNotes.map((note) => `Approval label: ${escapeMarkdown(clip(note, MAX_NOTE_CHARS))}`)
    ];
    let shown = 0;
    for (const note of notes) {
        if (!parts.add(`${shown === 0 ? '### Notes\n\n' : ''}- ${note}\n`, 1))
            break;
        shown += 1;
    }
    if (shown > 0)
        parts.close('\n');
    omitted.notes += notes.length - shown;
}
/**
 * Per-file details, each file one folded block; files in path order. Only files with a finding
 * to act on, at most `maxFiles` of them: info-only files are in the JSON report.
 */
function filesSection(report, parts, omitted, maxFiles) {
    const actionable = new Set();
    for (const finding of report.findings) {
        if (finding.path !== undefined && findingEffect(finding) !== 'info')
            actionable.add(finding.path);
    }
    const byPath = new Map();
    for (const finding of report.findings) {
        if (finding.path === undefined || !actionable.has(finding.path))
            continue;
        const list = byPath.get(finding.path);
        if (list === undefined)
            byPath.set(finding.path, [finding]);
        else
            list.push(finding);
    }
    const paths = [...byPath.keys()].sort();
    if (paths.length > maxFiles)
        omitted.capped = maxFiles;
    let shown = 0;
    for (const path of paths.slice(0, maxFiles)) {
        const block = fileBlock(path, byPath.get(path) ?? []);
        if (!parts.add(shown === 0 ? `### Files\n\n${block}` : block))
            break;
        shown += 1;
    }
    omitted.files += paths.length - shown;
}
function fileBlock(path, findings) {
    const byLine = [...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const blocking = byLine.filter((f) => findingEffect(f) === 'blocking').length;
    const blockingCount = blocking > 0 ? `, ${blocking} blocking` : '';
    const counts = `${plural(byLine.length, 'finding')}${blockingCount}`;
    const explained = new Set();
    const items = byLine.slice(0, MAX_FINDINGS_PER_FILE).map((f) => {
        // Why and fix once per kind in a file: the next finding of the kind only says where.
        const key = JSON.stringify([f.rule, f.why ?? null, f.fix ?? null]);
        const first = !explained.has(key);
        explained.add(key);
        return fileItem(f, first);
    });
    if (byLine.length > MAX_FINDINGS_PER_FILE) {
        items.push(`- \u2026and ${plural(byLine.length - MAX_FINDINGS_PER_FILE, 'more finding')} in this file\n`);
    }
    const summary = `<summary>${htmlCode(clip(path, MAX_MESSAGE_CHARS))}: ${counts}</summary>`;
    return `<details>${summary}\n\n${items.join('')}\n</details>\n\n`;
}
function fileItem(finding, explain) {
    const line = finding.line === undefined
        ? 'file'
        : finding.endLine !== undefined && finding.endLine > finding.line
            ? `lines ${finding.line}\u2013${finding.endLine}`
            : `line ${finding.line}`;
    const severity = SEVERITY_CELL[findingEffect(finding)];
    const message = escapeMarkdown(clip(finding.message, MAX_DETAIL_CHARS));
    const lines = [`- ${line} \u00b7 ${severity} \u00b7 ${codeSpan(finding.rule)}: ${message}\n`];
    if (finding.category !== undefined) {
        lines.push(`  - Category: ${codeSpan(clip(finding.category, MAX_TITLE_CHARS))}\n`);
    }
    if (explain)
        lines.push(whyAndFix(finding, MAX_DETAIL_CHARS));
    if (finding.evidence !== undefined) {
        lines.push(`  - Evidence: ${evidenceText(finding.evidence)}\n`);
    }
    return lines.join('');
}
function evidenceText(evidence) {
    const entries = Object.entries(evidence);
    const shown = entries.slice(0, MAX_EVIDENCE_ENTRIES).map(([key, value]) => {
        const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
        return `${codeSpan(clip(key, MAX_TITLE_CHARS))} ${codeSpan(clip(text, MAX_EVIDENCE_CHARS))}`;
    });
    const more = entries.length > MAX_EVIDENCE_ENTRIES
        ? ` and ${entries.length - MAX_EVIDENCE_ENTRIES} more`
        : '';
    return `${shown.join(', ')}${more}`;
}
/** Says what the cap and the budget left out and where the rest is; empty when nothing was. */
function truncationNote(report, omitted, maxBytes) {
    const left = [];
    if (omitted.findings > 0) {
        left.push(`${count(omitted.findings)} of ${plural(report.findings.length, 'finding')}`);
    }
    if (omitted.files > 0)
        left.push(`the details of ${plural(omitted.files, 'file')}`);
    if (omitted.splitEntries > 0) {
        left.push(plural(omitted.splitEntries, 'split-plan entry', 'split-plan entries'));
    }
    if (omitted.attempts > 0)
        left.push(plural(omitted.attempts, 'test attempt'));
    if (omitted.notes > 0)
        left.push(plural(omitted.notes, 'note'));
    if (omitted.components > 0)
        left.push(plural(omitted.components, 'score component'));
    if (left.length === 0)
        return '';
    const why = omitted.capped !== undefined
        ? `**Capped** at ${count(omitted.capped)} entries (like findings count as one)`
        : `**Truncated** to fit in ${count(maxBytes)} bytes`;
    return (`\n---\n\n${why}: left out ${left.join(', ')}. ` +
        'The JSON report and SARIF have every finding.\n');
}

export { JOB_SUMMARY_MAX_BYTES, MIN_MARKDOWN_BYTES, renderMarkdown };
