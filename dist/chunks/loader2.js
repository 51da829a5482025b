import { s as sanitizeText, c as createSchemaValidator, t as toPointer } from './schema-validator.js';

/**
 * Where JSON text stops being JSON. JSON.parse's own messages differ between Node versions and
 * some carry no position, so the parse error is located here, with an iterative scanner that a
 * deeply nested input cannot overflow.
 */
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
function position(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
function found(text, offset) {
    if (offset >= text.length)
        return 'the end of the text';
    const code = text.charCodeAt(offset);
    return code < 0x20 || code === 0x7f
        ? `control character U+${code.toString(16).padStart(4, '0')}`
        : JSON.stringify(String.fromCodePoint(text.codePointAt(offset) ?? code));
}
/** Scans a string starting at the opening quote; returns the offset after it, or an error. */
function scanString(text, start) {
    let i = start + 1;
    while (i < text.length) {
        const char = text[i];
        if (char === '"')
            return i + 1;
        if (char === '\\') {
            const next = text[i + 1];
            if (next === 'u') {
                HEX4.lastIndex = i + 2;
                if (!HEX4.test(text))
                    return { offset: i, expected: 'four hex digits after \\u' };
                i += 6;
            }
            else if (next !== undefined && ESCAPES.has(next)) {
                i += 2;
            }
            else {
                return { offset: i, expected: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)' };
            }
        }
        else if (text.charCodeAt(i) < 0x20) {
            return { offset: i, expected: 'no raw control characters inside a string (escape them)' };
        }
        else {
            i++;
        }
    }
    return { offset: text.length, expected: 'a closing quote' };
}
const EXPECTED_WORDS = {
    value: 'a value (object, list, string, number, true, false or null)',
    'value-or-close': "a value or ']'",
    key: 'a quoted key',
    'key-or-close': "a quoted key or '}'",
    colon: "':'",
    end: 'nothing more after the value'
};
/** The first syntax error in `text`, or null when it is valid JSON. */
function locateJsonSyntaxError(text) {
    const open = [];
    let expect = 'value';
    let i = 0;
    const fail = (offset, expected) => ({
        offset,
        ...position(text, offset),
        message: `expected ${expected} but found ${found(text, offset)}`
    });
    const afterValue = () => (open.length === 0 ? 'end' : 'comma-or-close');
    const expected = (state) => state === 'comma-or-close'
        ? `',' or '${open[open.length - 1] === '{' ? '}' : ']'}'`
        : EXPECTED_WORDS[state];
    for (;;) {
        while (i < text.length && WHITESPACE.has(text[i] ?? ''))
            i++;
        if (i >= text.length)
            return expect === 'end' ? null : fail(i, expected(expect));
        const char = text[i];
        switch (expect) {
            case 'value':
            case 'value-or-close': {
                if (char === ']' && expect === 'value-or-close') {
                    open.pop();
                    i++;
                    expect = afterValue();
                }
                else if (char === '{' || char === '[') {
                    open.push(char);
                    i++;
                    expect = char === '{' ? 'key-or-close' : 'value-or-close';
                }
                else if (char === '"') {
                    const end = scanString(text, i);
                    if (typeof end !== 'number')
                        return fail(end.offset, end.expected);
                    i = end;
                    expect = afterValue();
                }
                else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
                    NUMBER.lastIndex = i;
                    if (!NUMBER.test(text))
                        return fail(i + 1, 'a digit');
                    i = NUMBER.lastIndex;
                    expect = afterValue();
                }
                else {
                    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
                    if (literal === undefined)
                        return fail(i, EXPECTED_WORDS[expect]);
                    i += literal.length;
                    expect = afterValue();
                }
                break;
            }
            case 'key':
            case 'key-or-close': {
                if (char === '}' && expect === 'key-or-close') {
                    open.pop();
                    i++;
                    expect = afterValue();
                }
                else if (char === '"') {
                    const end = scanString(text, i);
                    if (typeof end !== 'number')
                        return fail(end.offset, end.expected);
                    i = end;
                    expect = 'colon';
                }
                else {
                    return fail(i, EXPECTED_WORDS[expect]);
                }
                break;
            }
            case 'colon':
                if (char !== ':')
                    return fail(i, EXPECTED_WORDS.colon);
                i++;
                expect = 'value';
                break;
            case 'comma-or-close': {
                const top = open[open.length - 1];
                if (char === ',') {
                    i++;
                    expect = top === '{' ? 'key' : 'value';
                }
                else if ((char === '}' && top === '{') || (char === ']' && top === '[')) {
                    open.pop();
                    i++;
                    expect = afterValue();
                }
                else {
                    return fail(i, expected(expect));
                }
                break;
            }
            case 'end':
                return fail(i, EXPECTED_WORDS.end);
        }
    }
}

