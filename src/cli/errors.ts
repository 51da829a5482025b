/**
 * The CLI's two kinds of failure, both exit 2: a user error (bad usage, unreadable or invalid
 * input) says what, why and how to fix; anything else is a bug and says so, with where to report it.
 */
import { DiffParseError, GitError } from '../collect/errors.js'
import { ConfigError } from '../config/errors.js'
import { describeFailure, oneLine } from '../failure.js'
import { VERSION } from '../version.js'

export const ISSUES_URL = 'https://github.com/agent-pr-gate/agent-pr-gate/issues'

/** Bad usage or unreadable input: exit 2 with this one line. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

function isUserError(error: unknown): error is Error {
  return (
    error instanceof UsageError ||
    error instanceof ConfigError ||
    error instanceof GitError ||
    error instanceof DiffParseError
  )
}

/** The one stderr line for a failure, newlines folded so a log shows it whole. */
export function errorLine(error: unknown): string {
  if (isUserError(error)) return `agent-pr-gate: ${oneLine(error.message)}`
  return `agent-pr-gate: internal error (a bug in agent-pr-gate ${VERSION}, not in your input): ${oneLine(describeFailure(error))}. Please report it at ${ISSUES_URL} with the command you ran.`
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full'
}

/** A file-system error in words, without Node's `EISDIR: illegal operation...` prefix. */
export function systemReason(error: unknown): string {
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && Object.hasOwn(SYSTEM_REASONS, code)) {
    return SYSTEM_REASONS[code] as string
  }
  return describeFailure(error)
}
