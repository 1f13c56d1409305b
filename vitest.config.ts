import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Starts a real Neo4j only when *.int.test.ts files are in the run and NEO4J_URI is unset.
    globalSetup: ['tests/setup/neo4j.global.ts'],
    // Two cores: integration and e2e suites share one Neo4j and one browser build.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
