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

export { ConfigError as C };
