/**
 * Before the app was called "Quotebook" its profile folder was named after the npm package,
 * "quotebook". On case-insensitive file systems (macOS, Windows) that is the same folder; on Linux
 * it is another one, holding the window's local storage: note drafts not yet saved and the
 * remembered layout. Copied once into the new profile (never moved: the old folder stays as it
 * was), so renaming the app loses nothing.
 */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Local storage: note drafts and window preferences live here (Chromium's profile layout). */
const CARRIED_OVER = ['Local Storage'];

/**
 * Copies what the old profile `oldDir` holds into `newDir` where the new one has nothing yet.
 * Returns the names copied. Never throws: a profile that cannot be copied only costs old drafts.
 */
export function carryOverProfile(oldDir: string, newDir: string, log: (message: string) => void = () => undefined): string[] {
  if (oldDir === newDir) return [];
  const copied: string[] = [];
  for (const name of CARRIED_OVER) {
    const from = join(oldDir, name);
    const to = join(newDir, name);
    if (!existsSync(from) || existsSync(to)) continue;
    try {
      cpSync(from, to, { recursive: true, errorOnExist: false, force: false });
      copied.push(name);
    } catch (error) {
      log(`Could not copy ${from} to ${to}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return copied;
}
