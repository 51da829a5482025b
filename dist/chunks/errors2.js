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

/** The gate config cannot be used. The message lists every problem with its key path. */
class ConfigError extends Error {
    name = 'ConfigError';
    source;
    problems;
    constructor(source, problems, options) {
        const lines = problems.map((problem) => problem.path === '' ? `  - ${problem.message}` : `  - ${problem.path}: ${problem.message}`);
        super([
            `Gate config ${source} is invalid, so the gate cannot apply its policy:`,
            ...lines,
            'schema/config.schema.json documents every key and its default.'
        ].join('\n'), options);
        this.source = source;
        this.problems = Object.freeze(problems.map((problem) => Object.freeze({ ...problem })));
    }
}

export { ConfigError as C, DiffParseError as D, GitError as G };
