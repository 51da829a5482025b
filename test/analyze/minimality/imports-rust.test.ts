import { describe, expect, it } from '@jest/globals'
import { rustUseBindings } from '../../../src/analyze/minimality/imports-rust.js'
import { minimalityDetectors } from '../../../src/analyze/minimality/index.js'
import { cFamilyGenericTokenizer } from '../../../src/analyze/minimality/tokenize/text.js'
import { tokenKey } from '../../../src/analyze/minimality/tokenize/types.js'
import { inputOf, kindsOf } from './diff-of.js'

/** The paths a use declaration binds, read from its source text. */
function bindings(source: string): string[] | null {
  const keys = cFamilyGenericTokenizer([source])[0].tokens.map(tokenKey)
  const paths = rustUseBindings(keys)
  return paths === null ? null : paths.map((p) => p.replace('\u0002', '|'))
}

const BODY = '\nfn total(cart: &Cart) -> usize {\n    cart.len()\n}\n'

/** CPU time, not wall time: on a loaded machine wall time measures the neighbours. */
function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage()
  run()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

describe('Rust use declarations', () => {
  it('reads nested groups, self, aliases and globs as the paths they bind', () => {
    expect(bindings('use shop::{cart::{self, Cart as Basket}, price::*, tax};')).toEqual([
      '|shop::cart',
      '|shop::cart::Cart as Basket',
      '|shop::price::*',
      '|shop::tax'
    ])
    expect(bindings('pub(crate) use ::shop::Cart;')).toEqual(['kpub p( wcrate p)|::shop::Cart'])
    expect(bindings('use shop::{{Cart, Item}, tax,};')).toEqual([
      '|shop::Cart',
      '|shop::Item',
      '|shop::tax'
    ])
  })

  it('leaves what is no use declaration unread', () => {
    expect(bindings('use shop::{Cart;')).toBeNull()
    expect(bindings('use shop::Cart Item;')).toBeNull()
    expect(bindings('let x = 1;')).toBeNull()
    const deep = 'use a::' + '{b::'.repeat(40) + 'c' + '}'.repeat(40) + ';'
    expect(bindings(deep)).toBeNull()
  })

  it('leaves a declaration too long to read in linear time unread', () => {
    const keys = ['kuse']
    for (let i = 0; i < 20_000; i++) keys.push(`wm${i}`, 'p::')
    keys.push('p{')
    for (let i = 0; i < 20_000; i++) keys.push(`wx${i}`, 'p,')
    keys.push('p}')
    expect(cpuMs(() => expect(rustUseBindings(keys)).toBeNull())).toBeLessThan(100)
  })

  it('reads a hostile use declaration of 20,000 lines in bounded time', () => {
    // A long path on the first line, a long group under it: each bound path repeats the prefix.
    const path = Array.from({ length: 300 }, (_, i) => `m${i}::`).join('')
    const group = Array.from({ length: 20_000 }, (_, i) => `x${i},`)
    const before = [`use ${path}{`, ...group, '};']
    const after = [`use ${path}{`, ...group, 'y,', '};']
    const text = [
      'diff --git a/src/huge.rs b/src/huge.rs',
      '--- a/src/huge.rs',
      '+++ b/src/huge.rs',
      `@@ -1,${before.length} +1,${after.length} @@`,
      ...before.map((line) => `-${line}`),
      ...after.map((line) => `+${line}`),
      ''
    ].join('\n')
    let findings: { rule: string }[] = []
    // Quadratic in the 20,000 lines would take minutes; linear takes about a second of CPU.
    expect(cpuMs(() => ({ findings } = minimalityDetectors.detect(inputOf(text))))).toBeLessThan(
      3_000
    )
    // Not read as one declaration: the added name stays a change, not an import regroup.
    expect(findings.map((f) => f.rule)).not.toContain('import-reorder')
  })

  it('finds use lines merged into one nested group as an import regroup', () => {
    const before =
      '// Std\nuse std::fmt;\nuse std::io::{self, Write};\n\n// Internal\nuse crate::shop::Cart;\nuse crate::tax::rate;\n' +
      BODY
    const after =
      '// Std\nuse std::{\n    fmt,\n    io::{self, Write},\n};\n\n// Internal\nuse crate::{shop::Cart, tax::rate};\n' +
      BODY
    expect(kindsOf([{ path: 'src/cart.rs', before, after }])).toEqual([
      'import-reorder src/cart.rs'
    ])
  })

  it('keeps a merge that brings in a new path, or drops a visibility, as a change', () => {
    const before = 'use crate::shop::Cart;\nuse crate::tax::rate;\n' + BODY
    const added = 'use crate::{shop::Cart, tax::rate, tax::round};\n' + BODY
    expect(kindsOf([{ path: 'src/a.rs', before, after: added }])).toEqual([])
    const exported = 'pub use crate::shop::Cart;\nuse crate::tax::rate;\n' + BODY
    const merged = 'use crate::{shop::Cart, tax::rate};\n' + BODY
    expect(kindsOf([{ path: 'src/b.rs', before: exported, after: merged }])).toEqual([])
  })

  it('keeps an attribute that leaves its use declaration in a regroup as a change', () => {
    const before = '#[cfg(test)]\nuse crate::shop::Cart;\nuse crate::tax::rate;\n' + BODY
    const after = 'use crate::{shop::Cart, tax::rate};\n' + BODY
    expect(kindsOf([{ path: 'src/a.rs', before, after }])).toEqual([])
    const kept = '#[cfg(test)]\nuse crate::shop::Cart;\nuse crate::tax::rate;\n' + BODY
    const sorted = 'use crate::tax::rate;\n#[cfg(test)]\nuse crate::shop::Cart;\n' + BODY
    expect(kindsOf([{ path: 'src/b.rs', before: kept, after: sorted }])).toEqual([
      'import-reorder src/b.rs'
    ])
  })

  it('calls a group re-wrapped over several lines, same order, layout', () => {
    const before = 'use std::{fmt, io};\n' + BODY
    const after = 'use std::{\n    fmt,\n    io,\n};\n' + BODY
    expect(kindsOf([{ path: 'src/a.rs', before, after }])).toEqual(['format-only src/a.rs'])
  })

  it('reads a blank line added between use groups as the regroup', () => {
    const before = 'use crate::shop::Cart;\nuse std::fmt;\n' + BODY
    const after = 'use crate::shop::Cart;\n\nuse std::fmt;\n' + BODY
    expect(kindsOf([{ path: 'src/a.rs', before, after }])).toEqual(['import-reorder src/a.rs'])
  })
})

