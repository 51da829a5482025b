import { readFile, open, rm, writeFile, rename } from 'node:fs/promises';
import { join, dirname, basename } from 'node:path';
import { d as describeFailure } from './failure.js';
import { parseManifest } from './loader2.js';

/**
 * A run manifest on disk, as the agent-side commands (`record`, `manifest`) keep it: read and
 * validated, changed under a lock so that parallel writers append in turn, written atomically.
 */
const LOCK_WAIT_MS = 10_000;
/** A manifest that cannot be read or is not valid `agent-run/v1`: the message says how to fix it. */
class ManifestFileError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ManifestFileError';
    }
}
/** The manifest at `path` (a mutable copy), or null when there is no file. */
async function readManifestFile(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw new ManifestFileError(`cannot read the manifest "${path}": ${describeFailure(error)}`, {
            cause: error
        });
    }
    const state = parseManifest(text, path);
    if (state.status === 'present')
        return structuredClone(state.manifest);
    if (state.status === 'invalid') {
        const first = state.problems[0];
        const where = first === undefined ? '' : ` at ${first.pointer || '/'}: ${first.message}`;
        const more = state.problems.length > 1 ? ` (and ${state.problems.length - 1} more problems)` : '';
        throw new ManifestFileError(`the manifest "${path}" is not a valid agent-run/v1 manifest${where}${more}; fix it or ` +
            'point --manifest at a new file');
    }
    throw new ManifestFileError(`the manifest "${path}" is empty; delete it or fix it`);
}
/**
 * Reads the manifest (or `create()` when missing), lets `change` edit it, validates the result
 * and writes it back, all under `FILE.lock`.
 */
async function updateManifestFile(path, create, change) {
    return withLock(path, async () => {
        const manifest = (await readManifestFile(path)) ?? create();
        change(manifest);
        await writeAtomically(path, validText(path, manifest));
        return manifest;
    });
}
/** Writes a whole new manifest; refuses to replace one unless `force`. */
async function writeNewManifestFile(path, manifest, force) {
    await withLock(path, async () => {
        if (!force &&
            (await readFile(path).then(() => true, () => false))) {
            throw new ManifestFileError(`the manifest "${path}" exists already; pass --force to start a new one over it`);
        }
        await writeAtomically(path, validText(path, manifest));
    });
}
/** The manifest as the file's text, checked against the schema before anything is written. */
function validText(path, manifest) {
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    const check = parseManifest(text, path);
    if (check.status === 'present')
        return text;
    const problem = check.status === 'invalid' ? check.problems[0] : undefined;
    const where = problem ? ` at ${problem.pointer}: ${problem.message}` : '';
    throw new ManifestFileError(`the manifest would not be valid${where}; nothing was written`);
}
/** One writer at a time: parallel writers append in turn rather than lose entries. */
async function withLock(path, work) {
    const lock = `${path}.lock`;
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
        try {
            const handle = await open(lock, 'wx');
            await handle.close();
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST' || Date.now() > deadline) {
                throw new ManifestFileError(`cannot lock ${lock} (${describeFailure(error)}); if no other writer is running, delete it`, { cause: error });
            }
            await new Promise((wait) => setTimeout(wait, 50));
        }
    }
    try {
        return await work();
    }
    finally {
        await rm(lock, { force: true });
    }
}
async function writeAtomically(path, text) {
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    await writeFile(temporary, text);
    await rename(temporary, path);
}

export { readManifestFile as r, updateManifestFile as u, writeNewManifestFile as w };
