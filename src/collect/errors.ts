/** The diff text cannot be read as a unified diff at all (binary data, or no diff structure). */
export class DiffParseError extends Error {
  override readonly name = 'DiffParseError'
}

export interface GitFailure {
  /** The git arguments that failed; empty when git was not run (a ref refused before). */
  args: string[]
  /** Git's exit code; null when git did not run or was killed. */
  exitCode: number | null
  /** What git wrote on stderr (the start of it when it was long). */
  stderr: string
  cause?: unknown
}

/** A git command failed or was refused: a missing ref, not a repository, git not installed. */
export class GitError extends Error {
  override readonly name = 'GitError'
  readonly args: string[]
  readonly exitCode: number | null
  readonly stderr: string

  constructor(message: string, failure: GitFailure) {
    super(message, failure.cause === undefined ? undefined : { cause: failure.cause })
    this.args = failure.args
    this.exitCode = failure.exitCode
    this.stderr = failure.stderr
  }
}
