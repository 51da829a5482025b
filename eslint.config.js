import js from '@eslint/js'
import regexp from 'eslint-plugin-regexp'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Stages import forward only: collect -> analyze -> decide -> report, each stage reading the
// shared foundation below it and never a later stage or an entry point.
//   foundation: model.ts (imports nothing), trailers.ts, failure.ts, version.ts, packed-lines.ts,
//               validation/ (schema and text checks), config/ (the policy: types, schema, loader),
//               manifest/ (the agent's run manifest); of analyze/, only the rule catalogue
//   github/:    the REST client, its errors, paging and deadlines: I/O shared by collect and publish
//   collect:    foundation + github/ (+ the rule catalogue's metadata, for a finding only it sees)
//   analyze:    foundation (pure: no github/, and the purity patterns below)
//   decide:     foundation + analyze (pure)
//   report:     foundation + analyze (rule metadata, redaction) + decide; only publish/ uses github/
//   split/:     foundation + collect (git access) + analyze (the split plan): a CLI feature
//   entries:    index.ts, action.ts, cli.ts, cli-worker.ts, cli/, engine.ts, run-gate.ts,
//               settings.ts wire the stages together and are imported by nothing in a stage.
const up = '^(\\.\\./)+'
const toFolders = (names, message) => ({ regex: `${up}(${names.join('|')})/`, message })
const toEntries = {
  regex: `${up}(cli/|(index|action|cli|cli-worker|engine|run-gate|settings)\\.js$)`,
  message: 'Entry points wire the stages together; a stage never imports one.'
}
const notFrom = (stage, folders) =>
  toFolders(
    folders,
    `${stage} does not import ${folders.join('/, ')}/: stages import forward only (eslint.config.js).`
  )
const noGitHub = toFolders(['github'], 'Only collect/ and report/publish/ talk to GitHub.')
// The rule catalogue (rule metadata beside its detector) may be read by any stage.
const analyzeButCatalogue = {
  regex: `${up}analyze/(?!(.*/)?rules/|catalogue)`,
  message: 'collect runs before analyze: import rule metadata from the catalogue only.'
}
const direction = {
  foundation: [
    notFrom('The foundation', ['collect', 'decide', 'report', 'split']),
    noGitHub,
    { ...analyzeButCatalogue, message: 'The foundation reads only the rule catalogue of analyze/.' }
  ],
  github: [
    notFrom('github/', ['collect', 'analyze', 'decide', 'report', 'split', 'config', 'manifest'])
  ],
  collect: [notFrom('collect', ['decide', 'report', 'split']), analyzeButCatalogue],
  analyze: [notFrom('analyze', ['collect', 'decide', 'report', 'split']), noGitHub],
  decide: [notFrom('decide', ['collect', 'report', 'split']), noGitHub],
  report: [notFrom('report', ['collect', 'split'])],
  render: [notFrom('report', ['collect', 'split']), noGitHub],
  split: [notFrom('split', ['decide', 'report']), noGitHub]
}
const directionBlock = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, toEntries] }] }
})

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
  },
  // Stage direction (see `direction` above); analyze/ and decide/ keep their purity patterns too.
  directionBlock(
    [
      'src/model.ts',
      'src/trailers.ts',
      'src/failure.ts',
      'src/version.ts',
      'src/packed-lines.ts',
      'src/validation/**/*.ts',
      'src/config/**/*.ts',
      'src/manifest/**/*.ts'
    ],
    direction.foundation
  ),
  {
    files: ['src/model.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.',
              message: 'model.ts is the shared vocabulary: it imports no project module.'
            }
          ]
        }
      ]
    }
  },
  directionBlock(['src/github/**/*.ts'], direction.github),
  directionBlock(['src/collect/**/*.ts'], direction.collect),
  directionBlock(['src/analyze/**/*.ts'], [...impure.patterns, ...direction.analyze]),
  directionBlock(['src/decide/**/*.ts'], [...impure.patterns, ...direction.decide]),
  directionBlock(['src/report/**/*.ts'], direction.report),
  directionBlock(['src/report/render/**/*.ts', 'src/report/*.ts'], direction.render),
  directionBlock(['src/split/**/*.ts'], direction.split)
)
