/**
 * Issue 13's figures: full-text search over notebooks of 1,000 and 10,000 articles of ~3,000
 * words (a varied vocabulary with a Zipf-like spread, so common and rare words both exist):
 *
 * - search p95 through the `search:query` operation (ranked, snippets included, 50 hits), against
 *   a linear scan of the same texts in the same run (lower-cased once beforehand, every paragraph
 *   tested with `includes`/a word regex, no ranking) — the ratio is the figure;
 * - index build rate from nothing (articles and MB of text per second);
 * - the index work of one save (an edited quote comment; a note) — p95;
 * - RSS added by building the index (process RSS before/after, same process).
 *
 * Fair: at each size, queries of every kind alternate between index and scan in a seeded random
 * order after a warm-up. The sizes are measured one after the other, each notebook closed before
 * the next is written, so 30,000 articles fit in memory (QUOTEBOOK_BENCH_SIZES).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../src/main/services';
import { SCHEMA_VERSION, type ArticleFile } from '../src/shared/model';
import { plainTextBlocks } from '../src/shared/text/plainTextBlocks';
import { articleRows, noteRows } from '../src/main/search/indexRows';
import { syntheticNotebook } from './fixtures';
import { percentile, round, seededRandom, shuffled, time } from './stats';

/** QUOTEBOOK_BENCH_SIZES=1000,10000,30000 and QUOTEBOOK_BENCH_WORDS=1000 change the notebooks measured. */
const SIZES = (process.env.QUOTEBOOK_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const WORDS_PER_ARTICLE = Number(process.env.QUOTEBOOK_BENCH_WORDS ?? 3_000);
const SAMPLES = { index: 60, scan: (n: number) => (n >= 10_000 ? 20 : 40), warmUp: 3 };
const SYLLABLES = ['ka', 'lo', 'mi', 're', 'tu', 'sa', 'ne', 'vi', 'do', 'pa', 'ri', 'go', 'ze', 'bu', 'fa', 'ho'];

/** Word number `n` of the vocabulary: a pronounceable made-up word, distinct per n. */
function word(n: number): string {
  let out = '';
  let k = n + 16;
  while (k > 0) {
    out += SYLLABLES[k % 16];
    k = Math.floor(k / 16);
  }
  return out;
}

/** ~WORDS_PER_ARTICLE words in paragraphs of ~100; word ranks drawn Zipf-like from 20,000. */
function articleText(i: number): string {
  const random = seededRandom(i + 1);
  const paragraphs: string[] = [];
  for (let p = 0; p < WORDS_PER_ARTICLE / 100; p++) {
    const ws: string[] = [];
    for (let w = 0; w < 100; w++) ws.push(word(Math.floor(Math.pow(20_000, random())) - 1));
    paragraphs.push(`${ws.join(' ')}.`);
  }
  return paragraphs.join('\n\n');
}

function article(i: number, text: string): ArticleFile {
  const id = `art_s${String(i).padStart(6, '0')}`;
  const at = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
  const start = text.indexOf(' ', 200) + 1;
  return {
    format: 'quotebook-article', schemaVersion: SCHEMA_VERSION,
    quotes: [{ id: `q_s${i}`, articleId: id, target: { exact: text.slice(start, start + 60), prefix: '', suffix: '', start, end: start + 60 }, kind: 'direct', speakerId: null, aboutIds: [], tagIds: [], comment: '', status: 'confirmed', cue: '', createdAt: at, updatedAt: at }],
    article: { id, title: `Article ${i}`, section: '', source: { outlet: 'Bench Times', url: '', authors: [], publishedAt: at }, language: 'en', importedAt: at, origin: { name: `${id}.txt`, sha256: '' }, text, blocks: plainTextBlocks(text), contentHash: `h${i}` },
  };
}

/** Writes a notebook folder of `n` synthetic articles (shared with bench/searchMemory.ts). */
export async function writeFolder(dir: string, n: number): Promise<void> {
  await mkdir(join(dir, 'articles'), { recursive: true });
  await mkdir(join(dir, 'notes'), { recursive: true });
  await writeFile(join(dir, 'notebook.json'), JSON.stringify(syntheticNotebook()));
  for (let i = 0; i < n; i += 64) {
    await Promise.all(
      Array.from({ length: Math.min(64, n - i) }, (_, k) => {
        const file = article(i + k, articleText(i + k));
        return writeFile(join(dir, 'articles', `${file.article.id}.json`), JSON.stringify(file));
      }),
    );
  }
}

/** The queries measured: a common word, a rare one, two words, a phrase, a prefix. */
export const QUERIES: { name: string; query: string; scan: RegExp }[] = [
  { name: 'common word', query: word(3), scan: new RegExp(`\\b${word(3)}\\b`) },
  { name: 'rare word', query: word(9_000), scan: new RegExp(`\\b${word(9_000)}\\b`) },
  { name: 'two words', query: `${word(40)} ${word(300)}`, scan: new RegExp(`^(?=.*\\b${word(40)}\\b)(?=.*\\b${word(300)}\\b)`, 's') },
  { name: 'phrase', query: `"${word(5)} ${word(7)}"`, scan: new RegExp(`\\b${word(5)} ${word(7)}\\b`) },
  { name: 'prefix', query: `${word(700).slice(0, 5)}*`, scan: new RegExp(`\\b${word(700).slice(0, 5)}`) },
];

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

export async function searchBench(log: (line: string) => void) {
  const root = await mkdtemp(join(tmpdir(), 'qb-bench-search-'));
  const previousCache = process.env.QUOTEBOOK_CACHE;
  process.env.QUOTEBOOK_CACHE = join(root, 'cache');
  const random = seededRandom(13);
  const results: Record<string, unknown> = { wordsPerArticle: WORDS_PER_ARTICLE, baseline: 'linear scan of the same paragraphs, lower-cased beforehand, regex per paragraph, no ranking' };
  try {
    for (const n of SIZES) {
      log(`search: writing ${n} articles…`);
      const dir = join(root, `nb-${n}.quotebook`);
      await writeFolder(dir, n);
      const session = await NotebookSession.open(dir, { backupOnOpen: false });
      const paragraphs = session.store.articles().flatMap((f) => f.article.blocks.map((b) => f.article.text.slice(b.start, b.end).toLowerCase()));
      const textBytes = paragraphs.reduce((sum, p) => sum + p.length, 0);
      const rssBefore = process.memoryUsage().rss;
      log(`search: building the index of ${n} articles…`);
      const built = await time(() => session.searchIndex());
      const rssAfter = process.memoryUsage().rss;
      const c = { n, session, ops: createOperations(session), paragraphs };
      results[`${n}`] = {
        build: { ms: Math.round(built.ms), articlesPerSecond: Math.round(n / (built.ms / 1000)), textMBPerSecond: round(mb(textBytes) / (built.ms / 1000)), textMB: mb(textBytes), rows: built.value.index.size() },
        rssAddedMB: mb(rssAfter - rssBefore),
        loadAverageAtBuild: round(loadavg()[0]!),
      };
      log(`search: queries at ${c.n} articles…`);
      const samples: Record<string, { index: number[]; scan: number[] }> = Object.fromEntries(QUERIES.map((q) => [q.name, { index: [], scan: [] }]));
      const runIndex = async (q: (typeof QUERIES)[number]) => {
        const { ms, value } = await time(() => c.ops.invoke('search:query', { query: q.query, limit: 50 }));
        if (!value.ok) throw new Error(value.error.message);
        return ms;
      };
      const runScan = async (q: (typeof QUERIES)[number]) =>
        (
          await time(async () => {
            const hits: number[] = [];
            for (let i = 0; i < c.paragraphs.length; i++) if (q.scan.test(c.paragraphs[i]!)) hits.push(i);
            return hits.length;
          })
        ).ms;
      for (const q of QUERIES) for (let w = 0; w < SAMPLES.warmUp; w++) await Promise.all([runIndex(q), runScan(q)]);
      const rounds = Math.max(SAMPLES.index, SAMPLES.scan(c.n));
      for (let r = 0; r < rounds; r++) {
        for (const q of shuffled(QUERIES, random)) {
          if (r < SAMPLES.index) samples[q.name]!.index.push(await runIndex(q));
          if (r < SAMPLES.scan(c.n)) samples[q.name]!.scan.push(await runScan(q));
        }
      }
      const queries = Object.fromEntries(
        QUERIES.map((q) => {
          const s = samples[q.name]!;
          const index = percentile(s.index, 95);
          const scan = percentile(s.scan, 95);
          return [q.name, { query: q.query, indexP50: percentile(s.index, 50), indexP95: index, scanP95: scan, scanOverIndex: round(scan / index) }];
        }),
      );

      // The index work of one save: the changed article's rows compared and written.
      const { index } = await c.session.searchIndex();
      const perSave: number[] = [];
      const perNote: number[] = [];
      for (let s = 0; s < 100; s++) {
        const file = c.session.store.article(`art_s${String((s * 7919) % c.n).padStart(6, '0')}`)!;
        const edited = { ...file, quotes: file.quotes.map((q) => ({ ...q, comment: `edited ${s}` })) };
        perSave.push((await time(async () => index.replace(`article:${file.article.id}`, articleRows(edited), `bench${s}`))).ms);
        const note = { format: 'quotebook-note' as const, schemaVersion: SCHEMA_VERSION, note: { id: `n_b${s % 10}`, title: `Note ${s}`, content: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: `${word(s)} `.repeat(300) }] }] } }, createdAt: '', updatedAt: '' } };
        perNote.push((await time(async () => index.replace(`note:${note.note.id}`, noteRows(note), `bench${s}`))).ms);
      }
      Object.assign(results[`${c.n}`] as object, {
        queries,
        indexOneSave: { quoteCommentP95: percentile(perSave.slice(10), 95), noteP95: percentile(perNote.slice(10), 95) },
      });
      await c.session.close();
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    if (previousCache === undefined) delete process.env.QUOTEBOOK_CACHE;
    else process.env.QUOTEBOOK_CACHE = previousCache;
    await rm(root, { recursive: true, force: true });
  }
  return results;
}
