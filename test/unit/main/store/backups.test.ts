import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupError, NotebookDamagedError, NotebookStore, listNotebookBackups, restoreNotebookBackup } from '../../../../src/main/store';
import { createBackup, listBackups, verifyBackup } from '../../../../src/main/store/backups';
import { makeArticleFile, makeNoteFile, withQuote } from '../../../helpers/storeFixtures';
import { tempDir } from '../../../helpers/tempDir';

async function notebookWithFiles(): Promise<{ dir: string; store: NotebookStore }> {
  const dir = await tempDir();
  const store = await NotebookStore.open(dir, { create: true, name: 'Backups' });
  await store.putArticle(makeArticleFile('a1'));
  await store.putArticle(makeArticleFile('a2'));
  await store.putNote(makeNoteFile('n1'));
  return { dir, store };
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('backups', () => {
  it('snapshots every data file with a manifest of sizes and sha256', async () => {
    const { dir, store } = await notebookWithFiles();
    const info = await store.backup('Before import!');
    expect(info).toMatchObject({ reason: 'Before import!', fileCount: 4 });
    expect(info.id).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z-before-import$/);

    const snap = path.join(dir, 'backups', info.id);
    const manifest = JSON.parse(await fs.readFile(path.join(snap, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['notebook.json', 'articles/a1.json', 'articles/a2.json', 'notes/n1.json']);
    for (const f of manifest.files) {
      const live = await fs.readFile(path.join(dir, f.path));
      expect(f).toEqual({ path: f.path, size: live.length, sha256: sha(live) });
      expect(await fs.readFile(path.join(snap, f.path))).toEqual(live);
    }
    expect(await store.listBackups()).toEqual([info]);
    await store.close();
  });

  it('does not list a snapshot whose files no longer match the manifest', async () => {
    const { dir, store } = await notebookWithFiles();
    const older = await store.backup('one');
    const newer = await store.backup('two');
    expect((await store.listBackups()).map((b) => b.id)).toEqual([newer.id, older.id]);

    const victim = path.join(dir, 'backups', newer.id, 'articles', 'a1.json');
    const bytes = await fs.readFile(victim);
    bytes[10] = (bytes[10] ?? 0) ^ 0xff; // same size, different content
    await fs.writeFile(victim, bytes);
    expect(await verifyBackup(dir, newer.id)).toBeNull();
    expect((await listBackups(dir)).map((b) => b.id)).toEqual([older.id]);

    await fs.rm(path.join(dir, 'backups', older.id, 'notes', 'n1.json'));
    expect(await listNotebookBackups(dir)).toEqual([]);
    await store.close();
  });

  it('discards a snapshot that fails verification right after it was written, and says so', async () => {
    const { dir, store } = await notebookWithFiles();
    const err = await store
      .backup('flaky-disk', {
        beforeVerify: async (snapshotDir) => {
          await fs.writeFile(path.join(snapshotDir, 'articles', 'a2.json'), 'garbage');
        },
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as Error).message).toMatch(/could not be verified \(articles\/a2\.json: size \d+, expected \d+\); it was discarded/);
    expect(await fs.readdir(path.join(dir, 'backups'))).toEqual([]);
    await store.close();
  });

  it('rotation keeps the newest N', async () => {
    const { dir, store } = await notebookWithFiles();
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await createBackup(dir, `r${i}`, { keep: 3 }));
    const kept = await store.listBackups();
    expect(kept.map((b) => b.reason)).toEqual(['r4', 'r3', 'r2']);
    expect((await fs.readdir(path.join(dir, 'backups'))).sort()).toEqual(made.slice(2).map((b) => b.id).sort());
    await store.close();
  });

  it('the default keeps 10 and removes leftovers of interrupted backups', async () => {
    const { dir, store } = await notebookWithFiles();
    await fs.mkdir(path.join(dir, 'backups', '.tmp-2000-01-01T00-00-00.000Z-crashed'));
    for (let i = 0; i < 12; i++) await store.backup(`b${i}`);
    const names = await fs.readdir(path.join(dir, 'backups'));
    expect(names).toHaveLength(10);
    expect(names.some((n) => n.startsWith('.tmp-'))).toBe(false);
    await store.close();
  });

  it('restores a backup, keeping the replaced files in the trash', async () => {
    const { dir, store } = await notebookWithFiles();
    const info = await store.backup('good');
    const snapshot = await fs.readFile(path.join(dir, 'articles', 'a1.json'));
    await store.putArticle(withQuote(store.article('a1')!, 'q-after'));
    await store.deleteArticle('a2');
    await store.putArticle(makeArticleFile('a3'));
    await store.updateNotebook((nb) => void (nb.name = 'Renamed'));

    const result = await store.restoreBackup(info.id);
    expect(result).toMatchObject({ backupId: info.id, restoredFiles: 4 });
    expect(store.articles().map((a) => a.article.id)).toEqual(['a1', 'a2']);
    expect(store.article('a1')?.quotes).toEqual([]);
    expect(store.notebook().name).toBe('Backups');
    // The files win over the live state, and what they lack is deleted recoverably, not lost:
    // the quote made after the backup is in the article's deleted quotes.
    const restored = JSON.parse(await fs.readFile(path.join(dir, 'articles', 'a1.json'), 'utf8'));
    expect({ ...restored, deletedQuotes: undefined, history: undefined }).toEqual({ ...JSON.parse(snapshot.toString('utf8')), deletedQuotes: undefined, history: undefined });
    expect(restored.deletedQuotes.map((q: { id: string }) => q.id)).toEqual(['q-after']);

    const aside = path.join(dir, result.movedAsideTo);
    expect(result.movedAsideTo).toMatch(/^trash\/before-restore-/);
    expect((await fs.readdir(path.join(aside, 'articles'))).sort()).toEqual(['a1.json', 'a3.json']);
    expect(JSON.parse(await fs.readFile(path.join(aside, 'notebook.json'), 'utf8')).name).toBe('Renamed');
    await store.close();
  });

  it('refuses to restore a damaged backup and leaves the current files alone', async () => {
    const { dir, store } = await notebookWithFiles();
    const info = await store.backup('soon-damaged');
    await fs.writeFile(path.join(dir, 'backups', info.id, 'notebook.json'), '{}');
    await expect(store.restoreBackup(info.id)).rejects.toThrow(/is damaged .* cannot be restored/);
    await expect(store.restoreBackup('../../etc')).rejects.toBeInstanceOf(BackupError);
    expect(store.articles()).toHaveLength(2);
    expect(await fs.readdir(path.join(dir, 'articles'))).toEqual(['a1.json', 'a2.json']);
    await store.close();
  });

  it('restores a notebook that cannot be opened because notebook.json is damaged', async () => {
    const { dir, store } = await notebookWithFiles();
    const info = await store.backup('daily');
    await store.close();
    await fs.writeFile(path.join(dir, 'notebook.json'), '{"format": "quotebook-not');

    const err = (await NotebookStore.open(dir).catch((e: unknown) => e)) as NotebookDamagedError;
    expect(err).toBeInstanceOf(NotebookDamagedError);
    expect(err.newestBackupId).toBe(info.id);
    // notebook.json is now moved aside; opening again still explains instead of "not a notebook".
    const again = (await NotebookStore.open(dir).catch((e: unknown) => e)) as NotebookDamagedError;
    expect(again).toBeInstanceOf(NotebookDamagedError);
    expect(again.problems[0]).toMatchObject({ file: 'notebook.json', kind: 'missing' });
    expect(again.message).toContain(`Restore the newest verified backup, "${info.id}"`);

    await restoreNotebookBackup(dir, info.id);
    const reopened = await NotebookStore.open(dir);
    expect(reopened.notebook().name).toBe('Backups');
    expect(reopened.problems).toEqual([]);
    await reopened.close();
  });

  it('backupOnOpen takes a snapshot when a notebook is opened for writing', async () => {
    const { dir, store } = await notebookWithFiles();
    await store.close();
    const reopened = await NotebookStore.open(dir, { backupOnOpen: true });
    expect((await reopened.listBackups()).map((b) => b.reason)).toEqual(['open']);
    await reopened.close();
  });
});
