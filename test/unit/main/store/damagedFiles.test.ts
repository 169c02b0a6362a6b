/**
 * Every way a file can be unusable, for an article file and for notebook.json: the damage is
 * detected, the file is moved aside with its original bytes (or, for a newer version, left alone
 * and the notebook opened read-only), and the analyst is told what happened and what to do.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookDamagedError, NotebookStore, ReadOnlyNotebookError } from '../../../../src/main/store';
import type { DamageKind } from '../../../../src/main/store';
import { makeArticleFile, makeNoteFile, withQuote } from '../../../helpers/storeFixtures';
import { tempDir } from '../../../helpers/tempDir';

type Damage = Exclude<DamageKind, 'newer-version'>;

/** Bytes that make a file damaged in the given way, derived from its current valid content. */
function damagedBytes(kind: Damage, valid: string): Buffer {
  switch (kind) {
    case 'empty':
      return Buffer.alloc(0);
    case 'nul-filled':
      return Buffer.alloc(valid.length); // what ext4 can leave after a power cut
    case 'truncated':
      return Buffer.from(valid.slice(0, Math.floor(valid.length * 0.6)));
    case 'invalid':
      return Buffer.from(JSON.stringify({ ...JSON.parse(valid), format: 'something-else' }));
  }
}

const DAMAGE: Array<[Damage, RegExp]> = [
  ['empty', /is empty \(the file has no content \(0 bytes\)\)/],
  ['nul-filled', /contains zero bytes instead of text/],
  ['truncated', /is cut off or is not valid JSON/],
  ['invalid', /does not have the expected structure/],
];

async function notebook(opts: { backup?: boolean } = {}): Promise<{ dir: string; backupId: string | null }> {
  const dir = await tempDir();
  const store = await NotebookStore.open(dir, { create: true, name: 'Damage' });
  await store.putArticle(withQuote(makeArticleFile('a1'), 'q1'));
  await store.putArticle(makeArticleFile('a2'));
  await store.putNote(makeNoteFile('n1'));
  const backupId = opts.backup ? (await store.backup('daily')).id : null;
  await store.close();
  return { dir, backupId };
}

async function damage(dir: string, rel: string, kind: Damage): Promise<Buffer> {
  const bytes = damagedBytes(kind, await fs.readFile(path.join(dir, rel), 'utf8'));
  await fs.writeFile(path.join(dir, rel), bytes);
  return bytes;
}

