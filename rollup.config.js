import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { dts } from 'rollup-plugin-dts'

// OUT_DIR lets a test or a developer build a private copy without touching the committed dist/.
const dir = process.env.OUT_DIR ?? 'dist'

const NON_ASCII = /[\u0080-\uffff]/g
const HAS_NON_ASCII = /[\u0080-\uffff]/
/** After a backslash the character is already escaped: `\\u…` there would mean other text. */
const ESCAPED_NON_ASCII = /\\[\u0080-\uffff]/

/** A tagged template, whose tag could read the raw text that escaping changes. */
function taggedNonAscii(node) {
  if (node === null || typeof node !== 'object') return false
  if (Array.isArray(node)) return node.some(taggedNonAscii)
  if (node.type === 'TaggedTemplateExpression') {
    if (node.quasi.quasis.some((q) => HAS_NON_ASCII.test(q.value.raw))) return true
  }
  return Object.values(node).some(taggedNonAscii)
}

/**
 * Writes every non-ASCII character as a `\uXXXX` escape: one `…` in a chunk makes Node decode it
 * into a two-byte string, which V8 compiles more slowly (about 5 ms of each run's start). An
 * escape means the same in strings, untagged templates, regular expressions, identifiers and
 * comments; what it would change (a tagged template's raw text, an escaped character) fails the build.
 */
function asciiOnly() {
  return {
    name: 'ascii-only',
    renderChunk(code) {
      if (!HAS_NON_ASCII.test(code)) return null
      if (ESCAPED_NON_ASCII.test(code) || taggedNonAscii(this.parse(code))) {
        this.error('non-ASCII text that a \\u escape would change; extend the ascii-only plugin')
      }
      const escaped = code.replace(
        NON_ASCII,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
      )
      return { code: escaped, map: null }
    }
  }
}

const bundle = {
  input: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    'cli-worker': 'src/cli-worker.ts',
    engine: 'src/engine.ts'
  },
  output: {
    dir,
    format: 'es',
    sourcemap: false,
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].js'
  },
  onwarn(warning, warn) {
    // @actions/* and octokit are written with `this` at the top of some transpiled modules.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return
    warn(warning)
  },
  plugins: [
    // No source maps: they were two thirds of dist/ and the bundle keeps readable module names.
    typescript({
      tsconfig: 'tsconfig.build.json',
      outDir: dir,
      outputToFilesystem: false,
      sourceMap: false
    }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json(),
    asciiOnly()
  ]
}

// One declaration file for the engine entry, the package's `exports` types.
const engineTypes = {
  input: 'src/engine.ts',
  output: { file: `${dir}/engine.d.ts`, format: 'es' },
  plugins: [dts({ tsconfig: 'tsconfig.build.json' })]
}

export default [bundle, engineTypes]
