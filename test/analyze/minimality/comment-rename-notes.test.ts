import { describe, expect, it } from '@jest/globals'
import { findingsOf, kindsOf } from './diff-of.js'

const before = [
  'class Loader:',
  '    """Reads settings.',
  '',
  '    :param path: the file to read.',
  '    """',
  '',
  '    def __init__(self, path):',
  '        self.path = path',
  '',
  '    def load(self):',
  '        return open(self.path).read()',
  '',
  '',
  'def main():',
  "    return Loader('a.cfg').load()",
  ''
].join('\n')

/** The rename of `load` to `read_config`, with the class docstring's parameter line as given. */
function renamed(paramLine: string): string {
  return before
    .replace('    :param path: the file to read.', paramLine)
    .replace('def load(self)', 'def read_config(self)')
    .replace(').load()', ').read_config()')
}

describe('comment-only and the rename it documents', () => {
  it('reads a docstring that newly points to the renamed method as part of the rename', () => {
    const after = renamed(
      '    :param path: The file to read. Read it later with :meth:`read_config`.'
    )
    const findings = findingsOf([{ path: 'loader.py', before, after }])
    expect(findings.map((f) => f.rule)).toEqual(['rename-symbol'])
    // Counted with the rename: two lines renamed on each side, and the docstring line on each.
    expect(findings[0].lines).toBe(6)
  })

  it('still reports a docstring reworded beside the rename without naming it more', () => {
    const after = renamed('    :param path: The file to read, in UTF-8.')
    expect(kindsOf([{ path: 'loader.py', before, after }])).toEqual([
      'comment-only loader.py',
      'rename-symbol loader.py'
    ])
  })

  it('still reports a docstring rewritten beyond swapping the old name for the new one', () => {
    const withName = before.replace(
      '    :param path: the file to read.',
      '    :param path: the file :meth:`load` reads.'
    )
    const after = renamed('    :param path: The file :meth:`read_config` reads, in UTF-8.')
    expect(kindsOf([{ path: 'loader.py', before: withName, after }])).toEqual([
      'comment-only loader.py',
      'rename-symbol loader.py'
    ])
  })
})
