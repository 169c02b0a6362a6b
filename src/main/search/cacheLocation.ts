/**
 * Where a notebook's search index lives: in the user's cache folder, never in the notebook
 * (it is derived data, rebuilt when missing). One file per notebook folder, named by a hash of
 * its path. `QUOTEBOOK_CACHE` moves the whole cache (tests point it at a temporary folder).
 */
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The per-user cache folder, as each platform names it. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.QUOTEBOOK_CACHE) return env.QUOTEBOOK_CACHE;
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'Quotebook', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'Quotebook');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'Quotebook');
}

/** The index file of the notebook in `notebookDir`. */
export function searchIndexPath(notebookDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const key = createHash('sha256').update(resolve(notebookDir)).digest('hex').slice(0, 32);
  return join(cacheRoot(env), 'search', `${key}.sqlite`);
}
