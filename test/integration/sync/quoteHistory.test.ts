/**
 * A same-field conflict stays visible (issue "One live notebook", 4): two analysts set one quote's
 * speaker apart; after syncing, both copies hold the same speaker, and the quote's history on both
 * lists both values, the one that lost marked as not kept.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditEntry, Quote } from '../../../src/shared/model';
import { describeQuoteHistory } from '../../../src/shared/sync/quoteHistory';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { join, openMember, round, serve, type Member } from '../../helpers/teamNotebook';

const TEXT = ['The summit ended on Friday.', '"We will stand together," the chair said.'].join('\n\n');

describe('a speaker two analysts set apart', () => {
  let root: string;
  const team: Member[] = [];

  beforeAll(async () => {
    root = await makeTempDir('qb-history-');
    const shared = await openMember('Server', path.join(root, 'shared.quotebook'));
    team.push(shared);
  });
  afterAll(async () => {
    for (const m of team) await m.close();
    await removeTempDir(root);
  });

  it('ends the same on both copies, with the other value in the history of both', async () => {
    const [shared] = team as [Member];
    const { article } = await shared.call('articles:createFromText', { text: TEXT, fileName: 'summit.txt', title: 'Summit' });
    const words = 'We will stand together,';
    const start = (await shared.call('articles:get', { id: article.id })).article.text.indexOf(words);
    const quote: Quote = await shared.call('quotes:create', { articleId: article.id, start, end: start + words.length, kind: 'direct' });
    const chair = (await shared.call('actors:create', { name: 'Anne Roe', kind: 'person' })).id;
    const deputy = (await shared.call('actors:create', { name: 'Ben Low', kind: 'person' })).id;
    const { server, secret } = await serve(shared);
    const ann = await join('Ann', path.join(root, 'ann.quotebook'), server.url, secret);
    const bob = await join('Bob', path.join(root, 'bob.quotebook'), server.url, secret);
    team.push(ann, bob);

    await ann.call('quotes:update', { id: quote.id, patch: { speakerId: chair } });
    await bob.call('quotes:update', { id: quote.id, patch: { speakerId: deputy } });
    await round(ann, server.url, secret);
    await round(bob, server.url, secret);
    await round(ann, server.url, secret);
    await server.close();

    const views = [];
    for (const m of [ann, bob]) {
      const current = ((await m.call('quotes:list', { articleId: article.id })) as Quote[]).find((q) => q.id === quote.id)!;
      const history = (await m.call('quotes:history', { id: quote.id })) as EditEntry[];
      const lines = describeQuoteHistory(current, history, { actor: (id) => ({ [chair]: 'Anne Roe', [deputy]: 'Ben Low' })[id], tag: () => undefined });
      views.push({ speaker: current.speakerId, lines: lines.map((l) => `${l.who} ${l.what}${l.notKept ? ' (not kept)' : ''}`) });
    }
    expect(views[0]).toEqual(views[1]);
    const [{ speaker, lines }] = views as [{ speaker: string; lines: string[] }];
    expect([chair, deputy]).toContain(speaker);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^Ann set the speaker to Anne Roe/), expect.stringMatching(/^Bob set the speaker to Ben Low/)]));
    // Exactly the losing value is marked, and only when it is the newer one.
    const loser = speaker === chair ? 'Ben Low' : 'Anne Roe';
    const marked = lines.filter((l) => l.endsWith('(not kept)'));
    expect(marked.every((l) => l.includes(loser))).toBe(true);
  });
});
