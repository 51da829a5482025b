import { G as GitError, D as DiffParseError } from './errors.js';
import { C as ConfigError } from './errors2.js';
import { o as oneLine, d as describeFailure } from './failure.js';

/** Kept equal to package.json's version by a test. */
const VERSION = '1.0.0';

/**
 * The CLI's two kinds of failure, both exit 2: a user error (bad usage, unreadable or invalid
 * input) says what, why and how to fix; anything else is a bug and says so, with where to report it.
 */
const ISSUES_URL = 'https://github.com/agent-pr-gate/agent-pr-gate/issues';
/** Bad usage or unreadable input: exit 2 with this one line. */
class UsageError extends Error {
    name = 'UsageError';
}
function isUserError(error) {
    return (error instanceof UsageError ||
        error instanceof ConfigError ||
        error instanceof GitError ||
        error instanceof DiffParseError);
}
/** The one stderr line for a failure, newlines folded so a log shows it whole. */
function errorLine(error) {
    if (isUserError(error))
        return `agent-pr-gate: ${oneLine(error.message)}`;
    return `agent-pr-gate: internal error (a bug in agent-pr-gate ${VERSION}, not in your input): ${oneLine(describeFailure(error))}. Please report it at ${ISSUES_URL} with the command you ran.`;
}
const SYSTEM_REASONS = {
    ENOENT: 'it does not exist',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'it is a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full'
};
/** A file-system error in words, without Node's `EISDIR: illegal operation...` prefix. */
function systemReason(error) {
    const code = error.code;
    if (typeof code === 'string' && Object.hasOwn(SYSTEM_REASONS, code)) {
        return SYSTEM_REASONS[code];
    }
    return describeFailure(error);
}

export { UsageError as U, VERSION as V, errorLine as e, systemReason as s };
