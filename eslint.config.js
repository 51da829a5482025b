import js from '@eslint/js'
import regexp from 'eslint-plugin-regexp'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Detectors and the decision are pure: no I/O, no clock, no @actions/*, no network.
const impure = {
  patterns: [
    {
      group: ['@actions/*', '@octokit/*'],
      message: 'analyze/ and decide/ are pure: no GitHub or Actions I/O.'
    },
    {
      group: [
        'node:fs',
        'fs',
        'node:fs/*',
        'fs/*',
        'node:child_process',
        'child_process',
        'node:http',
        'node:https',
        'node:net',
        'http',
        'https',
        'net'
      ],
      message: 'analyze/ and decide/ are pure: no I/O.'
    }
  ]
}

// A spread into a call puts every element on the stack: a long diff line or list overflows it.
// No exceptions today; a bounded one needs an eslint-disable comment saying what bounds it.
const noSpreadIntoCall = {
  selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
  message: 'No spread into a call: an unbounded array overflows the stack. Use a loop or concat.'
}

// The packed line table's layout stays in src/packed-lines.ts: detectors read lines through
// its cursor API (kindAt, contentAt, ChangedLines), never through offsets into the buffer.
const lineTableMessage =
  'The packed line layout is private to src/packed-lines.ts: use its cursor API ' +
  '(kindAt, contentAt, startAt, ChangedLines), not offsets, masks or strides.'
const lineTableLayout = [
  {
    selector: 'Identifier[name=/^(AT_[A-Z_]+|COL_[A-Z_]+|[A-Z_]*STRIDE|KIND_MASK|FLAG_[A-Z_]+)$/]',
    message: lineTableMessage
  },
  { selector: "MemberExpression[property.name='cols']", message: lineTableMessage }
]

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'bench/out/',
      '.ci/node24/',
      'examples/demo-pr/',
      '.tmp/',
      '.cache/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart']
    }
  },
  {
    // Every regex may meet a hostile line: no super-linear backtracking anywhere in the engine.
    files: ['src/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error'
    }
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', noSpreadIntoCall] }
  },
  {
    files: ['src/analyze/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', noSpreadIntoCall, ...lineTableLayout] }
  },
  {
    files: ['src/analyze/**/*.ts', 'src/decide/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', impure],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'No clock in pure stages: take times as input.' },
        { name: 'fetch', message: 'No network in pure stages.' },
        { name: 'process', message: 'No environment in pure stages.' }
      ],
      'no-restricted-properties': [
        'error',
        { object: 'console', message: 'No logging in pure stages: return findings.' },
        { object: 'Math', property: 'random', message: 'Detectors are deterministic.' }
      ]
    }
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.js'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
  }
)
