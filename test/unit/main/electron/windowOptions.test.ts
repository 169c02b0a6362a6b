import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions, preloadPath, WINDOW_BACKGROUND } from '../../../../src/main/electron/windowOptions';

const mainDir = join('/opt', 'Quotebook', 'out', 'main');

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ mainDir, dark: false });
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
    ['spellcheck', true],
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

  it('stays hidden until ready-to-show', () => {
    expect(options.show).toBe(false);
  });

  it('paints the background of the current theme', () => {
    expect(options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    expect(mainWindowOptions({ mainDir, dark: true }).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });
});
