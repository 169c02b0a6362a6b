import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/shared/security/csp';

/** Adds the CSP meta tag to the built page only: Vite's dev server needs inline scripts for HMR. */
const cspMeta = {
  name: 'quotebook-csp-meta',
  apply: 'build' as const,
  transformIndexHtml: (html: string) =>
    html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`),
};

export default defineConfig({
  main: {
    // lowdb and steno are ESM-only; bundle them so the CommonJS main bundle can load them.
    build: {
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
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
