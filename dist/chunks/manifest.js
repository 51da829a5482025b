import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { d as describeFailure } from './failure.js';
import { r as readManifestFile, w as writeNewManifestFile, u as updateManifestFile } from './file2.js';
import { p as parseFailure } from './arguments.js';
import { U as UsageError } from './errors3.js';
import './loader2.js';
import './schema-validator.js';
import './errors.js';
import './errors2.js';

const SUMMARY_CHARS = 2000;
const TOOL_CHARS = 200;
const PATH_CHARS = 1024;
const MAX_PATHS = 1000;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function str(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
/** One line of plain text: control characters become spaces, long text is cut with "...". */
function clip(text, max) {
    const line = text.replace(/\p{Cc}+/gu, ' ').trim();
    return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}
/** A path the agent gave, relative to the repository root when it lies inside it. */
function repoPath(path, root) {
    const normalized = path.replaceAll('\\', '/');
    const prefix = root === undefined ? undefined : `${withoutTrailingSlashes(root.replaceAll('\\', '/'))}/`;
    const relative = prefix !== undefined && normalized.startsWith(prefix)
        ? normalized.slice(prefix.length)
        : normalized;
    return clip(relative.replace(/^\.\//, ''), PATH_CHARS);
}
function draft(tool, summary, extra) {
    const paths = extra.paths?.filter((p) => p !== '').slice(0, MAX_PATHS);
    return {
        tool: clip(tool, TOOL_CHARS) || 'unknown',
        ...(summary !== undefined && clip(summary, SUMMARY_CHARS) !== ''
            ? { summary: clip(summary, SUMMARY_CHARS) }
            : {}),
        ...(extra.at !== undefined ? { at: extra.at } : {}),
        ...(extra.outcome !== undefined ? { outcome: extra.outcome } : {}),
        ...(paths !== undefined && paths.length > 0 ? { paths } : {})
    };
}
/**
 * Claude Code's `PostToolUse` (and `PostToolUseFailure`) hook input: `tool_name`, `tool_input`
 * (`command` for Bash, `file_path` for Read/Edit/Write, `notebook_path`, `path` or `pattern` for
 * search tools), `tool_response`, `cwd`.
 */
function claudeCodeAction(input, at) {
    if (!isObject(input))
        return null;
    const tool = str(input.tool_name);
    if (tool === undefined)
        return null;
    const toolInput = isObject(input.tool_input) ? input.tool_input : {};
    const root = str(input.cwd);
    const file = str(toolInput.file_path) ?? str(toolInput.notebook_path);
    const paths = file !== undefined ? [repoPath(file, root)] : [];
    const summary = str(toolInput.command) ??
        (file !== undefined ? `${tool} ${repoPath(file, root)}` : undefined) ??
        str(toolInput.pattern) ??
        str(toolInput.description) ??
        str(toolInput.url);
    const failed = input.hook_event_name === 'PostToolUseFailure' ||
        (isObject(input.tool_response) && input.tool_response.success === false);
    return draft(tool, summary, { at, outcome: failed ? 'error' : 'ok', paths });
}
/**
 * Cursor's hook input: `hook_event_name` with `afterFileEdit` (`file_path`, `edits`),
 * `afterShellExecution` / `beforeShellExecution` (`command`), `beforeReadFile` (`file_path`),
 * `beforeMCPExecution` (`tool_name`); `workspace_roots` gives the repository root.
 */
function cursorAction(input, at) {
    if (!isObject(input))
        return null;
    const event = str(input.hook_event_name);
    const roots = Array.isArray(input.workspace_roots) ? input.workspace_roots : [];
    const root = str(roots[0]);
    const file = str(input.file_path);
    switch (event) {
        case 'afterFileEdit':
            return file === undefined
                ? null
                : draft('edit', `edit ${repoPath(file, root)}`, {
                    at,
                    outcome: 'ok',
                    paths: [repoPath(file, root)]
                });
        case 'beforeReadFile':
            return file === undefined
                ? null
                : draft('read', `read ${repoPath(file, root)}`, { at, paths: [repoPath(file, root)] });
        case 'afterShellExecution':
        case 'beforeShellExecution':
            return draft('shell', str(input.command), { at });
        case 'beforeMCPExecution':
        case 'afterMCPExecution':
            return draft(`mcp:${str(input.tool_name) ?? 'unknown'}`, str(input.tool_input), { at });
        default:
            return null;
    }
}
/**
 * `codex exec --json` lines: `item.completed` events whose item (`type`, or `item_type` in the
 * first versions of the format) is `command_execution` (`command`, `exit_code`), `file_change`
 * (`changes: [{ path, kind }]`), `mcp_tool_call` (`server`, `tool`) or `web_search` (`query`).
 */
function codexActions(jsonl, at) {
    const actions = [];
    for (const line of jsonl.split('\n')) {
        if (line.trim() === '')
            continue;
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (!isObject(event) || event.type !== 'item.completed' || !isObject(event.item))
            continue;
        const item = event.item;
        const kind = str(item.type) ?? str(item.item_type);
        if (kind === 'command_execution') {
            const failed = typeof item.exit_code === 'number' && item.exit_code !== 0;
            actions.push(draft('shell', str(item.command), { at, outcome: failed ? 'error' : 'ok' }));
        }
        else if (kind === 'file_change') {
            const changes = Array.isArray(item.changes) ? item.changes.filter(isObject) : [];
            const paths = changes.flatMap((c) => str(c.path) ? [repoPath(String(c.path), undefined)] : []);
            const summary = changes
                .map((c) => `${str(c.kind) ?? 'change'} ${str(c.path) ?? '?'}`)
                .join(', ');
            actions.push(draft('edit', summary, { at, outcome: item.status === 'failed' ? 'error' : 'ok', paths }));
        }
        else if (kind === 'mcp_tool_call') {
            actions.push(draft(`mcp:${str(item.server) ?? 'unknown'}`, str(item.tool), { at }));
        }
        else if (kind === 'web_search') {
            actions.push(draft('web_search', str(item.query), { at }));
        }
    }
    return actions;
}
function withoutTrailingSlashes(path) {
    let end = path.length;
    while (end > 0 && path.charCodeAt(end - 1) === 47)
        end--;
    return path.slice(0, end);
}

/**
 * `agent-pr-gate manifest`: writes the run manifest from the agent's side, so that any agent can
 * attach one without writing JSON itself.
 *
 *   init    a new manifest: agent, and the task and scope from a file the human controls
 *   hook    one tool call from Claude Code's or Cursor's hook input on stdin
 *   codex   the tool calls of a `codex exec --json` event stream
 *   action  one action given on the command line (any other agent or wrapper)
 *   attach  the manifest as the fenced block the gate reads from a PR body
 *
 * Hooks never fail the agent's tool call: a problem is one line on stderr and exit 1, which
 * Claude Code and Cursor show without blocking.
 */
const MANIFEST_USAGE = `Usage: agent-pr-gate manifest init   --manifest FILE --agent NAME [--model M] [--run-id ID]
                                      [--log-url URL] (--task TEXT | --task-file FILE)
                                      [--task-id ID] [--scope GLOB]... [--allow KIND]... [--force]
       agent-pr-gate manifest hook   --manifest FILE claude-code|cursor   (hook input on stdin)
       agent-pr-gate manifest codex  --manifest FILE [--events FILE|-]    (codex exec --json)
       agent-pr-gate manifest action --manifest FILE --tool NAME [--summary TEXT]
                                      [--outcome ok|error|skipped] [--path PATH]...
       agent-pr-gate manifest attach --manifest FILE

Keeps the agent-run/v1 manifest the gate reads. The task and scope come from a file the human
controls (an issue exported with "gh issue view N --json number,title,body", or a text file
with "Scope:" lines), never from the agent. "attach" prints the manifest as the fenced
\`\`\`agent-run block to append to the pull request's body.`;
const ALLOWANCES = [
    'refactor',
    'format',
    'deps',
    'tests',
    'config',
    'rename',
    'move'
];
const REQUEST_CHARS = 20_000;
const MAX_SCOPE = 100;
const INPUT_MAX_BYTES = 16 * 1024 * 1024;
/** Runs `manifest` and returns its exit code: 0 done, 1 a hook could not record, 2 bad usage. */
async function runManifest(argv, io) {
    const [verb, ...rest] = argv;
    try {
        switch (verb) {
            case 'init':
                return await init(rest, io);
            case 'hook':
                return await hook(rest, io);
            case 'codex':
                return await codex(rest, io);
            case 'action':
                return await action(rest, io);
            case 'attach':
                return await attach(rest, io);
            case undefined:
            case '--help':
            case '-h':
                io.stdout.write(`${MANIFEST_USAGE}\n`);
                return verb === undefined ? 2 : 0;
            default:
                throw new UsageError(`unknown manifest command "${clip(verb, 40)}"; use init, hook, codex, action or attach`);
        }
    }
    catch (error) {
        io.stderr.write(`agent-pr-gate manifest: ${clip(describeFailure(error), 2000)}\n`);
        return error instanceof UsageError || verb === 'init' || verb === 'attach' ? 2 : 1;
    }
}
function parse(argv, options, positionals = 0) {
    try {
        const parsed = parseArgs({
            args: argv,
            options,
            strict: true,
            allowPositionals: positionals > 0
        });
        if (parsed.positionals.length > positionals) {
            throw new UsageError(`unexpected argument "${parsed.positionals[positionals]}"; run agent-pr-gate manifest --help for the options`);
        }
        return parsed;
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        throw parseFailure(error, Object.keys(options), 'manifest');
    }
}
function manifestPath(value, io) {
    if (value === undefined)
        throw new UsageError('--manifest FILE is required: the manifest to write');
    return resolve(io.cwd, value);
}
async function init(argv, io) {
    const { values } = parse(argv, {
        manifest: { type: 'string' },
        agent: { type: 'string' },
        model: { type: 'string' },
        'run-id': { type: 'string' },
        'log-url': { type: 'string' },
        task: { type: 'string' },
        'task-file': { type: 'string' },
        'task-id': { type: 'string' },
        scope: { type: 'string', multiple: true },
        allow: { type: 'string', multiple: true },
        force: { type: 'boolean' }
    });
    const path = manifestPath(values.manifest, io);
    if (values.agent === undefined)
        throw new UsageError('--agent NAME is required, e.g. --agent claude-code');
    if ((values.task === undefined) === (values['task-file'] === undefined)) {
        throw new UsageError('pass the task as --task TEXT or --task-file FILE (one of them)');
    }
    const fromFile = values['task-file'] !== undefined
        ? taskFromText(await readInput(resolve(io.cwd, values['task-file']), 'the task file'))
        : null;
    const allow = (values.allow ?? []).map((kind) => {
        if (!ALLOWANCES.includes(kind)) {
            throw new UsageError(`--allow "${clip(kind, 40)}" is not one of ${ALLOWANCES.join(', ')}`);
        }
        return kind;
    });
    const scope = [...(fromFile?.scope ?? []), ...(values.scope ?? [])].slice(0, MAX_SCOPE);
    const id = values['task-id'] ?? fromFile?.id;
    const manifest = {
        schema: 'agent-run/v1',
        agent: {
            name: clip(values.agent, 200),
            ...(values.model ? { model: clip(values.model, 200) } : {}),
            ...(values['run-id'] ? { run_id: clip(values['run-id'], 200) } : {}),
            ...(values['log-url'] ? { log_url: values['log-url'] } : {})
        },
        task: {
            ...(id ? { id: clip(id, 200) } : {}),
            request: (fromFile?.request ?? values.task ?? '').slice(0, REQUEST_CHARS),
            ...(scope.length > 0 ? { scope: { paths: scope } } : {}),
            ...(allow.length > 0 ? { allow } : {})
        },
        actions: [],
        tests: []
    };
    await writeNewManifestFile(path, manifest, values.force === true);
    io.stdout.write(`agent-pr-gate manifest: started ${path} (${scope.length > 0 ? `scope: ${scope.join(', ')}` : 'no scope: out-of-scope is not checked'})\n`);
    return 0;
}
/**
 * The task from text the human wrote: a GitHub issue as `gh issue view --json number,title,body`
 * prints it, an Actions event payload with an `issue`, or plain text. Scope globs come from lines starting with "Scope:" (comma or space
 * separated), the request is the whole text.
 */
function taskFromText(text) {
    let request = text;
    let id;
    try {
        const parsed = JSON.parse(text);
        // an Actions event payload carries the issue under "issue"
        const issue = typeof parsed === 'object' && parsed !== null && 'issue' in parsed ? parsed.issue : parsed;
        if (typeof issue === 'object' && issue !== null && 'title' in issue) {
            const { number, title, body } = issue;
            id = typeof number === 'number' ? `#${number}` : undefined;
            request = [title, body].filter((part) => typeof part === 'string' && part !== '').join('\n\n');
        }
    }
    catch {
        // plain text
    }
    const scope = [];
    for (const line of request.split('\n')) {
        const match = /^\s*scope\s*:(.*)$/i.exec(line.slice(0, 4096));
        if (match === null)
            continue;
        for (const glob of match[1].split(/[,\s]+/)) {
            const clean = glob.replace(/^`|`$/g, '');
            if (clean !== '' && !clean.startsWith('!') && !clean.startsWith('#'))
                scope.push(clean);
        }
    }
    const trimmed = request.trim();
    if (trimmed === '')
        throw new UsageError("the task file is empty: it must hold the task in the human's words");
    return { ...(id ? { id } : {}), request: trimmed, scope };
}
async function hook(argv, io) {
    const { values, positionals } = parse(argv, { manifest: { type: 'string' } }, 1);
    const path = manifestPath(values.manifest, io);
    const agent = positionals[0];
    if (agent !== 'claude-code' && agent !== 'cursor') {
        throw new UsageError('hook takes the agent: claude-code or cursor');
    }
    const text = await readStdin(io);
    let input;
    try {
        input = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`the hook input on stdin is not JSON (${describeFailure(error)})`, {
            cause: error
        });
    }
    const at = new Date().toISOString();
    const drafted = agent === 'claude-code' ? claudeCodeAction(input, at) : cursorAction(input, at);
    // Cursor reads a JSON answer on stdout for some events; an empty object changes nothing
    if (agent === 'cursor')
        io.stdout.write('{}\n');
    if (drafted === null)
        return 0;
    await append(path, agent, [drafted]);
    return 0;
}
async function codex(argv, io) {
    const { values } = parse(argv, { manifest: { type: 'string' }, events: { type: 'string' } });
    const path = manifestPath(values.manifest, io);
    const source = values.events ?? '-';
    const text = source === '-'
        ? await readStdin(io)
        : await readInput(resolve(io.cwd, source), 'the Codex events');
    const actions = codexActions(text, new Date().toISOString());
    await append(path, 'codex', actions);
    io.stdout.write(`agent-pr-gate manifest: ${actions.length} action(s) from Codex added to ${path}\n`);
    return 0;
}
async function action(argv, io) {
    const { values } = parse(argv, {
        manifest: { type: 'string' },
        tool: { type: 'string' },
        summary: { type: 'string' },
        outcome: { type: 'string' },
        path: { type: 'string', multiple: true }
    });
    const path = manifestPath(values.manifest, io);
    if (values.tool === undefined)
        throw new UsageError('--tool NAME is required, e.g. --tool shell');
    const outcome = values.outcome;
    if (outcome !== undefined && outcome !== 'ok' && outcome !== 'error' && outcome !== 'skipped') {
        throw new UsageError(`--outcome "${clip(outcome, 40)}" is not one of ok, error, skipped`);
    }
    await append(path, 'unknown', [
        {
            tool: clip(values.tool, 200),
            ...(values.summary ? { summary: clip(values.summary, 2000) } : {}),
            at: new Date().toISOString(),
            ...(outcome ? { outcome } : {}),
            ...(values.path && values.path.length > 0
                ? { paths: values.path.map((p) => clip(p, 1024)) }
                : {})
        }
    ]);
    return 0;
}
async function attach(argv, io) {
    const { values } = parse(argv, { manifest: { type: 'string' } });
    const path = manifestPath(values.manifest, io);
    const manifest = await readManifestFile(path);
    if (manifest === null)
        throw new UsageError(`there is no manifest at ${path}; start one with "manifest init"`);
    const json = JSON.stringify(manifest, null, 2);
    // a fence longer than any backtick run inside keeps the block closed where it should be
    let longest = 2;
    for (const run of json.matchAll(/`+/g))
        longest = Math.max(longest, run[0].length);
    const fence = '`'.repeat(longest + 1);
    io.stdout.write(`${fence}agent-run\n${json}\n${fence}\n`);
    return 0;
}
/** Appends actions with the next sequence numbers; a missing manifest is started bare. */
async function append(path, agent, actions) {
    if (actions.length === 0)
        return;
    await updateManifestFile(path, () => ({
        schema: 'agent-run/v1',
        agent: { name: agent },
        task: { request: 'Not stated: no task was recorded before the first action.' }
    }), (manifest) => {
        const list = manifest.actions ?? [];
        let seq = list.reduce((max, a) => Math.max(max, a.seq), 0);
        for (const drafted of actions)
            list.push({ seq: ++seq, ...drafted });
        manifest.actions = list;
    });
}
async function readStdin(io) {
    const chunks = [];
    let size = 0;
    for await (const chunk of io.stdin) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += buffer.length;
        if (size > INPUT_MAX_BYTES)
            throw new UsageError('the input on stdin is over 16 MiB');
        chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
}
async function readInput(path, what) {
    try {
        return await readFile(path, 'utf8');
    }
    catch (error) {
        throw new UsageError(`cannot read ${what} "${path}": ${describeFailure(error)}`, {
            cause: error
        });
    }
}

export { MANIFEST_USAGE, runManifest, taskFromText };