describe('import section headings', () => {
  it('reads a short heading added above an import group as part of the regroup', () => {
    const rust = 'use std::str::FromStr;\n\nuse bitflags::bitflags;\n' + BODY
    const headed = 'use std::str::FromStr;\n\n// Third party\nuse bitflags::bitflags;\n' + BODY
    expect(kindsOf([{ path: 'src/a.rs', before: rust, after: headed }])).toEqual([
      'import-reorder src/a.rs'
    ])
    const python = 'import os\n\nimport requests\n\n\ndef get():\n    return requests, os\n'
    const isort = python.replace('import requests', '# Third Party\nimport requests')
    expect(kindsOf([{ path: 'a.py', before: python, after: isort }])).toEqual([
      'import-reorder a.py'
    ])
    expect(kindsOf([{ path: 'b.py', before: isort, after: python }])).toEqual([
      'import-reorder b.py'
    ])
  })

  it('still calls a sentence about an import, or a heading not between imports, a comment edit', () => {
    const python = 'import os\n\nimport requests\n\n\ndef get():\n    return requests, os\n'
    const why = python.replace(
      '\nimport requests',
      '\n# requests must load after os patches the environment\nimport requests'
    )
    expect(kindsOf([{ path: 'a.py', before: python, after: why }])).toEqual(['comment-only a.py'])
    const away = python.replace('\ndef get', '\n# Helpers\ndef get')
    expect(kindsOf([{ path: 'b.py', before: python, after: away }])).toEqual(['comment-only b.py'])
    const top = python.replace('import os', '# Standard Library\nimport os')
    expect(kindsOf([{ path: 'c.py', before: python, after: top }])).toEqual(['comment-only c.py'])
  })
})
