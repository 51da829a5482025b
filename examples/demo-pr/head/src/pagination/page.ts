export interface Page<T> {
  items: T[]
  page: number
  totalPages: number
}

export function paginate<T>(items: T[], page: number, pageSize: number): Page<T> {
  const totalPages = Math.ceil(items.length / pageSize)
  const start = (page - 1) * pageSize
  return { items: items.slice(start, start + pageSize), page, totalPages }
}

export function hasNextPage(current: Page<unknown>): boolean {
  return current.page < current.totalPages
}
