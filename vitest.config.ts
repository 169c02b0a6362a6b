import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/setup/fastCheckSeed.ts', 'test/setup/searchCache.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Store and e2e tests use real folders, processes and a browser; two cores are all we have.
    maxWorkers: 2,
    // The UI tests poll for what the app shows; one second is too short on a busy two-core machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
