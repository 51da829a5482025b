import { paginate, hasNextPage } from '../../src/pagination/page'

describe('paginate', () => {
  it('returns the first page', () => {
    expect(paginate([1, 2, 3, 4, 5], 1, 2).items).toEqual([1, 2])
  })

  it('counts a partial last page', () => {
    expect(paginate([1, 2, 3, 4, 5], 1, 2).totalPages).toEqual(3)
  })

  it.skip('reports a next page until the last one', () => {
    expect(hasNextPage(paginate([1, 2, 3], 1, 2))).toBe(true)
    expect(hasNextPage(paginate([1, 2, 3], 2, 2))).toBe(false)
  })
})