const MANIFEST_SCHEMA_ID = 'https://raw.githubusercontent.com/agent-pr-gate/agent-pr-gate/v1/schema/agent-run.schema.json';
const PLAIN_TEXT = '^[^\\u0000-\\u001f\\u007f]+$';
const SCOPE_GLOB = '^(?![!#])[^\\u0000-\\u001f\\u007f]+$';
const GIT_OBJECT_ID = '^[0-9a-fA-F]{7,64}$';
const TIMESTAMP = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})$';
const HTTP_URL = '^https?://[^\\s]+$';
/** The expected form of each pattern, in words, for error messages. */
const MANIFEST_PATTERN_FORMS = {
    [PLAIN_TEXT]: 'one line of text without control characters',
    [SCOPE_GLOB]: 'a repository-relative glob such as "src/pagination/**" (no leading "!" or "#", no control characters)',
    [GIT_OBJECT_ID]: 'a git object id: 7 to 64 hex digits',
    [TIMESTAMP]: 'an ISO 8601 date-time with a zone, such as "2026-01-31T14:05:00Z"',
    [HTTP_URL]: 'an http(s) URL'
};
const EXTENSIONS = { '^x-': {} };
const MAX_INTEGER = 1_000_000_000;
function object(description, properties, required = []) {
    return {
        type: 'object',
        description,
        properties,
        patternProperties: EXTENSIONS,
        additionalProperties: false,
        ...(required.length > 0 ? { required } : {})
    };
}
function text(description, maxLength, pattern) {
    return {
        type: 'string',
        description,
        minLength: 1,
        maxLength,
        ...(pattern ? { pattern } : {})
    };
}
function list(description, items, maxItems) {
    return { type: 'array', description, items, maxItems };
}
function counter(description) {
    return { type: 'integer', description, minimum: 1, maximum: MAX_INTEGER };
}
const path = text('A repository-relative path.', 1024, PLAIN_TEXT);
const at = text('When, as an ISO 8601 date-time with a zone.', 40, TIMESTAMP);
const MANIFEST_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: MANIFEST_SCHEMA_ID,
    title: 'agent-run/v1: what a coding agent did in one run',
    description: 'Attached by the agent to its pull request. Untrusted: the gate cross-checks it and never lets it grant anything. Keys starting with "x-" are allowed on every object and ignored.',
    type: 'object',
    properties: {
        schema: { type: 'string', const: 'agent-run/v1', description: 'Always "agent-run/v1".' },
        agent: object('The agent that made the change.', {
            name: text('The agent, such as "codex" or "claude-code".', 200, PLAIN_TEXT),
            model: text('The model the agent ran on.', 200, PLAIN_TEXT),
            run_id: text("The run's id in the agent's own system.", 200, PLAIN_TEXT),
            log_url: text('Where a human can read the full run log.', 2048, HTTP_URL)
        }, ['name']),
        task: object('What the human asked for.', {
            id: text('The issue or ticket, such as "ISSUE-123".', 200, PLAIN_TEXT),
            request: text('The request, in the words the human used.', 20_000),
            scope: object('Where the change may go. Without it, out-of-scope is not checked.', {
                paths: {
                    ...list('Globs of the files the task may change (minimatch, dot files included; a directory also covers what is under it).', text('A repository-relative glob.', 1024, SCOPE_GLOB), 100),
                    minItems: 1
                }
            }, ['paths']),
            allow: list('What the human explicitly permitted beyond the task itself.', {
                type: 'string',
                enum: ['refactor', 'format', 'deps', 'tests', 'config', 'rename', 'move'],
                description: 'A kind of change the human allowed.'
            }, 20)
        }, ['request']),
        actions: list('Every tool call of the run, in order.', object('One tool call.', {
            seq: counter('Position in the run: 1, 2, 3, ... unique and increasing.'),
            tool: text('The tool, such as "shell", "edit" or "browser".', 200, PLAIN_TEXT),
            summary: text('What the call did, such as the command line.', 2000),
            at,
            outcome: {
                type: 'string',
                enum: ['ok', 'error', 'skipped'],
                description: 'How the call ended.'
            },
            paths: list('Files the call read or wrote.', path, 1000)
        }, ['seq', 'tool']), 10_000),
        tests: list('Every test attempt of the run, failures included, in order.', object('One test attempt.', {
            attempt: counter('Position among the attempts: 1, 2, 3, ... unique and increasing.'),
            command: text('The command that ran the tests.', 2000),
            tree: text('The git tree id the attempt ran on (unchanged code between attempts means the same tree).', 64, GIT_OBJECT_ID),
            commit: text('The commit id the attempt ran on, when the agent had committed.', 64, GIT_OBJECT_ID),
            status: {
                type: 'string',
                enum: ['passed', 'failed', 'error', 'skipped'],
                description: 'How the attempt ended.'
            },
            failed: list('Names of the tests that failed.', text('A test name.', 1000), 10_000),
            passed: list('Names of the tests that passed.', text('A test name.', 1000), 10_000),
            at,
            exit_code: {
                type: 'integer',
                minimum: 0,
                maximum: 255,
                description: "The command's exit code (128 + the signal's number when a signal ended it)."
            },
            duration_ms: {
                type: 'integer',
                minimum: 0,
                maximum: MAX_INTEGER,
                description: 'How long the attempt ran, in milliseconds.'
            },
            recorded_by: {
                type: 'string',
                const: 'agent-pr-gate record',
                description: 'Set when `agent-pr-gate record` ran the command and wrote this attempt; absent when the agent only claims it.'
            }
        }, ['attempt', 'command', 'status']), 1000),
        context_snapshots: list("Each compaction of the agent's context, in order.", object('One context snapshot.', {
            version: counter('Snapshot number: increasing.'),
            at,
            summary: text('The summary the agent carried forward.', 20_000),
            source_refs: list('Files the summary was built from.', path, 10_000),
            diffs: list('Diffs the snapshot kept.', text('A unified diff.', 100_000), 1000),
            after_action: counter('The seq of the action after which the snapshot was taken.')
        }, ['version', 'source_refs']), 1000),
        changes: list('Files the agent says it changed after its last snapshot.', object('One changed file.', {
            path,
            after_snapshot: counter('The version of the snapshot the change came after.')
        }, ['path']), 10_000)
    },
    patternProperties: EXTENSIONS,
    additionalProperties: false,
    required: ['schema', 'agent', 'task']
};

