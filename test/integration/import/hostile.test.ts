/**
 * The hostile corpus (test/fixtures/hostile) through file import in Node: every payload tries to
 * run `__sentinel(...)` or to fetch http://sentinel.invalid/. Import must run nothing and open no
 * connection, keep only text, and keep escaped markup as literal text. Each payload lists its code
 * (payloads.json "code"), and neither the reducer's own output nor the stored article may hold any
 * of it: Readability drops scripts before the reducer sees the article, so checking the stored
 * article alone could not see a reducer that keeps script text. The same corpus is pasted and
 * dropped in Chromium by test/e2e/importHostile.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseInert } from '../../../src/main/import/html';
import { createOperations, NotebookSession, type Dispatcher } from '../../../src/main/services';
import { reduceDom, type DomNodeLike } from '../../../src/shared/import/domText';
import type { ImportReport } from '../../../src/shared/import/operations';
import { appRoot } from '../../helpers/cliRunner';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';

const hostileDir = resolve(appRoot, 'test/fixtures/hostile');
type Payload = { file: string; what: string; via: 'html' | 'text'; literal?: string; code: string[] };
const { payloads } = JSON.parse(readFileSync(join(hostileDir, 'payloads.json'), 'utf8')) as { payloads: Payload[] };
const source = (p: Payload) => readFileSync(join(hostileDir, p.file), 'utf8');
/** The few entities the payloads use, so a code string can be looked up as it reads once parsed. */
const decoded = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&Tab;/g, '\t').replace(/&amp;/g, '&');
/** Code strings found in `text`; a literal payload's own escaped markup is its text, not code. */
const codeIn = (text: string, p: Payload) => [...p.code, ...(p.literal ? [] : ['__sentinel', 'sentinel.invalid'])].filter((c) => text.includes(c));

describe('hostile corpus through file import', () => {
  let dir: string;
  let session: NotebookSession;
  let ops: Dispatcher;
  const sentinel = vi.fn();
  const network = [
    vi.spyOn(http, 'request'),
    vi.spyOn(http, 'get'),
    vi.spyOn(https, 'request'),
    vi.spyOn(https, 'get'),
    vi.spyOn(net, 'connect'),
    vi.spyOn(net, 'createConnection'),
    vi.spyOn(net.Socket.prototype, 'connect'),
    vi.spyOn(tls, 'connect'),
    vi.spyOn(dns, 'lookup'),
    vi.spyOn(globalThis, 'fetch'),
  ];
  let report: ImportReport;

  beforeAll(async () => {
    (globalThis as Record<string, unknown>).__sentinel = sentinel;
    dir = await makeTempDir('qb-hostile-');
    session = await NotebookSession.open(join(dir, 'nb.quotebook'), { create: true });
    ops = createOperations(session);
    const files = payloads.map(({ file }) => ({ name: file, base64: readFileSync(join(hostileDir, file)).toString('base64') }));
    const result = await ops.invoke('articles:import', { files });
    if (!result.ok) throw new Error(result.error.message);
    report = result.value as ImportReport;
    // Give anything a payload might have scheduled (timers, refreshes, autofocus) time to fire.
    await new Promise((done) => setTimeout(done, 300));
  });
  afterAll(async () => {
    delete (globalThis as Record<string, unknown>).__sentinel;
    for (const spy of network) spy.mockRestore();
    await session?.close();
    await removeTempDir(dir);
  });

  it('has at least 25 payloads, including mutation XSS and paste-only ones', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(25);
    expect(payloads.filter((p) => p.file.includes('mxss')).length).toBeGreaterThanOrEqual(4);
    expect(payloads.filter((p) => p.file.includes('paste')).length).toBeGreaterThanOrEqual(2);
  });

  it('imports every payload as text, calls no sentinel and opens no connection', () => {
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(payloads.length);
    expect(sentinel).not.toHaveBeenCalled();
    for (const spy of network) expect(spy).not.toHaveBeenCalled();
  });

  it('lists the code of every payload, as it appears in the file', () => {
    for (const p of payloads) {
      if (!p.literal) expect(p.code.length, p.file).toBeGreaterThan(0);
      for (const c of p.code) expect(decoded(source(p)).includes(c), `${p.file}: ${c}`).toBe(true);
    }
  });

  const html = payloads.filter((p) => p.via === 'html');
  it.each(html.map((p) => [p.file, p] as const))('%s: the reducer keeps none of its code, from the whole page or its body', (_file, payload) => {
    const document = parseInert(source(payload));
    for (const reduced of [reduceDom(document as unknown as DomNodeLike), reduceDom((document.body ?? document) as unknown as DomNodeLike, { dropChrome: true })]) {
      expect(codeIn(reduced.text, payload)).toEqual([]);
      expect(reduced.text).toContain(payload.file.startsWith('35') ? 'Pasted paragraph' : 'must survive the import');
    }
  });

  it.each(payloads.map((p) => [p.file, p] as const))('%s: the stored article keeps only text and safe metadata, none of its code', async (_file, payload) => {
    const imported = report.imported.find((i) => i.file === payload.file)!;
    const result = await ops.invoke('articles:get', { id: imported.id });
    const { article } = (result.ok ? result.value : null) as { article: { text: string; title: string; section: string; source: { url: string; outlet: string; authors: string[]; publishedAt: string }; blocks: unknown[] } };
    if (payload.literal) expect(article.text).toContain(payload.literal);
    const shown = [article.text, article.title, article.section, article.source.outlet, article.source.url, article.source.publishedAt, ...article.source.authors].join('\n');
    expect(codeIn(shown, payload)).toEqual([]);
    expect(article.source.url).toMatch(/^(?:https?:\/\/|$)/);
    expect(article.blocks.length).toBeGreaterThan(0);
  });
});
