/**
 * Full-text search on a real notebook folder, through the `search:query` operation: phrases
 * against words apart, diacritics, every field, deletes, a cache that is removed or out of date,
 * saves racing searches, and hostile query strings.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../../../src/main/services';
import { searchIndexPath } from '../../../src/main/search/cacheLocation';
import type { SearchHit, SearchResult } from '../../../src/shared/search/api';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { invokeOrThrow } from '../../helpers/operations';

let root: string;
let dir: string;
let session: NotebookSession;

const call = (op: string, input: unknown) => invokeOrThrow(session, op, input);
const search = (query: string, limit = 50): Promise<SearchResult> => call('search:query', { query, limit });
const ids = async (query: string) => (await search(query)).hits.map((h) => `${h.kind}:${h.kind === 'quote' || h.kind === 'note' || h.kind === 'actor' ? h.id : h.articleId}`);
const articleIds = async (query: string) => [...new Set((await search(query)).hits.flatMap((h) => (h.articleId ? [h.articleId] : [])))].sort();

const TEXTS = {
  baltic: 'The Baltic states asked for more air defence.\n\nPresident Erdoğan said Turkey would not block the request.',
  apart: 'The states of the region, from the Baltic to the Black Sea, met in Vilnius.\n\nLethal aid was discussed at length.',
  notes: 'Stoltenberg warned that China was considering lethal aid to Russia.\n\nBeijing denied any such plan.',
};

let a: { baltic: string; apart: string; notes: string };
let actors: { stoltenberg: string; erdogan: string; china: string };
let tags: { threats: string; warning: string; economy: string };
let quotes: { warned: string; block: string };

async function addArticle(text: string, title: string, outlet: string, publishedAt: string) {
  const { article } = await call('articles:createFromText', { text, title, source: { outlet, publishedAt } });
  return article.id as string;
}

async function quote(articleId: string, text: string, words: string, extra: Record<string, unknown>) {
  const start = text.indexOf(words);
  return (await call('quotes:create', { articleId, start, end: start + words.length, ...extra })).id as string;
}

beforeEach(async () => {
  root = await makeTempDir('qb-search-');
  dir = join(root, 'Search.quotebook');
  session = await NotebookSession.open(dir, { create: true });
  a = {
    baltic: await addArticle(TEXTS.baltic, 'Air defence for the Baltic', 'Baltic Times', '2024-02-10'),
    apart: await addArticle(TEXTS.apart, 'Summit in Vilnius', 'Reuters', '2024-07-11'),
    notes: await addArticle(TEXTS.notes, 'NATO on China', 'Reuters', '2023-02-20'),
  };
  actors = {
    stoltenberg: (await call('actors:create', { name: 'Jens Stoltenberg', aliases: ['NATO chief'] })).id,
    erdogan: (await call('actors:create', { name: 'Recep Tayyip Erdoğan' })).id,
    china: (await call('actors:create', { name: 'China', kind: 'state' })).id,
  };
  const threats = (await call('tags:create', { name: 'threats' })).id;
  tags = {
    threats,
    warning: (await call('tags:create', { name: 'warning', parentId: threats })).id,
    economy: (await call('tags:create', { name: 'economy' })).id,
  };
  quotes = {
    warned: await quote(a.notes, TEXTS.notes, 'China was considering lethal aid to Russia', {
      speakerId: actors.stoltenberg,
      aboutIds: [actors.china],
      tagIds: [tags.warning],
      kind: 'indirect',
      comment: 'first public warning',
    }),
    block: await quote(a.baltic, TEXTS.baltic, 'Turkey would not block the request', { speakerId: actors.erdogan, tagIds: [tags.economy], kind: 'paraphrase' }),
  };
  await call('notes:save', {
    title: 'Open questions',
    content: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Why did Beijing stay silent on the shipment?' }] }] } },
  });
});

afterEach(async () => {
  await session.close();
  rmSync(searchIndexPath(dir), { force: true });
  await removeTempDir(root);
});

describe('words', () => {
  it('a phrase finds the words together only; the same words apart find both articles', async () => {
    expect(await articleIds('"baltic states"')).toEqual([a.baltic]);
    expect(await articleIds('baltic states')).toEqual([a.apart, a.baltic].sort());
  });

  it('ignores case and diacritics both ways', async () => {
    expect(await articleIds('erdogan')).toContain(a.baltic);
    expect(await articleIds('ERDOĞAN')).toContain(a.baltic);
    const hit = (await search('erdogan')).hits.find((h) => h.kind === 'article')!;
    expect(hit.snippet.slice(hit.highlights[0]![0], hit.highlights[0]![1])).toBe('Erdoğan');
  });

  it('prefix, OR, NOT and NEAR', async () => {
    expect(await articleIds('vilni*')).toEqual([a.apart]);
    expect(await articleIds('vilnius OR beijing')).toEqual([a.apart, a.notes].sort());
    // Words are matched within one paragraph (or quote, or note).
    expect(await articleIds('states -vilnius')).toEqual([a.baltic]);
    expect(await articleIds('NEAR(states vilnius, 3)')).toEqual([]);
    expect(await articleIds('NEAR(baltic vilnius, 12)')).toEqual([a.apart]);
  });

  it('finds quotes by their words and comment, notes by their text, actors by alias', async () => {
    expect(await ids('"public warning"')).toEqual([`quote:${quotes.warned}`]);
    const note = (await search('silent shipment')).hits;
    expect(note.map((h) => [h.kind, h.title])).toEqual([['note', 'Open questions']]);
    expect((await search('"nato chief"')).hits.map((h) => [h.kind, h.title])).toEqual([['actor', 'Jens Stoltenberg']]);
  });

  it('an article whose first paragraph repeats its headline is one hit for those words, not two', async () => {
    const id = await addArticle('Frigates sail north\n\nThe frigates left port at dawn.', 'Frigates sail north', 'Navy News', '2024-03-01');
    const hits = (await search('frigates')).hits.filter((h) => h.articleId === id);
    expect(hits.map((h) => h.snippet).sort()).toEqual(['Frigates sail north', 'The frigates left port at dawn.'].sort());
  });

  it('a hit in an article says where, so the reader can scroll to it', async () => {
    const hit = (await search('"lethal aid was discussed"')).hits[0]!;
    expect(hit).toMatchObject({ kind: 'article', articleId: a.apart, title: 'Summit in Vilnius' });
    expect(TEXTS.apart.slice(hit.at!)).toMatch(/^Lethal aid was discussed/);
  });
});

describe('fields', () => {
  it('speaker: and about: by name, alias or a word of the name', async () => {
    expect(await ids('speaker:stoltenberg')).toEqual([`quote:${quotes.warned}`]);
    expect(await ids('speaker:"NATO chief" lethal')).toEqual([`quote:${quotes.warned}`]);
    expect(await ids('speaker:erdogan')).toEqual([`quote:${quotes.block}`]);
    expect(await ids('about:china')).toEqual([`quote:${quotes.warned}`]);
    expect(await ids('-speaker:stoltenberg in:quotes')).toEqual([`quote:${quotes.block}`]);
  });

  it('tag: a group includes its tags', async () => {
    expect(await ids('tag:threats')).toEqual([`quote:${quotes.warned}`]);
    expect(await ids('tag:threats/warning')).toEqual([`quote:${quotes.warned}`]);
    expect(await ids('tag:economy')).toEqual([`quote:${quotes.block}`]);
  });

  it('kind:, outlet:, after: and before:', async () => {
    expect(await ids('kind:paraphrase')).toEqual([`quote:${quotes.block}`]);
    expect(await articleIds('lethal outlet:reuters')).toEqual([a.apart, a.notes].sort());
    expect(await articleIds('outlet:"baltic times"')).toEqual([a.baltic]);
    expect(await articleIds('lethal after:2024')).toEqual([a.apart]);
    expect(await articleIds('lethal before:2024-01')).toEqual([a.notes]);
    expect(await articleIds('after:2024-02 before:2024-03')).toEqual([a.baltic]);
  });

  it('in: chooses the kinds of result', async () => {
    const kinds = async (q: string) => [...new Set((await search(q)).hits.map((h: SearchHit) => h.kind))].sort();
    expect(await kinds('lethal')).toEqual(['article', 'quote']);
    expect(await kinds('lethal in:quotes')).toEqual(['quote']);
    expect(await kinds('lethal in:articles')).toEqual(['article']);
    expect(await kinds('beijing in:notes')).toEqual(['note']);
  });

  it('a name that matches nothing says so instead of failing', async () => {
    const result = await search('speaker:nobody aid');
    expect(result.hits).toEqual([]);
    expect(result.notices.join(' ')).toContain('No actor is called “nobody”');
    expect((await search('after:yesterday vilnius')).notices.join(' ')).toContain('needs a date');
  });
});

describe('fields inside OR and NOT', () => {
  it('an OR of fields finds what either one selects', async () => {
    expect((await ids('speaker:stoltenberg OR speaker:erdogan')).sort()).toEqual([`quote:${quotes.warned}`, `quote:${quotes.block}`].sort());
    expect((await ids('tag:economy OR about:china')).sort()).toEqual([`quote:${quotes.warned}`, `quote:${quotes.block}`].sort());
    expect(await ids('in:notes OR kind:paraphrase')).toEqual([`quote:${quotes.block}`, 'note:' + (await search('in:notes')).hits[0]!.id]);
  });

  it("a field OR words: the field's quotes and the words' places, each narrowed only by its own side", async () => {
    const found = await ids('tag:threats OR vilnius');
    expect([...new Set(found)].sort()).toEqual([`article:${a.apart}`, `quote:${quotes.warned}`].sort());
    // The words' hit comes first: it has a score, the field's listing does not.
    expect(found[0]).toBe(`article:${a.apart}`);
  });

  it('words beside an OR of fields go with each of them', async () => {
    expect(await ids('(speaker:erdogan OR about:china) lethal')).toEqual([`quote:${quotes.warned}`]);
    expect((await ids('(speaker:erdogan OR about:china) (turkey OR russia)')).sort()).toEqual([`quote:${quotes.warned}`, `quote:${quotes.block}`].sort());
    expect(await ids('(speaker:erdogan OR about:china) beijing')).toEqual([]);
  });

  it('NOT before a group with fields: either part missing is enough', async () => {
    // The warned quote is Stoltenberg's but indirect, so it is not "Stoltenberg's and direct".
    expect(await ids('lethal -(speaker:stoltenberg kind:direct)')).toEqual([`quote:${quotes.warned}`]);
    expect(await ids('lethal -(speaker:stoltenberg kind:indirect)')).toEqual([]);
    expect(await ids('in:quotes NOT (speaker:stoltenberg OR tag:economy)')).toEqual([]);
  });

  it('a name that matches nothing on one side of an OR leaves the other side, and says so', async () => {
    const result = await search('speaker:nobody OR speaker:erdogan');
    expect(result.hits.map((h) => h.id)).toEqual([quotes.block]);
    expect(result.notices.join(' ')).toContain('No actor is called “nobody”');
  });
});

describe('keeping up with the notebook', () => {
  it('a deleted article leaves the results, quotes included; restored, it comes back', async () => {
    expect(await articleIds('lethal')).toContain(a.notes);
    await call('articles:delete', { id: a.notes });
    expect(await articleIds('lethal')).toEqual([a.apart]);
    expect(await ids('"public warning"')).toEqual([]);
    await call('articles:restore', { id: a.notes });
    expect(await articleIds('lethal')).toContain(a.notes);
  });

  it('an edited quote comment and a renamed note are found by their new words at once', async () => {
    await search('anything'); // the index is open and listening
    await call('quotes:update', { id: quotes.block, patch: { comment: 'compare with the veto threat' } });
    expect(await ids('veto')).toEqual([`quote:${quotes.block}`]);
    const [note] = await call('notes:list', {});
    await call('notes:rename', { id: note.id, title: 'Shipment puzzle' });
    expect((await search('puzzle')).hits.map((h) => h.title)).toEqual(['Shipment puzzle']);
  });

  it('rebuilds itself when the cache is removed, and catches up with changes made while it was closed', async () => {
    await search('lethal');
    const cache = searchIndexPath(dir);
    expect(existsSync(cache)).toBe(true);
    await session.close();
    rmSync(cache);
    session = await NotebookSession.open(dir);
    expect(await articleIds('lethal')).toEqual([a.apart, a.notes].sort());
    // Changed while no index listened: a new article, and one deleted.
    await call('articles:createFromText', { text: 'Quantum sanctions were announced.', title: 'Sanctions' });
    await call('articles:delete', { id: a.apart });
    await session.close();
    session = await NotebookSession.open(dir);
    expect((await search('quantum')).hits).toHaveLength(1);
    expect(await articleIds('lethal')).toEqual([a.notes]);
  });

  it('a damaged cache file is thrown away and rebuilt', async () => {
    await search('lethal');
    await session.close();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(searchIndexPath(dir), 'not a database at all'.repeat(100));
    session = await NotebookSession.open(dir);
    expect(await articleIds('lethal')).toEqual([a.apart, a.notes].sort());
  });

  it('a cache that fails mid-session never fails a save, and is rebuilt for the next search', async () => {
    const opened = await session.searchIndex();
    opened.index.close(); // as if the file had become unusable
    await call('quotes:update', { id: quotes.block, patch: { comment: 'after the failure' } });
    expect(await ids('failure')).toEqual([`quote:${quotes.block}`]);
  });

  it('saves racing searches: every search answers, and the last save is found once it is done', async () => {
    await search('anything');
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      work.push(call('quotes:update', { id: quotes.block, patch: { comment: `revision${i}` } }));
      work.push(search(`revision${i} OR lethal`).then((r) => expect(r.hits.length).toBeGreaterThan(0)));
    }
    await Promise.all(work);
    expect(await ids('revision19')).toEqual([`quote:${quotes.block}`]);
    expect(await ids('revision3')).toEqual([]);
  });
});

describe('saved searches', () => {
  it('are kept in the notebook, replaced by name, and forgotten', async () => {
    const first = await call('search:save', { name: 'Warnings', query: 'tag:threats' });
    await call('search:save', { name: 'Aid', query: 'lethal aid' });
    const again = await call('search:save', { name: 'warnings', query: 'tag:warning' });
    expect(again.id).toBe(first.id);
    await session.close();
    session = await NotebookSession.open(dir);
    expect((await call('search:saved', {})).map((s: { name: string; query: string }) => [s.name, s.query])).toEqual([
      ['warnings', 'tag:warning'],
      ['Aid', 'lethal aid'],
    ]);
    await call('search:deleteSaved', { id: first.id });
    expect((await call('search:saved', {})).map((s: { name: string }) => s.name)).toEqual(['Aid']);
  });
});

describe('hostile queries', () => {
  it.each(['"', '(((', 'AND OR NOT', 'NEAR(', 'NEAR(a b, 99999999999)', 'body:x', '^start', '*', '"a" * "b"', "'; DROP TABLE entries; --", '\u0000\u0002', 'tag:', 'in:everything', 'a'.repeat(2000)])(
    '%j is an answer, not an error',
    async (query) => {
      const result = await createOperations(session).invoke('search:query', { query });
      expect(result.ok).toBe(true);
    },
  );

  it('random strings of syntax never fail', async () => {
    const alphabet = fc.constantFrom(...'ab "()*-:^+{},/5ğ'.split(''), 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(', 'NEAR/2', 'tag:', 'in:', 'after:', ' ', 'lethal');
    await fc.assert(
      fc.asyncProperty(fc.array(alphabet, { maxLength: 30 }).map((p) => p.join('')), async (query) => {
        const result = await createOperations(session).invoke('search:query', { query });
        expect(result.ok, JSON.stringify(result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
