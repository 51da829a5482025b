import { lstat, readFile, readdir } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { v as validate } from './validator.js';
import { m as minimatch } from './index2.js';

const XMLValidator = {
  validate: validate
};

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
    // The analysis reads reports with a parser that loads only when there are some.
    if (reports.length > 0)
        await import('./junit-parser.js');
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

export { MAX_REPORT_BYTES, MAX_REPORT_FILES, readJUnitReports };
