import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Integration suites start real servers (Neo4j, Chromium); keep files in separate forks.
    pool: 'forks',
    fileParallelism: false,
  },
});
