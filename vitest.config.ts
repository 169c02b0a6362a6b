import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Paths from the project's folder, wherever vitest is started from.
const root = dirname(fileURLToPath(import.meta.url));

/** Every unit test file, and those that replace modules, globals or timers for their own run. */
function unitFiles(dir = join(root, 'test/unit')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? unitFiles(join(dir, e.name)) : /\.test\.tsx?$/.test(e.name) ? [relative(root, join(dir, e.name))] : [],
  );
}
const MOCKS = /\bvi\.(?:mock|doMock|stubGlobal|stubEnv|useFakeTimers|spyOn)\b/;
const mocking = unitFiles().filter((file) => MOCKS.test(readFileSync(join(root, file), 'utf8')));

const shared = {
  environment: 'node' as const,
  setupFiles: ['test/setup/fastCheckSeed.ts', 'test/setup/searchCache.ts'],
  testTimeout: 30_000,
  hookTimeout: 120_000,
  // The UI tests poll for what the app shows; one second is too short on a busy two-core machine.
  expect: { poll: { timeout: 10_000 } },
};

export default defineConfig({
  test: {
    // Store and e2e tests use real folders, processes and a browser; two cores are all we have.
    maxWorkers: 2,
    projects: [
      {
        // Unit tests of pure modules share one module graph per worker instead of importing the
        // suggester, the model and Lexical again for every file: about half their CPU time. Files
        // that mock modules, globals or timers keep a fresh graph so their replacements cannot leak.
        test: { ...shared, name: 'unit', include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'], exclude: mocking, isolate: false },
      },
      {
        test: { ...shared, name: 'isolated', include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts', ...mocking] },
      },
    ],
  },
});
