export interface ConfigProblem {
  /** Key path in the file, such as `rules.out-of-scope` or `agents.authors[2]`; `''` for the whole file. */
  path: string
  /** What is wrong, the bad value, and how to fix it. */
  message: string
}

/** The gate config cannot be used. The message lists every problem with its key path. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  readonly source: string
  readonly problems: readonly ConfigProblem[]

  constructor(source: string, problems: readonly ConfigProblem[], options?: { cause?: unknown }) {
    const lines = problems.map((problem) =>
      problem.path === '' ? `  - ${problem.message}` : `  - ${problem.path}: ${problem.message}`
    )
    super(
      [
        `Gate config ${source} is invalid, so the gate cannot apply its policy:`,
        ...lines,
        'schema/config.schema.json documents every key and its default.'
      ].join('\n'),
      options
    )
    this.source = source
    this.problems = Object.freeze(problems.map((problem) => Object.freeze({ ...problem })))
  }
}
