import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  InvalidDataError,
  NotANotebookError,
  NotebookStore,
  ReadOnlyNotebookError,
} from '../../../../src/main/store';
import { SCHEMA_VERSION, type ArticleFile } from '../../../../src/shared/model';
import { makeArticleFile, makeNoteFile, makeQuote, withQuote } from '../../../helpers/storeFixtures';
import { tempDir } from '../../../helpers/tempDir';

async function mtimes(dir: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const rel of ['notebook.json', ...(await fs.readdir(path.join(dir, 'articles'))).map((n) => `articles/${n}`), ...(await fs.readdir(path.join(dir, 'notes'))).map((n) => `notes/${n}`)]) {
    out.set(rel, (await fs.stat(path.join(dir, rel))).mtimeMs);
  }
  return out;
}

describe('NotebookStore', () => {
  it('creates a notebook folder and reads it back', async () => {
    const dir = path.join(await tempDir(), 'Research.quotebook');
    const store = await NotebookStore.open(dir, { create: true });
    const nb = store.notebook();
    expect(nb).toMatchObject({ format: 'quotebook-notebook', schemaVersion: SCHEMA_VERSION, name: 'Research', actors: [], tags: [], settings: {} });
    expect(nb.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Date.parse(nb.createdAt)).not.toBeNaN();
    expect((await fs.readdir(dir)).sort()).toEqual(['.lock', 'articles', 'backups', 'notebook.json', 'notes', 'sync']);

    await store.putArticle(makeArticleFile('b2', { quotes: [makeQuote('b2', 'q1')] }));
    await store.putArticle(makeArticleFile('a1'));
    await store.putNote(makeNoteFile('n1'));
    await store.updateNotebook((draft) => {
      draft.actors.push({ id: 'act1', name: 'The Minister', kind: 'person', aliases: [], role: '', affiliationId: null, externalIds: {}, description: '', colour: '' });
    });
    expect(store.articles().map((a) => a.article.id)).toEqual(['b2', 'a1']); // insertion order
    await store.close();

    const reopened = await NotebookStore.open(dir);
    expect(reopened.notebook()).toEqual(store.notebook());
    expect(reopened.articles().map((a) => a.article.id)).toEqual(['a1', 'b2']); // name order on load
    expect(reopened.article('b2')).toEqual(store.article('b2'));
    expect(reopened.note('n1')).toEqual(store.note('n1'));
    // Saved through the live note: the editor's own serialisation, and who wrote it.
    expect(reopened.note('n1')?.note).toMatchObject({ ...makeNoteFile('n1').note, content: { root: { type: 'root', children: [] } }, author: { name: expect.any(String) } });
    expect(reopened.notes()).toHaveLength(1);
    expect(reopened.article('missing')).toBeUndefined();
    expect(reopened.problems).toEqual([]);
    expect(reopened.readOnly).toBe(false);
    await reopened.close();
  });

  it('explains that a folder without notebook.json is not a notebook', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'holiday.jpg'), 'x');
    const err = (await NotebookStore.open(dir).catch((e: unknown) => e)) as NotANotebookError;
    expect(err).toBeInstanceOf(NotANotebookError);
    expect(err.code).toBe('not-a-notebook');
    expect(err.message).toBe(`The folder "${dir}" is not a Quotebook notebook (it has no notebook.json). Choose a notebook folder, or create a new notebook.`);
    await expect(NotebookStore.open(dir, { create: true })).rejects.toThrow(/is not empty and is not a Quotebook notebook/);
    await expect(NotebookStore.open(path.join(dir, 'nope'))).rejects.toThrow(/does not exist/);
    expect(await fs.readdir(dir)).toEqual(['holiday.jpg']); // and the lock was released
  });

  it('finishes a create that was interrupted before notebook.json was written', async () => {
    const dir = await tempDir();
    for (const sub of ['articles', 'notes', 'backups']) await fs.mkdir(path.join(dir, sub));
    await fs.writeFile(path.join(dir, '.notebook.json.999.abc.tmp'), '{"form');
    const store = await NotebookStore.open(dir, { create: true, name: 'Second try' });
    expect(store.notebook().name).toBe('Second try');
    expect(await fs.readdir(dir)).not.toContain('.notebook.json.999.abc.tmp');
    await store.close();
  });

  it('saving one article rewrites only that article file', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    for (const id of ['a1', 'a2', 'a3']) await store.putArticle(makeArticleFile(id));
    await store.putNote(makeNoteFile('n1'));
    const before = await mtimes(dir);
    await new Promise((r) => setTimeout(r, 30)); // so a rewrite would show as a new mtime

    await store.putArticle(withQuote(store.article('a2')!, 'q1'));
    const after = await mtimes(dir);
    for (const [rel, t] of before) {
      if (rel === 'articles/a2.json') expect(after.get(rel)).toBeGreaterThan(t);
      else expect(after.get(rel), rel).toBe(t);
    }
    expect(await fs.readdir(path.join(dir, 'articles'))).toEqual(['a1.json', 'a2.json', 'a3.json']);
    await store.close();
  });

  it('keeps unknown fields of loaded files when saving them again', async () => {
    const dir = await tempDir();
    await (await NotebookStore.open(dir, { create: true })).close();
    const file = makeArticleFile('a1', { quotes: [makeQuote('a1', 'q1')] });
    const withExtras = { ...file, fromTheFuture: { v: 2 }, article: { ...file.article, mood: 'calm' }, quotes: [{ ...file.quotes[0], confidence: 0.9 }] };
    await fs.writeFile(path.join(dir, 'articles', 'a1.json'), JSON.stringify(withExtras));
    const nb = JSON.parse(await fs.readFile(path.join(dir, 'notebook.json'), 'utf8'));
    await fs.writeFile(path.join(dir, 'notebook.json'), JSON.stringify({ ...nb, theme: 'dark' }));

    const store = await NotebookStore.open(dir);
    await store.putArticle(withQuote(store.article('a1')!, 'q2'));
    await store.updateNotebook((d) => void (d.name = 'New name'));
    await store.close();

    const saved = JSON.parse(await fs.readFile(path.join(dir, 'articles', 'a1.json'), 'utf8'));
    expect(saved.fromTheFuture).toEqual({ v: 2 });
    expect(saved.article.mood).toBe('calm');
    expect(saved.quotes[0].confidence).toBe(0.9);
    expect(saved.quotes).toHaveLength(2);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'notebook.json'), 'utf8'))).toMatchObject({ theme: 'dark', name: 'New name' });
  });

  it('rejects invalid data: nothing is written and memory is unchanged', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    await store.putArticle(makeArticleFile('a1'));
    const bytes = await fs.readFile(path.join(dir, 'articles', 'a1.json'));
    const good = store.article('a1');

    const noExact = withQuote(good!, 'q1');
    noExact.quotes[0]!.target.exact = '';
    const wrongArticle = withQuote(good!, 'q1');
    wrongArticle.quotes[0]!.articleId = 'other';
    const twice = withQuote(withQuote(good!, 'q1'), 'q1');
    const badId = makeArticleFile('../escape');
    for (const bad of [noExact, wrongArticle, twice, badId, { ...good, format: 'nope' } as unknown as ArticleFile]) {
      const err = await store.putArticle(bad).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InvalidDataError);
      expect((err as InvalidDataError).code).toBe('invalid');
      expect((err as Error).message).toMatch(/^The article could not be saved because it is not valid: /);
    }
    await expect(store.updateNotebook((d) => void (d.actors = [{ id: 'x' } as never]))).rejects.toBeInstanceOf(InvalidDataError);
    await expect(store.putNote({ ...makeNoteFile('n1'), note: { id: 'n1' } } as never)).rejects.toBeInstanceOf(InvalidDataError);

    expect(store.article('a1')).toBe(good);
    expect(store.notebook().actors).toEqual([]);
    expect(store.notes()).toEqual([]);
    expect(await fs.readFile(path.join(dir, 'articles', 'a1.json'))).toEqual(bytes);
    expect(await fs.readdir(path.join(dir, 'articles'))).toEqual(['a1.json']);
    await store.close();
  });

  it('hands out frozen values and stamps the current schema version', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    const input = makeArticleFile('a1');
    const saved = await store.putArticle({ ...input, schemaVersion: 7 });
    expect(saved.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.isFrozen(store.article('a1')!.quotes)).toBe(true);
    expect(() => (store.article('a1')!.quotes as unknown[]).push(1)).toThrow(TypeError);
    expect(Object.isFrozen(input.article)).toBe(false); // the caller's object is not frozen
    await store.close();
  });

  it('concurrent updates of notebook.json are applied one after the other', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    await Promise.all(
      ['t1', 't2', 't3', 't4'].map((id) => store.updateNotebook((d) => void d.tags.push({ id, name: id, parentId: null, colour: '', description: '' }))),
    );
    expect(store.notebook().tags.map((t) => t.id).sort()).toEqual(['t1', 't2', 't3', 't4']);
    await store.close();
  });

  it('concurrent changes of one article each see the one before, on disk too', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    await store.putArticle(makeArticleFile('a1'));
    await Promise.all(['q1', 'q2', 'q3', 'q4'].map((id) => store.updateArticle('a1', (file) => withQuote(file, id))));
    await store.close();
    const reopened = await NotebookStore.open(dir);
    expect(reopened.article('a1')!.quotes.map((q) => q.id).sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
    await reopened.close();
  });

  it('an article change that returns the file unchanged or throws writes nothing', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    await store.putArticle(makeArticleFile('a1'));
    const before = await mtimes(dir);
    await new Promise((done) => setTimeout(done, 20));
    const unchanged = await store.updateArticle('a1', (file) => file);
    expect(unchanged?.next).toBe(unchanged?.previous);
    await expect(store.updateArticle('a1', () => { throw new Error('the analyst cancelled'); })).rejects.toThrow('the analyst cancelled');
    await expect(store.updateArticle('a1', (file) => ({ ...file, article: { ...file.article, id: 'other' } }))).rejects.toThrow(InvalidDataError);
    expect(await mtimes(dir)).toEqual(before);
    expect(await store.updateArticle('gone', (file) => file)).toBeUndefined();
    await store.close();
  });

  it('delete moves an article to the trash, and restore brings it back', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    const file = await store.putArticle(makeArticleFile('a1', { quotes: [makeQuote('a1', 'q1')] }));
    expect(await store.deleteArticle('a1')).toBe(true);
    expect(await store.deleteArticle('a1')).toBe(false);
    expect(store.article('a1')).toBeUndefined();
    expect(await fs.readdir(path.join(dir, 'articles'))).toEqual([]);
    const trashed = await fs.readdir(path.join(dir, 'trash', 'articles'));
    expect(trashed).toHaveLength(1);
    expect(trashed[0]).toMatch(/^a1\.json\.deleted-/);
    await store.close();

    const reopened = await NotebookStore.open(dir);
    expect(reopened.articles()).toEqual([]);
    expect(await reopened.restoreArticle('a1')).toEqual(file);
    expect(reopened.article('a1')).toEqual(file);
    expect(await fs.readdir(path.join(dir, 'trash', 'articles'))).toEqual([]);
    await expect(reopened.restoreArticle('a1')).rejects.toThrow('There is no deleted article "a1" in the trash to restore.');

    // A later article with the same id is never replaced by a restore.
    await reopened.deleteArticle('a1');
    await reopened.putArticle(makeArticleFile('a1', { title: 'new one' }));
    await expect(reopened.restoreArticle('a1')).rejects.toThrow(/already exists/);
    expect(reopened.article('a1')?.article.title).toBe('new one');
    await reopened.close();
  });

  it('deletes and restores notes the same way', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    await store.putNote(makeNoteFile('n1'));
    await store.deleteNote('n1');
    expect(store.note('n1')).toBeUndefined();
    expect((await store.restoreNote('n1')).note.id).toBe('n1');
    await store.close();
  });

  it('a read-only store refuses every write', async () => {
    const dir = await tempDir();
    await (await NotebookStore.open(dir, { create: true })).close();
    const store = await NotebookStore.open(dir, { readOnly: true });
    expect(store.readOnly).toBe(true);
    expect(store.readOnlyReason).toBe('This notebook was opened read-only.');
    const writes: Array<() => Promise<unknown>> = [
      () => store.putArticle(makeArticleFile('a1')),
      () => store.deleteArticle('a1'),
      () => store.restoreArticle('a1'),
      () => store.putNote(makeNoteFile('n1')),
      () => store.deleteNote('n1'),
      () => store.updateNotebook(() => undefined),
      () => store.backup('x'),
      () => store.restoreBackup('x'),
    ];
    for (const write of writes) {
      const err = await write().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ReadOnlyNotebookError);
      expect((err as ReadOnlyNotebookError).code).toBe('read-only');
    }
    expect(await fs.readdir(path.join(dir, 'articles'))).toEqual([]);
    await store.close();
  });

  it('a write issued during a restore runs after it, on the restored notebook', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    await store.putArticle(makeArticleFile('a1'));
    const backup = await store.backup('base');
    await store.putArticle(makeArticleFile('a2'));
    const restoring = store.restoreBackup(backup.id);
    const writing = store.putArticle(makeArticleFile('a3'));
    await Promise.all([restoring, writing]);
    expect(store.articles().map((a) => a.article.id)).toEqual(['a1', 'a3']);
    expect((await fs.readdir(path.join(dir, 'articles'))).sort()).toEqual(['a1.json', 'a3.json']);
    await store.close();
  });

  it('close waits for pending writes, releases the lock, is idempotent, and blocks later writes', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    const pending = store.putArticle(makeArticleFile('a1'));
    await store.close();
    await pending;
    await store.close();
    expect(store.closed).toBe(true);
    await expect(fs.access(path.join(dir, '.lock'))).rejects.toThrow();
    expect(await fs.readdir(path.join(dir, 'articles'))).toEqual(['a1.json']);
    await expect(store.putArticle(makeArticleFile('a2'))).rejects.toThrow(`The notebook "${dir}" cannot be changed. It has been closed.`);
  });
});
