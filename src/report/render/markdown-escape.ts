/**
 * Escaping for text that came from outside (paths, messages, evidence, logins, labels) before a
 * renderer prints it. Markdown escaping uses character references only: they read as literal text
 * in markdown, in table cells and inside raw HTML blocks alike, so one function serves all three.
 */

/* eslint-disable no-control-regex -- matching control characters is the point of these patterns */
/** CSI, OSC and two-character escape sequences, in their 7-bit and 8-bit (C1) forms. */
const TERMINAL_SEQUENCES = new RegExp(
  [
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]?',
    '(?:\\u001b\\]|\\u009d)[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '\\u001b[@-Z\\\\-_]?'
  ].join('|'),
  'g'
)
const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g
/** C0 and C1 controls, DEL, and bidirectional overrides that reorder what a reviewer sees. */
const INVISIBLE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
/* eslint-enable no-control-regex */

/** One line of plain text: escape sequences and controls removed, line breaks made spaces. */
export function singleLine(text: string): string {
  return text
    .replace(TERMINAL_SEQUENCES, '')
    .replace(LINE_BREAKS, ' ')
    .replace(INVISIBLE_CONTROLS, '')
}

/** At most `maxChars` UTF-16 units, ending `…` when cut, never splitting a surrogate pair. */
export function clip(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text
  let end = Math.max(0, maxChars - 1)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

const ZERO_WIDTH_SPACE = '&#8203;'

const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  $: '&#36;',
  '|': '&#124;',
  // A zero-width space after `@`, before an issue number and inside `://` and `www.` stops
  // GitHub from turning the text into mentions, cross-references and autolinks.
  '@': `@${ZERO_WIDTH_SPACE}`,
  '#': `#${ZERO_WIDTH_SPACE}`,
  ':': `:${ZERO_WIDTH_SPACE}`
}

const INLINE_SPECIAL = /[&<>"\\`*_~[\]$@]|#(?=\d)|:(?=\/\/)|\b(www)\./gi
const TABLE_SPECIAL = /[&<>"\\`*_~[\]$@|]|#(?=\d)|:(?=\/\/)|\b(www)\./gi
/** What would open a heading, list, quote or setext underline if the text began a line. */
const LEADING_BLOCK_MARKER = /^(\s*)(?:([#+=-])|(\d{1,9})([.)]))/

const MARKER_REFERENCES: Readonly<Record<string, string>> = {
  '#': '&#35;',
  '+': '&#43;',
  '=': '&#61;',
  '-': '&#45;',
  '.': '&#46;',
  ')': '&#41;'
}

function escapeWith(text: string, special: RegExp): string {
  return singleLine(text)
    .replace(special, (match: string, www?: string) =>
      www !== undefined ? `${www}${ZERO_WIDTH_SPACE}.` : (REFERENCES[match] ?? match)
    )
    .replace(
      LEADING_BLOCK_MARKER,
      (_match, space: string, marker?: string, digits?: string, end?: string) =>
        marker !== undefined
          ? `${space}${MARKER_REFERENCES[marker]}`
          : `${space}${digits}${MARKER_REFERENCES[end ?? '.']}`
    )
}

/**
 * Untrusted text as one line of literal markdown: no HTML, links, images, emphasis, mentions,
 * issue references or autolinks. Safe inline and inside raw HTML such as `<summary>`.
 */
export function escapeMarkdown(text: string): string {
  return escapeWith(text, INLINE_SPECIAL)
}

/** Like `escapeMarkdown`, and `|` cannot end the cell. */
export function escapeTableCell(text: string): string {
  return escapeWith(text, TABLE_SPECIAL)
}

/**
 * A code span holding the text literally: the fence is longer than any backtick run inside it.
 * In a table cell (`context: 'table'`) a `|` is escaped too, which GFM requires even in code.
 */
export function codeSpan(text: string, context: 'inline' | 'table' = 'inline'): string {
  let content = singleLine(text)
  if (context === 'table') content = content.replace(/\|/g, '\\|')
  let longestRun = 0
  for (const run of content.match(/`+/g) ?? []) longestRun = Math.max(longestRun, run.length)
  const fence = '`'.repeat(longestRun + 1)
  // CommonMark strips one space from each end when both are there, so pad what needs keeping.
  const padded =
    content.startsWith('`') ||
    content.endsWith('`') ||
    (content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content))
  const pad = padded ? ' ' : ''
  return `${fence}${pad}${content === '' ? ' ' : content}${pad}${fence}`
}

/** Untrusted text as `<code>` for raw HTML (a `<summary>`), where code spans do not work. */
export function htmlCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`
}
