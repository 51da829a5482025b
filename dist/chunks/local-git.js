import { spawn } from 'node:child_process';
import { p as parseUnifiedDiff } from './diff-text.js';
import { G as GitError } from './errors.js';
import './packed-lines.js';

/**
 * Collects a change from a local git repository: the diff from the merge-base to the head, the
 * commits in between and the base's `.gitattributes`. git is run with an argv array (no shell),
 * its output-changing config pinned, and no attributes at all while diffing: a pull request's
 * `.gitattributes` (`*.js -diff`, `binary`, a `diff=` driver) cannot hide its changes, and git
 * tells binary files from text by their content alone.
 */
/** Config a user or repository may set that would change what git prints. */
const PINNED_CONFIG = [
    'core.quotePath=true',
    'color.ui=never',
    'diff.noprefix=false',
    'diff.mnemonicPrefix=false',
    'diff.relative=false',
    'diff.suppressBlankEmpty=false',
    'log.showSignature=false',
    'i18n.logOutputEncoding=UTF-8',
    // no user attributes file; with GIT_ATTR_NOSYSTEM no system one either
    'core.attributesFile=/dev/null'
].flatMap((setting) => ['-c', setting]);
/** Variables that point git at another repository, index or config, or change its diff. */
const DROPPED_ENV = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_COMMON_DIR',
    'GIT_OBJECT_DIRECTORY',
    'GIT_NAMESPACE',
    'GIT_PREFIX',
    'GIT_SHALLOW_FILE',
    'GIT_GRAFT_FILE',
    'GIT_REPLACE_REF_BASE',
    'GIT_EXTERNAL_DIFF',
    'GIT_DIFF_OPTS',
    'GIT_ATTR_SOURCE',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    'GIT_GLOB_PATHSPECS',
    'GIT_NOGLOB_PATHSPECS',
    'GIT_ICASE_PATHSPECS'
];
/** The default branch, by preference: what `git clone` set, then the usual names. */
const DEFAULT_BASES = [
    ['refs/remotes/origin/HEAD', 'origin/HEAD'],
    ['refs/heads/main', 'main'],
    ['refs/heads/master', 'master'],
    ['refs/remotes/origin/main', 'origin/main'],
    ['refs/remotes/origin/master', 'origin/master']
];
/** git's empty tree: as the attributes tree (git 2.40+), no `.gitattributes` applies. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const STDERR_LIMIT = 64 * 1024;
const COMMIT_SHA = /^[0-9a-f]{7,64}$/i;
/**
 * The change from the merge-base of base (default: the default branch) and head (default: HEAD)
 * to head, in `repo`.
 */
async function collectFromGit(options) {
    const { repo } = options;
    const headRef = options.head ?? 'HEAD';
    checkRef(headRef, 'head ref');
    if (options.base !== undefined)
        checkRef(options.base, 'base ref');
    const git = await openRepository(repo);
    const head = await resolveCommit(git, repo, headRef, 'head');
    const baseRef = options.base ?? (await defaultBase(git, repo));
    const baseTip = await resolveCommit(git, repo, baseRef, 'base');
    const base = await mergeBase(git, repo, { baseRef, baseTip, headRef, head });
    const [diff, commits, gitattributes, headTree] = await Promise.all([
        diffText(git, base, head),
        commitsBetween(git, base, head),
        readBlob(git, repo, base, '.gitattributes'),
        treeOf(git, head)
    ]);
    const { files, problems } = parseUnifiedDiff(diff);
    return { base, head, baseRef, headRef, files, problems, commits, gitattributes, headTree };
}
/** A file's text at a ref; null when the path is not a file there. */
async function readGitFile(repo, ref, path) {
    checkRef(ref, 'ref');
    return readBlob(discovering(repo), repo, ref, path);
}
/** True when `repo` is a git repository that holds every one of these commits; never throws. */
async function hasCommits(repo, shas) {
    if (!shas.every((sha) => COMMIT_SHA.test(sha)))
        return false;
    try {
        const run = await discovering(repo)(['cat-file', '--batch-check=%(objecttype)'], {
            input: shas.map((sha) => `${sha}\n`).join(''),
            // a partial clone would otherwise fetch what is missing: the question is what is here
            env: { GIT_NO_LAZY_FETCH: '1' }
        });
        const types = run.stdout.toString('utf8').split('\n').slice(0, shas.length);
        return run.exitCode === 0 && types.length === shas.length && types.every((t) => t === 'commit');
    }
    catch {
        return false;
    }
}
/** A ref from a user must not reach git's argv as an option. */
function checkRef(ref, label) {
    const problem = ref.startsWith('-')
        ? 'starts with "-", so git would take it for an option'
        : ref.trim() === '' || /[\0\n\r]/.test(ref)
            ? 'is empty or holds a NUL or line break'
            : null;
    if (problem === null)
        return;
    throw new GitError(`${label} ${JSON.stringify(ref)} ${problem}; pass a branch, tag or commit SHA`, { args: [], exitCode: null, stderr: '' });
}
/** git run in `repo`'s work tree, for commands that read it (`add`); fails when not a repository. */
async function openWorkTree(repo) {
    const git = discovering(repo);
    const args = ['rev-parse', '--show-toplevel'];
    const run = await git(args);
    if (run.exitCode !== 0) {
        throw failure(`${repo} is not a git work tree (${firstLine(run.stderr)}); pass --repo DIR with a clone`, args, run);
    }
    return git;
}
/** git run in `repo` as git finds it (a work tree, a subdirectory of one, or a bare repository). */
function discovering(repo) {
    return (args, options) => runGit(['-C', repo, ...PINNED_CONFIG, ...args], options);
}
/**
 * git run on the repository's git directory as if it were bare, from inside that directory: no
 * work tree, index or checked-out `.gitattributes` is read, so the head's own attributes cannot
 * mark its changes binary and hide them.
 */
