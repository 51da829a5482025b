import { writeFile, stat, readFile } from 'node:fs/promises';
import { resolve, join, relative, isAbsolute, sep } from 'node:path';
import { c as changeSetOf } from './change-set.js';
import { p as parseUnifiedDiff, t as textBefore } from './diff-text.js';
import { l as loadConfigFile } from './file.js';
import { r as runGate, c as collectionOf, E as EVERY_CHANGE } from './run-gate.js';
import { U as UsageError, s as systemReason, V as VERSION } from './errors3.js';
import './errors.js';
import './packed-lines.js';
import './errors2.js';
import './index.js';
import './catalogue.js';
import './junit.js';
import './index2.js';
import './labels.js';
import './failure.js';
import 'node:util';

/** The CLI's gate run: collect from a diff or a local repository, run the engine, render, write. */
/** Problems of an invalid manifest named on the error line; the rest are counted. */
const LISTED_MANIFEST_PROBLEMS = 3;
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
}
async function readInput(what, path, io) {
    try {
        return path === '-' ? await readAll(io.stdin) : await readFile(resolve(io.cwd, path), 'utf8');
    }
    catch (error) {
        const where = path === '-' ? 'from stdin' : `"${path}"`;
        throw new UsageError(`cannot read ${what} ${where}: ${systemReason(error)}`);
    }
}
async function collectChange(options, io) {
    if (options.diff !== null) {
        const text = await readInput('the diff', options.diff, io);
        if (text.trim() === '') {
            throw new UsageError(`the diff ${options.diff === '-' ? 'on stdin' : `in "${options.diff}"`} is empty; pipe the output of "git diff BASE...HEAD", or omit --diff to diff the repository`);
        }
        const parsed = parseUnifiedDiff(text);
        // the work tree may hold the change's own `.gitattributes`: detectors read the base's
        const current = await readOptional(join(options.repo, '.gitattributes'));
        const change = {
            source: 'diff',
            files: parsed.files,
            problems: parsed.problems,
            gitattributes: textBefore('.gitattributes', current, parsed.files),
            pr: null,
            head: null,
            commits: []
        };
        return { change, base: undefined };
    }
    // Loaded here, not up front: a run on a diff file spawns no git and loads no child_process.
    const { collectFromGit } = await import('./local-git.js');
    const git = await collectFromGit({ repo: options.repo, base: options.base, head: options.head });
    const base = {
        ref: git.baseRef,
        sha: git.base,
        how: options.base === undefined ? 'default' : 'given',
        headRef: git.headRef,
        headSha: git.head
    };
    // A branch name, when the head was given as one, lets --apply-to agents see an agent's prefix.
    const head = git.headRef === 'HEAD' ? git.head : git.headRef;
    return { change: { source: 'git', ...git, head, pr: null }, base };
}
async function readOptional(path) {
    try {
        return await readFile(path, 'utf8');
    }
    catch {
        return null;
    }
}
/** On the CLI a broken manifest is bad input (exit 2), not a finding about someone else's PR. */
async function readManifestOption(options, io) {
    if (options.manifest === null)
        return { status: 'absent' };
    const text = await readInput('the manifest', options.manifest, io);
    // Its JSON Schema validator is loaded only when there is a manifest to validate.
    const { parseManifest } = await import('./loader2.js');
    const state = parseManifest(text, options.manifest);
    if (state.status !== 'invalid')
        return state;
    const listed = state.problems
        .slice(0, LISTED_MANIFEST_PROBLEMS)
        .map((p) => `${p.pointer === '' ? 'the document' : p.pointer}: ${p.message}`);
    const more = state.problems.length - listed.length;
    throw new UsageError(`the manifest "${options.manifest}" is not valid agent-run/v1: ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}. Fix it against schema/agent-run.schema.json`);
}
/** Fails before the run, not after it, when the report could not be written there. */
async function checkOutputPath(path) {
    try {
        if ((await stat(path)).isDirectory()) {
            throw new UsageError(`--output "${path}" is a directory; give a file path, such as ${join(path, 'agent-pr-gate-report.json')}`);
        }
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        // Absent is fine (it is about to be written); anything else surfaces on the write itself.
    }
}
/** A path as the repository names it (for SARIF locations), or null when it lies outside. */
function inRepo(options, cwd, path) {
    if (path === null || path === '-')
        return null;
    const rel = relative(options.repo, resolve(cwd, path));
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : rel.split(sep).join('/');
}
/** Each format loads only its own renderer: a JSON run never compiles the text or SARIF ones. */
async function render(report, options, io, color) {
    switch (options.format) {
        case 'json':
            return (await import('./json.js')).renderJson(report);
        case 'sarif': {
            const [{ DEFAULT_CONFIG_PATH, renderSarif }, { RULES }] = await Promise.all([
                import('./sarif.js'),
                import('./index.js').then(function (n) { return n.i; })
            ]);
            return renderSarif(report, RULES, {
                toolVersion: VERSION,
                configPath: inRepo(options, io.cwd, options.config) ?? DEFAULT_CONFIG_PATH,
                manifestPath: inRepo(options, io.cwd, options.manifest)
            });
        }
        case 'markdown':
            return (await import('./markdown.js')).renderMarkdown(report, {
                maxFindings: options.maxFindings
            });
        case 'text':
            return (await import('./text.js')).renderText(report, {
                color,
                maxFindings: options.maxFindings
            });
    }
}
/** --apply-to all (the default) gates whatever the CLI is pointed at, with the agent rules. */
async function audienceOf(change, config, options) {
    if (options.applyTo === 'all')
        return EVERY_CHANGE;
    const { classifyChange } = await import('./classify.js').then(function (n) { return n.b; });
    const classification = classifyChange(change, config);
    return classification.agent
        ? { isAgent: true, skipped: null }
        : {
            isAgent: false,
            skipped: `Not agent-authored (${classification.reasons.join('; ')}); --apply-to is "agents".`
        };
}
function withFlags(config, options) {
    return options.mode === null ? config : { ...config, mode: options.mode };
}
async function runGateCommand(options, io) {
    const output = options.output === null ? null : resolve(io.cwd, options.output);
    if (output !== null)
        await checkOutputPath(output);
    const started = performance.now();
    const { change, base } = await collectChange(options, io);
    const loaded = await loadConfigFile(options.config !== null
        ? resolve(io.cwd, options.config)
        : join(options.repo, '.github/agent-pr-gate.yml'), { required: options.config !== null });
    const config = withFlags(loaded.config, options);
    const manifest = await readManifestOption(options, io);
    const audience = await audienceOf({ ...change, manifest }, config, options);
    // The JUnit reader (and its XML validator) is loaded only for a config that names reports.
    const junit = audience.skipped === null && config.tests.junit.length > 0
        ? await (await import('./junit-files.js')).readJUnitReports(config.tests.junit, options.repo)
        : null;
    const changeSet = changeSetOf({
        ...change,
        manifest,
        ci: junit === null
            ? null
            : { checkRuns: [], workflowRuns: [], junit: junit.reports, notes: junit.notes }
    });
    const { report } = runGate(collectionOf(changeSet, config, { audience, collectMs: performance.now() - started }));
    if (base !== undefined)
        report.base = base;
    const color = output === null && io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
    const text = await render(report, options, io, color);
    if (output !== null) {
        try {
            await writeFile(output, text);
        }
        catch (error) {
            throw new UsageError(`cannot write the report to "${options.output}": ${systemReason(error)}; choose a writable file path`);
        }
    }
    else
        io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return exitCode(report, options);
}
function exitCode(report, options) {
    if (report.verdict === 'fail')
        return 1;
    return report.verdict === 'warn' && options.failLevel === 'warn' ? 1 : 0;
}

export { runGateCommand };
