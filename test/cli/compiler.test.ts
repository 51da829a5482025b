import { describe, expect, it } from '@jest/globals'
import { COMPILER_FLAGS, setsCompilerFlags } from '../../src/cli/compiler.js'

describe('the CLI turns Maglev off', () => {
  it('by default', () => {
    expect(COMPILER_FLAGS).toBe('--no-maglev')
    expect(setsCompilerFlags([], undefined)).toBe(true)
    expect(setsCompilerFlags(['--enable-source-maps'], '--max-old-space-size=4096')).toBe(true)
  })

  it('unless the process was started with a Maglev flag of its own', () => {
    expect(setsCompilerFlags(['--maglev'], undefined)).toBe(false)
    expect(setsCompilerFlags(['--no_maglev'], undefined)).toBe(false)
    expect(setsCompilerFlags([], '--max-old-space-size=4096  --maglev')).toBe(false)
    expect(setsCompilerFlags([], '--no-maglev')).toBe(false)
  })

  it('not for flags that only start with the same word', () => {
    expect(setsCompilerFlags(['--maglev-inlining'], '--no-maglev-osr')).toBe(true)
  })
})
