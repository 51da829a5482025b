import type { ChangedFile } from '../model.js'
import { DiffParseError } from './errors.js'
import { normalizeDiff } from './normalize.js'

export interface ParsedDiff {
  files: ChangedFile[]
  /**
   * Why the files may not be the whole change (a truncated hunk, a malformed header), one line
   * each: the caller marks the ChangeSet incomplete so the gate fails closed.
   */
  problems: string[]
}

/**
 * Reads a unified diff (`git diff`, `git format-patch`, `gh pr diff`, `--no-prefix` diffs).
 * Empty text is no change; text that is binary or holds no diff at all throws DiffParseError.
 */
export function parseUnifiedDiff(text: string): ParsedDiff {
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    throw new DiffParseError(
      `--diff input is not a unified diff: it holds a NUL byte at offset ${nul}, so it is ` +
        'binary data; pass the text output of "git diff" or "gh pr diff"'
    )
  }
  if (!/\S/.test(text)) return { files: [], problems: [] }
  const { files, problems } = normalizeDiff(withLfLineEnds(text))
  if (files.length === 0 && problems.length === 0) {
    throw new DiffParseError(
      `--diff input is not a unified diff: no "diff --git", "---/+++" or "@@" header found in ` +
        `${lineCount(text)} lines; pass the output of "git diff" or "gh pr diff"`
    )
  }
  if (!text.endsWith('\n')) {
    problems.push('the diff does not end with a line break, so its last line may be cut short')
  }
  return { files, problems }
}

/**
 * A diff saved with CRLF line ends (its first line ends in CRLF) gets one CR removed per line;
 * the CR of a CRLF file's lines survives, as in a diff written with LF.
 */
function withLfLineEnds(text: string): string {
  const firstEnd = text.indexOf('\n')
  return firstEnd > 0 && text.charCodeAt(firstEnd - 1) === 13 ? text.replaceAll('\r\n', '\n') : text
}

function lineCount(text: string): number {
  let count = text.endsWith('\n') ? 0 : 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++
  return count
}
