/** The diff text cannot be read as a unified diff at all (binary data, or no diff structure). */
class DiffParseError extends Error {
    name = 'DiffParseError';
}
/** A git command failed or was refused: a missing ref, not a repository, git not installed. */
class GitError extends Error {
    name = 'GitError';
    args;
    exitCode;
    stderr;
    constructor(message, failure) {
        super(message, failure.cause === undefined ? undefined : { cause: failure.cause });
        this.args = failure.args;
        this.exitCode = failure.exitCode;
        this.stderr = failure.stderr;
    }
}

export { DiffParseError as D, GitError as G };
