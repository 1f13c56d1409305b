import { defineConfig } from 'vitest/config';

/**
 * One project per kind of test, told apart by file suffix (STYLE.md §12): `vitest run --project unit`
 * runs only the fast ones, `npm test` runs them all. Only the integration project starts Neo4j:
 * vitest runs a project's globalSetup only when that project has files in the run.
 */
/** Unit files that replace a module with vi.mock: they need a module graph of their own. */
const MODULE_MOCKING_FILES = ['tests/unit/cli/commands/start.test.ts'];

export default defineConfig({
  test: {
    exclude: ['node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Two cores: integration and e2e suites share one Neo4j and one browser build.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: MODULE_MOCKING_FILES,
          // Unit files share no state (mocks and stubbed globals are restored in afterEach), so
          // each worker keeps its module graph instead of re-importing wink-nlp's model, express
          // and the pipeline for every file: measured 2m37s -> 53s wall for the same 1205 tests
          // under the same load, import time 88s -> 21s.
          isolate: false,
        },
      },
      {
        extends: true,
        // vi.mock replaces a module for the importing file's graph only when that graph is fresh:
        // in a shared module graph another file may have loaded the real module first.
        test: { name: 'unit-isolated', include: MODULE_MOCKING_FILES, isolate: true },
      },
      {
        extends: true,
        test: { name: 'contract', include: ['tests/contract/**/*.contract.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/integration/**/*.int.test.ts'],
          // Starts a real Neo4j (unless NEO4J_URI is set) and provides its address to the files.
          globalSetup: ['tests/setup/neo4j.global.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.test.ts'] },
      },
    ],
  },
});
