import { describe, expect, it } from '@jest/globals'
import { COMPILER_FLAGS, maglevBuilt, setsCompilerFlags } from '../../src/cli/compiler.js'

describe('the CLI turns Maglev off', () => {
  it('by default, on a Node built with Maglev', () => {
    expect(COMPILER_FLAGS).toBe('--no-maglev')
    expect(setsCompilerFlags(true, [], undefined)).toBe(true)
    expect(setsCompilerFlags(true, ['--enable-source-maps'], '--max-old-space-size=4096')).toBe(
      true
    )
  })

  it('unless the process was started with a Maglev flag of its own', () => {
    expect(setsCompilerFlags(true, ['--maglev'], undefined)).toBe(false)
    expect(setsCompilerFlags(true, ['--no_maglev'], undefined)).toBe(false)
    expect(setsCompilerFlags(true, [], '--max-old-space-size=4096  --maglev')).toBe(false)
    expect(setsCompilerFlags(true, [], '--no-maglev')).toBe(false)
  })

  it('not for flags that only start with the same word', () => {
    expect(setsCompilerFlags(true, ['--maglev-inlining'], '--no-maglev-osr')).toBe(true)
  })

  it('never on a Node built without Maglev, where V8 would print an unknown-flag error', () => {
    expect(setsCompilerFlags(false, [], undefined)).toBe(false)
    expect(maglevBuilt({ v8_enable_maglev: 1 })).toBe(true)
    expect(maglevBuilt({ v8_enable_maglev: 0 })).toBe(false)
    expect(maglevBuilt({ host_arch: 'x64' })).toBe(false)
  })
})
