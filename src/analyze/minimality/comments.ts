import type { ChangedLine } from './file-view.js'

function commentText(lines: readonly ChangedLine[]): string {
  return lines
    .map((line) => line.tok.comment)
    .filter((words) => words !== '')
    .join(' ')
}

/**
 * Lines whose code is equal on both sides: `comment` where the comment words changed, else
 * `format`. Returns the comment lines, which are part of a behavioural change in the same place.
 */
export function classifyCodeEqual(
  dels: readonly ChangedLine[],
  adds: readonly ChangedLine[]
): ChangedLine[] {
  const changed = commentText(dels) !== commentText(adds)
  const soft: ChangedLine[] = []
  for (const line of [...dels, ...adds]) {
    // Lines without code in a changed comment (` *`, `/**`) belong to the comment.
    if (changed && (line.tok.comment !== '' || line.key === '')) {
      line.cls = 'comment'
      soft.push(line)
    } else line.cls = 'format'
  }
  return soft
}

/** A one-sided run of changed lines: comment-only when it holds comments and no code. */
export function classifyOneSided(lines: readonly ChangedLine[]): void {
  if (lines.some((line) => line.key !== '') || lines.every((line) => line.tok.comment === ''))
    return
  for (const line of lines) if (!line.sketch.blank) line.cls = 'comment'
}

/** Comment-only lines beside changed code (a fix and its updated comment) belong to the fix. */
export function floatingComments(lines: readonly ChangedLine[]): ChangedLine[] {
  const soft: ChangedLine[] = []
  for (const line of lines) {
    if (line.key === '' && line.tok.comment !== '') {
      line.cls = 'comment'
      soft.push(line)
    }
  }
  return soft
}
