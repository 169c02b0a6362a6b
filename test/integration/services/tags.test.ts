/**
 * The codebook on a real notebook folder: renaming, recolouring and moving tags (one level of
 * nesting), merging and deleting them — every quote follows, across articles and after reopening.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../../../src/main/services';
import type { Quote, Tag } from '../../../src/shared/model';
import { samplePath } from '../../helpers/cliRunner';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { invokeOrThrow } from '../../helpers/operations';

let root: string;
let dir: string;
let session: NotebookSession;

async function open() {
  session = await NotebookSession.open(dir, { create: true });
}
const call = (op: string, input: unknown) => invokeOrThrow(session, op, input);
const attempt = (op: string, input: unknown) => createOperations(session).invoke(op, input);

let tags: { threats: Tag; warning: Tag; caution: Tag; aid: Tag };
let quotes: Quote[];

beforeEach(async () => {
  root = await makeTempDir('qb-tags-');
  dir = join(root, 'Research.quotebook');
  await open();
  const text = await readFile(samplePath, 'utf8');
  const { article: first } = await call('articles:createFromText', { text, fileName: 'nato.txt' });
  const { article: second } = await call('articles:createFromText', { text: `${text}\n\nA later update.`, fileName: 'nato-2.txt' });
  const threats: Tag = await call('tags:create', { name: 'threats' });
  const caution: Tag = await call('tags:create', { name: 'caution' });
  tags = {
    threats,
    warning: await call('tags:create', { name: 'warning', parentId: threats.id }),
    caution,
    aid: await call('tags:create', { name: 'aid', parentId: caution.id }),
  };
  const quoteOn = (articleId: string, words: string, tagIds: string[]) => {
    const start = text.indexOf(words);
    return call('quotes:create', { articleId, start, end: start + words.length, tagIds });
  };
  quotes = [
    await quoteOn(first.id, 'Putin must not win.', [tags.warning.id]),
    await quoteOn(second.id, 'Putin must not win.', [tags.caution.id, tags.warning.id]),
    await quoteOn(second.id, 'China is trying to have it both ways', [tags.caution.id]),
  ];
});
afterEach(async () => {
  await session.close();
  await removeTempDir(root);
});

const tagIdsOf = async () => ((await call('quotes:list', {})) as Quote[]).map((q) => [...q.tagIds].sort());

describe('codebook', () => {
  it('renames, recolours and describes a tag; quotes keep it because they hold its id', async () => {
    await call('tags:update', { id: tags.warning.id, patch: { name: 'stark warning', colour: 'rose', description: 'A threat, stated plainly.' } });
    await session.close();
    await open();
    const renamed = ((await call('tags:list', {})) as Tag[]).find((t) => t.id === tags.warning.id);
    expect(renamed).toMatchObject({ name: 'stark warning', colour: 'rose', description: 'A threat, stated plainly.', parentId: tags.threats.id });
    expect((await call('quotes:list', { tagIds: [tags.warning.id] })).map((q: Quote) => q.id)).toEqual([quotes[0]!.id, quotes[1]!.id]);
  });

  it.each([
    ['a sibling’s name', () => ({ id: tags.warning.id, patch: { name: 'WARNING' } }), 'ok'],
    ['a clashing name at the same level', () => ({ id: tags.caution.id, patch: { name: 'Threats' } }), 'conflict'],
    ['a parent inside a child', () => ({ id: tags.threats.id, patch: { parentId: tags.caution.id } }), 'invalid-input'],
    ['a child under a child', () => ({ id: tags.aid.id, patch: { parentId: tags.warning.id } }), 'invalid-input'],
    ['a tag moved to the top level', () => ({ id: tags.aid.id, patch: { parentId: null } }), 'ok'],
  ])('checks nesting and names when updating: %s', async (_case, input, expected) => {
    const result = await attempt('tags:update', input());
    expect(result.ok ? 'ok' : result.error.code).toBe(expected);
  });

  it('merges a tag into another: every quote (in every article) follows and keeps one copy', async () => {
    const merged = await call('tags:merge', { fromId: tags.caution.id, intoId: tags.warning.id });
    expect(merged).toMatchObject({ quotes: 2, merged: { id: tags.caution.id }, tag: { id: tags.warning.id } });
    await session.close();
    await open();
    expect(await tagIdsOf()).toEqual([[tags.warning.id], [tags.warning.id], [tags.warning.id]]);
    const after = (await call('tags:list', {})) as Tag[];
    expect(after.map((t) => t.id)).not.toContain(tags.caution.id);
    // The merged tag's child joins the survivor's group (the survivor is itself a child).
    expect(after.find((t) => t.id === tags.aid.id)?.parentId).toBe(tags.threats.id);
  });

  it('merges a group into one of its own children', async () => {
    await call('tags:merge', { fromId: tags.threats.id, intoId: tags.warning.id });
    const after = (await call('tags:list', {})) as Tag[];
    expect(after.find((t) => t.id === tags.warning.id)?.parentId).toBeNull();
  });

  it('refuses to merge a tag into itself or into a tag that does not exist', async () => {
    expect((await attempt('tags:merge', { fromId: tags.aid.id, intoId: tags.aid.id })).ok).toBe(false);
    const gone = await attempt('tags:merge', { fromId: tags.aid.id, intoId: 'tag_gone' });
    expect(!gone.ok && gone.error.code).toBe('not-found');
  });

  it('deletes a tag: quotes lose it, its children move to the top level', async () => {
    const deleted = await call('tags:delete', { id: tags.threats.id });
    expect(deleted).toMatchObject({ quotes: 0, children: 1 });
    const warningDeleted = await call('tags:delete', { id: tags.warning.id });
    expect(warningDeleted.quotes).toBe(2);
    expect(await tagIdsOf()).toEqual([[], [tags.caution.id], [tags.caution.id]]);
    expect(((await call('tags:list', {})) as Tag[]).map((t) => t.name).sort()).toEqual(['aid', 'caution']);
  });

  it('counts the quotes carrying each tag', async () => {
    expect(await call('tags:counts', {})).toEqual({ [tags.warning.id]: 2, [tags.caution.id]: 2 });
  });
});
