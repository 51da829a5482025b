/** Jest in ESM mode: ts-jest transpiles each file on its own (types are checked by `npm run typecheck`). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The example repository's package.json files are fixtures, not packages.
  modulePathIgnorePatterns: ['<rootDir>/examples/', '<rootDir>/dist/', '<rootDir>/.ci/'],
  testTimeout: 60000,
  clearMocks: true
}