const MANIFEST_MAX_BYTES = 5 * 1024 * 1024;
/** Enough to fix a manifest by; the rest is summarized in one last problem. */
const MANIFEST_MAX_PROBLEMS = 1000;
const validateManifest = createSchemaValidator(MANIFEST_SCHEMA, {
    patternForms: MANIFEST_PATTERN_FORMS,
    unknownKeyHint: 'extension keys must start with "x-"'
});
function invalid(source, problems) {
    if (problems.length > MANIFEST_MAX_PROBLEMS) {
        const rest = problems.length - MANIFEST_MAX_PROBLEMS;
        problems = [
            ...problems.slice(0, MANIFEST_MAX_PROBLEMS),
            { pointer: '', message: `and ${rest} more problems, not listed; fix the ones above first` }
        ];
    }
    return { status: 'invalid', source, problems };
}
function deepFreeze(value) {
    if (typeof value === 'object' && value !== null) {
        Object.freeze(value);
        for (const child of Object.values(value))
            deepFreeze(child);
    }
    return value;
}
/** A copy without `x-` extension keys (they may nest arbitrarily deep and no detector reads them). */
function withoutExtensions(value) {
    if (Array.isArray(value))
        return value.map(withoutExtensions);
    if (typeof value !== 'object' || value === null)
        return value;
    return Object.fromEntries(Object.entries(value)
        .filter(([key]) => !key.startsWith('x-'))
        .map(([key, child]) => [key, withoutExtensions(child)]));
}
/** Each `key` must be greater than the one before it: unique, in the order things happened. */
function increasing(items, list, key, advice) {
    const problems = [];
    items?.forEach((item, index) => {
        const previous = items[index - 1];
        if (previous === undefined || Number(item[key]) > Number(previous[key]))
            return;
        problems.push({
            pointer: toPointer([list, String(index), key]),
            message: `is ${Number(item[key])}, not greater than ${Number(previous[key])} at ${toPointer([list, String(index - 1), key])}; ${advice}`
        });
    });
    return problems;
}
/** What the schema cannot say: ordering, and references between parts of the manifest. */
function crossCheck(manifest) {
    const problems = [
        ...increasing(manifest.tests, 'tests', 'attempt', 'number attempts 1, 2, 3, ... once each, in the order they ran'),
        ...increasing(manifest.actions, 'actions', 'seq', 'number actions 1, 2, 3, ... once each, in the order they ran'),
        ...increasing(manifest.context_snapshots, 'context_snapshots', 'version', 'list snapshots oldest first, each with a higher version')
    ];
    const seqs = new Set((manifest.actions ?? []).map((action) => action.seq));
    manifest.context_snapshots?.forEach((snapshot, index) => {
        if (snapshot.after_action === undefined || seqs.has(snapshot.after_action))
            return;
        problems.push({
            pointer: toPointer(['context_snapshots', String(index), 'after_action']),
            message: `is ${snapshot.after_action}, but no action has that seq; name an action listed under /actions or leave the key out`
        });
    });
    const versions = new Set((manifest.context_snapshots ?? []).map((snapshot) => snapshot.version));
    manifest.changes?.forEach((change, index) => {
        if (change.after_snapshot === undefined || versions.has(change.after_snapshot))
            return;
        problems.push({
            pointer: toPointer(['changes', String(index), 'after_snapshot']),
            message: `is ${change.after_snapshot}, but no context snapshot has that version; name a snapshot listed under /context_snapshots or leave the key out`
        });
    });
    return problems;
}
function syntaxProblem(text) {
    const located = locateJsonSyntaxError(text);
    const where = located === null ? '' : ` at line ${located.line}, column ${located.column}: ${located.message}`;
    return {
        pointer: '',
        message: `is not valid JSON${where}; write the manifest as one JSON object (YAML is not accepted)`
    };
}
function parseManifestUnguarded(text, source) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MANIFEST_MAX_BYTES) {
        return invalid(source, [
            {
                pointer: '',
                message: `is ${bytes} bytes, over the ${MANIFEST_MAX_BYTES}-byte limit; keep full logs behind agent.log_url`
            }
        ]);
    }
    // Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON.parse rejects.
    const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
    if (json.trim() === '') {
        return invalid(source, [
            { pointer: '', message: 'is empty; write one JSON object with "schema": "agent-run/v1"' }
        ]);
    }
    let data;
    try {
        data = JSON.parse(json);
    }
    catch {
        return invalid(source, [syntaxProblem(json)]);
    }
    const problems = validateManifest(data).map(({ pointer, message }) => ({ pointer, message }));
    if (problems.length > 0)
        return invalid(source, problems);
    const manifest = deepFreeze(withoutExtensions(data));
    const crossProblems = crossCheck(manifest);
    if (crossProblems.length > 0)
        return invalid(source, crossProblems);
    return { status: 'present', source, manifest };
}
/** Parses and validates a manifest. Never throws: bad content yields `invalid` with JSON pointers. */
function parseManifest(text, source) {
    try {
        return parseManifestUnguarded(text, source);
    }
    catch (error) {
        const reason = error instanceof Error ? sanitizeText(error.message, 120) : 'unknown error';
        return invalid(source, [
            { pointer: '', message: `could not be read (${reason}); simplify the manifest` }
        ]);
    }
}
const FENCE = /^ {0,3}(`{3,}(?!`)|~{3,}(?!~))(.*)$/;
/** Fenced code blocks (CommonMark rules: an unclosed fence runs to the end) and their spans. */
function scanFences(body) {
    const agentRun = [];
    const spans = [];
    let open = null;
    let offset = 0;
    for (const rawLine of body.split('\n')) {
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        const match = FENCE.exec(line);
        if (open === null) {
            const marker = match?.[1];
            const info = match?.[2] ?? '';
            if (marker !== undefined && !(marker.startsWith('`') && info.includes('`'))) {
                const language = info.trim().split(/\s+/)[0] ?? '';
                open = { marker, start: offset, lines: language.toLowerCase() === 'agent-run' ? [] : null };
            }
        }
        else {
            const marker = match?.[1];
            const closes = marker !== undefined &&
                marker[0] === open.marker[0] &&
                marker.length >= open.marker.length &&
                (match?.[2] ?? '').trim() === '';
            if (closes) {
                if (open.lines !== null)
                    agentRun.push(open.lines.join('\n'));
                spans.push({ start: open.start, end: offset + rawLine.length });
                open = null;
            }
            else {
                open.lines?.push(line);
            }
        }
        offset += rawLine.length + 1;
    }
    if (open !== null) {
        if (open.lines !== null)
            agentRun.push(open.lines.join('\n'));
        spans.push({ start: open.start, end: body.length });
    }
    return { agentRun, spans };
}
/** `<!-- agent-run ... -->` comments outside fenced blocks. */
function scanComments(body, fences) {
    const found = [];
    let fence = 0;
    let from = 0;
    for (;;) {
        const start = body.indexOf('<!--', from);
        if (start === -1)
            break;
        const end = body.indexOf('-->', start + 4);
        if (end === -1)
            break;
        while (fence < fences.length && (fences[fence]?.end ?? 0) < start)
            fence++;
        const current = fences[fence];
        const inFence = current !== undefined && current.start <= start && start < current.end;
        const inner = body.slice(start + 4, end);
        const keyword = /^\s*agent-run(?=\s|$)/.exec(inner);
        if (!inFence && keyword !== null)
            found.push(inner.slice(keyword[0].length));
        from = end + 3;
    }
    return found;
}
/**
 * The run manifest in a PR body: the first ```agent-run (or ~~~agent-run) fenced block, else the
 * first `<!-- agent-run ... -->` comment. With several, the first is used and the source says so.
 */
function findManifestInBody(body) {
    if (typeof body !== 'string' || body === '')
        return null;
    const { agentRun: fenced, spans } = scanFences(body);
    const comments = scanComments(body, spans);
    const total = fenced.length + comments.length;
    const text = fenced[0] ?? comments[0];
    if (text === undefined)
        return null;
    const kind = fenced.length > 0 ? 'block' : 'comment';
    const source = total === 1
        ? `PR body (agent-run ${kind})`
        : `PR body (first agent-run ${kind}; ${total - 1} other agent-run block${total > 2 ? 's' : ''} ignored)`;
    return { text, source };
}
/**
 * Which manifest applies: the file (the `manifest` input or `--manifest`) when given, even if it
 * is invalid; else the PR body's block; else absent.
 */
function resolveManifest(sources) {
    if (sources.file !== undefined)
        return parseManifest(sources.file.text, sources.file.source);
    const found = findManifestInBody(sources.prBody ?? '');
    return found === null ? { status: 'absent' } : parseManifest(found.text, found.source);
}

export { MANIFEST_MAX_BYTES, MANIFEST_MAX_PROBLEMS, findManifestInBody, parseManifest, resolveManifest };