async function openRepository(repo) {
    const run = await discovering(repo)(['rev-parse', '--absolute-git-dir']);
    const gitDir = run.stdout.toString('utf8').trim();
    if (run.exitCode !== 0 || gitDir === '') {
        throw failure(`${repo} is not a git repository (${firstLine(run.stderr)}); pass --repo DIR with a ` +
            'clone of the repository, or run inside one', ['rev-parse', '--absolute-git-dir'], run);
    }
    return (args, options) => runGit([`--git-dir=${gitDir}`, '--bare', ...PINNED_CONFIG, ...args], {
        cwd: gitDir,
        ...options
    });
}
async function resolveCommit(git, repo, ref, role) {
    const args = ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`];
    const run = await git(args);
    const sha = run.stdout.toString('utf8').trim();
    if (run.exitCode === 0 && sha !== '')
        return sha;
    throw failure(`unknown ${role} ref ${JSON.stringify(ref)}: ${repo} has no commit by that name; fetch it ` +
        `(git fetch origin ${ref}) or pass an existing --${role}`, args, run);
}
async function treeOf(git, commit) {
    const args = ['rev-parse', '--verify', '--end-of-options', `${commit}^{tree}`];
    const run = await git(args);
    const tree = run.stdout.toString('utf8').trim();
    if (run.exitCode === 0 && tree !== '')
        return tree;
    throw failure(`cannot read the tree of ${commit} (${firstLine(run.stderr)})`, args, run);
}
async function defaultBase(git, repo) {
    const args = ['for-each-ref', '--format=%(refname)', ...DEFAULT_BASES.map(([ref]) => ref)];
    const run = await git(args);
    const found = new Set(run.stdout.toString('utf8').split('\n'));
    const base = DEFAULT_BASES.find(([ref]) => found.has(ref));
    if (run.exitCode === 0 && base !== undefined)
        return base[1];
    throw failure(`cannot tell the default branch of ${repo}: none of origin/HEAD, main or master exists ` +
        'there; pass --base REF', args, run);
}
async function mergeBase(git, repo, refs) {
    const args = ['merge-base', refs.baseTip, refs.head];
    const run = await git(args);
    const sha = run.stdout.toString('utf8').trim();
    if (run.exitCode === 0 && sha !== '')
        return sha;
    throw failure(`${refs.baseRef} and ${refs.headRef} share no history in ${repo}, so there is no merge-base ` +
        'to diff from; fetch the full history (git fetch --unshallow, or fetch-depth: 0 in ' +
        'actions/checkout) or pass a --base on the same history', args, run);
}
/** `git diff` and the flags the gate reads a change with; whatever the user's config says. */
const DIFF_FLAGS = [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '-M',
    '--unified=3',
    '--inter-hunk-context=0',
    '--diff-algorithm=myers',
    '--indent-heuristic',
    '--no-relative',
    '--ignore-submodules=none',
    '--submodule=short'
];
async function diffText(git, base, head) {
    const args = [
        // git 2.40+ reads attributes from this tree (bare repositories: HEAD's by default); none here
        '-c',
        `attr.tree=${EMPTY_TREE}`,
        ...DIFF_FLAGS,
        base,
        head,
        '--'
    ];
    const run = await git(args);
    if (run.exitCode !== 0) {
        throw failure(`git diff ${base} ${head} failed (${firstLine(run.stderr)}); check the repository with ` +
            '"git fsck"', args, run);
    }
    // a text file with a NUL past git's binary sniffing prints as text; NUL would read as binary
    return run.stdout.toString('utf8').replaceAll('\0', '\uFFFD');
}
async function commitsBetween(git, base, head) {
    const args = ['log', '-z', '--reverse', '--format=%H%x1f%ae%x1f%B', `${base}..${head}`];
    const run = await git(args);
    if (run.exitCode !== 0) {
        throw failure(`git log ${base}..${head} failed (${firstLine(run.stderr)})`, args, run);
    }
    return run.stdout
        .toString('utf8')
        .split('\0')
        .filter((record) => record !== '')
        .map((record) => {
        const [sha = '', email = '', ...message] = record.split('\x1f');
        return {
            sha,
            message: withoutTrailingNewlines(message.join('\x1f')),
            authorLogin: loginOf(email),
            authorEmail: email === '' ? null : email
        };
    });
}
function withoutTrailingNewlines(text) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 10)
        end--;
    return text.slice(0, end);
}
/** GitHub's no-reply addresses name the account: `123+login@users.noreply.github.com`. */
function loginOf(email) {
    return /^(?:\d+\+)?([^@+]+)@users\.noreply\.github\.com$/i.exec(email)?.[1] ?? null;
}
async function readBlob(git, repo, ref, path) {
    if (path === '' || path.includes('\0'))
        return null;
    const listArgs = ['ls-tree', '-z', '--full-tree', '--end-of-options', ref, '--', path];
    const listed = await git(listArgs, { env: { GIT_LITERAL_PATHSPECS: '1' } });
    if (listed.exitCode !== 0) {
        throw failure(`cannot read ${path} at ${ref} in ${repo} (${firstLine(listed.stderr)}); check that it is ` +
            `a clone and that ${ref} exists there (git fetch origin ${ref})`, listArgs, listed);
    }
    const blob = listed.stdout
        .toString('utf8')
        .split('\0')
        .map((entry) => /^\d+ (\w+) ([0-9a-f]+)\t([\s\S]*)$/.exec(entry))
        .find((match) => match !== null && match[3] === path);
    if (blob === undefined || blob === null || blob[1] !== 'blob')
        return null;
    const catArgs = ['cat-file', 'blob', blob[2]];
    const read = await git(catArgs);
    if (read.exitCode !== 0) {
        throw failure(`cannot read ${path} at ${ref} in ${repo} (${firstLine(read.stderr)})`, catArgs, read);
    }
    return read.stdout.toString('utf8');
}
function failure(message, args, run) {
    return new GitError(message, { args, exitCode: run.exitCode, stderr: run.stderr });
}
function firstLine(stderr) {
    const line = stderr.split('\n').find((l) => l.trim() !== '');
    return line === undefined ? 'git said nothing' : `git: ${line.trim()}`;
}
function gitEnv(extra) {
    const env = { ...process.env };
    for (const name of DROPPED_ENV)
        delete env[name];
    return {
        ...env,
        GIT_NO_REPLACE_OBJECTS: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_OPTIONAL_LOCKS: '0',
        GIT_ATTR_NOSYSTEM: '1',
        LC_ALL: 'C',
        ...extra
    };
}
/** Runs git without a shell, output streamed in whole whatever its size. */
function runGit(args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = spawn('git', args, {
            env: gitEnv(options.env),
            ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true
        });
        const stdout = [];
        let stderr = '';
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => {
            if (stderr.length < STDERR_LIMIT)
                stderr += chunk.toString('utf8');
        });
        child.on('error', (error) => {
            const message = error.code === 'ENOENT'
                ? 'git is not installed or not on PATH, so the local repository cannot be read; ' +
                    'install git, or pass --diff FILE'
                : `git could not be started (${error.message})`;
            reject(new GitError(message, { args, exitCode: null, stderr, cause: error }));
        });
        child.on('close', (exitCode) => {
            resolve({ exitCode, stdout: Buffer.concat(stdout), stderr });
        });
        // git may exit before reading its input (not a repository): its exit code tells
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}

export { DIFF_FLAGS, PINNED_CONFIG, collectFromGit, hasCommits, openRepository, openWorkTree, readGitFile };
