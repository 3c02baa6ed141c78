import { defineConfig } from 'vitest/config';

// One run covers every package. Storage and runtime tests run on SQLite and on PostgreSQL
// (see runtime/src/storage/test-databases.ts); browser tests live in tests/e2e.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'schemas', include: ['schemas/src/**/*.test.ts'] } },
      { test: { name: 'templates', include: ['templates/src/**/*.test.ts'] } },
      { test: { name: 'designer', include: ['designer/src/**/*.test.ts'] } },
      {
        test: {
          name: 'runtime',
          include: ['runtime/src/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts', 'server/test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
