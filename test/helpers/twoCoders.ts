/**
 * Two coders of the same article: coder A's notebook (the sample, from fillSample) and coder B's,
 * imported from A's JSON export, where B added a tag to the first quote, removed the speaker of
 * the second (and made it a paraphrase), deleted the third and marked a new one.
 */
import { join } from 'node:path';
import { fillSample, openNotebook, type Call } from './exportNotebook';

async function quoteOf(call: Call, articleId: string, id: string) {
  return (await call('articles:get', { id: articleId })).quotes.find((q) => q.id === id)!;
}

/** Creates A.quotebook and B.quotebook in `root`; both are left open. */
export async function twoCoders(root: string) {
  const a = await openNotebook(join(root, 'A.quotebook'));
  const ids = await fillSample(a.call);
  const json = (await a.call('export:json', {})).content!.text;
  const b = await openNotebook(join(root, 'B.quotebook'));
  await b.call('notebook:importJson', { text: json });
  const warning = await b.call('tags:create', { name: 'warning' });
  const [q0, q1, q2] = ids.quoteIds;
  await b.call('quotes:update', { id: q0!, patch: { tagIds: [...(await quoteOf(b.call, ids.articleId, q0!)).tagIds, warning.id] } });
  await b.call('quotes:update', { id: q1!, patch: { speakerId: null, kind: 'paraphrase' } });
  await b.call('quotes:delete', { id: q2! });
  const text = (await b.call('articles:get', { id: ids.articleId })).article.text;
  const extra = await b.call('quotes:create', { articleId: ids.articleId, start: 0, end: 20 });
  return { a, b, ids, json, extraText: text.slice(0, 20), extraId: extra.id };
}
