import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Two cores: integration and e2e suites share one Neo4j and one browser build.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
