import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/shared/security/csp';
import { esmOnlyPackages } from './scripts/esmOnlyPackages.mjs';
import packageJson from './package.json';

/** Adds the CSP meta tag to the built page only: Vite's dev server needs inline scripts for HMR. */
const cspMeta = {
  name: 'quotebook-csp-meta',
  apply: 'build' as const,
  transformIndexHtml: (html: string) =>
    html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`),
};

/**
 * The main bundle is CommonJS, so every ESM-only dependency is bundled into it (lowdb, lexical and
 * @lexical/*, mdast-util-*, micromark-*): required from outside, they would load only where Node's
 * require(esm) is on, and @lexical/yjs's ESM build would bring a second Yjs beside the CommonJS one
 * everything else requires, whose constructor checks then fail. Two stay outside: pdf.js is
 * loaded with import() (which CommonJS may always do) and must stay next to its worker file, and
 * tsx is only the CLI's runner. test/integration/build/mainBundle.test.ts holds the bundle to it.
 */
const keptExternal = new Set(['pdfjs-dist', 'tsx']);
const bundledIntoMain = esmOnlyPackages(__dirname, Object.keys(packageJson.dependencies)).filter((name) => !keptExternal.has(name));

export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: bundledIntoMain },
      // The worker that reads imported files and suggests (src/main/untrusted) is an entry of its
      // own: out/main/untrustedWorker.js, started beside index.js with memory and time limits.
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts'), untrustedWorker: resolve(__dirname, 'src/main/untrusted/worker.ts') } },
    },
  },
  preload: {
    // A sandboxed preload cannot require() packages, so everything it uses is bundled in.
    build: { externalizeDeps: false },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), cspMeta],
    build: { minify: true, rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } },
  },
});
