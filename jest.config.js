const os = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default leaves one core to its parent process, which on a two-core CI machine runs every suite in one worker;
  // the parent only waits, and half the suites wait on Chromium or a child process, so use every core.
  maxWorkers: Math.max(2, os.availableParallelism()),
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Type-checking belongs to `npm run typecheck` (the whole project at once). ts-jest without isolatedModules
  // builds a TypeScript program per worker before the first test runs, which on a fresh clone (no jest cache)
  // cost a third of `npm test`; tsconfig.jest.json only adds isolatedModules, so each file is transpiled alone.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false, tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  testTimeout: 30000,
  // A no-op unless BOARD_CLOCK_SHIFT_DAYS is set (npm run test:future).
  setupFiles: ['<rootDir>/tests/helpers/shift-clock.cjs'],
  globalTeardown: '<rootDir>/tests/helpers/browser-note.cjs',
  // The adaptivecards package's main entry needs a DOM; its dist build parses cards without one.
  // strip-bom (required by @microsoft/app-manifest) is ESM-only, which jest cannot require.
  moduleNameMapper: { '^adaptivecards$': 'adaptivecards/dist/adaptivecards.js', '^strip-bom$': '<rootDir>/tests/helpers/strip-bom.cjs' },
};
