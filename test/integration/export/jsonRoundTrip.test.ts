/**
 * JSON export → import into an empty notebook gives the same notebook: the same files on disk as
 * the source, the same bytes when exported again, and the same Markdown, CSV and W3C exports.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import { fillSample, openNotebook } from '../../helpers/exportNotebook';
import { gold } from '../../helpers/exportFixtures';

type Outcome = { content: { text: string } };

/** Every notebook file of a notebook folder, parsed, by its path in the folder. */
async function storedFiles(dir: string): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  for (const rel of ['notebook.json', ...(await readdir(join(dir, 'articles'))).map((f) => `articles/${f}`), ...(await readdir(join(dir, 'notes'))).map((f) => `notes/${f}`)]) {
    if (rel.endsWith('.json')) files[rel] = JSON.parse(await readFile(join(dir, rel), 'utf8'));
  }
  return files;
}

describe('JSON export and re-import', () => {
  it('round-trips: export → import into an empty notebook → export is identical', async () => {
    const root = await tempDir('qb-json-');
    const source = await openNotebook(join(root, 'a.quotebook'));
    const target = await openNotebook(join(root, 'b.quotebook'));
    try {
      const ids = await fillSample(source.call);
      // A field from a newer Quotebook, kept by "read tolerantly": it must survive the trip.
      await source.session.store.updateNotebook((nb) => {
        (nb as Record<string, unknown>).futureField = { kept: true };
        nb.settings = { theme: 'dark' };
      });
      const first = ((await source.call('export:json', {})) as Outcome).content.text;
      const imported = await target.call('notebook:importJson', { text: first });
      expect(imported.counts).toEqual({ articles: 1, quotes: ids.quoteIds.length, actors: gold.actors.length, tags: 1, notes: 1 });
      // The imported notebook is the source notebook, file by file on disk (an export compared
      // only with a second export would not see a field lost on the way out and on the way in).
      expect(await storedFiles(join(root, 'b.quotebook'))).toEqual(await storedFiles(join(root, 'a.quotebook')));
      const second = ((await target.call('export:json', {})) as Outcome).content.text;
      expect(second).toBe(first);
      expect(JSON.parse(second).notebook.futureField).toEqual({ kept: true });

      for (const op of ['export:csv', 'export:webAnnotations'] as const) {
        const a = ((await source.call(op, {})) as Outcome).content.text;
        const b = ((await target.call(op, {})) as Outcome).content.text;
        expect(b).toBe(a);
      }
      const noteA = ((await source.call('export:markdown', { scope: { kind: 'note', id: ids.noteId } })) as Outcome).content.text;
      const noteB = ((await target.call('export:markdown', { scope: { kind: 'note', id: ids.noteId } })) as Outcome).content.text;
      expect(noteB).toBe(noteA);
    } finally {
      await source.session.close();
      await target.session.close();
    }
  });

  it('imports from a file path too, and survives reopening the notebook', async () => {
    const root = await tempDir('qb-json-');
    const source = await openNotebook(join(root, 'a.quotebook'));
    await fillSample(source.call);
    const out = join(root, 'out');
    const exported = await source.call('export:json', { dir: out });
    await source.session.close();
    const file = join(out, exported.files[0]!.path);

    const target = await openNotebook(join(root, 'b.quotebook'));
    await target.call('notebook:importJson', { file });
    await target.session.close();
    const reopened = await openNotebook(join(root, 'b.quotebook'));
    try {
      const again = ((await reopened.call('export:json', {})) as Outcome).content.text;
      expect(again).toBe(await readFile(file, 'utf8'));
    } finally {
      await reopened.session.close();
    }
  });

  it('refuses a notebook that is not empty, and leaves it as it was', async () => {
    const root = await tempDir('qb-json-');
    const nb = await openNotebook(join(root, 'a.quotebook'));
    try {
      await fillSample(nb.call);
      const text = ((await nb.call('export:json', {})) as Outcome).content.text;
      const before = text;
      const result = await nb.raw.invoke('notebook:importJson', { text });
      expect(result.ok ? null : result.error).toEqual({ code: 'conflict', message: expect.stringMatching(/only be imported into an empty notebook/) });
      expect(((await nb.call('export:json', {})) as Outcome).content.text).toBe(before);
    } finally {
      await nb.session.close();
    }
  });

  it.each([
    ['not JSON', '{ nope', /not valid JSON/],
    ['another JSON', '{"hello": 1}', /not a Quotebook export/],
    ['a newer export format', JSON.stringify({ format: 'quotebook-export', formatVersion: 99, notebook: {}, articles: [], notes: [] }), /newer Quotebook/],
    ['a file from a newer schema', 'NEWER', /newer Quotebook/],
    ['an invalid quote', 'BADQUOTE', /article 1 is not valid/],
    ['a duplicated article', 'DUPLICATE', /holds the article .* twice/],
  ])('rejects %s with a message, writing nothing', async (_name, input, message) => {
    const root = await tempDir('qb-json-');
    const source = await openNotebook(join(root, 'a.quotebook'));
    await fillSample(source.call);
    const good = JSON.parse(((await source.call('export:json', {})) as Outcome).content.text);
    await source.session.close();
    let text = input;
    if (input === 'NEWER') text = JSON.stringify({ ...good, notebook: { ...good.notebook, schemaVersion: 99 } });
    if (input === 'BADQUOTE') text = JSON.stringify({ ...good, articles: [{ ...good.articles[0], quotes: [{ ...good.articles[0].quotes[0], kind: 'rumour' }] }] });
    if (input === 'DUPLICATE') text = JSON.stringify({ ...good, articles: [good.articles[0], good.articles[0]] });
    const target = await openNotebook(join(root, 'b.quotebook'));
    try {
      const result = await target.raw.invoke('notebook:importJson', { text });
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error.message).toMatch(message);
      const info = await target.call('notebook:info', {});
      expect(info.counts).toEqual({ articles: 0, quotes: 0, actors: 0, tags: 0, notes: 0 });
    } finally {
      await target.session.close();
    }
  });

  it('reads a file that is not UTF-8 as not an export', async () => {
    const root = await tempDir('qb-json-');
    const file = join(root, 'latin1.json');
    await writeFile(file, Buffer.from([0x7b, 0xe9, 0x7d]));
    const nb = await openNotebook(join(root, 'a.quotebook'));
    try {
      const result = await nb.raw.invoke('notebook:importJson', { file });
      expect(result.ok ? '' : result.error.message).toMatch(/not UTF-8/);
    } finally {
      await nb.session.close();
    }
  });
});
