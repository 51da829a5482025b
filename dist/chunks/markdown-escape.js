/**
 * Escaping for text that came from outside (paths, messages, evidence, logins, labels) before a
 * renderer prints it. Outside code spans, markdown escaping uses character references only: they
 * read as literal text in markdown and in table cells. Code spans in the text (a backtick run
 * closed by the next run of the same length, as CommonMark reads them) stay code spans, re-fenced
 * so their content is literal. Raw HTML does not read code spans, so it gets `escapeHtmlText`.
 */
/* eslint-disable no-control-regex -- matching control characters is the point of these patterns */
/** CSI, OSC and two-character escape sequences, in their 7-bit and 8-bit (C1) forms. */
const TERMINAL_SEQUENCES = new RegExp([
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]?',
    '(?:\\u001b\\]|\\u009d)[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '\\u001b[@-Z\\\\-_]?'
].join('|'), 'g');
const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
/** C0 and C1 controls, DEL, and bidirectional overrides that reorder what a reviewer sees. */
const INVISIBLE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
/** One line of plain text: escape sequences and controls removed, line breaks made spaces. */
function singleLine(text) {
    return text
        .replace(TERMINAL_SEQUENCES, '')
        .replace(LINE_BREAKS, ' ')
        .replace(INVISIBLE_CONTROLS, '');
}
/** At most `maxChars` UTF-16 units, ending `\u2026` when cut, never splitting a surrogate pair. */
function clip(text, maxChars) {
    if (text.length <= maxChars)
        return text;
    let end = Math.max(0, maxChars - 1);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}\u2026`;
}
const ZERO_WIDTH_SPACE = '&#8203;';
const REFERENCES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    '[': '&#91;',
    ']': '&#93;',
    $: '&#36;',
    '|': '&#124;',
    // A zero-width space after `@`, before an issue number and inside `://` and `www.` stops
    // GitHub from turning the text into mentions, cross-references and autolinks.
    '@': `@${ZERO_WIDTH_SPACE}`,
    '#': `#${ZERO_WIDTH_SPACE}`,
    ':': `:${ZERO_WIDTH_SPACE}`
};
const INLINE_SPECIAL = /[&<>"\\`*_~[\]$@]|#(?=\d)|:(?=\/\/)|\b(www)\./gi;
const TABLE_SPECIAL = /[&<>"\\`*_~[\]$@|]|#(?=\d)|:(?=\/\/)|\b(www)\./gi;
/** What would open a heading, list, quote or setext underline if the text began a line. */
const LEADING_BLOCK_MARKER = /^(\s*)(?:([#+=-])|(\d{1,9})([.)]))/;
const MARKER_REFERENCES = {
    '#': '&#35;',
    '+': '&#43;',
    '=': '&#61;',
    '-': '&#45;',
    '.': '&#46;',
    ')': '&#41;'
};
function escapeLiteral(text, special, atLineStart) {
    const escaped = text.replace(special, (match, www) => www !== undefined ? `${www}${ZERO_WIDTH_SPACE}.` : (REFERENCES[match] ?? match));
    if (!atLineStart)
        return escaped;
    return escaped.replace(LEADING_BLOCK_MARKER, (_match, space, marker, digits, end) => marker !== undefined
        ? `${space}${MARKER_REFERENCES[marker]}`
        : `${space}${digits}${MARKER_REFERENCES[end ?? '.']}`);
}
/**
 * The text cut into literal runs and code spans, as CommonMark pairs backtick runs: an opener
 * is closed by the next run of exactly its length. One pass to find each run's next twin (right
 * to left), one to pair them: linear in the text whatever its backticks.
 */
function splitCodeSpans(text) {
    const runs = [];
    for (const match of text.matchAll(/`+/g))
        runs.push({ start: match.index, length: match[0].length });
    const nextTwin = new Array(runs.length).fill(-1);
    const lastOfLength = new Map();
    for (let i = runs.length - 1; i >= 0; i--) {
        const { length } = runs[i];
        nextTwin[i] = lastOfLength.get(length) ?? -1;
        lastOfLength.set(length, i);
    }
    const segments = [];
    let literalFrom = 0;
    for (let i = 0; i < runs.length; i++) {
        const close = nextTwin[i];
        if (close < 0)
            continue;
        const open = runs[i];
        const contentEnd = runs[close].start;
        if (open.start > literalFrom) {
            segments.push({ code: false, text: text.slice(literalFrom, open.start) });
        }
        let content = text.slice(open.start + open.length, contentEnd);
        // CommonMark strips one space from each end when both are there and it is not all spaces.
        if (content.length >= 2 &&
            content.startsWith(' ') &&
            content.endsWith(' ') &&
            /[^ ]/.test(content)) {
            content = content.slice(1, -1);
        }
        segments.push({ code: true, text: content });
        literalFrom = contentEnd + runs[close].length;
        i = close;
    }
    if (literalFrom < text.length)
        segments.push({ code: false, text: text.slice(literalFrom) });
    return segments;
}
function escapeWith(text, special, context) {
    return splitCodeSpans(singleLine(text))
        .map((segment, index) => segment.code
        ? codeSpan(segment.text, context)
        : escapeLiteral(segment.text, special, index === 0))
        .join('');
}
/**
 * Untrusted text as one line of literal markdown: no HTML, links, images, emphasis, mentions,
 * issue references or autolinks; its code spans render as code with their content literal.
 */
function escapeMarkdown(text) {
    return escapeWith(text, INLINE_SPECIAL, 'inline');
}
/** Like `escapeMarkdown`, and `|` cannot end the cell. */
function escapeTableCell(text) {
    return escapeWith(text, TABLE_SPECIAL, 'table');
}
/** Untrusted text inside raw HTML (a `<summary>`), where markdown and code spans are not read. */
function escapeHtmlText(text) {
    return escapeLiteral(singleLine(text), INLINE_SPECIAL, true);
}
/**
 * A code span holding the text literally: the fence is longer than any backtick run inside it.
 * In a table cell (`context: 'table'`) a `|` is escaped too, which GFM requires even in code.
 */
function codeSpan(text, context = 'inline') {
    let content = singleLine(text);
    if (context === 'table')
        content = content.replace(/\|/g, '\\|');
    let longestRun = 0;
    for (const run of content.match(/`+/g) ?? [])
        longestRun = Math.max(longestRun, run.length);
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space from each end when both are there, so pad what needs keeping.
    const padded = content.startsWith('`') ||
        content.endsWith('`') ||
        (content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content));
    const pad = padded ? ' ' : '';
    return `${fence}${pad}${content === '' ? ' ' : content}${pad}${fence}`;
}
/** Untrusted text as `<code>` for raw HTML (a `<summary>`), where code spans do not work. */
function htmlCode(text) {
    return `<code>${escapeHtmlText(text)}</code>`;
}

export { codeSpan as a, escapeTableCell as b, clip as c, escapeMarkdown as e, htmlCode as h, singleLine as s };
