import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Renderer tests start Chromium once; give them room on a 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One spec file at a time (one browser); inside a file, concurrent tests share it.
          fileParallelism: false,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
