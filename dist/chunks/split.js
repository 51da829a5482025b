import { mkdtemp, rm, mkdir, writeFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { c as changeSetOf } from './change-set.js';
import { collectFromGit, openRepository } from './local-git.js';
import { l as loadConfigFile } from './file.js';
import { parseManifest } from './loader2.js';
import { r as runGate, c as collectionOf } from './run-gate.js';
import { p as packedOf, k as kindAt, K as KIND_CONTEXT, a as KIND_DEL, b as KIND_ADD } from './packed-lines.js';
import { O as OUT_OF_SCOPE, c as FILE_RENAME } from './catalogue.js';
import { tmpdir } from 'node:os';
import { G as GitError } from './errors.js';
import { o as oneLine, d as describeFailure } from './failure.js';
import { p as parseFailure } from './arguments.js';
import { U as UsageError } from './errors3.js';
import 'node:child_process';
import './diff-text.js';
import './errors2.js';
import './schema-validator.js';
import './index.js';
import './junit.js';
import './index2.js';
import './labels.js';

/**
 * Reads the plan per file. Files it does not name, and files whose patch is missing or binary,
 * stay essential: the essential patch then holds everything the gate could not classify.
 */
function fileParts(files, plan, movedOut) {
    const separate = new Map();
    const remaining = new Map();
    for (const entry of plan?.separate ?? [])
        separate.set(entry.path, entry);
    for (const entry of plan?.remaining ?? [])
        remaining.set(entry.path, entry);
    return files.map((file) => {
        if (movedOut.outOfScope.has(file.path)) {
            return { file, part: { side: 'refactor', reason: OUT_OF_SCOPE.id } };
        }
        const moved = separate.get(file.path);
        const kept = remaining.get(file.path);
        const renamed = file.status === 'renamed' &&
            (movedOut.renamed.has(file.path) || moved?.reason.includes(FILE_RENAME.id) === true);
        if (moved !== undefined && (kept === undefined || kept.hunks.length === 0)) {
            if (kept === undefined || file.hunks.length === moved.hunks.length) {
                return { file, part: { side: 'refactor', reason: moved.reason } };
            }
        }
        const whole = file.binary || file.patchMissing;
        const mixed = whole ? [] : (kept?.mixed ?? []);
        const refactorHunks = new Set(whole ? [] : (moved?.hunks ?? []));
        if (!renamed && mixed.length === 0 && refactorHunks.size === 0) {
            return { file, part: { side: 'essential' } };
        }
        return { file, part: { side: 'carved', refactorHunks, mixed, keepOldPath: renamed } };
    });
}
/** A file's bytes split into lines, each with its terminator (the last may have none). */
function splitLines(content) {
    const lines = [];
    let start = 0;
    for (let i = content.indexOf(10); i !== -1; i = content.indexOf(10, start)) {
        lines.push(content.subarray(start, i + 1));
        start = i + 1;
    }
    if (start < content.length)
        lines.push(content.subarray(start));
    return lines;
}
class CarveError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CarveError';
    }
}
/**
 * The file with the essential changes applied and the refactor changes not: base lines outside
 * the hunks, then per hunk the new side of essential changes and the old side of refactor ones.
 * The hunk's line kinds say the interleaving; the bytes come from the two versions themselves,
 * so line endings and a missing final newline survive.
 */
function carve(file, base, head, refactorHunks, mixed) {
    const oldLines = splitLines(base);
    const newLines = splitLines(head);
    const refactorLinesOf = new Map();
    for (const entry of mixed)
        refactorLinesOf.set(entry.hunk, new Set(entry.lines));
    const out = [];
    let copied = 0;
    file.hunks.forEach((hunk, h) => {
        let oi = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
        let ni = hunk.newLines === 0 ? hunk.newStart : hunk.newStart - 1;
        if (oi < copied || oi > oldLines.length) {
            throw new CarveError(`${file.path}: hunk ${h + 1} starts outside the base file`);
        }
        for (; copied < oi; copied++)
            out.push(oldLines[copied]);
        const wholeRefactor = refactorHunks.has(h);
        const lineSet = refactorLinesOf.get(h);
        const packed = packedOf(hunk);
        for (let at = 0; at < packed.count; at++) {
            const kind = kindAt(packed, at);
            const refactor = wholeRefactor || lineSet?.has(at) === true;
            if (kind === KIND_CONTEXT) {
                out.push(lineAt(oldLines, oi, file, h));
                oi++;
                ni++;
            }
            else if (kind === KIND_DEL) {
                if (refactor)
                    out.push(lineAt(oldLines, oi, file, h));
                oi++;
            }
            else if (kind === KIND_ADD) {
                if (!refactor)
                    out.push(lineAt(newLines, ni, file, h));
                ni++;
            }
        }
        copied = oi;
    });
    for (; copied < oldLines.length; copied++)
        out.push(oldLines[copied]);
    return joinLines(out);
}
function lineAt(lines, index, file, hunk) {
    const line = lines[index];
    if (line === undefined) {
        throw new CarveError(`${file.path}: hunk ${hunk + 1} reaches past the end of the file`);
    }
    return line;
}
/** A line without its terminator that is no longer last gets one, so lines never run together. */
function joinLines(lines) {
    const parts = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        parts.push(line);
        if (i < lines.length - 1 && line[line.length - 1] !== 10)
            parts.push(NEWLINE);
    }
    return Buffer.concat(parts);
}
const NEWLINE = Buffer.from('\n');

