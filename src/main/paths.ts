import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the desktop app keeps its notebook unless told otherwise. It mirrors Electron's
 * `app.getPath('appData')` so the CLI and the app agree without the CLI loading Electron.
 * `QUOTEBOOK_NOTEBOOK` overrides it (useful for scripts and tests).
 */
export function defaultNotebookDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.QUOTEBOOK_NOTEBOOK) return env.QUOTEBOOK_NOTEBOOK;
  return join(appDataDir(env, platform, home), 'Quotebook', 'My notebook.quotebook');
}

/** The per-user application data folder, as Electron computes it. */
export function appDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}
