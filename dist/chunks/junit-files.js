import { lstat, readFile, readdir } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { v as validate } from './junit.js';
import { m as minimatch } from './pipeline.js';

const XMLValidator = {
  validate: validate
};

const TRAILER_KEY = 'co-authored-by:';
/** The line ends a regex `$` with the `m` flag knows. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
/**
 * The `Co-authored-by: Name <email>` trailers of a commit message, read with string scans: a
 * regex over a whole line backtracks on long runs of blanks, and commit messages are untrusted.
 */
function coAuthorTrailers(message) {
    const found = [];
    for (const line of message.split(LINE_BREAK)) {
        const trailer = coAuthorOf(line);
        if (trailer !== null)
            found.push(trailer);
    }
    return found;
}
/** `Name <email>` after the key, the email being the last `<...>` and ending the line. */
function coAuthorOf(line) {
    if (line.length < TRAILER_KEY.length)
        return null;
    if (line.slice(0, TRAILER_KEY.length).toLowerCase() !== TRAILER_KEY)
        return null;
    const body = trimBlanks(line.slice(TRAILER_KEY.length));
    if (!body.endsWith('>'))
        return null;
    const open = body.lastIndexOf('<');
    if (open === -1)
        return null;
    const email = body.slice(open + 1, -1);
    if (email.includes('>'))
        return null;
    return { name: trimBlanks(body.slice(0, open)), email };
}
/** Trims spaces and tabs only, as the trailer format does. */
function trimBlanks(text) {
    let start = 0;
    let end = text.length;
    while (start < end && isBlank(text.charCodeAt(start)))
        start++;
    while (end > start && isBlank(text.charCodeAt(end - 1)))
        end--;
    return text.slice(start, end);
}
function isBlank(code) {
    return code === 32 || code === 9;
}
function classifyChange(changeSet, config) {
    const reasons = [
        ...authorSignals(changeSet, config),
        ...branchSignals(changeSet, config),
        ...commitSignals(changeSet.commits, config),
        ...manifestSignals(changeSet)
    ];
    if (reasons.length > 0)
        return { agent: true, reasons };
    return { agent: false, reasons: [notAgentReason(changeSet)] };
}
function lowerSet(values) {
    return new Set(values.map((v) => v.toLowerCase()));
}
function authorSignals(changeSet, config) {
    const pr = changeSet.pr;
    if (!pr)
        return [];
    const authors = lowerSet(config.agents.authors);
    const apps = lowerSet(config.agents.apps);
    const login = pr.author.login.toLowerCase();
    const signals = [];
    if (authors.has(login))
        signals.push(`author @${pr.author.login} is a listed agent`);
    // An app's bot account is `slug[bot]`: it counts only when the app itself is a listed agent.
    const botSlug = pr.author.type === 'Bot' && login.endsWith('[bot]') ? login.slice(0, -5) : null;
    if (botSlug && apps.has(botSlug) && !authors.has(login)) {
        signals.push(`author @${pr.author.login} is the bot of listed agent app ${botSlug}`);
    }
    if (pr.appSlug && apps.has(pr.appSlug.toLowerCase())) {
        signals.push(`opened through listed agent app ${pr.appSlug}`);
    }
    return signals;
}
function headBranch(changeSet) {
    return changeSet.pr?.headRef ?? changeSet.head;
}
function branchSignals(changeSet, config) {
    const branch = headBranch(changeSet);
    if (!branch)
        return [];
    const lower = branch.toLowerCase();
    const prefix = config.agents.branch_prefixes.find((p) => p && lower.startsWith(p.toLowerCase()));
    return prefix ? [`branch ${branch} starts with agent prefix ${prefix}`] : [];
}
function commitSignals(commits, config) {
    const authors = lowerSet(config.agents.authors);
    const needles = config.agents.coauthors.map((c) => c.toLowerCase()).filter((c) => c !== '');
    const signals = new Set();
    for (const commit of commits) {
        const short = commit.sha.slice(0, 7);
        if (commit.authorLogin && authors.has(commit.authorLogin.toLowerCase())) {
            signals.add(`commit ${short} is authored by listed agent @${commit.authorLogin}`);
        }
        for (const co of coAuthorTrailers(commit.message)) {
            const text = `${co.name} <${co.email}>`.toLowerCase();
            if (needles.some((n) => text.includes(n))) {
                signals.add(`commit ${short} is co-authored by agent ${co.name} <${co.email}>`);
            }
        }
    }
    return [...signals];
}
function manifestSignals(changeSet) {
    const manifest = changeSet.manifest;
    if (manifest.status === 'absent')
        return [];
    const state = manifest.status === 'invalid' ? 'an invalid' : 'a';
    return [`${state} agent run manifest is attached (${manifest.source})`];
}
function notAgentReason(changeSet) {
    const pr = changeSet.pr;
    const who = pr
        ? pr.author.type === 'Bot'
            ? `author @${pr.author.login} is a bot but not a listed agent`
            : `author @${pr.author.login} is not a listed agent`
        : 'no pull request author';
    const branch = headBranch(changeSet);
    const where = branch ? `branch ${branch} has no agent prefix` : 'no branch name';
    return `${who}, ${where}, no agent co-authors, no run manifest`;
}

