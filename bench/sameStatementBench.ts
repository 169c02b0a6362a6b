/**
 * The same statement at 10,000 articles × 10 quotes of about 20 words (100,000 quotes), one in
 * twenty a line carried by 2–4 articles. In one process, cases alternating each round after an
 * uncounted warm-up:
 * - baseline: one pass over every quote's words (lower-casing each) — the least any
 *   notebook-wide look at quote words costs;
 * - building the index from nothing (what the first call after opening a notebook pays);
 * - bringing it up to date after one article changed (what every later call pays);
 * - the statement of one quote, and `statementOf` for every quote of one article (the inspector);
 * - what the index holds in memory (heap after garbage collection, with `--expose-gc` only).
 */
import { StatementIndex, type StatementQuoteInput } from '../src/shared/statements/statementIndex';
import { percentile, round, seededRandom } from './stats';

const ARTICLES = 10_000;
const QUOTES = 10;

function corpus(random: () => number) {
  const vocabulary = Array.from({ length: 5_000 }, (_, n) => `w${n.toString(36)}`);
  const line = () => Array.from({ length: 14 + Math.floor(random() * 14) }, () => vocabulary[Math.floor(random() * vocabulary.length)]!).join(' ');
  const carried = Array.from({ length: 2_000 }, line);
  return Array.from({ length: ARTICLES }, (_, a) => ({
    article: { id: `art${a}` },
    quotes: Array.from({ length: QUOTES }, (_, q): StatementQuoteInput => {
      const shared = random() < 0.05 ? carried[Math.floor(random() * carried.length)]! : null;
      const exact = shared ? `“${shared.split(' ').slice(Math.floor(random() * 3)).join(' ')},”` : line();
      return { id: `q${a}_${q}`, articleId: `art${a}`, speakerId: null, status: 'confirmed', target: { exact } };
    }),
  }));
}

const ms = (work: () => void) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

export function sameStatementBench(log: (line: string) => void) {
  const random = seededRandom(14);
  const files = corpus(random);
  const gc = (globalThis as { gc?: () => void }).gc;
  const samples: Record<string, number[]> = { baseline: [], build: [], syncOneChanged: [], oneQuote: [], oneArticle: [] };
  let index = new StatementIndex();
  let heapHeld: number | null = null;
  for (let round = 0; round < 8; round++) {
    log(`sameStatement: round ${round + 1} of 8…`);
    const counted = round > 0;
    const cases: [string, () => void][] = [
      ['baseline', () => void files.reduce((n, f) => n + f.quotes.reduce((m, q) => m + q.target.exact.toLowerCase().length, 0), 0)],
      [
        'build',
        () => {
          index = new StatementIndex();
          index.sync(files);
        },
      ],
      [
        'syncOneChanged',
        () => {
          const n = Math.floor(random() * ARTICLES);
          files[n] = { ...files[n]!, quotes: [...files[n]!.quotes] };
          index.sync(files);
        },
      ],
      ['oneQuote', () => void index.statementOf(`q${Math.floor(random() * ARTICLES)}_${Math.floor(random() * QUOTES)}`)],
      ['oneArticle', () => {
        const a = Math.floor(random() * ARTICLES);
        for (let q = 0; q < QUOTES; q++) index.statementOf(`q${a}_${q}`);
      }],
    ];
    for (const [name, work] of round % 2 ? cases.reverse() : cases) {
      const runs = name === 'build' ? 1 : 20;
      for (let r = 0; r < runs; r++) {
        const took = ms(work);
        if (counted) samples[name]!.push(took);
      }
    }
  }
  // Memory: the heap with the index against the heap without it, each after a full collection.
  if (gc) {
    gc();
    const withIndex = process.memoryUsage().heapUsed;
    index = new StatementIndex();
    gc();
    heapHeld = (withIndex - process.memoryUsage().heapUsed) / 1_048_576;
    index.sync(files);
  }
  const p = (name: string) => ({ p50: percentile(samples[name]!, 50), p95: percentile(samples[name]!, 95) });
  const baseline = p('baseline');
  const linked = files.flatMap((f) => f.quotes).filter((q) => index.statementOf(q.id).length > 1).length;
  return {
    method: 'in-memory StatementIndex, 10,000 articles × 10 quotes (14–27 words), 5% of quotes a shared line (start cut by 0–2 words); 7 counted rounds after 1 warm-up, case order reversed every other round; ratios against the baseline pass of the same run',
    quotes: ARTICLES * QUOTES,
    quotesLinked: linked,
    baselinePassOverEveryQuote: baseline,
    buildFromNothing: { ...p('build'), overBaselineP50: round(p('build').p50 / baseline.p50) },
    syncAfterOneArticleChanged: { ...p('syncOneChanged'), overBaselineP50: round(p('syncOneChanged').p50 / baseline.p50) },
    statementOfOneQuote: p('oneQuote'),
    statementsOfOneArticle: p('oneArticle'),
    heapHeldByIndexMB: heapHeld === null ? 'run with node --expose-gc to measure' : round(heapHeld),
  };
}
