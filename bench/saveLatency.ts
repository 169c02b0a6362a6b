/**
 * Issue 2's figures: latency of saving one new quote in notebooks of 100, 1,000 and 10,000
 * articles, side by side with a baseline that keeps the same data in one lowdb JSON file (lowdb's
 * stock adapter), and the time to open the 10,000-article notebook.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { createOperations, NotebookSession } from '../src/main/services';
import { syntheticArticle, writeNotebookFolder } from './fixtures';
import { percentile, round, time } from './stats';

const QUOTES_PER_ARTICLE = 10;

async function measureNotebook(dir: string, articles: number, samples: number) {
  await writeNotebookFolder(dir, articles, QUOTES_PER_ARTICLE);
  const opened = await time(() => NotebookSession.open(dir, { backupOnOpen: false }));
  const session = opened.value;
  const ops = createOperations(session);
  const latencies: number[] = [];
  for (let s = 0; s < samples; s++) {
    const articleId = syntheticArticle((s * 7919) % articles, 0).article.id;
    const { ms, value } = await time(() => ops.invoke('quotes:create', { articleId, start: 500 + s, end: 530 + s }));
    if (!value.ok) throw new Error(value.error.message);
    latencies.push(ms);
  }
  await session.close();
  return { openMs: round(opened.ms), p50: percentile(latencies, 50), p95: percentile(latencies, 95), samples };
}

async function measureSingleFile(dir: string, articles: number, samples: number) {
  const db = new Low(new JSONFile<{ articles: ReturnType<typeof syntheticArticle>[] }>(join(dir, 'db.json')), { articles: [] });
  for (let i = 0; i < articles; i++) db.data.articles.push(syntheticArticle(i, QUOTES_PER_ARTICLE));
  await db.write();
  const latencies: number[] = [];
  for (let s = 0; s < samples; s++) {
    const file = db.data.articles[(s * 7919) % articles]!;
    const quote = { ...file.quotes[0]!, id: `q_new${s}` };
    const { ms } = await time(async () => {
      file.quotes.push(quote);
      await db.write();
    });
    latencies.push(ms);
  }
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), samples };
}

export async function saveLatencyBench(log: (line: string) => void) {
  const rows = [];
  for (const articles of [100, 1_000, 10_000]) {
    const root = await mkdtemp(join(tmpdir(), `qb-bench-${articles}-`));
    try {
      log(`save latency: ${articles} articles…`);
      const notebook = await measureNotebook(join(root, 'nb.quotebook'), articles, 200);
      const baseline = await measureSingleFile(root, articles, articles >= 10_000 ? 8 : 30);
      rows.push({ articles, quotesPerArticle: QUOTES_PER_ARTICLE, notebook, singleFileBaseline: baseline, speedupP95: round(baseline.p95 / notebook.p95) });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
  const small = rows[0]!.notebook.p95;
  const large = rows[rows.length - 1]!;
  return {
    rows,
    openTenThousandMs: large.notebook.openMs,
    p95At10kOverP95At100: round(large.notebook.p95 / small),
    targets: {
      p95SaveAt10kMs: { target: 20, actual: large.notebook.p95, met: large.notebook.p95 <= 20 },
      growthFrom100To10k: { target: 2, actual: round(large.notebook.p95 / small), met: large.notebook.p95 <= 2 * small },
    },
  };
}
