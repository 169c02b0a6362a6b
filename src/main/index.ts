/**
 * Electron's entry point (the main bundle, out/main/index.js). Kept thin so everything it does is
 * in src/main/electron, where it can be tested with Electron replaced by a test double.
 */
import { startApp } from './electron/app';

startApp({
  // The bundle's own folder: the preload and the renderer are built next to it, in out/.
  mainDir: __dirname,
  rendererUrl: process.env['ELECTRON_RENDERER_URL'],
});
