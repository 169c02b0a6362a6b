/**
 * The same statement in several articles, through a real notebook folder: a line carried by three
 * outlets is one statement with three sources, on the quote, in `quotes:statements`, on the actor
 * page and for a suggestion; nothing about it is stored, so it follows edits and survives a reopen.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotebookSession } from '../../../src/main/services';
import type { ActorPage } from '../../../src/shared/actors/api';
import type { Quote } from '../../../src/shared/model';
import type { StatementSource } from '../../../src/shared/statements/api';
import { invokeOrThrow } from '../../helpers/operations';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';

const LINE = 'We will not allow China to provide lethal aid to Russia without consequences for our relationship';

let dir: string;
let session: NotebookSession;
const call = (op: string, input: unknown) => invokeOrThrow(session, op, input);

/** Imports an article whose text carries `quoted` and marks those words as a quote by `speakerId`. */
async function carry(outlet: string, publishedAt: string, quoted: string, speakerId: string | null): Promise<Quote> {
  const text = `Talks in Brussels\n\n${quoted} the secretary of state said on ${outlet}'s day.\n\nOther news followed from ${outlet}.`;
  const { article } = await call('articles:createFromText', { text, title: `${outlet}: talks`, source: { outlet, publishedAt } });
  const start = text.indexOf(quoted);
  return call('quotes:create', { articleId: article.id, start, end: start + quoted.length, speakerId, kind: 'direct' });
}

let blinken: string;
let reuters: Quote, bbc: Quote, ap: Quote;

beforeEach(async () => {
  dir = join(await makeTempDir('qb-same-'), 'Research.quotebook');
  session = await NotebookSession.open(dir, { create: true });
  blinken = (await call('actors:create', { name: 'Antony Blinken' })).id;
  reuters = await carry('Reuters', '2023-02-19', `“${LINE},”`, blinken);
  bbc = await carry('BBC', '2023-02-20', `"${LINE.split(' ').slice(3).join(' ')}"`, blinken);
  ap = await carry('AP', '2023-02-21', `‘${LINE}’`, null);
});
afterEach(async () => {
  await session.close();
  await removeTempDir(join(dir, '..'));
});

const outlets = (sources: StatementSource[]) => sources.map((s) => s.outlet);

describe('the same statement in several articles', () => {
  it('links a line carried by three outlets, with different marks and a cut start, as one statement', async () => {
    expect(outlets(await call('quotes:sameStatement', { id: bbc.id }))).toEqual(['Reuters', 'AP']);
    const fromReuters: StatementSource[] = await call('quotes:sameStatement', { id: reuters.id });
    expect(outlets(fromReuters)).toEqual(['BBC', 'AP']);
    expect(fromReuters[0]).toMatchObject({ quoteId: bbc.id, articleId: bbc.articleId, date: '2023-02-20', speakerId: blinken });
    const all: Record<string, string[]> = await call('quotes:statements', {});
    expect(new Set(Object.keys(all))).toEqual(new Set([reuters.id, bbc.id, ap.id]));
    expect(all[ap.id]!.sort()).toEqual([reuters.id, bbc.id].sort());
  });

  it('counts the statement once on the actor page, with its other sources listed', async () => {
    const page: ActorPage = await call('actors:page', { id: blinken });
    expect(page.counts.said).toBe(2);
    expect(page.statements.said).toBe(1);
    const listed = page.said.flatMap((g) => g.quotes.map((q) => q.id));
    expect(listed).toEqual([bbc.id]); // newest article first: the BBC's quote stands for the statement
    expect(outlets(page.sources[bbc.id]!)).toEqual(['Reuters', 'AP']);
  });

  it('tells a suggestion in another article that its words are an accepted quote there', async () => {
    const { article } = await call('articles:createFromText', { text: `${LINE}, he said.`, title: 'Wire copy' });
    const found: Record<string, StatementSource[]> = await call('quotes:matchStatements', {
      articleId: article.id,
      items: [
        { key: 's1', text: LINE.slice(10), speakerId: null },
        { key: 's2', text: 'Something else entirely was said here by a spokesman', speakerId: null },
      ],
    });
    expect(Object.keys(found)).toEqual(['s1']);
    expect(outlets(found.s1!)).toEqual(['Reuters', 'BBC', 'AP']);
  });

  it('follows edits and stores nothing: another speaker splits the statement, a deleted quote leaves it, a reopen finds it again', async () => {
    const wang = (await call('actors:create', { name: 'Wang Yi' })).id;
    await call('quotes:update', { id: bbc.id, patch: { speakerId: wang } });
    expect(outlets(await call('quotes:sameStatement', { id: reuters.id }))).toEqual(['AP']);
    await call('quotes:update', { id: bbc.id, patch: { speakerId: blinken } });
    await call('quotes:delete', { id: ap.id });
    expect(outlets(await call('quotes:sameStatement', { id: reuters.id }))).toEqual(['BBC']);

    await session.close();
    const files = await readdir(join(dir, 'articles'));
    const stored = await Promise.all(files.filter((f) => f.endsWith('.json')).map((f) => readFile(join(dir, 'articles', f), 'utf8')));
    expect(stored.join('\n')).not.toMatch(/statement/i);
    session = await NotebookSession.open(dir);
    expect(outlets(await call('quotes:sameStatement', { id: reuters.id }))).toEqual(['BBC']);
  });
});
