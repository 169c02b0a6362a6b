import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookStore } from '../../../../src/main/store';
import { createMigrator, migrate, MigrationError, MIGRATIONS, type MigrationRegistry } from '../../../../src/main/store/migrations';
import { SCHEMA_VERSION } from '../../../../src/shared/model';
import { makeArticleFile, makeNoteFile } from '../../../helpers/storeFixtures';
import { tempDir } from '../../../helpers/tempDir';

/** v1→v2 renames `title` to `heading`; v2→v3 adds `tags` (articles); identity elsewhere. */
const fake: MigrationRegistry = {
  'quotebook-article': [
    ({ title, ...rest }) => ({ ...rest, heading: title }),
    (file) => ({ ...file, tags: [] }),
  ],
  'quotebook-notebook': [(f) => f, (f) => f],
  'quotebook-note': [(f) => f, (f) => f],
};

describe('migration runner', () => {
  const v1 = { format: 'quotebook-article', schemaVersion: 1, title: 'T', keep: { me: true } };

  it('applies every step from the file version to the target, in order, and stamps the version', () => {
    const result = createMigrator(fake, 3).migrate('quotebook-article', v1);
    expect(result).toEqual({
      data: { format: 'quotebook-article', schemaVersion: 3, heading: 'T', keep: { me: true }, tags: [] },
      migrated: true,
      fromVersion: 1,
    });
    expect(Object.keys(result.data).slice(0, 2)).toEqual(['format', 'schemaVersion']);
  });

  it('starts from the version the file has', () => {
    const v2 = { format: 'quotebook-article', schemaVersion: 2, heading: 'T' };
    expect(createMigrator(fake, 3).migrate('quotebook-article', v2).data).toEqual({ ...v2, schemaVersion: 3, tags: [] });
  });

  it('is pure: the input is not changed, even by a migration that mutates its argument', () => {
    const mutating: MigrationRegistry = {
      'quotebook-article': [(f) => Object.assign(f, { title: 'changed' })],
      'quotebook-notebook': [(f) => f],
      'quotebook-note': [(f) => f],
    };
    const input = structuredClone(v1);
    createMigrator(mutating, 2).migrate('quotebook-article', input);
    expect(input).toEqual(v1);
  });

  it('returns a current file as is, marked not migrated', () => {
    const v3 = { format: 'quotebook-article', schemaVersion: 3 };
    const result = createMigrator(fake, 3).migrate('quotebook-article', v3);
    expect(result.migrated).toBe(false);
    expect(result.data).toBe(v3);
  });

  it.each([
    ['a newer file', { format: 'quotebook-article', schemaVersion: 4 }, /newer/],
    ['another format', { format: 'quotebook-note', schemaVersion: 1 }, /expected format "quotebook-article"/],
    ['a missing version', { format: 'quotebook-article' }, /not a positive whole number/],
    ['version 0', { format: 'quotebook-article', schemaVersion: 0 }, /not a positive whole number/],
    ['not an object', [1, 2], /not hold a JSON object/],
  ])('refuses %s', (_label, raw, message) => {
    expect(() => createMigrator(fake, 3).migrate('quotebook-article', raw)).toThrow(message);
  });

  it('refuses a registry with a gap in the chain', () => {
    expect(() => createMigrator(fake, 4)).toThrow(MigrationError);
    expect(() => createMigrator({ ...fake, 'quotebook-note': [] }, 3)).toThrow(/quotebook-note has 0 steps/);
  });

  it('the real registry matches SCHEMA_VERSION and leaves current files alone', () => {
    expect(MIGRATIONS['quotebook-article']).toHaveLength(SCHEMA_VERSION - 1);
    const file = makeArticleFile('a1');
    expect(migrate('quotebook-article', file)).toEqual({ data: file, migrated: false, fromVersion: SCHEMA_VERSION });
  });
});

describe('migrating a notebook on open', () => {
  const toV2: MigrationRegistry = {
    'quotebook-article': [(f) => ({ ...f, migratedBy: 'v2' })],
    'quotebook-notebook': [(f) => ({ ...f, settings: { ...(f.settings as object), migrated: true } })],
    'quotebook-note': [(f) => f],
  };

  it('backs up the unmigrated files, then writes every file at the new version', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    await store.putArticle(makeArticleFile('a1'));
    await store.putNote(makeNoteFile('n1'));
    await store.close();
    const before = await fs.readFile(path.join(dir, 'articles', 'a1.json'), 'utf8');

    const migrated = await NotebookStore.open(dir, { migrator: createMigrator(toV2, 2) });
    expect(migrated.article('a1')).toMatchObject({ schemaVersion: 2, migratedBy: 'v2' });
    expect(migrated.notebook().settings).toEqual({ migrated: true });
    const [backup] = await migrated.listBackups();
    expect(backup?.reason).toBe('before-migration-to-v2');
    await migrated.close();

    expect(await fs.readFile(path.join(dir, 'backups', backup!.id, 'articles', 'a1.json'), 'utf8')).toBe(before);
    for (const rel of ['notebook.json', 'articles/a1.json', 'notes/n1.json']) {
      expect(JSON.parse(await fs.readFile(path.join(dir, rel), 'utf8')).schemaVersion).toBe(2);
    }
    // Opening again does not migrate (or back up) a second time.
    const again = await NotebookStore.open(dir, { migrator: createMigrator(toV2, 2) });
    expect(await again.listBackups()).toHaveLength(1);
    await again.close();
  });

  it('restoring a backup made by an older version migrates it again (and does not deadlock)', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    await store.putArticle(makeArticleFile('a1'));
    const v1Backup = await store.backup('v1');
    await store.close();

    const migrated = await NotebookStore.open(dir, { migrator: createMigrator(toV2, 2) });
    await migrated.restoreBackup(v1Backup.id);
    expect(migrated.article('a1')).toMatchObject({ schemaVersion: 2, migratedBy: 'v2' });
    expect(JSON.parse(await fs.readFile(path.join(dir, 'articles', 'a1.json'), 'utf8')).schemaVersion).toBe(2);
    await migrated.putArticle(makeArticleFile('a2')); // still writable afterwards
    await migrated.close();
  });

  it('a failing migration marks only that file as invalid and writes nothing', async () => {
    const dir = await tempDir();
    const store = await NotebookStore.open(dir, { create: true });
    await store.putArticle(makeArticleFile('a1'));
    await store.close();
    const broken: MigrationRegistry = { ...toV2, 'quotebook-article': [() => { throw new Error('boom'); }] };
    const reopened = await NotebookStore.open(dir, { migrator: createMigrator(broken, 2) });
    expect(reopened.problems).toMatchObject([{ file: 'articles/a1.json', kind: 'invalid' }]);
    expect(reopened.problems[0]?.message).toMatch(/could not be upgraded: boom/);
    await reopened.close();
  });
});
