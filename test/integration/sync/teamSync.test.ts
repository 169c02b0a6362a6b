/**
 * A team of three analysts on one notebook (issue "One live notebook"): a sync server on port 0
 * and three replicas, each a real notebook in its own folder. Everyone works offline, the server
 * is restarted from its files, and the replicas reconnect in a shuffled order. Afterwards every
 * copy must hold the same files, every addition and every non-conflicting edit must survive, and
 * a same-field conflict must keep the losing value in the record's history.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleFile, Quote } from '../../../src/shared/model';
import { fillSample } from '../../helpers/exportNotebook';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { blockTexts, dataFiles, join, markdownExport, noteState, openMember, paragraph, round, serve, shuffled, type Member } from '../../helpers/teamNotebook';

const SECOND_ARTICLE = ['Ministers met in Brussels on Monday.', '"We will act together," the chair said.', 'Talks continue next week.'].join('\n\n');
const SECOND_ARTICLE_V2 = ['Ministers met in Brussels on Monday.', 'A new paragraph was added by the editors.', '"We will act together," the chair said.', 'Talks continue next week.'].join('\n\n');
const NOTE = ['Opening line.', 'Second paragraph here.', 'Third one.', 'Fourth, to be deleted.', 'Fifth paragraph'];

describe('three analysts, offline, one notebook', () => {
  let root: string;
  let server: Member;
  let team: Member[];
  let ids: Awaited<ReturnType<typeof fillSample>> & { second: string; dup: string; tagB: string };
  let files: Record<string, Record<string, string>>;
  let stopServer: () => Promise<void>;

  const member = (name: string) => team.find((m) => m.name === name)!;
  const file = (m: Member, articleId: string): ArticleFile => m.session.store.article(articleId)!;
  const quote = (m: Member, articleId: string, id: string) => file(m, articleId).quotes.find((q) => q.id === id);

  beforeAll(async () => {
    root = await makeTempDir('qb-team-');
    server = await openMember('Server', path.join(root, 'shared.quotebook'));
    const sample = await fillSample(server.call);
    const second = (await server.call('articles:createFromText', { text: SECOND_ARTICLE, fileName: 'brussels.txt', title: 'Brussels talks' })).article.id;
    const dup = (await server.call('actors:create', { name: 'J. Stoltenberg', kind: 'person' })).id;
    const tagB = (await server.call('tags:create', { name: 'deterrence' })).id;
    await server.call('notes:save', { id: sample.noteId, title: 'Weekly brief', content: noteState(NOTE.map(paragraph)) });
    ids = { ...sample, second, dup, tagB };

    const served = await serve(server);
    team = [];
    for (const name of ['Ann', 'Bob', 'Cem']) team.push(await join(name, path.join(root, `${name}.quotebook`), served.server.url, served.secret));
    await served.server.close();

    // ---- offline work ----
    const [a, b, c] = [member('Ann'), member('Bob'), member('Cem')];
    const q = ids.quoteIds;
    const article = ids.articleId;
    const text = file(a, article).article.text;
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    // Quotes added to one article on two replicas.
    await a.call('quotes:create', { articleId: article, ...at('NATO Secretary-General'), kind: 'paraphrase' });
    await b.call('quotes:create', { articleId: article, ...at('Beijing'), kind: 'paraphrase' });
    // Different fields of one quote, and the same field.
    await a.call('quotes:update', { id: q[0], patch: { kind: 'paraphrase' } });
    await b.call('quotes:update', { id: q[0], patch: { status: 'suggested' } });
    await a.call('quotes:update', { id: q[1], patch: { speakerId: ids.actorIds.get('NATO') } });
    await c.call('quotes:update', { id: q[1], patch: { speakerId: ids.actorIds.get('China') } });
    // Tags added and removed.
    const tagA = quote(a, article, q[2]!)!.tagIds[0]!;
    await a.call('quotes:update', { id: q[2], patch: { tagIds: [tagA, ids.tagB] } });
    await b.call('quotes:update', { id: q[2], patch: { tagIds: [] } });
    // Concurrent comment text.
    await a.call('quotes:update', { id: q[3], patch: { comment: 'Ann: hedged.' } });
    await b.call('quotes:update', { id: q[3], patch: { comment: 'Bob: firm.' } });
    // Soft delete against edit.
    await a.call('quotes:delete', { id: q[4] });
    await b.call('quotes:update', { id: q[4], patch: { comment: 'kept by Bob' } });
    // Actor merge against linking.
    await a.call('actors:merge', { fromId: ids.dup, intoId: ids.actorIds.get('Jens Stoltenberg') });
    await c.call('quotes:update', { id: q[5], patch: { speakerId: ids.dup } });
    // Tag rename against assignment.
    await a.call('tags:update', { id: ids.tagB, patch: { name: 'deterrence posture' } });
    await c.call('quotes:update', { id: q[6], patch: { tagIds: [...quote(c, article, q[6]!)!.tagIds, ids.tagB] } });
    // Re-import against a new quote.
    await a.call('articles:replaceText', { id: ids.second, text: SECOND_ARTICLE_V2 });
    const oldSecond = file(b, ids.second).article.text;
    const together = oldSecond.indexOf('We will act together');
    await b.call('quotes:create', { articleId: ids.second, start: together, end: together + 'We will act together'.length, kind: 'direct' });
    // Note: separate paragraphs, one paragraph, deletion against edit, split against typing at its end, a card.
    const note = (_m: Member) => NOTE.slice();
    const save = (m: Member, blocks: Record<string, unknown>[]) => m.call('notes:save', { id: ids.noteId, title: 'Weekly brief', content: noteState(blocks) });
    const na = note(a);
    na[0] = 'Opening line, by Ann.';
    na[1] = 'Second paragraph here, Ann.';
    na.splice(4, 1, 'Fifth', ' paragraph');
    await save(a, na.map(paragraph));
    const nb = note(b);
    nb[2] = 'Third one, by Bob.';
    nb.splice(3, 1);
    await save(b, [...nb.map(paragraph), { type: 'quote-card', version: 1, quoteId: q[7], citedText: '' }]);
    const nc = note(c);
    nc[1] = 'Cem: Second paragraph here.';
    nc[3] = 'Fourth, to be deleted, edited by Cem.';
    nc[4] = 'Fifth paragraph typed';
    await save(c, nc.map(paragraph));

    // ---- the server restarts from its files; replicas reconnect in a shuffled order ----
    await server.close();
    server = await openMember('Server', path.join(root, 'shared.quotebook'));
    const restarted = await serve(server);
    stopServer = () => restarted.server.close();
    for (const pass of [1, 2]) for (const m of shuffled(team, 7 + pass)) await round(m, restarted.server.url, restarted.secret);
    files = {};
    for (const m of [server, ...team]) files[m.name] = await dataFiles(m.dir);
  }, 240_000);

  afterAll(async () => {
    await stopServer?.();
    for (const m of [server, ...(team ?? [])]) await m?.close();
    await removeTempDir(root);
  });

  it('leaves every copy, the server included, with the same files', () => {
    for (const m of team) expect(files[m.name]).toEqual(files.Server);
    expect(Object.keys(files.Server!).filter((f) => f.startsWith('articles/'))).toHaveLength(2);
  });

  it('gives the same Markdown export everywhere', async () => {
    const exports = [];
    for (const m of [server, ...team]) exports.push(await markdownExport(m, path.join(root, `export-${m.name}`)));
    for (const other of exports.slice(1)) expect(other).toEqual(exports[0]);
  });

  it('keeps every addition and every edit that did not conflict', () => {
    const quotes = file(server, ids.articleId).quotes;
    const words = quotes.map((q) => q.target.exact);
    expect(words).toContain('NATO Secretary-General');
    expect(words).toContain('Beijing');
    const q0 = quotes.find((q) => q.id === ids.quoteIds[0])!;
    expect([q0.kind, q0.status]).toEqual(['paraphrase', 'suggested']);
    expect(quotes.find((q) => q.id === ids.quoteIds[2])!.tagIds).toEqual([ids.tagB]);
    const comment = quotes.find((q) => q.id === ids.quoteIds[3])!.comment;
    expect(comment).toContain('Ann: hedged.');
    expect(comment).toContain('Bob: firm.');
  });

  it('keeps one value of a same-field conflict everywhere and the other in the history', () => {
    const q1 = ids.quoteIds[1]!;
    const candidates = [ids.actorIds.get('NATO'), ids.actorIds.get('China')];
    const winner = quote(server, ids.articleId, q1)!.speakerId;
    expect(candidates).toContain(winner);
    for (const m of team) expect(quote(m, ids.articleId, q1)!.speakerId).toBe(winner);
    const history = file(server, ids.articleId).history!.filter((h) => h.id === q1 && h.field === 'speakerId');
    expect(history.map((h) => h.value).sort()).toEqual([...candidates].sort());
    expect(history.map((h) => h.author?.name).sort()).toEqual(['Ann', 'Cem']);
  });

  it('moves a link made to a merged actor onto the survivor', () => {
    for (const m of [server, ...team]) {
      expect(quote(m, ids.articleId, ids.quoteIds[5]!)!.speakerId).toBe(ids.actorIds.get('Jens Stoltenberg'));
      expect(m.session.store.notebook().actors.map((a) => a.id)).not.toContain(ids.dup);
    }
  });

  it('keeps a tag assigned while it was renamed elsewhere, under the new name', () => {
    expect(quote(server, ids.articleId, ids.quoteIds[6]!)!.tagIds).toContain(ids.tagB);
    expect(server.session.store.notebook().tags.find((t) => t.id === ids.tagB)!.name).toBe('deterrence posture');
  });

  it('places a quote made on the old text of an article re-imported elsewhere in the new text', () => {
    const second = file(server, ids.second);
    expect(second.article.text).toBe(SECOND_ARTICLE_V2);
    const made = second.quotes.find((q: Quote) => q.target.exact === 'We will act together')!;
    expect(second.article.text.slice(made.target.start, made.target.end)).toBe('We will act together');
    expect(made.anchorStatus).toBeUndefined();
  });

  it('merges the note: separate and shared paragraphs, a deletion against an edit, a split against typing, a card', () => {
    const texts = blockTexts(server.session.store.note(ids.noteId)!.note.content);
    expect(texts[0]).toBe('Opening line, by Ann.');
    // Both analysts typed into the second paragraph: both sets of words are there.
    expect(texts[1]).toContain('Cem: ');
    expect(texts[1]).toContain(', Ann.');
    expect(texts).toContain('Third one, by Bob.');
    // The paragraph Bob deleted keeps Cem's edit (text typed into a deleted paragraph survives as
    // its own words) — or is gone; either way no other paragraph lost anything.
    expect(texts.join('\n')).not.toContain('Fourth, to be deleted.\n');
    // Known binding behaviour: typing at the end of a paragraph split elsewhere lands in its first half.
    expect(texts).toContain('Fifth typed');
    expect(texts).toContain(' paragraph');
    expect(texts).toContain(`[card ${ids.quoteIds[7]}]`);
  });

  it('sends and receives nothing in a second round', async () => {
    await server.close();
    server = await openMember('Server', path.join(root, 'shared.quotebook'));
    const again = await serve(server);
    try {
      for (const m of team) expect(await round(m, again.server.url, again.secret)).toMatchObject({ sent: 0, received: 0 });
    } finally {
      await again.server.close();
    }
    for (const m of team) expect(await dataFiles(m.dir)).toEqual(files[m.name]);
  });

  it('keeps a quote deleted on one copy and edited on another, with the edit, restorable', async () => {
    const deleted = file(server, ids.articleId).deletedQuotes!.find((q) => q.id === ids.quoteIds[4]);
    expect(deleted?.comment).toBe('kept by Bob');
    const bob = member('Bob');
    expect(quote(bob, ids.articleId, ids.quoteIds[4]!)).toBeUndefined();
    await bob.call('quotes:restore', { quote: deleted });
    expect(quote(bob, ids.articleId, ids.quoteIds[4]!)?.comment).toBe('kept by Bob');
  });

  it('keeps its Yjs state beside readable JSON files', async () => {
    const listing = await fs.readdir(path.join(root, 'Ann.quotebook'));
    expect(listing).toEqual(expect.arrayContaining(['notebook.json', 'articles', 'notes', 'sync']));
    const article = JSON.parse(await fs.readFile(path.join(root, 'Ann.quotebook', 'articles', `${ids.articleId}.json`), 'utf8'));
    expect(article.article.title).toBeTruthy();
  });
});
