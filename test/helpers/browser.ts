/** Debian's Chromium driven by playwright-core, with the flags this closed network needs. */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function checkChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium was not found at ${chromiumPath}. Install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
}

export function launchChromium(): Promise<Browser> {
  checkChromium();
  return chromium.launch({ executablePath: chromiumPath, args });
}

/** Chromium with a real profile in `userDataDir` (cookies, history on disk), as a user's browser has. */
export function launchChromiumProfile(userDataDir: string): Promise<BrowserContext> {
  checkChromium();
  return chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath, args, viewport: { width: 1280, height: 800 } });
}