describe('a damaged article file', () => {
  describe.each(DAMAGE)('%s', (kind, describes) => {
    it('is moved aside with its bytes, reported with the newest backup, and the rest opens', async () => {
      const { dir, backupId } = await notebook({ backup: true });
      const original = await damage(dir, 'articles/a1.json', kind);

      const store = await NotebookStore.open(dir);
      expect(store.articles().map((a) => a.article.id)).toEqual(['a2']);
      expect(store.readOnly).toBe(false);
      expect(store.problems).toHaveLength(1);
      const [problem] = store.problems;
      expect(problem).toMatchObject({ file: 'articles/a1.json', kind });
      expect(problem!.movedTo).toMatch(/^articles\/a1\.json\.damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z$/);
      expect(await fs.readFile(path.join(dir, problem!.movedTo!))).toEqual(original);
      await expect(fs.access(path.join(dir, 'articles', 'a1.json'))).rejects.toThrow();

      expect(problem!.message).toMatch(new RegExp(`^The file "articles/a1\\.json" ${describes.source}`));
      expect(problem!.message).toContain(`It was moved aside to "${problem!.movedTo}" (nothing was deleted)`);
      expect(problem!.message).toContain(`The newest verified backup holding it, "${backupId}"`);
      expect(problem!.message).toContain(`"quotebook backup restore ${backupId}"`);

      // The notebook stays usable: other articles can be saved.
      await store.putArticle(withQuote(store.article('a2')!, 'q2'));
      await store.close();
      // The backup still holds the intact article.
      const restored = await NotebookStore.open(dir);
      await restored.restoreBackup(backupId!);
      expect(restored.article('a1')?.quotes.map((q) => q.id)).toEqual(['q1']);
      await restored.close();
    });
  });

  it('without a backup, says that none exists', async () => {
    const { dir } = await notebook();
    await damage(dir, 'articles/a1.json', 'truncated');
    const store = await NotebookStore.open(dir);
    expect(store.problems[0]!.message).toMatch(/There is no verified backup to restore it from; the original bytes are kept/);
    await store.close();
  });

  it('offers the newest backup that holds the file, not a newer one taken after it was moved aside', async () => {
    const { dir, backupId } = await notebook({ backup: true });
    await damage(dir, 'articles/a1.json', 'truncated');
    const store = await NotebookStore.open(dir);
    const later = await store.backup('after-the-damage'); // the daily backup on a later open looks like this
    await store.close();
    const reopened = await NotebookStore.open(dir);
    expect(reopened.problems[0]!.message).toContain(`The newest verified backup holding it, "${backupId}"`);
    expect(reopened.problems[0]!.message).not.toContain(later.id);
    await reopened.close();
  });

  it('a second damaged copy never overwrites the first', async () => {
    const { dir } = await notebook();
    const moved: string[] = [];
    for (const kind of ['empty', 'truncated'] as const) {
      await fs.writeFile(path.join(dir, 'articles', 'a1.json'), kind === 'empty' ? '' : '{"a');
      const store = await NotebookStore.open(dir);
      // The first copy is still reported (not acknowledged): the newest is last.
      moved.push(store.problems.at(-1)!.movedTo!);
      await store.close();
    }
    expect(new Set(moved).size).toBe(2);
    expect(await fs.readFile(path.join(dir, moved[0]!), 'utf8')).toBe('');
    expect(await fs.readFile(path.join(dir, moved[1]!), 'utf8')).toBe('{"a');
  });

  it('a read-only open reports the damage but moves nothing', async () => {
    const { dir } = await notebook();
    await damage(dir, 'articles/a1.json', 'nul-filled');
    const store = await NotebookStore.open(dir, { readOnly: true });
    expect(store.problems[0]).toMatchObject({ file: 'articles/a1.json', kind: 'nul-filled' });
    expect(store.problems[0]!.movedTo).toBeUndefined();
    expect(store.problems[0]!.message).toMatch(/left in place because the notebook is open read-only/);
    expect(await fs.readdir(path.join(dir, 'articles'))).toEqual(['a1.json', 'a2.json']);
    await store.close();
  });

  it('a file whose inner id does not match its name is treated as invalid', async () => {
    const { dir } = await notebook();
    await fs.writeFile(path.join(dir, 'articles', 'a9.json'), JSON.stringify(makeArticleFile('a1')));
    const store = await NotebookStore.open(dir);
    expect(store.problems).toMatchObject([{ file: 'articles/a9.json', kind: 'invalid' }]);
    expect(store.problems[0]!.message).toMatch(/holds id "a1" but its file name says "a9"/);
    expect(store.article('a1')?.quotes).toHaveLength(1);
    await store.close();
  });
});

