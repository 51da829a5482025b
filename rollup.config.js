import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { dts } from 'rollup-plugin-dts'

// OUT_DIR lets a test or a developer build a private copy without touching the committed dist/.
const dir = process.env.OUT_DIR ?? 'dist'

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
    json()
  ]
}

// One declaration file for the engine entry, the package's `exports` types.
const engineTypes = {
  input: 'src/engine.ts',
  output: { file: `${dir}/engine.d.ts`, format: 'es' },
  plugins: [dts({ tsconfig: 'tsconfig.build.json' })]
}

export default [bundle, engineTypes]
