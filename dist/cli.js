#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { V as VERSION, e as errorLine, U as UsageError } from './chunks/errors3.js';
import { p as parseFailure } from './chunks/arguments.js';
import './chunks/errors.js';
import './chunks/errors2.js';
import './chunks/failure.js';

/**
 * The CLI runs with V8's Maglev compiler off, unless the user's own Node options name it.
 *
 * Node 24's V8 runs Maglev (a mid-tier optimizing compiler); Node 22's is built without it. A gate
 * run is one cold pass over the diff, and there Maglev cost more memory than it saved time. The
 * seven real diffs of `npm run bench:real` on Node 24, the built CLI with and without
 * `--no-maglev`, alternating, medians of 7 runs a side: without it, peak RSS 1-41 MB lower
 * (webpack v5.0.0..v5.60.0 195 to 173 MB, vuejs/core bfe6b459d 193 to 152 MB, pallets/flask 109
 * to 87 MB) and wall time from 6% less (gin) to 9% more (the vuejs release range, 1.87 to
 * 2.05 s). That takes the CLI's peak under twice parse-diff's on every one of them.
 *
 * V8 reads this flag whenever it decides what to compile, so setting it at run time works, unlike
 * heap sizes, which are fixed at start (see cli/isolate.ts). The flag is process-wide: only the
 * CLI's entry sets it, never the engine a host program imports. Only a Node built with Maglev
 * (`process.config.variables.v8_enable_maglev`: Node 24 yes, Node 22 no) is given the flag: V8
 * answers a flag it does not know with an error line on stderr.
 */
/** What the CLI passes to `v8.setFlagsFromString`. */
const COMPILER_FLAGS = '--no-maglev';
/** `--maglev`, `--no-maglev`, `--no_maglev`, `--maglev=...`: the user chose; leave it. */
const NAMES_MAGLEV = /^--(?:no[-_])?maglev(?:=|$)/;
/**
 * Whether the CLI sets COMPILER_FLAGS: on a Node built with Maglev, unless the process's own
 * arguments or NODE_OPTIONS already say whether Maglev runs.
 */
function setsCompilerFlags(maglevBuilt, execArgv, nodeOptions) {
    if (!maglevBuilt)
        return false;
    const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)];
    return !given.some((arg) => NAMES_MAGLEV.test(arg));
}
/** Whether this Node's V8 was built with Maglev (`process.config` as Node's build wrote it). */
function maglevBuilt(variables) {
    return 'v8_enable_maglev' in variables && Boolean(variables.v8_enable_maglev);
}

/**
 * The CLI: the same engine as the action, on a local diff or repository. Exit codes: 0 pass or
 * warn, 1 fail (blocked, or warned under --fail-level warn), 2 bad usage, unreadable input or an
 * internal error (one line on stderr that says which). Only argument parsing lives here: the
 * engine is imported when a gate actually runs, so --help and --version stay fast.
 */