describe('a damaged notebook.json', () => {
  describe.each(DAMAGE)('%s', (kind, describes) => {
    it('is moved aside with its bytes and the open fails, pointing at the newest verified backup', async () => {
      const { dir, backupId } = await notebook({ backup: true });
      const original = await damage(dir, 'notebook.json', kind);

      const err = (await NotebookStore.open(dir).catch((e: unknown) => e)) as NotebookDamagedError;
      expect(err).toBeInstanceOf(NotebookDamagedError);
      expect(err.code).toBe('damaged');
      expect(err.newestBackupId).toBe(backupId);
      expect(err.problems).toHaveLength(1);
      const [problem] = err.problems;
      expect(problem).toMatchObject({ file: 'notebook.json', kind });
      expect(problem!.movedTo).toMatch(/^notebook\.json\.damaged-/);
      expect(await fs.readFile(path.join(dir, problem!.movedTo!))).toEqual(original);
      expect(err.message).toMatch(new RegExp(`^The notebook's main file "notebook\\.json" ${describes.source}`));
      expect(err.message).toContain('The notebook cannot be opened without it.');
      expect(err.message).toContain(`Restore the newest verified backup, "${backupId}"`);
      // Not restored behind the user's back, and the lock was released.
      await expect(fs.access(path.join(dir, 'notebook.json'))).rejects.toThrow();
      await expect(fs.access(path.join(dir, '.lock'))).rejects.toThrow();
    });
  });

  it('without a backup, the message says there is none and the damaged copy is kept', async () => {
    const { dir } = await notebook();
    await damage(dir, 'notebook.json', 'empty');
    const err = (await NotebookStore.open(dir).catch((e: unknown) => e)) as NotebookDamagedError;
    expect(err.newestBackupId).toBeNull();
    expect(err.message).toMatch(/There is no verified backup to restore\. The original bytes are kept in the moved-aside file/);
  });

  it('a read-only open fails the same way but leaves the file in place', async () => {
    const { dir } = await notebook({ backup: true });
    await damage(dir, 'notebook.json', 'truncated');
    await expect(NotebookStore.open(dir, { readOnly: true })).rejects.toBeInstanceOf(NotebookDamagedError);
    expect(await fs.readFile(path.join(dir, 'notebook.json'), 'utf8')).not.toBe('');
  });
});

describe('a file from a newer version of Quotebook', () => {
  it.each([
    ['an article file', 'articles/a1.json'],
    ['notebook.json', 'notebook.json'],
  ])('%s: left untouched, the notebook opens read-only with a clear reason', async (_label, rel) => {
    const { dir } = await notebook();
    const newer = { ...JSON.parse(await fs.readFile(path.join(dir, rel), 'utf8')), schemaVersion: 2, addedInV2: ['x'] };
    const bytes = JSON.stringify(newer);
    await fs.writeFile(path.join(dir, rel), bytes);

    const store = await NotebookStore.open(dir);
    expect(store.readOnly).toBe(true);
    expect(store.readOnlyReason).toBe('This notebook was made by a newer version of Quotebook; opened read-only. Update Quotebook to edit it.');
    expect(store.problems).toHaveLength(1);
    expect(store.problems[0]).toMatchObject({ file: rel, kind: 'newer-version' });
    expect(store.problems[0]!.movedTo).toBeUndefined();
    expect(store.problems[0]!.message).toMatch(/was made by a newer version of Quotebook \(its schemaVersion is 2; this version reads up to 1\); the notebook is opened read-only\. Update Quotebook to edit it\.$/);
    expect(await fs.readFile(path.join(dir, rel), 'utf8')).toBe(bytes);
    expect((await fs.readdir(path.dirname(path.join(dir, rel)))).some((n) => n.includes('.damaged-'))).toBe(false);

    // Still readable, and unknown fields are visible.
    expect(store.notebook().name).toBe('Damage');
    expect(store.article('a1')?.quotes).toHaveLength(1);
    const reread = rel === 'notebook.json' ? store.notebook() : store.article('a1');
    expect(reread).toMatchObject({ schemaVersion: 2, addedInV2: ['x'] });

    // Every write is refused, and the lock is not held (nothing will be written).
    await expect(store.putArticle(makeArticleFile('a3'))).rejects.toBeInstanceOf(ReadOnlyNotebookError);
    await expect(store.updateNotebook(() => undefined)).rejects.toThrow(/newer version of Quotebook/);
    await expect(fs.access(path.join(dir, '.lock'))).rejects.toThrow();
    await store.close();
  });

  it('a newer file whose content this version cannot read is left out but kept', async () => {
    const { dir } = await notebook();
    const bytes = JSON.stringify({ format: 'quotebook-article', schemaVersion: 3, restructured: true });
    await fs.writeFile(path.join(dir, 'articles', 'a1.json'), bytes);
    const store = await NotebookStore.open(dir);
    expect(store.readOnly).toBe(true);
    expect(store.article('a1')).toBeUndefined();
    expect(store.problems[0]!.message).toContain('This version cannot show its contents.');
    expect(await fs.readFile(path.join(dir, 'articles', 'a1.json'), 'utf8')).toBe(bytes);
    await store.close();
  });
});