/**
 * Writes the split as two patches made by git from real trees: base -> middle (essential) and
 * middle -> head (refactor). The middle tree is built in a temporary index, so the user's index
 * and work tree are never touched; its blobs are written to the object store as `git stash`
 * would. Applying both patches to the base is then checked to rebuild the head tree exactly.
 */
const EMPTY = Buffer.alloc(0);
/** Modes whose content is not a text file to carve: symlinks and submodules go whole. */
const WHOLE_MODES = new Set(['120000', '160000']);
async function writeSplit(git, base, head, splits) {
    const dir = await mkdtemp(join(tmpdir(), 'agent-pr-gate-split-'));
    try {
        const index = { GIT_INDEX_FILE: join(dir, 'index') };
        const [baseEntries, headEntries] = await Promise.all([
            entriesAt(git, base, splits.flatMap((s) => pathsOf(s.file))),
            entriesAt(git, head, splits.map((s) => s.file.path))
        ]);
        await must(git, ['read-tree', `${base}^{tree}`], { env: index });
        const updates = [];
        for (const split of splits) {
            const { file } = split;
            for (const path of pathsOf(file))
                updates.push(`0 ${zeroSha(base)}\t${path}\0`);
            const oldEntry = baseEntries.get(file.oldPath ?? file.path);
            const newEntry = headEntries.get(file.path);
            const middle = await middleEntry(git, split, oldEntry, newEntry);
            if (middle !== null)
                updates.push(`${middle.mode} ${middle.sha}\t${middle.path}\0`);
        }
        // removals first, then additions, so a rename's two lines never undo each other
        const removals = updates.filter((u) => u.startsWith('0 '));
        const additions = updates.filter((u) => !u.startsWith('0 '));
        await must(git, ['update-index', '-z', '--index-info'], {
            env: index,
            input: [...removals, ...additions].join('')
        });
        const middleTree = (await must(git, ['write-tree'], { env: index })).stdout
            .toString('utf8')
            .trim();
        const [essential, refactor] = await Promise.all([
            patch(git, `${base}^{tree}`, middleTree),
            patch(git, middleTree, `${head}^{tree}`)
        ]);
        const rebuildsHead = await rebuilds(git, dir, base, head, [essential, refactor]);
        return { essential, refactor, middleTree, rebuildsHead };
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
}
/** The index paths a file's change replaces: a rename frees its old path, a copy does not. */
function pathsOf(file) {
    return file.status === 'renamed' && file.oldPath !== null
        ? [file.oldPath, file.path]
        : [file.path];
}
/** What the middle tree holds for this file: where, with which mode and blob; null when absent. */
async function middleEntry(git, split, oldEntry, newEntry) {
    const { file, part } = split;
    const oldPath = file.oldPath ?? file.path;
    if (part.side === 'essential')
        return newEntry ? { ...newEntry, path: file.path } : null;
    if (part.side === 'refactor')
        return oldEntry ? { ...oldEntry, path: oldPath } : null;
    const path = part.keepOldPath ? oldPath : file.path;
    const entry = newEntry ?? oldEntry;
    const wholeFile = part.refactorHunks.size === 0 && part.mixed.length === 0;
    if (entry === undefined || wholeFile || WHOLE_MODES.has(entry.mode)) {
        return newEntry ? { ...newEntry, path } : null;
    }
    const [before, after] = await Promise.all([blob(git, oldEntry), blob(git, newEntry)]);
    const content = carve(file, before, after, part.refactorHunks, part.mixed);
    // a carved file lost to both sides stays absent, as in the base
    if (content.length === 0 && oldEntry === undefined)
        return null;
    const sha = (await must(git, ['hash-object', '-w', '--stdin'], { input: content })).stdout
        .toString('utf8')
        .trim();
    return { mode: entry.mode, sha, path };
}
async function blob(git, entry) {
    if (entry === undefined)
        return EMPTY;
    return (await must(git, ['cat-file', 'blob', entry.sha])).stdout;
}
/** Mode and blob of each path at a commit, read in one `ls-tree` for all of them. */
async function entriesAt(git, commit, paths) {
    const entries = new Map();
    if (paths.length === 0)
        return entries;
    const run = await must(git, ['ls-tree', '-z', '--full-tree', commit, '--', ...new Set(paths)], {
        env: { GIT_LITERAL_PATHSPECS: '1' }
    });
    for (const record of run.stdout.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t');
        if (tab === -1)
            continue;
        const [mode, , sha] = record.slice(0, tab).split(' ');
        if (mode !== undefined && sha !== undefined)
            entries.set(record.slice(tab + 1), { mode, sha });
    }
    return entries;
}
async function patch(git, from, to) {
    const run = await must(git, [
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--binary',
        '--full-index',
        '-M',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        from,
        to,
        '--'
    ]);
    return run.stdout.toString('utf8');
}
/** Applies the patches in order to the base in a scratch index and compares with the head. */
async function rebuilds(git, dir, base, head, patches) {
    const env = { GIT_INDEX_FILE: join(dir, 'check-index') };
    await must(git, ['read-tree', `${base}^{tree}`], { env });
    for (const text of patches) {
        if (text === '')
            continue;
        const applied = await git(['apply', '--cached', '--binary', '-'], { env, input: text });
        if (applied.exitCode !== 0)
            return false;
    }
    const tree = (await must(git, ['write-tree'], { env })).stdout.toString('utf8').trim();
    const headTree = (await must(git, ['rev-parse', `${head}^{tree}`])).stdout.toString('utf8').trim();
    return tree === headTree;
}
function zeroSha(like) {
    return '0'.repeat(like.length === 64 ? 64 : 40);
}
async function must(git, args, options) {
    const run = await git(args, options);
    if (run.exitCode === 0)
        return run;
    const said = run.stderr.split('\n').find((line) => line.trim() !== '') ?? 'git said nothing';
    throw new GitError(`git ${args[0]} failed while writing the split (${said.trim()})`, {
        args,
        exitCode: run.exitCode,
        stderr: run.stderr
    });
}

/**
 * `agent-pr-gate split`: the gate's split plan as two patches. `essential.patch` applies to the
 * merge-base and holds what the task needs; `refactor.patch` applies on top and holds the
 * layout, comments, renames, moves, import reorders, generated churn and out-of-scope edits.
 * Exit codes as the gate's: 0 pass or warn, 1 blocked, 2 bad usage, unreadable input or an
 * internal error.
 */
const SPLIT_USAGE = `Usage: agent-pr-gate split --out DIR [--repo DIR] [--base REF] [--head REF]
                           [--manifest FILE] [--config FILE] [--format text|json]

Writes the change as two patches: DIR/essential.patch (what the task needs, applies to the
merge-base with "git apply") and DIR/refactor.patch (the refactoring the gate found: layout,
comments, renames, moves, imports, generated churn, out-of-scope edits; applies on top of the
essential patch). Applied in order they rebuild the head exactly; an empty patch is an empty file.

Exit codes: 0 pass or warn, 1 blocked, 2 bad usage, unreadable input or an internal error.`;
const SPLIT_OPTIONS = {
    out: { type: 'string' },
    repo: { type: 'string' },
    base: { type: 'string' },
    head: { type: 'string' },
    manifest: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
function parseSplitArgs(argv, cwd) {
    let values;
    try {
        ;
        ({ values } = parseArgs({
            args: argv,
            strict: true,
            allowPositionals: false,
            options: SPLIT_OPTIONS
        }));
    }
    catch (error) {
        throw parseFailure(error, Object.keys(SPLIT_OPTIONS), 'split');
    }
    if (values.help)
        return 'help';
    if (values.out === undefined) {
        throw new UsageError('split needs --out DIR: the folder to write essential.patch and refactor.patch in');
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') {
        throw new UsageError(`--format "${format}" is not one of text, json`);
    }
    return {
        out: resolve(cwd, values.out),
        repo: resolve(cwd, values.repo ?? '.'),
        base: values.base,
        head: values.head,
        manifest: values.manifest === undefined ? null : resolve(cwd, values.manifest),
        config: values.config === undefined ? null : resolve(cwd, values.config),
        format
    };
}
/** Runs `split` and returns its exit code; never throws. */
async function runSplit(argv, io) {
    try {
        const options = parseSplitArgs(argv, io.cwd);
        if (options === 'help') {
            io.stdout.write(`${SPLIT_USAGE}\n`);
            return 0;
        }
        const git = await collectFromGit({ repo: options.repo, base: options.base, head: options.head });
        const { config } = await loadConfigFile(options.config ?? join(options.repo, '.github/agent-pr-gate.yml'), { required: options.config !== null });
        const manifest = options.manifest === null
            ? undefined
            : parseManifest(await readText(options.manifest), options.manifest);
        const changeSet = changeSetOf({ source: 'git', ...git, manifest });
        const { report } = runGate(collectionOf(changeSet, config));
        const pathsOf = (rule) => new Set(report.findings.flatMap((f) => (f.rule === rule && f.path ? [f.path] : [])));
        const splits = fileParts(changeSet.files, report.splitPlan, {
            outOfScope: pathsOf(OUT_OF_SCOPE.id),
            renamed: pathsOf(FILE_RENAME.id)
        });
        const patches = await writeSplit(await openRepository(options.repo), git.base, git.head, splits);
        if (!patches.rebuildsHead) {
            throw new Error('internal error: the two patches do not rebuild the head tree; nothing was written. ' +
                'Please report it with the two commits at https://github.com/agent-pr-gate/agent-pr-gate/issues');
        }
        await mkdir(options.out, { recursive: true });
        await Promise.all([
            writeFile(join(options.out, 'essential.patch'), patches.essential),
            writeFile(join(options.out, 'refactor.patch'), patches.refactor)
        ]);
        const listing = listingOf(report, git.base, git.head, splits, patches);
        io.stdout.write(options.format === 'json'
            ? `${JSON.stringify(listing, null, 2)}\n`
            : textOf(listing, options.out));
        return report.verdict === 'fail' ? 1 : 0;
    }
    catch (error) {
        io.stderr.write(`agent-pr-gate split: ${oneLine(describeFailure(error))}\n`);
        return 2;
    }
}
async function readText(path) {
    try {
        return await readFile(path, 'utf8');
    }
    catch (error) {
        throw new UsageError(`cannot read the manifest "${path}": ${describeFailure(error)}`);
    }
}
function listingOf(report, base, head, splits, patches) {
    const essential = [];
    const refactor = [];
    const carved = [];
    const notes = [];
    let dependentCarves = 0;
    let unreadable = 0;
    for (const { file, part } of splits) {
        if (part.side === 'essential') {
            essential.push(file.path);
            if (file.binary || file.patchMissing)
                unreadable++;
        }
        else if (part.side === 'refactor') {
            refactor.push({ path: file.path, reason: part.reason, whole: true });
        }
        else {
            essential.push(file.path);
            const reasons = new Set(part.mixed.map((m) => m.reason));
            if (part.keepOldPath)
                reasons.add(FILE_RENAME.id);
            if (part.refactorHunks.size > 0)
                reasons.add('whole hunks');
            refactor.push({ path: file.path, reason: [...reasons].join('; '), whole: false });
            carved.push({
                path: file.path,
                refactorHunks: [...part.refactorHunks].map((h) => h + 1),
                mixedHunks: part.mixed.map((m) => ({
                    hunk: m.hunk + 1,
                    lines: m.lines.length,
                    reason: m.reason
                }))
            });
            // a rename or a move cut out of a hunk can leave the essential side referring to it
            if (part.mixed.some((m) => /rename-symbol|moved-code/.test(m.reason)))
                dependentCarves++;
        }
    }
    if (dependentCarves > 0) {
        notes.push(`${dependentCarves} file(s) had a rename or moved code carved out of hunks with essential ` +
            'changes: the essential patch applies, but its lines may rely on the rename or the move ' +
            'before it lands; build it before opening it alone');
    }
    if (unreadable > 0) {
        notes.push(`${unreadable} binary or unreadable file(s) stay whole in the essential patch`);
    }
    return {
        version: 1,
        verdict: report.verdict,
        base,
        head,
        essential: {
            patch: 'essential.patch',
            bytes: Buffer.byteLength(patches.essential),
            files: essential
        },
        refactor: {
            patch: 'refactor.patch',
            bytes: Buffer.byteLength(patches.refactor),
            files: refactor
        },
        carved,
        rebuildsHead: patches.rebuildsHead,
        notes
    };
}
function textOf(listing, out) {
    const lines = [
        `Split of ${listing.base.slice(0, 12)}..${listing.head.slice(0, 12)} (gate verdict: ${listing.verdict})`,
        `  ${join(out, 'essential.patch')}: ${listing.essential.files.length} file(s), ${listing.essential.bytes} bytes`,
        `  ${join(out, 'refactor.patch')}: ${listing.refactor.files.length} file(s), ${listing.refactor.bytes} bytes`,
        ...listing.refactor.files.map((f) => `    ${f.whole ? 'whole' : 'part '}  ${JSON.stringify(f.path)}  ${f.reason}`),
        'Applied in order to the base, the two patches rebuild the head (checked).',
        ...listing.notes.map((note) => `Note: ${note}`)
    ];
    return `${lines.join('\n')}\n`;
}

export { SPLIT_USAGE, runSplit };
