/**
 * Issue 5's figures, on notebooks of 1,000 and 10,000 articles × 10 quotes with 200 actors:
 * - the actor page and the who-said-what table, each against `quotes:list` (one pass over every
 *   quote, the least any notebook-wide view must do) measured in the same run: target at most 2×
 *   that pass at 10,000 articles;
 * - merging an actor whose quotes sit in 500 articles, against moving the same quotes one
 *   `quotes:update` at a time (what a script would otherwise do).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOperations, NotebookSession, type Dispatcher } from '../src/main/services';
import type { Actor } from '../src/shared/model';
import { syntheticArticle, syntheticNotebook } from './fixtures';
import { percentile, round, time } from './stats';

const ACTORS = 200;
const QUOTES_PER_ARTICLE = 10;
const actorId = (n: number) => `act_bench${String(n % ACTORS).padStart(3, '0')}`;

/** A notebook whose quotes have speakers and subjects spread over the actors; actor 0 speaks in 1 of 20 articles. */
async function writeActorNotebook(dir: string, articles: number): Promise<void> {
  await mkdir(join(dir, 'articles'), { recursive: true });
  await mkdir(join(dir, 'notes'), { recursive: true });
  const actors: Actor[] = Array.from({ length: ACTORS }, (_, n) => ({
    id: actorId(n), name: `Actor ${n}`, kind: 'person', aliases: [], role: '', affiliationId: null, externalIds: {}, description: '', colour: '',
  }));
  await writeFile(join(dir, 'notebook.json'), JSON.stringify({ ...syntheticNotebook(), actors }));
  for (let i = 0; i < articles; i += 64) {
    const batch = [];
    for (let j = i; j < Math.min(articles, i + 64); j++) {
      const file = syntheticArticle(j, QUOTES_PER_ARTICLE);
      file.quotes = file.quotes.map((q, k) => ({ ...q, speakerId: actorId(1 + ((j * 7 + k * 13) % (ACTORS - 1))), aboutIds: [actorId(1 + ((j * 3 + k * 5) % (ACTORS - 1)))] }));
      if (j % 20 === 0) file.quotes[0] = { ...file.quotes[0]!, speakerId: actorId(0) };
      batch.push(writeFile(join(dir, 'articles', `${file.article.id}.json`), JSON.stringify(file)));
    }
    await Promise.all(batch);
  }
}

async function samples(ops: Dispatcher, op: string, input: unknown, n: number): Promise<{ p50: number; p95: number }> {
  const ms: number[] = [];
  for (let s = 0; s < n; s++) {
    const run = await time(() => ops.invoke(op, input));
    if (!run.value.ok) throw new Error(`${op}: ${run.value.error.message}`);
    ms.push(run.ms);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

async function measure(dir: string, articles: number) {
  await writeActorNotebook(dir, articles);
  const session = await NotebookSession.open(dir, { backupOnOpen: false });
  const ops = createOperations(session);
  const n = articles >= 10_000 ? 20 : 50;
  const baseline = await samples(ops, 'quotes:list', {}, n);
  const page = await samples(ops, 'actors:page', { id: actorId(1) }, n);
  const table = await samples(ops, 'actors:whoSaidWhat', {}, n);

  // Merge: actor 0's quotes live in articles/20 articles; moving them back one by one is the baseline.
  const moved = await time(() => ops.invoke('actors:merge', { fromId: actorId(0), intoId: actorId(1) }));
  if (!moved.value.ok) throw new Error(moved.value.error.message);
  const merged = moved.value.value as { movedQuotes: number; undo: { quotes: { id: string }[] } };
  await ops.invoke('actors:create', { name: 'Actor 0 again' });
  const [again] = (session.store.notebook().actors as Actor[]).filter((a) => a.name === 'Actor 0 again');
  const oneByOne = await time(async () => {
    for (const { id } of merged.undo.quotes) {
      const r = await ops.invoke('quotes:update', { id, patch: { speakerId: again!.id } });
      if (!r.ok) throw new Error(r.error.message);
    }
  });
  await session.close();
  return {
    articles,
    quotes: articles * QUOTES_PER_ARTICLE,
    quotesListBaseline: baseline,
    actorPage: { ...page, overBaselineP50: round(page.p50 / baseline.p50) },
    whoSaidWhat: { ...table, overBaselineP50: round(table.p50 / baseline.p50) },
    merge: { movedQuotes: merged.movedQuotes, ms: round(moved.ms), oneByOneUpdatesMs: round(oneByOne.ms), speedup: round(oneByOne.ms / moved.ms) },
  };
}

export async function actorsBench(log: (line: string) => void) {
  const rows = [];
  for (const articles of [1_000, 10_000]) {
    const root = await mkdtemp(join(tmpdir(), `qb-bench-actors-${articles}-`));
    try {
      log(`actors: ${articles} articles…`);
      rows.push(await measure(join(root, 'nb.quotebook'), articles));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
  const large = rows[rows.length - 1]!;
  // Ratios to the baseline measured in the same run: absolute times swing with the machine's load.
  return {
    rows,
    targets: {
      actorPageOverQuotesListP50At10k: { target: 2, actual: large.actorPage.overBaselineP50, met: large.actorPage.overBaselineP50 <= 2 },
      whoSaidWhatOverQuotesListP50At10k: { target: 2, actual: large.whoSaidWhat.overBaselineP50, met: large.whoSaidWhat.overBaselineP50 <= 2 },
      mergeSpeedupOverOneByOneAt10k: { target: 1, actual: large.merge.speedup, met: large.merge.speedup >= 1 },
    },
  };
}
