/**
 * A verified backup before every bulk or destructive operation (issue 11, item 8): each one is
 * preceded by a backup holding the notebook as it was, and when no backup can be made the
 * operation is refused with nothing changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../../../src/main/services';
import { samplePath } from '../../helpers/cliRunner';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { invokeOrThrow } from '../../helpers/operations';

let root: string;
let dir: string;
let session: NotebookSession;

const call = (op: string, input: unknown) => invokeOrThrow(session, op, input);
const reasons = async () => ((await call('backups:list', {})) as Array<{ reason: string }>).map((b) => b.reason);

let articleId: string;
beforeEach(async () => {
  root = await makeTempDir('qb-backups-');
  dir = join(root, 'Research.quotebook');
  session = await NotebookSession.open(dir, { create: true });
  articleId = (await call('articles:createFromText', { text: await readFile(samplePath, 'utf8'), fileName: 'nato.txt' })).article.id;
});
afterEach(async () => {
  await session.close();
  await removeTempDir(root);
});

describe('a backup before every bulk or destructive operation', () => {
  it('tag merge and delete, actor merge and delete, accepting many suggestions', async () => {
    const a = await call('tags:create', { name: 'a' });
    const b = await call('tags:create', { name: 'b' });
    const c = await call('tags:create', { name: 'c' });
    await call('tags:merge', { fromId: a.id, intoId: b.id });
    await call('tags:delete', { id: c.id });
    const x = await call('actors:create', { name: 'X' });
    const y = await call('actors:create', { name: 'Y' });
    const z = await call('actors:create', { name: 'Z' });
    await call('actors:merge', { fromId: x.id, intoId: y.id });
    await call('actors:delete', { id: z.id });
    const suggestions = await call('suggest:article', { articleId });
    const items = suggestions.quotes.slice(0, 2).map((q: { start: number; end: number; kind: string }) => ({ start: q.start, end: q.end, kind: q.kind }));
    expect(items).toHaveLength(2);
    await call('suggest:accept', { articleId, items });
    expect(await reasons()).toEqual(['before-accept-all', 'before-actor-delete', 'before-actor-merge', 'before-tag-delete', 'before-tag-merge']);
    // The backup before the merge still holds the merged-away tag.
    const [, , , , beforeMerge] = (await call('backups:list', {})) as Array<{ counts: { tags: number } }>;
    expect(beforeMerge!.counts.tags).toBe(3);
  });

  it('refuses the operation, changing nothing, when the backup cannot be made', async () => {
    const a = await call('tags:create', { name: 'a' });
    const b = await call('tags:create', { name: 'b' });
    // A file where the backups folder should be: every backup fails (as on a full disk).
    await rm(join(dir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dir, 'backups'), 'not a folder');
    const refused = await createOperations(session).invoke('tags:merge', { fromId: a.id, intoId: b.id });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toMatch(/backup could not be made.*Nothing was changed/);
    expect((await call('tags:list', {})).map((t: { name: string }) => t.name).sort()).toEqual(['a', 'b']);
  });
});
