/**
 * Re-importing a newer version of an article on a real notebook folder: quotes are placed again
 * (exact, approximate), the ones whose words are gone are kept as orphans and can be attached to
 * new words; a deleted quote comes back with its id (Undo), re-anchored if the text changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../../../src/main/services';
import type { Quote } from '../../../src/shared/model';
import { samplePath } from '../../helpers/cliRunner';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { invokeOrThrow } from '../../helpers/operations';

let root: string;
let session: NotebookSession;
let text: string;
let articleId: string;

const call = (op: string, input: unknown) => invokeOrThrow(session, op, input);
const attempt = (op: string, input: unknown) => createOperations(session).invoke(op, input);
const quoteOn = (words: string) => {
  const start = text.indexOf(words);
  return call('quotes:create', { articleId, start, end: start + words.length }) as Promise<Quote>;
};

beforeEach(async () => {
  root = await makeTempDir('qb-replace-');
  session = await NotebookSession.open(join(root, 'nb.quotebook'), { create: true });
  text = await readFile(samplePath, 'utf8');
  articleId = (await call('articles:createFromText', { text, fileName: 'nato.txt' })).article.id;
});
afterEach(async () => {
  await session.close();
  await removeTempDir(root);
});

describe('articles:replaceText', () => {
  it('keeps every quote: exact, approximately placed, or orphaned', async () => {
    const exact = await quoteOn('Putin must not win.');
    const fuzzy = await quoteOn('That would show that aggression works and force is rewarded.');
    const gone = await quoteOn('It would be dangerous for our own security');
    const edited = `Editor’s note: updated with reactions.\n\n${text}`
      .replace('force is rewarded', 'force gets rewarded')
      .replace(' It would be dangerous for our own security, and for the whole world.', '');
    const result = await call('articles:replaceText', { id: articleId, text: edited, fileName: 'nato-v2.txt' });
    expect(result).toMatchObject({ unchanged: false, report: { exact: 1, fuzzy: 1, orphaned: 1 } });

    const { article, quotes } = await call('articles:get', { id: articleId });
    expect(article.text).toBe(edited);
    expect(article.origin.name).toBe('nato-v2.txt');
    const byId = new Map<string, Quote>(quotes.map((q: Quote) => [q.id, q]));
    expect(byId.get(exact.id)).toMatchObject({ target: { exact: 'Putin must not win.' } });
    expect(byId.get(exact.id)!.anchorStatus).toBeUndefined();
    expect(edited.slice(byId.get(exact.id)!.target.start, byId.get(exact.id)!.target.end)).toBe('Putin must not win.');
    expect(byId.get(fuzzy.id)).toMatchObject({ anchorStatus: 'fuzzy', target: { exact: 'That would show that aggression works and force gets rewarded.' } });
    // The orphan keeps its old selectors, so the analyst still sees its words.
    expect(byId.get(gone.id)).toMatchObject({ anchorStatus: 'orphaned', target: gone.target });
  });

  it('says so when the new text is the same, and refuses text that another article already has', async () => {
    expect(await call('articles:replaceText', { id: articleId, text })).toMatchObject({ unchanged: true });
    const other = await call('articles:createFromText', { text: 'Another article.\n\nWith its own text.' });
    const clash = await attempt('articles:replaceText', { id: articleId, text: 'Another article.\n\nWith its own text.' });
    expect(!clash.ok && clash.error).toMatchObject({ code: 'conflict' });
    expect(!clash.ok && clash.error.message).toContain(other.article.title);
  });

  it('attaches an orphan to new words (quotes:retarget), and an approximate one is confirmed the same way', async () => {
    const gone = await quoteOn('It would be dangerous for our own security');
    const edited = text.replace('It would be dangerous for our own security', 'It would endanger everyone');
    await call('articles:replaceText', { id: articleId, text: edited });
    const start = edited.indexOf('It would endanger everyone');
    const attached = await call('quotes:retarget', { id: gone.id, start, end: start + 'It would endanger everyone'.length });
    expect(attached.anchorStatus).toBeUndefined();
    expect(attached.target).toMatchObject({ exact: 'It would endanger everyone', start });
  });

  it('restores a deleted quote with its id, leaving out tags deleted meanwhile, re-anchored to a newer text', async () => {
    const tag = await call('tags:create', { name: 'warning' });
    const other = await call('tags:create', { name: 'gone soon' });
    const quote = await call('quotes:create', { articleId, start: text.indexOf('Putin must not win.'), end: text.indexOf('Putin must not win.') + 19, tagIds: [tag.id, other.id] });
    const deleted = await call('quotes:delete', { id: quote.id });
    await call('tags:delete', { id: other.id });
    await call('articles:replaceText', { id: articleId, text: `New first paragraph.\n\n${text}` });
    const restored = await call('quotes:restore', { quote: deleted });
    expect(restored).toMatchObject({ id: quote.id, tagIds: [tag.id], target: { exact: 'Putin must not win.', start: quote.target.start + 'New first paragraph.\n\n'.length } });
    // Restoring twice (a double click on Undo) does not duplicate it.
    await call('quotes:restore', { quote: deleted });
    expect((await call('quotes:list', { articleId })).length).toBe(1);
  });
});
