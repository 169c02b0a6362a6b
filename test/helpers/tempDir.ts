/** Real temp folders for store tests, removed when the test (or suite) is done. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh folder under the OS temp dir; the caller removes it (see `removeTempDir`). */
export function makeTempDir(prefix = 'quotebook-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** A fresh folder removed automatically when the current test finishes. Call inside a test. */
export async function tempDir(prefix?: string): Promise<string> {
  const dir = await makeTempDir(prefix);
  onTestFinished(() => removeTempDir(dir));
  return dir;
}
