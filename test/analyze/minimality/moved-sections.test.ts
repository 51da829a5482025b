import { describe, expect, it } from '@jest/globals'
import { kindsOf } from './diff-of.js'

const intro = ['Intro', '=====', '', 'Some words about the shop.', '']
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => [`Line ${i} of the middle part.`, '']).flat()

describe('moved-code in prose files', () => {
  it('finds a Markdown section moved within its file', () => {
    const section = [
      '## Payments',
      '',
      'Cards and transfers are taken.',
      'Refunds take a week.',
      ''
    ]
    const before = [...intro, ...filler(6), ...section].join('\n')
    const after = [...intro, ...section, ...filler(6)].join('\n')
    expect(kindsOf([{ path: 'docs/shop.md', before, after }])).toEqual(['moved-code docs/shop.md'])
  })

  it('finds a reStructuredText section moved with its link target and title', () => {
    const section = [
      '.. _payments:',
      '',
      'Payments',
      '--------',
      '',
      'Cards and transfers are taken.',
      ''
    ]
    const before = [...intro, ...filler(6), ...section].join('\n')
    const after = [...intro, ...section, ...filler(6)].join('\n')
    expect(kindsOf([{ path: 'docs/shop.rst', before, after }])).toEqual([
      'moved-code docs/shop.rst'
    ])
  })
})
