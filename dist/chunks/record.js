import { spawn } from 'node:child_process';
import { mkdtemp, copyFile, rm, stat, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { openWorkTree } from './local-git.js';
import { j as junitFailures } from './junit.js';
import { o as oneLine, d as describeFailure } from './failure.js';
import { r as readManifestFile, u as updateManifestFile } from './file2.js';
import { p as parseFailure } from './arguments.js';
import { U as UsageError } from './errors3.js';
import './diff-text.js';
import './errors.js';
import './packed-lines.js';
import './loader2.js';
import './schema-validator.js';
import './errors2.js';

/**
 * `agent-pr-gate record --manifest FILE [--junit PATH] -- CMD ARGS...`: runs a test command as
 * it is (no shell), exits with its exit code, and appends the attempt to the run manifest with
 * the working tree's hash, so the gate can tell a rerun on unchanged code from a fix.
 */
const RECORD_USAGE = `Usage: agent-pr-gate record --manifest FILE [--junit PATH]... [--repo DIR]
                            [--agent NAME] [--task TEXT] -- CMD [ARGS...]

Runs CMD (no shell) and exits with its exit code. Appends one test attempt to the run manifest
FILE (agent-run/v1; created when missing): attempt number, command, the working tree's git tree
id (tracked and untracked files, as "git add -A" would stage them, without touching your index),
commit, status from the exit code, failed tests from the JUnit reports given, start time and
duration. The gate reads these attempts to tell a rerun on unchanged code from a fix.

  --manifest FILE   the manifest to append to (created when missing)
  --junit PATH      a JUnit XML report the command writes; failed test names come from it
  --repo DIR        the repository whose working tree is hashed (default: current directory)
  --agent NAME      agent name for a new manifest (default: "unknown")
  --task TEXT       the task, in the human's words, for a new manifest`;
/** A test attempt's command line is one line of at most this many characters in the schema. */
const COMMAND_CHARS = 2000;
const JUNIT_MAX_BYTES = 50 * 1024 * 1024;
const RECORD_OPTIONS = {
    manifest: { type: 'string' },
    junit: { type: 'string', multiple: true },
    repo: { type: 'string' },
    agent: { type: 'string' },
    task: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
function parseRecordArgs(argv, cwd) {
    let parsed;
    try {
        parsed = parseArgs({
            args: argv,
            strict: true,
            allowPositionals: true,
            options: RECORD_OPTIONS
        });
    }
    catch (error) {
        throw parseFailure(error, Object.keys(RECORD_OPTIONS), 'record');
    }
    const { values, positionals } = parsed;
    if (values.help)
        return 'help';
    if (values.manifest === undefined) {
        throw new UsageError('record needs --manifest FILE: the run manifest to append the attempt to');
    }
    if (positionals.length === 0 || !argv.includes('--')) {
        throw new UsageError('record needs the command after "--", as in: agent-pr-gate record --manifest run.json -- npm test');
    }
    return {
        manifest: resolve(cwd, values.manifest),
        junit: (values.junit ?? []).map((path) => resolve(cwd, path)),
        repo: resolve(cwd, values.repo ?? '.'),
        agent: values.agent ?? 'unknown',
        task: values.task ?? 'Not stated: this manifest was started by agent-pr-gate record.',
        command: positionals
    };
}
/** Runs `record` and returns the command's exit code (2 for bad usage before it ran). */
async function runRecord(argv, io) {
    let options;
    try {
        options = parseRecordArgs(argv, io.cwd);
        if (options === 'help') {
            io.stdout.write(`${RECORD_USAGE}\n`);
            return 0;
        }
        // a manifest that cannot take the attempt is refused before the tests run, not after
        await readManifestFile(options.manifest);
    }
    catch (error) {
        io.stderr.write(`agent-pr-gate record: ${oneLine(describeFailure(error))}\n`);
        return 2;
    }
    const tree = await workingTree(options.repo).catch((error) => {
        io.stderr.write(`agent-pr-gate record: the working tree is not hashed (${oneLine(describeFailure(error))}); the attempt is recorded without it\n`);
        return null;
    });
    const startedAt = new Date();
    const started = performance.now();
    const run = await runCommand(options.command, io);
    const durationMs = Math.round(performance.now() - started);
    if (run.spawnError !== null) {
        io.stderr.write(`agent-pr-gate record: ${options.command[0]} could not be started (${run.spawnError})\n`);
    }
    try {
        const failed = await failedTests(options.junit, io);
        const attempt = {
            command: commandLine(options.command),
            ...(tree?.tree ? { tree: tree.tree } : {}),
            ...(tree?.commit ? { commit: tree.commit } : {}),
            status: run.spawnError !== null ? 'error' : run.exitCode === 0 ? 'passed' : 'failed',
            ...(failed.length > 0 ? { failed } : {}),
            at: startedAt.toISOString(),
            exit_code: run.exitCode,
            duration_ms: durationMs,
            recorded_by: 'agent-pr-gate record'
        };
        const started = {
            schema: 'agent-run/v1',
            agent: { name: options.agent },
            task: { request: options.task }
        };
        await updateManifestFile(options.manifest, () => started, (manifest) => {
            const tests = manifest.tests ?? [];
            const next = tests.reduce((max, t) => Math.max(max, t.attempt), 0) + 1;
            manifest.tests = [...tests, { attempt: next, ...attempt }];
        });
    }
    catch (error) {
        io.stderr.write(`agent-pr-gate record: the attempt was not recorded: ${oneLine(describeFailure(error))}\n`);
    }
    return run.exitCode;
}
/**
 * The tree `git add -A` would stage, in a scratch copy of the index (the user's index, work tree
 * and refs are untouched; blobs land in the object store, as with `git stash`).
 */
async function workingTree(repo) {
    const git = await openWorkTree(repo);
    const dir = await mkdtemp(join(tmpdir(), 'agent-pr-gate-record-'));
    try {
        const index = join(dir, 'index');
        const indexPath = (await git(['rev-parse', '--path-format=absolute', '--git-path', 'index'])).stdout
            .toString('utf8')
            .trim();
        // starting from the user's index spares re-hashing files whose stat data did not change
        await copyFile(indexPath, index).catch(() => undefined);
        const env = { GIT_INDEX_FILE: index };
        const added = await git(['add', '-A', '--', ':/'], { env });
        if (added.exitCode !== 0)
            throw new Error(`git add -A failed: ${added.stderr.trim()}`);
        const written = await git(['write-tree'], { env });
        if (written.exitCode !== 0)
            throw new Error(`git write-tree failed: ${written.stderr.trim()}`);
        const head = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
        const commit = head.exitCode === 0 ? head.stdout.toString('utf8').trim() : null;
        return { tree: written.stdout.toString('utf8').trim(), commit };
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
}
/** Runs the command with the terminal's stdio; a signal maps to 128 + its number, as shells do. */
function runCommand(command, io) {
    return new Promise((resolveRun) => {
        const child = spawn(command[0], command.slice(1), {
            cwd: io.cwd,
            env: io.env,
            stdio: 'inherit'
        });
        child.on('error', (error) => resolveRun({ exitCode: 127, spawnError: error.message }));
        child.on('close', (code, signal) => {
            if (code !== null)
                resolveRun({ exitCode: code, spawnError: null });
            else
                resolveRun({ exitCode: 128 + signalNumber(signal), spawnError: null });
        });
    });
}
const SIGNALS = Object.freeze(Object.assign(Object.create(null), {
    SIGHUP: 1,
    SIGINT: 2,
    SIGQUIT: 3,
    SIGABRT: 6,
    SIGKILL: 9,
    SIGSEGV: 11,
    SIGPIPE: 13,
    SIGALRM: 14,
    SIGTERM: 15
}));
function signalNumber(signal) {
    return (signal !== null ? SIGNALS[signal] : undefined) ?? 1;
}
async function failedTests(paths, io) {
    const failed = [];
    if (paths.length > 0)
        await import('./junit-parser.js');
    for (const path of paths) {
        try {
            const { size } = await stat(path);
            if (size > JUNIT_MAX_BYTES) {
                io.stderr.write(`agent-pr-gate record: ${path} is over 50 MiB; its failures are not read\n`);
                continue;
            }
            const names = junitFailures({ path, xml: await readFile(path, 'utf8') });
            if (names === null)
                io.stderr.write(`agent-pr-gate record: ${path} is not a JUnit XML report\n`);
            else
                for (const name of names)
                    if (!failed.includes(name))
                        failed.push(name);
        }
        catch (error) {
            io.stderr.write(`agent-pr-gate record: cannot read ${path} (${oneLine(describeFailure(error))})\n`);
        }
    }
    return failed.slice(0, 10_000).map((name) => name.slice(0, 1000));
}
/** The command as one line a person can read and re-run (POSIX shell quoting where needed). */
function commandLine(command) {
    const line = command
        .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`))
        .join(' ')
        .replace(/\p{Cc}/gu, ' ');
    return line.length > COMMAND_CHARS ? `${line.slice(0, COMMAND_CHARS - 3)}...` : line;
}

export { RECORD_USAGE, commandLine, runRecord };
