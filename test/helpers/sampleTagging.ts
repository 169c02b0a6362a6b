/**
 * Tags the sample article the way its hand-labelled gold file says: every actor (with roles and
 * affiliations), every quote with its speaker and about-actors, and two tags. Goes through the
 * operations only, so the same helper sets up integration tests (dispatcher) and e2e tests (HTTP).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { samplePath } from './cliRunner';

interface GoldActor {
  name: string;
  kind: 'person' | 'organisation' | 'state' | 'other';
  aliases: string[];
  role?: string;
  affiliation?: string;
}
interface GoldQuote {
  kind: 'direct' | 'indirect' | 'paraphrase';
  speaker: string;
  about?: string[];
  text: string;
  start: number;
  end: number;
}

/** The gold annotations of the sample article. */
export const gold = JSON.parse(readFileSync(resolve(samplePath, '..', 'nato-china-lethal-aid.gold.json'), 'utf8')) as {
  actors: GoldActor[];
  quotes: GoldQuote[];
};

/** Runs one operation and returns its value, failing loudly on an error value. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each operation has its own output shape
export type Call = (op: string, input: unknown) => Promise<any>;

/** The tags the helper gives quotes, by what their text says. */
export const sampleTags: Record<string, RegExp> = {
  Warning: /concern|consequences|must not/i,
  'Arms for Ukraine': /support|weapons|pledges/i,
};

export interface TaggedSample {
  articleId: string;
  /** Actor id by gold name. */
  actors: Map<string, string>;
  /** Tag id by name. */
  tags: Map<string, string>;
  /** Created quotes with their gold annotation. */
  quotes: { id: string; gold: GoldQuote }[];
}

/** Creates the gold actors, tags and quotes on the (already imported) sample article. */
export async function tagSampleArticle(call: Call, articleId: string): Promise<TaggedSample> {
  const { article } = await call('articles:get', { id: articleId });
  const actors = new Map<string, string>();
  for (const a of gold.actors) {
    const created = await call('actors:create', { name: a.name, kind: a.kind, aliases: a.aliases, role: a.role ?? '' });
    actors.set(a.name, created.id);
  }
  for (const a of gold.actors) {
    if (!a.affiliation) continue;
    const affiliationId = actors.get(a.affiliation);
    if (!affiliationId) throw new Error(`The gold file names an unknown affiliation: ${a.affiliation}`);
    await call('actors:update', { id: actors.get(a.name), patch: { affiliationId } });
  }
  const tags = new Map<string, string>();
  for (const name of Object.keys(sampleTags)) tags.set(name, (await call('tags:create', { name })).id);

  const quotes: TaggedSample['quotes'] = [];
  for (const q of gold.quotes) {
    const text = article.text as string;
    const start = text.slice(q.start, q.end) === q.text ? q.start : text.indexOf(q.text);
    if (start < 0) throw new Error(`The gold quote is not in the article: ${q.text}`);
    const created = await call('quotes:create', {
      articleId,
      start,
      end: start + q.text.length,
      kind: q.kind,
      speakerId: actors.get(q.speaker),
      aboutIds: (q.about ?? []).map((name) => actors.get(name)),
      tagIds: Object.entries(sampleTags).filter(([, re]) => re.test(q.text)).map(([name]) => tags.get(name)),
    });
    quotes.push({ id: created.id, gold: q });
  }
  return { articleId, actors, tags, quotes };
}