const MAX_REPORT_FILES = 200;
const MAX_REPORT_BYTES = 50 * 1024 * 1024;
/** Directory entries visited at most while expanding the globs. */
const MAX_ENTRIES = 100_000;
/** Folders a report glob only enters when it names them. */
const SKIPPED_DIRS = ['.git', 'node_modules'];
const GLOB = { dot: true, nonegate: true, nocomment: true };
async function readJUnitReports(globs, dir) {
    const root = resolve(dir);
    const notes = [];
    const usable = globs.filter((glob) => {
        const ok = glob.trim() !== '' && !glob.startsWith('/') && !glob.split('/').includes('..');
        if (!ok)
            notes.push(`JUnit glob "${glob}" is skipped: it must be relative and stay inside the workspace.`);
        return ok;
    });
    const matched = await expand(root, usable, notes);
    if (usable.length > 0 && matched.length === 0) {
        notes.push(`No JUnit report matched ${usable.map((g) => `"${g}"`).join(', ')}; reruns were checked without them.`);
    }
    if (matched.length > MAX_REPORT_FILES) {
        notes.push(`${matched.length} JUnit reports matched; only the first ${MAX_REPORT_FILES} were read.`);
    }
    const reports = [];
    let bytes = 0;
    for (const path of matched.slice(0, MAX_REPORT_FILES)) {
        const absolute = join(root, path);
        const { size } = await lstat(absolute);
        if (bytes + size > MAX_REPORT_BYTES) {
            notes.push(`JUnit report ${path} is skipped: the reports read would pass ${MAX_REPORT_BYTES / 1024 / 1024} MiB.`);
            continue;
        }
        bytes += size;
        const xml = (await readFile(absolute, 'utf8')).replace(/^\uFEFF/, '');
        const valid = XMLValidator.validate(xml);
        if (valid !== true) {
            notes.push(`JUnit report ${path} is skipped: not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`);
            continue;
        }
        reports.push({ path, xml });
    }
    return { reports, notes };
}
/** Repository-relative `/` paths of the regular files matching any glob, sorted. */
async function expand(root, globs, notes) {
    const found = new Set();
    let visited = 0;
    for (const glob of globs) {
        const start = staticPrefix(glob);
        const enters = SKIPPED_DIRS.filter((d) => glob.split('/').includes(d));
        const pending = [start];
        while (pending.length > 0) {
            const folder = pending.pop();
            let entries;
            try {
                entries = await readdir(join(root, folder), { withFileTypes: true });
            }
            catch {
                continue;
            }
            for (const entry of entries) {
                if (++visited > MAX_ENTRIES) {
                    notes.push(`Stopped looking for JUnit reports after ${MAX_ENTRIES} files and folders.`);
                    return [...found].sort();
                }
                const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
                if (entry.isDirectory()) {
                    if (!SKIPPED_DIRS.includes(entry.name) || enters.includes(entry.name))
                        pending.push(path);
                }
                else if (entry.isFile() && minimatch(path, glob, GLOB)) {
                    found.add(path);
                }
            }
        }
    }
    return [...found].sort();
}
/** The folders a glob starts with before its first wildcard (`reports/junit` of `reports/junit/**`). */
function staticPrefix(glob) {
    const parts = glob.split('/');
    const fixed = [];
    for (const part of parts.slice(0, -1)) {
        if (/[*?[\]{}()!+@]/.test(part))
            break;
        fixed.push(part);
    }
    return fixed.join('/');
}

export { coAuthorTrailers as a, classifyChange as c, readJUnitReports as r };
