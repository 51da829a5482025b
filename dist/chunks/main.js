import { writeFile, readFile } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { m as loadConfigFile, i as runGate, N as NO_APPROVAL, f as parseUnifiedDiff, c as collectFromGit, e as parseManifest, h as renderText, g as renderMarkdown, r as renderJson, R as RULES } from './text.js';
import { r as readJUnitReports, d as describeFailure, c as changeSetOf } from './junit-files.js';
import { r as renderSarif } from './sarif.js';
import 'node:child_process';
import 'process';
import 'buffer';
import 'node:buffer';
import 'node:crypto';

/** Kept equal to package.json's version by a test. */
const VERSION = '0.1.0';

/**
 * The CLI: the same engine as the action, on a local diff or repository. Exit codes: 0 pass or
 * warn, 1 fail (blocked), 2 bad usage or unreadable input (one line on stderr: what, why, fix).
 */
const USAGE = `Usage: agent-pr-gate [--diff FILE|-] [--base REF] [--head REF] [--repo DIR]
                     [--manifest FILE] [--config FILE] [--format text|markdown|json|sarif]
                     [--output FILE]

Gates a change written by an AI coding agent: minimality, unrequested refactors, sensitive
paths, secrets, bent tests, run discipline. Same engine and report as the GitHub Action.

  --diff FILE|-      read a unified diff from FILE, or from stdin with "-"
  --repo DIR         repository to diff when --diff is absent (default: current directory)
  --base REF         diff from the merge-base with REF (default: origin/HEAD, main or master)
  --head REF         the head to gate (default: HEAD)
  --manifest FILE    the agent's run manifest (agent-run/v1 JSON)
  --config FILE      gate config (default: DIR/.github/agent-pr-gate.yml when present)
  --format FORMAT    text (default), markdown, json or sarif
  --output FILE      write the report to FILE instead of stdout
  --help, --version

Exit codes: 0 pass or warn, 1 blocked, 2 bad usage or unreadable input.`;
const FORMATS = ['text', 'markdown', 'json', 'sarif'];
/** Bad usage or unreadable input: exit 2 with this one line. */
class UsageError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'UsageError';
    }
}
function parseCliArgs(argv, cwd) {
    let values;
    try {
        ;
        ({ values } = parseArgs({
            args: argv,
            strict: true,
            allowPositionals: false,
            options: {
                diff: { type: 'string' },
                repo: { type: 'string' },
                base: { type: 'string' },
                head: { type: 'string' },
                manifest: { type: 'string' },
                config: { type: 'string' },
                format: { type: 'string' },
                output: { type: 'string' },
                help: { type: 'boolean' },
                version: { type: 'boolean' }
            }
        }));
    }
    catch (error) {
        throw new UsageError(`${describeFailure(error)}; run agent-pr-gate --help for the options`, {
            cause: error
        });
    }
    if (values.help)
        return 'help';
    if (values.version)
        return 'version';
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format)) {
        throw new UsageError(`--format "${format}" is not one of ${FORMATS.join(', ')}`);
    }
    if (values.diff !== undefined && (values.base !== undefined || values.head !== undefined)) {
        throw new UsageError('--diff reads a ready diff, so --base and --head do not apply; pass one or the other');
    }
    return {
        diff: values.diff ?? null,
        repo: resolve(cwd, values.repo ?? '.'),
        base: values.base,
        head: values.head,
        manifest: values.manifest ?? null,
        config: values.config ?? null,
        format: format,
        output: values.output ?? null
    };
}
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
        throw new UsageError(`cannot read ${what} ${path === '-' ? 'from stdin' : `"${path}"`}: ${describeFailure(error)}`, {
            cause: error
        });
    }
}
async function collectChange(options, io) {
    if (options.diff !== null) {
        const text = await readInput('the diff', options.diff, io);
        if (text.trim() === '') {
            throw new UsageError(`the diff ${options.diff === '-' ? 'on stdin' : `in "${options.diff}"`} is empty; pipe the output of "git diff BASE...HEAD", or omit --diff to diff the repository`);
        }
        const parsed = parseUnifiedDiff(text);
        return changeSetOf({
            source: 'diff',
            files: parsed.files,
            problems: parsed.problems,
            gitattributes: await readOptional(join(options.repo, '.gitattributes'))
        });
    }
    const git = await collectFromGit({ repo: options.repo, base: options.base, head: options.head });
    return changeSetOf({ source: 'git', ...git });
}
async function readOptional(path) {
    try {
        return await readFile(path, 'utf8');
    }
    catch {
        return null;
    }
}
async function readManifestOption(options, io) {
    if (options.manifest === null)
        return { status: 'absent' };
    const text = await readInput('the manifest', options.manifest, io);
    return parseManifest(text, options.manifest);
}
function render(report, format, color) {
    switch (format) {
        case 'json':
            return renderJson(report);
        case 'sarif':
            return renderSarif(report, RULES, VERSION);
        case 'markdown':
            return renderMarkdown(report);
        case 'text':
            return renderText(report, { color });
    }
}
/** Runs the CLI and returns its exit code; never throws. */
async function main(argv, io) {
    try {
        const options = parseCliArgs(argv, io.cwd);
        if (options === 'help') {
            io.stdout.write(`${USAGE}\n`);
            return 0;
        }
        if (options === 'version') {
            io.stdout.write(`agent-pr-gate ${VERSION}\n`);
            return 0;
        }
        const started = performance.now();
        const changeSet = await collectChange(options, io);
        const { config } = await loadConfigFile(options.config !== null
            ? resolve(io.cwd, options.config)
            : join(options.repo, '.github/agent-pr-gate.yml'), { required: options.config !== null });
        changeSet.manifest = await readManifestOption(options, io);
        if (config.tests.junit.length > 0) {
            const junit = await readJUnitReports(config.tests.junit, options.repo);
            changeSet.ci = { checkRuns: [], workflowRuns: [], junit: junit.reports, notes: junit.notes };
        }
        const collectMs = performance.now() - started;
        // The CLI gates whatever it is pointed at: whoever runs it has asked for the agent rules.
        const { report } = runGate({
            changeSet,
            config,
            isAgent: true,
            skipped: null,
            approval: NO_APPROVAL,
            collectFindings: [],
            notes: [],
            collectMs,
            apiCalls: 0
        });
        const color = options.output === null &&
            io.stdout.isTTY === true &&
            !io.env.NO_COLOR &&
            io.env.TERM !== 'dumb';
        const text = render(report, options.format, color);
        if (options.output !== null)
            await writeFile(resolve(io.cwd, options.output), text);
        else
            io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
        return report.verdict === 'fail' ? 1 : 0;
    }
    catch (error) {
        io.stderr.write(`agent-pr-gate: ${oneLine(describeFailure(error))}\n`);
        return 2;
    }
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}

export { USAGE, UsageError, main };
//# sourceMappingURL=main.js.map
