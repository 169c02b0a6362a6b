import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { ArticleFileSchema, type ArticleFile } from '../../../../src/shared/model';
import { DurableJsonAdapter } from '../../../../src/main/store/durableJsonAdapter';
import { DamagedFileError } from '../../../../src/main/store/errors';
import { tempPathFor } from '../../../../src/main/store/fsUtil';
import { makeArticleFile, withQuote } from '../../../helpers/storeFixtures';
import { tempDir } from '../../../helpers/tempDir';

function adapterIn(dir: string, name = 'a1.json') {
  return new DurableJsonAdapter<ArticleFile>(path.join(dir, name), { schema: ArticleFileSchema });
}

async function damageKindOf(bytes: Uint8Array | string): Promise<string> {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'a1.json'), bytes);
  const err = await adapterIn(dir).read().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DamagedFileError);
  expect((err as DamagedFileError).code).toBe('damaged');
  return (err as DamagedFileError).kind;
}

describe('DurableJsonAdapter', () => {
  it('returns null when the file does not exist', async () => {
    expect(await adapterIn(await tempDir()).read()).toBeNull();
  });

  it('round-trips through lowdb and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const db = new Low<ArticleFile>(adapterIn(dir), makeArticleFile('a1'));
    await db.write();
    const again = new Low<ArticleFile>(adapterIn(dir), makeArticleFile('other'));
    await again.read();
    // What comes back is the file as the schema reads it (defaults for fields added since it was made).
    expect(again.data).toEqual(ArticleFileSchema.parse(makeArticleFile('a1')));
    expect(await fs.readdir(dir)).toEqual(['a1.json']);
  });

  it('names its temp file .<name>.<pid>.<random>.tmp in the same folder', () => {
    const tmp = tempPathFor(path.join('/nb', 'articles', 'a1.json'));
    expect(path.dirname(tmp)).toBe(path.join('/nb', 'articles'));
    expect(path.basename(tmp)).toMatch(new RegExp(`^\\.a1\\.json\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`));
    expect(tempPathFor('/nb/a1.json')).not.toBe(tempPathFor('/nb/a1.json'));
  });

  it('removes its temp file when the rename fails', async () => {
    const dir = await tempDir();
    // A directory squatting on the target name makes the rename fail after the temp file exists.
    await fs.mkdir(path.join(dir, 'a1.json', 'child'), { recursive: true });
    await expect(adapterIn(dir).write(makeArticleFile('a1'))).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual(['a1.json']); // the temp file was cleaned up
  });

  it('keeps working after a failed write', async () => {
    const dir = await tempDir();
    const adapter = new DurableJsonAdapter<ArticleFile>(path.join(dir, 'sub', 'a1.json'), { schema: ArticleFileSchema });
    await expect(adapter.write(makeArticleFile('a1'))).rejects.toThrow(/ENOENT/);
    await fs.mkdir(path.join(dir, 'sub'));
    await adapter.write(makeArticleFile('a1'));
    expect((await adapter.read())?.article.id).toBe('a1');
  });

  it('serialises writes to the same file: they finish in call order and the last one wins', async () => {
    const dir = await tempDir();
    const adapter = adapterIn(dir);
    let file = makeArticleFile('a1');
    const finished: number[] = [];
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 40; i++) {
      file = withQuote(file, `q${i}`);
      writes.push(adapter.write(file).then(() => void finished.push(i)));
    }
    await Promise.all(writes);
    expect(finished).toEqual([...Array(40).keys()]);
    expect((await adapter.read())?.quotes).toHaveLength(40);
    expect(await fs.readdir(dir)).toEqual(['a1.json']);
  });

  it('captures the data at call time, not when the queued write runs', async () => {
    const dir = await tempDir();
    const adapter = adapterIn(dir);
    const file = makeArticleFile('a1');
    const first = adapter.write(makeArticleFile('a1', { title: 'first' }));
    const second = adapter.write(file);
    file.article.title = 'changed after write() was called';
    await Promise.all([first, second]);
    expect((await adapter.read())?.article.title).toBe('Article a1');
  });

  describe('writeAfter (a save whose update log is synced at the same time)', () => {
    /** A promise the test settles by hand, standing for the update log's append. */
    function gate() {
      let open!: () => void;
      let fail!: (error: Error) => void;
      const promise = new Promise<void>((resolve, reject) => {
        open = resolve;
        fail = reject;
      });
      return { promise, open, fail };
    }
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

    it('writes the new bytes while the log is still syncing, but replaces the file only after it', async () => {
      const dir = await tempDir();
      const adapter = adapterIn(dir);
      await adapter.write(makeArticleFile('a1', { title: 'before' }));
      const log = gate();
      const write = adapter.writeAfter(makeArticleFile('a1', { title: 'after' }), log.promise);
      await settle();
      // The temp file is already written; the file itself still holds the old save.
      expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
      expect((await adapter.read())?.article.title).toBe('before');
      log.open();
      await write;
      expect((await adapter.read())?.article.title).toBe('after');
      expect(await fs.readdir(dir)).toEqual(['a1.json']);
    });

    it('does not let a log failure go unhandled while an earlier write of the file is still running', async () => {
      const dir = await tempDir();
      const adapter = adapterIn(dir);
      const earlier = adapter.write(makeArticleFile('a1', { title: 'earlier' }));
      // Rejects at once, while the queue still holds the earlier write: Node would stop the app
      // on an unhandled rejection (vitest fails the run).
      const later = adapter.writeAfter(makeArticleFile('a1', { title: 'later' }), Promise.reject(new Error('EIO: log write failed')));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await earlier;
      await expect(later).rejects.toThrow(/EIO/);
      expect((await adapter.read())?.article.title).toBe('earlier');
    });

    it('leaves the file as it was, and no temp file, when the log could not be written', async () => {
      const dir = await tempDir();
      const adapter = adapterIn(dir);
      await adapter.write(makeArticleFile('a1', { title: 'before' }));
      const log = gate();
      const write = adapter.writeAfter(makeArticleFile('a1', { title: 'after' }), log.promise);
      log.fail(new Error('ENOSPC: no space left on device'));
      await expect(write).rejects.toThrow(/ENOSPC/);
      expect((await adapter.read())?.article.title).toBe('before');
      expect(await fs.readdir(dir)).toEqual(['a1.json']);
      // The next save goes through as usual.
      await adapter.writeAfter(makeArticleFile('a1', { title: 'again' }), Promise.resolve());
      expect((await adapter.read())?.article.title).toBe('again');
    });
  });

  it('tolerates a byte-order mark added by an editor', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'a1.json'), '\uFEFF' + JSON.stringify(makeArticleFile('a1')));
    expect((await adapterIn(dir).read())?.article.id).toBe('a1');
  });

  it('keeps unknown fields on read (loose schema)', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'a1.json'), JSON.stringify({ ...makeArticleFile('a1'), futureField: { x: 1 } }));
    expect(await adapterIn(dir).read()).toMatchObject({ futureField: { x: 1 } });
  });

  describe('detects each kind of damage instead of returning empty data', () => {
    const valid = JSON.stringify(makeArticleFile('a1'), null, 2);
    it.each([
      ['a zero-length file', '', 'empty'],
      ['a file of white space', '  \n\t', 'empty'],
      ['a file of NUL bytes', new Uint8Array(4096), 'nul-filled'],
      ['valid JSON followed by NUL bytes', Buffer.concat([Buffer.from(valid), Buffer.alloc(512)]), 'nul-filled'],
      ['half a JSON document', valid.slice(0, valid.length / 2), 'truncated'],
      ['bytes that are not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'truncated'],
      ['JSON of the wrong shape', JSON.stringify({ format: 'quotebook-article', schemaVersion: 1, article: { id: 'a1' } }), 'invalid'],
      ['JSON of another format', JSON.stringify({ ...makeArticleFile('a1'), format: 'quotebook-note' }), 'invalid'],
      ['a file from a newer version', JSON.stringify({ ...makeArticleFile('a1'), schemaVersion: 99 }), 'newer-version'],
    ] as const)('%s → %s', async (_label, bytes, kind) => {
      expect(await damageKindOf(bytes)).toBe(kind);
    });

    it('keeps the parsed content of a newer-version file for a read-only view', async () => {
      const dir = await tempDir();
      await fs.writeFile(path.join(dir, 'a1.json'), JSON.stringify({ ...makeArticleFile('a1'), schemaVersion: 2 }));
      const err = (await adapterIn(dir).read().catch((e: unknown) => e)) as DamagedFileError;
      expect(err.raw).toMatchObject({ schemaVersion: 2, article: { id: 'a1' } });
      expect(err.message).toMatch(/newer version of Quotebook/);
    });
  });

  it('runs the upgrade step before validation and reports that it migrated', async () => {
    const dir = await tempDir();
    const { article: _drop, ...rest } = makeArticleFile('a1');
    await fs.writeFile(path.join(dir, 'a1.json'), JSON.stringify({ ...rest, oldArticle: makeArticleFile('a1').article }));
    const adapter = new DurableJsonAdapter<ArticleFile>(path.join(dir, 'a1.json'), {
      schema: ArticleFileSchema,
      upgrade: (raw) => {
        const { oldArticle, ...others } = raw as Record<string, unknown>;
        return { data: { ...others, article: oldArticle }, migrated: true };
      },
    });
    expect((await adapter.read())?.article.id).toBe('a1');
    expect(adapter.lastReadMigrated).toBe(true);
  });
});
