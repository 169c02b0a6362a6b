/**
 * What a window reads before it can show its first screen (the shell and the library): the entry
 * script that index.html names, its modulepreloads and every chunk those import statically. The
 * reader (Lexical and the read-only editor built on it) is fetched right after the first paint, the
 * notes editor (Lexical's rich text, the live binding, Yjs) and the rarely used views on first use,
 * so they must stay out of it; and every split-off file must be servable by both the desktop's
 * app:// protocol and the browser edition, or a view would fail to open.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveAppPath } from '../../../src/main/electron/protocol';
import { readStatic } from '../../../src/main/server/staticFiles';

const rendererDir = resolve(__dirname, '..', '..', '..', 'out', 'renderer');
const assets = join(rendererDir, 'assets');

/**
 * The first screen's budget (issue 16). React and React DOM (~190 KB minified) take most of it
 * (see docs/benchmark.md, "Bundle sizes").
 */
const FIRST_SCREEN_BUDGET_KB = 500;

/** Text that only the notes editor's code contains: its editable's label, and Yjs's double-import guard. */
const NOTES_EDITOR_MARKERS = ['"Note text"', 'Yjs was already imported'];
/** Text that only the reader's code contains: its editable's label, and the attribute Lexical's core puts on every editor. */
const READER_MARKERS = ['"Article text"', 'data-lexical-editor'];

const kb = (bytes: number) => Math.round(bytes / 1024);

/** The entry script and modulepreloads named by index.html, then the chunks they import statically, transitively. */
function firstScreenScripts(): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const named = [...html.matchAll(/<script[^>]+src="\.\/assets\/([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\.\/assets\/([^"]+\.js)"/g)].map((m) => (m[1] ?? m[2])!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    // Static imports only (`import{…}from"./x.js"`, `import"./x.js"`); `import("./x.js")` is a lazy part.
    for (const m of code.matchAll(/\bimport\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
  };
  named.forEach(visit);
  return [...seen];
}

describe('the first screen’s scripts', () => {
  it('stay within budget, without the reader or the notes editor', () => {
    expect(existsSync(join(rendererDir, 'index.html')), 'run `npm run build` first').toBe(true);
    const files = firstScreenScripts();
    expect(files.length).toBeGreaterThan(0);
    const total = files.reduce((sum, file) => sum + statSync(join(assets, file)).size, 0);
    expect(kb(total), `first screen: ${files.join(', ')}`).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_KB);
    for (const file of files) {
      const code = readFileSync(join(assets, file), 'utf8');
      for (const marker of NOTES_EDITOR_MARKERS) expect(code.includes(marker), `${file} holds the notes editor (${marker}); load it with import()`).toBe(false);
      for (const marker of READER_MARKERS) expect(code.includes(marker), `${file} holds the reader or Lexical (${marker}); load it with import()`).toBe(false);
    }
  });

  it('leave the reader and the notes editor to files loaded after it', () => {
    const first = new Set(firstScreenScripts());
    const lazy = readdirSync(assets).filter((f) => f.endsWith('.js') && !first.has(f));
    const holding = (marker: string) => lazy.filter((file) => readFileSync(join(assets, file), 'utf8').includes(marker));
    expect(holding('"Note text"').length, 'the notes editor should be a chunk of its own').toBe(1);
    expect(holding('"Article text"').length, 'the reader should be a chunk of its own').toBe(1);
  });

  it('are all servable by the desktop’s app:// protocol and the browser edition', async () => {
    const files = readdirSync(assets);
    expect(files.filter((f) => f.endsWith('.js')).length, 'the renderer should be split into several files').toBeGreaterThan(5);
    for (const file of files) {
      const desktop = resolveAppPath(`app://quotebook/assets/${file}`, rendererDir);
      expect(desktop, `app:// refuses ${file}`).toEqual({ ok: true, file: join(assets, file) });
      const served = await readStatic(rendererDir, `/assets/${file}`);
      expect(served?.type, `the browser edition does not serve ${file} as script or style`).toMatch(file.endsWith('.css') ? /^text\/css/ : file.endsWith('.js') ? /^text\/javascript/ : /./);
    }
  });
});
