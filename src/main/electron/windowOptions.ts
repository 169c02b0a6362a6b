/**
 * The main window's options, as a pure function so the security flags can be asserted in a test
 * without an Electron binary. Imported articles are untrusted HTML, so the renderer is treated
 * like a web page: isolated, sandboxed, no Node, and reaching the app only through the preload.
 */
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { spellCheckAvailable } from './spellcheck';

/**
 * Window backgrounds before the renderer paints, per theme. They match the renderer's page
 * background so a window that opens does not flash white in the dark theme (or grey in light).
 */
export const WINDOW_BACKGROUND = { light: '#fbfaf7', dark: '#1b1c1e' } as const;

export interface MainWindowInput {
  /** The directory of the built main bundle (its `__dirname`, i.e. `out/main`). */
  mainDir: string;
  /** Whether the OS prefers a dark theme (`nativeTheme.shouldUseDarkColors`). */
  dark: boolean;
  platform: NodeJS.Platform;
  /** A development build (not packaged): only then can the developer tools open. */
  isDev: boolean;
}

/** Path of the built preload script, next to the main bundle in `out/`. */
export function preloadPath(mainDir: string): string {
  // electron-vite writes out/main/index.js and out/preload/index.js (CommonJS, which a sandboxed
  // preload requires).
  return join(mainDir, '..', 'preload', 'index.js');
}

/** Options for the one notebook window. */
export function mainWindowOptions({ mainDir, dark, platform, isDev }: MainWindowInput): BrowserWindowConstructorOptions {
  return {
    title: 'Quotebook',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    // Shown at once, in the theme's colour, while the page shows its loading state: a window that
    // appears only after the notebook has loaded looks like a launch that failed.
    show: true,
    backgroundColor: dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      preload: preloadPath(mainDir),
      // The page cannot reach the preload's globals, Node, or Electron: only `window.quotebook`.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A script that loops on alert() could otherwise lock the user out of the window.
      safeDialogs: true,
      // Analysts write notes; misspellings should show where the system has dictionaries (spellcheck.ts).
      spellcheck: spellCheckAvailable(platform),
      // A packaged app has no developer tools: they would let anyone at the keyboard run code in the page.
      devTools: isDev,
    },
  };
}
