/**
 * Commit-message trailers, read by collect (a co-authoring approver) and by the classification
 * (an agent co-author). Commit messages are untrusted: plain string scans, linear in the length.
 */
export interface CoAuthor {
  name: string
  email: string
}

const TRAILER_KEY = 'co-authored-by:'
/** The line ends a regex `$` with the `m` flag knows. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/

/**
 * The `Co-authored-by: Name <email>` trailers of a commit message, read with string scans: a
 * regex over a whole line backtracks on long runs of blanks, and commit messages are untrusted.
 */
export function coAuthorTrailers(message: string): CoAuthor[] {
  const found: CoAuthor[] = []
  for (const line of message.split(LINE_BREAK)) {
    const trailer = coAuthorOf(line)
    if (trailer !== null) found.push(trailer)
  }
  return found
}

/** `Name <email>` after the key, the email being the last `<...>` and ending the line. */
function coAuthorOf(line: string): CoAuthor | null {
  if (line.length < TRAILER_KEY.length) return null
  if (line.slice(0, TRAILER_KEY.length).toLowerCase() !== TRAILER_KEY) return null
  const body = trimBlanks(line.slice(TRAILER_KEY.length))
  if (!body.endsWith('>')) return null
  const open = body.lastIndexOf('<')
  if (open === -1) return null
  const email = body.slice(open + 1, -1)
  if (email.includes('>')) return null
  return { name: trimBlanks(body.slice(0, open)), email }
}

/** Trims spaces and tabs only, as the trailer format does. */
function trimBlanks(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isBlank(text.charCodeAt(start))) start++
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--
  return text.slice(start, end)
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9
}
