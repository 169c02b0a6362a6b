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
    // @lexical/yjs resolves to an ES module even from require(), and that module imports Yjs's
    // ES build while everything else requires its CommonJS build: two Yjs copies, whose
    // constructor checks fail. Bundled, its `import 'yjs'` becomes the one shared require().
    build: {
      externalizeDeps: { exclude: ['lowdb', 'steno', '@lexical/yjs'] },
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
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
