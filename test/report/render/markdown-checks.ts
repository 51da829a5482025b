/**
 * Structural checks on rendered markdown, standing in for a renderer: what a cut or hostile text
 * could break (unbalanced `<details>`, ragged tables, raw HTML, links, mentions).
 */

/** The text a CommonMark code span shows, or null when `source` is not exactly one code span. */
export function readCodeSpan(source: string): string | null {
  const open = /^`+/.exec(source)?.[0]
  if (open === undefined) return null
  let at = open.length
  while (at < source.length) {
    const start = source.indexOf('`', at)
    if (start < 0) return null
    let end = start
    while (source[end] === '`') end += 1
    if (end - start === open.length) {
      if (end !== source.length) return null
      const content = source.slice(open.length, start)
      const stripped =
        content.length >= 2 &&
        content.startsWith(' ') &&
        content.endsWith(' ') &&
        /[^ ]/.test(content)
      return stripped ? content.slice(1, -1) : content
    }
    at = end
  }
  return null
}

const ALLOWED_TAGS = new Set(['details', 'summary', 'code'])

/** Cell separators in a table row: `|` not escaped by a backslash. */
function separators(row: string): number {
  return (row.match(/(^|[^\\])\|/g) ?? []).length
}

/** The line with its code spans blanked out: their content is literal, whatever it holds. */
function outsideCodeSpans(line: string): string {
  let out = ''
  let at = 0
  while (at < line.length) {
    const open = line.indexOf('`', at)
    if (open < 0) break
    let openEnd = open
    while (line[openEnd] === '`') openEnd += 1
    const fence = line.slice(open, openEnd)
    let close = line.indexOf(fence, openEnd)
    while (close >= 0 && (line[close - 1] === '`' || line[close + fence.length] === '`')) {
      close = line.indexOf(fence, close + 1)
    }
    if (close < 0) {
      out += line.slice(at, openEnd)
      at = openEnd
      continue
    }
    out += `${line.slice(at, open)}CODE`
    at = close + fence.length
  }
  return out + line.slice(at)
}

/** Problems found in `markdown`; empty when it is well formed. */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = []
  const prose = markdown.split('\n').map(outsideCodeSpans).join('\n')
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(markdown)) {
    problems.push('a lone surrogate: a character was cut in half')
  }
  let depth = 0
  for (const tag of prose.matchAll(/<(\/?)([a-zA-Z][\w-]*)/g)) {
    const name = tag[2]!.toLowerCase()
    if (!ALLOWED_TAGS.has(name)) problems.push(`raw HTML tag <${tag[1]}${name}>`)
    if (name !== 'details') continue
    depth += tag[1] === '/' ? -1 : 1
    if (depth < 0 || depth > 1) problems.push(`<details> nesting depth ${depth}`)
  }
  if (depth !== 0) problems.push(`${depth} <details> left open`)
  if (/!?\]\(/.test(prose)) problems.push('link or image syntax')
  if (/@\w/.test(prose)) problems.push('a mention')
  const lines = markdown.split('\n')
  let columns = 0
  lines.forEach((line, index) => {
    if (/^#/.test(line) && !/^#{2,4} [A-Za-z]/.test(line)) problems.push(`stray heading: ${line}`)
    if (!line.startsWith('|')) return
    const previous = lines[index - 1] ?? ''
    const next = lines[index + 1] ?? ''
    if (!previous.startsWith('|')) {
      columns = separators(line)
      if (previous !== '') problems.push(`table without a blank line before it: ${line}`)
      if (!/^\|( :?-+:? \|)+$/.test(next)) problems.push(`table without a delimiter: ${line}`)
    } else if (separators(line) !== columns) {
      problems.push(`ragged table row: ${line}`)
    }
    if (!next.startsWith('|') && next !== '') problems.push(`no blank line after a table: ${line}`)
  })
  return problems
}