const USAGE = `Usage: agent-pr-gate [--diff FILE|-] [--base REF] [--head REF] [--repo DIR]
                     [--manifest FILE] [--config FILE] [--format text|markdown|json|sarif]
                     [--output FILE] [--mode MODE] [--apply-to agents|all]
                     [--fail-level warn|block]
       agent-pr-gate init [--force] [--repo DIR]
       agent-pr-gate split | record | manifest ...   (each answers --help)

Gates a change written by an AI coding agent: minimality, unrequested refactors, sensitive
paths, secrets, bent tests, run discipline. Same engine and report as the GitHub Action.

  --diff FILE|-         read a unified diff from FILE, or from stdin with "-"
  --repo DIR            repository to diff when --diff is absent (default: current directory)
  --base REF            diff from the merge-base with REF (default: origin/HEAD, main or master)
  --head REF            the head to gate (default: HEAD)
  --manifest FILE       the agent's run manifest (agent-run/v1 JSON)
  --config FILE         gate config (default: DIR/.github/agent-pr-gate.yml when present)
  --format FORMAT       text (default), markdown, json or sarif
  --output FILE         write the report to FILE instead of stdout
  --mode MODE           enforce, warn or observe (default: the config's mode)
  --apply-to WHO        agents: gate only a change with an agent signal; all (default)
  --fail-level LEVEL    block (default): exit 1 when blocked; warn: also exit 1 on a warning
  --max-findings N      text and markdown: show at most N entries, like findings grouped
                        (default 50); json and sarif list every finding
  -h, --help            print this help
  -v, --version         print the version

  init [--force]        write .github/workflows/agent-pr-gate.yml and a commented
                        .github/agent-pr-gate.yml in the repository (--repo, default: here)

Exit codes: 0 pass or warn, 1 blocked, 2 bad usage, unreadable input or an internal error.`;
const FORMATS = ['text', 'markdown', 'json', 'sarif'];
const MODES = ['enforce', 'warn', 'observe'];
const APPLY_TO = ['agents', 'all'];
const FAIL_LEVELS = ['warn', 'block'];
const GATE_OPTIONS = {
    diff: { type: 'string' },
    repo: { type: 'string' },
    base: { type: 'string' },
    head: { type: 'string' },
    manifest: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    mode: { type: 'string' },
    'apply-to': { type: 'string' },
    'fail-level': { type: 'string' },
    'max-findings': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' }
};
const INIT_OPTIONS = {
    repo: { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
function oneOf(flag, value, allowed) {
    if (value === undefined)
        return undefined;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`${flag} "${value}" is not one of ${allowed.join(', ')}`);
}
function parseCommand(argv, cwd) {
    if (argv[0] === 'init') {
        let values;
        try {
            ;
            ({ values } = parseArgs({ args: argv.slice(1), strict: true, options: INIT_OPTIONS }));
        }
        catch (error) {
            throw parseFailure(error, Object.keys(INIT_OPTIONS));
        }
        if (values.help)
            return { kind: 'help' };
        return {
            kind: 'init',
            options: { repo: resolve(cwd, values.repo ?? '.'), force: !!values.force }
        };
    }
    let values;
    try {
        ;
        ({ values } = parseArgs({ args: argv, strict: true, options: GATE_OPTIONS }));
    }
    catch (error) {
        throw parseFailure(error, Object.keys(GATE_OPTIONS));
    }
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const format = oneOf('--format', values.format, FORMATS) ?? 'text';
    if (values.diff !== undefined && (values.base !== undefined || values.head !== undefined)) {
        throw new UsageError('--diff reads a ready diff, so --base and --head do not apply; pass one or the other');
    }
    return {
        kind: 'gate',
        options: {
            diff: values.diff ?? null,
            repo: resolve(cwd, values.repo ?? '.'),
            base: values.base,
            head: values.head,
            manifest: values.manifest ?? null,
            config: values.config ?? null,
            format,
            output: values.output ?? null,
            mode: oneOf('--mode', values.mode, MODES) ?? null,
            applyTo: oneOf('--apply-to', values['apply-to'], APPLY_TO) ?? 'all',
            failLevel: oneOf('--fail-level', values['fail-level'], FAIL_LEVELS) ?? 'block',
            maxFindings: maxFindingsOf(values['max-findings'])
        }
    };
}
function maxFindingsOf(value) {
    if (value === undefined)
        return undefined;
    if (!/^[1-9]\d{0,6}$/.test(value)) {
        throw new UsageError(`--max-findings "${value}" is not a whole number from 1 to 9999999; pass how many entries to show, e.g. --max-findings 20`);
    }
    return Number(value);
}
/** Runs the CLI and returns its exit code; never throws. Subcommands load only what they run. */
async function main(argv, io) {
    const [subcommand, ...rest] = argv;
    if (subcommand === 'split')
        return (await import('./chunks/split.js')).runSplit(rest, io);
    if (subcommand === 'record')
        return (await import('./chunks/record.js')).runRecord(rest, io);
    if (subcommand === 'manifest')
        return (await import('./chunks/manifest.js')).runManifest(rest, io);
    try {
        const command = parseCommand(argv, io.cwd);
        switch (command.kind) {
            case 'help':
                io.stdout.write(`${USAGE}\n`);
                return 0;
            case 'version':
                io.stdout.write(`agent-pr-gate ${VERSION}\n`);
                return 0;
            case 'init': {
                const { runInit } = await import('./chunks/init.js');
                return await runInit(command.options, io);
            }
            case 'gate': {
                if (io.worker !== undefined) {
                    const { gateInWorker, isolates } = await import('./chunks/isolate.js');
                    if (await isolates(command.options, io.cwd)) {
                        const job = { options: command.options, cwd: io.cwd, isTTY: io.stdout.isTTY === true };
                        return await gateInWorker(io.worker, job, io);
                    }
                }
                const { runGateCommand } = await import('./chunks/gate.js');
                return await runGateCommand(command.options, io);
            }
        }
    }
    catch (error) {
        io.stderr.write(`${errorLine(error)}\n`);
        return 2;
    }
}

// Before any gate code runs hot: see cli/compiler.ts.
const withMaglev = maglevBuilt(process.config.variables);
if (setsCompilerFlags(withMaglev, process.execArgv, process.env.NODE_OPTIONS)) {
    setFlagsFromString(COMPILER_FLAGS);
}
// Built beside this file in dist/; run from the sources, every diff is gated in this thread.
const worker = new URL('./cli-worker.js', import.meta.url);
process.exitCode = await main(process.argv.slice(2), {
    // A getter: process.stdin builds a stream on first use, which a run on a file never needs.
    get stdin() {
        return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    ...(existsSync(fileURLToPath(worker)) ? { worker } : {})
});
