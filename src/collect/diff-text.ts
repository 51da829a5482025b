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

/**
 * A file's text before the change, from its text after it (a work tree at the head) and the
 * diff: the diff's hunks applied in reverse. Null when the base had no such file, or when the
 * text after does not match the diff (then the base is unknown, and nothing is taken from it).
 */
export function textBefore(
  path: string,
  after: string | null,
  files: readonly ChangedFile[]
): string | null {
  const file = files.find((f) => f.path === path || f.oldPath === path)
  if (file === undefined) return after
  if (file.status === 'added' || file.path !== path || file.binary || file.patchMissing) {
    return null
  }
  if (file.status === 'deleted') {
    return file.hunks.flatMap((h) => h.lines.map((l) => `${l.content}\n`)).join('')
  }
  if (after === null) return null
  const lines = after.split('\n')
  const trailing = lines.at(-1) === ''
  if (trailing) lines.pop()
  const before: string[] = []
  let next = 0
  for (const hunk of file.hunks) {
    const start = hunk.newLines === 0 ? hunk.newStart : hunk.newStart - 1
    if (start < next || start > lines.length) return null
    for (let k = next; k < start; k++) before.push(lines[k]!)
    let at = start
    for (const line of hunk.lines) {
      if (line.kind !== 'del' && lines[at++] !== line.content) return null
      if (line.kind !== 'add') before.push(line.content)
    }
    next = at
  }
  for (let k = next; k < lines.length; k++) before.push(lines[k]!)
  return before.join('\n') + (trailing ? '\n' : '')
}
