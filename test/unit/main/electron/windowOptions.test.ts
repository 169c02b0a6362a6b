import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions, preloadPath, WINDOW_BACKGROUND } from '../../../../src/main/electron/windowOptions';

const mainDir = join('/opt', 'Quotebook', 'out', 'main');

describe('mainWindowOptions', () => {
  const input = { mainDir, dark: false, platform: 'linux', isDev: false } as const;
  const options = mainWindowOptions(input);
  const prefs = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['safeDialogs', true],
    ['spellcheck', false],
    ['devTools', false],
  ] as const)('sets webPreferences.%s to %s', (flag, value) => {
    expect(prefs[flag]).toBe(value);
  });

  it('never enables experimental or extra Blink features', () => {
    expect(prefs.experimentalFeatures).toBeUndefined();
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('loads the built preload next to the main bundle', () => {
    expect(prefs.preload).toBe(join('/opt', 'Quotebook', 'out', 'preload', 'index.js'));
    expect(preloadPath(mainDir)).toBe(prefs.preload);
  });

  it('has the title, size and minimum size of the notebook window', () => {
    expect(options).toMatchObject({ title: 'Quotebook', width: 1280, height: 820, minWidth: 900, minHeight: 600 });
  });

  it('appears at once (the page shows its loading state) rather than after the notebook has loaded', () => {
    expect(options.show).toBe(true);
  });

  it('spell-checks only on macOS, where the system has the dictionaries (nothing is downloaded elsewhere)', () => {
    expect(mainWindowOptions({ ...input, platform: 'darwin' }).webPreferences?.spellcheck).toBe(true);
    expect(mainWindowOptions({ ...input, platform: 'win32' }).webPreferences?.spellcheck).toBe(false);
  });

  it('has developer tools in development only', () => {
    expect(mainWindowOptions({ ...input, isDev: true }).webPreferences?.devTools).toBe(true);
  });

  it('paints the background of the current theme', () => {
    expect(options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    expect(mainWindowOptions({ ...input, dark: true }).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });
});
