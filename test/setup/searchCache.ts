/**
 * The search index is a cache in the user's cache folder; tests (and every process they start,
 * which inherits the environment) keep theirs in a temporary folder removed after each file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

if (!process.env.QUOTEBOOK_CACHE) {
  const dir = mkdtempSync(join(tmpdir(), 'quotebook-test-cache-'));
  process.env.QUOTEBOOK_CACHE = dir;
  afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }));
}
