import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

// OUT_DIR lets a test or a developer build a private copy without touching the committed dist/.
const dir = process.env.OUT_DIR ?? 'dist'

export default {
  input: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    engine: 'src/engine.ts'
  },
  output: {
    dir,
    format: 'es',
    sourcemap: true,
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
    typescript({ tsconfig: 'tsconfig.build.json', outDir: dir, outputToFilesystem: false }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json()
  ]
}
