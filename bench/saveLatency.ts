/**
 * Issue 2's figures: latency of saving one new quote in notebooks of 100, 1,000 and 10,000
 * articles, side by side with a baseline that keeps the same data in one lowdb JSON file (lowdb's
 * stock adapter), and the time to open the 10,000-article notebook.
 *
 * Fair by construction (issue 18): every notebook and baseline file is built and opened first,
 * each is warmed up with saves that are not counted, and then the sizes take turns, in a fresh
 * random order each round (seeded, so a run can be replayed), so no size is measured cold or
 * first. The notebook and baseline phases alternate (notebook, baseline, notebook, baseline) and
 * every case gets enough samples for its p95 not to be its maximum.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { createOperations, NotebookSession } from '../src/main/services';
import { syntheticArticle, writeNotebookFolder } from './fixtures';
import { percentile, round, seededRandom, shuffled, time } from './stats';

const QUOTES_PER_ARTICLE = 10;
const SIZES = [100, 1_000, 10_000];
const NOTEBOOK = { warmUp: 20, samples: 200 };
/** A baseline save at 10,000 articles rewrites ~50 MB: 40 samples (p95 = the 38th) is the most a run can afford. */
const BASELINE = { warmUp: 2, samples: (articles: number) => (articles >= 10_000 ? 40 : 60) };

type Save = () => Promise<number>;

interface Case {
  articles: number;
  notebookSave: Save;
  baselineSave: Save;
  openMs: number;
  close: () => Promise<void>;
}

async function prepare(root: string, articles: number, log: (line: string) => void): Promise<Case> {
  log(`save latency: building ${articles} articles…`);
  const dir = join(root, `nb-${articles}.quotebook`);
  await writeNotebookFolder(dir, articles, QUOTES_PER_ARTICLE);
  const opened = await time(() => NotebookSession.open(dir, { backupOnOpen: false }));
  const session = opened.value;
  const ops = createOperations(session);
  let n = 0;
  const notebookSave: Save = async () => {
    const s = n++;
    const articleId = syntheticArticle((s * 7919) % articles, 0).article.id;
    const { ms, value } = await time(() => ops.invoke('quotes:create', { articleId, start: 500 + (s % 1000), end: 530 + (s % 1000) }));
    if (!value.ok) throw new Error(value.error.message);
    return ms;
  };

  const db = new Low(new JSONFile<{ articles: ReturnType<typeof syntheticArticle>[] }>(join(root, `db-${articles}.json`)), { articles: [] });
  for (let i = 0; i < articles; i++) db.data.articles.push(syntheticArticle(i, QUOTES_PER_ARTICLE));
  await db.write();
  let m = 0;
  const baselineSave: Save = async () => {
    const s = m++;
    const file = db.data.articles[(s * 7919) % articles]!;
    const quote = { ...file.quotes[0]!, id: `q_new${s}` };
    const { ms } = await time(async () => {
      file.quotes.push(quote);
      await db.write();
    });
    return ms;
  };
  return { articles, notebookSave, baselineSave, openMs: opened.ms, close: () => session.close() };
}

/** Rounds until every case has `wanted` samples; each round takes the cases still short of it in a fresh random order. */
async function alternate(cases: Case[], pick: (c: Case) => Save, wanted: (c: Case) => number, samples: Map<number, number[]>, random: () => number) {
  for (;;) {
    const open = cases.filter((c) => samples.get(c.articles)!.length < wanted(c));
    if (!open.length) return;
    for (const c of shuffled(open, random)) samples.get(c.articles)!.push(await pick(c)());
  }
}

export async function saveLatencyBench(log: (line: string) => void) {
  const root = await mkdtemp(join(tmpdir(), 'qb-bench-save-'));
  const random = seededRandom(20_261_204);
  const cases: Case[] = [];
  try {
    for (const articles of SIZES) cases.push(await prepare(root, articles, log));
    log('save latency: warming up…');
    for (const c of shuffled(cases, random)) for (let i = 0; i < NOTEBOOK.warmUp; i++) await c.notebookSave();
    for (const c of shuffled(cases, random)) for (let i = 0; i < BASELINE.warmUp; i++) await c.baselineSave();

    const notebook = new Map(cases.map((c) => [c.articles, [] as number[]]));
    const baseline = new Map(cases.map((c) => [c.articles, [] as number[]]));
    for (const half of [1, 2]) {
      log(`save latency: notebook saves, half ${half} of 2…`);
      await alternate(cases, (c) => c.notebookSave, () => (NOTEBOOK.samples * half) / 2, notebook, random);
      log(`save latency: single-file baseline saves, half ${half} of 2…`);
      await alternate(cases, (c) => c.baselineSave, (c) => (BASELINE.samples(c.articles) * half) / 2, baseline, random);
    }

    const summary = (ms: number[]) => ({ p50: percentile(ms, 50), p95: percentile(ms, 95), samples: ms.length });
    const rows = cases.map((c) => {
      const nb = summary(notebook.get(c.articles)!);
      const base = summary(baseline.get(c.articles)!);
      return { articles: c.articles, quotesPerArticle: QUOTES_PER_ARTICLE, openMs: round(c.openMs), notebook: nb, singleFileBaseline: base, baselineOverNotebookP95: round(base.p95 / nb.p95) };
    });
    const small = rows[0]!.notebook.p95;
    const large = rows[rows.length - 1]!;
    return {
      method: `sizes alternate in a seeded random order each round after ${NOTEBOOK.warmUp} (baseline ${BASELINE.warmUp}) uncounted warm-up saves each; notebook and baseline phases alternate twice`,
      rows,
      openTenThousandMs: large.openMs,
      p95At10kOverP95At100: round(large.notebook.p95 / small),
      targets: {
        p95SaveAt10kMs: { target: 20, actual: large.notebook.p95, met: large.notebook.p95 <= 20 },
        growthFrom100To10k: { target: 2, actual: round(large.notebook.p95 / small), met: large.notebook.p95 <= 2 * small },
      },
    };
  } finally {
    for (const c of cases) await c.close();
    await rm(root, { recursive: true, force: true });
  }
}
