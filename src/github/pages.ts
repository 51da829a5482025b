/**
 * Follows GitHub's `Link: rel="next"` headers with a cap per list, and stops on a loop: a list
 * that never ends must not hold the run (GitHub's lists are finite; a looping header is a fault).
 */
import { PageLimitError } from './errors.js'

interface Page<T> {
  data: T[]
  headers: { link?: string | undefined }
}

/** Every item of the list, or a PageLimitError naming `what` past `maxPages` or on a loop. */
export async function readPages<T>(
  pages: AsyncIterable<Page<T>>,
  what: string,
  maxPages: number
): Promise<T[]> {
  const items: T[] = []
  const seen = new Set<string>()
  let read = 0
  for await (const page of pages) {
    read++
    for (const item of page.data) items.push(item)
    const next = nextLink(page.headers.link)
    if (next === null) return items
    if (seen.has(next)) throw new PageLimitError(what, read, 'loop')
    seen.add(next)
    if (read >= maxPages) throw new PageLimitError(what, read, 'cap')
  }
  return items
}

/** The `rel="next"` URL of a Link header, read without a regex over the untrusted header. */
function nextLink(link: string | undefined): string | null {
  if (!link) return null
  for (const part of link.split(',')) {
    const [target = '', ...params] = part.split(';')
    if (params.some((p) => p.trim() === 'rel="next"')) {
      const url = target.trim()
      return url.startsWith('<') && url.endsWith('>') ? url.slice(1, -1) : url
    }
  }
  return null
}
