/**
 * Where the sample article lives. It ships in `resources/sample/`; this module sits two folders
 * below the app root when run from the sources (src/main/import) and one below when bundled
 * (out/main), so the folder is found by walking up rather than by a fixed relative path.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLE_FILE_NAME = 'nato-china-lethal-aid.txt';

/** The sample article's path, or null when this installation does not have it. */
export function findSampleArticle(start: string = dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = start;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'resources', 'sample', SAMPLE_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
