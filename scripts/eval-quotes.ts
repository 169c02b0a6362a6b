/**
 * `npm run eval:quotes`: scores the quote suggester against hand-labelled articles and prints
 * precision, recall and F1 for direct and reported quotes, speaker accuracy on found quotes and
 * end-to-end F1 (span and speaker both right), per split, next to a naive quotation-mark pairer.
 *
 *   npm run eval:quotes                 # table for the README
 *   npm run eval:quotes -- --json       # machine-readable figures
 *   npm run eval:quotes -- --errors tune   # every miss in one split (never tune on "heldout")
 *   npm run eval:quotes -- --splits tune,sample   # only these splits
 *   npm run eval:quotes -- --fix-offsets  # fill in missing start/end of new labels from their text
 *
 * Splits: "tune" (test/fixtures/suggest/tune, used while writing the rules), "heldout"
 * (test/fixtures/suggest/heldout, written before the rules and never tuned on), "sample"
 * (../shared/corpus, the article the issue came with), and issue 14's US/UK news splits
 * "news/tune" and "news/heldout". For these the output adds span F1 over every kind, about-actor
 * F1, the quote-mark-and-cue baseline and the per-class error report (evalReport.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { baselineQuotes } from '../src/shared/suggest/baseline';
import { markAndCueQuotes } from '../src/shared/suggest/baselineCue';
import { errorReport, type ReportArticle } from '../src/shared/suggest/errorReport';
import { scoreArticle, summarise, type ArticleScore, type GoldArticle, type Prediction, type Summary } from '../src/shared/suggest/evaluate';
import { suggestQuotes, type SuggestedQuote } from '../src/shared/suggest';
import { measuresHeader, measuresRow, reportLines } from './evalReport';

const root = resolve(__dirname, '..');

/** Where each split's labelled articles live. */
export const SPLITS: Record<string, string> = {
  tune: join(root, 'test', 'fixtures', 'suggest', 'tune'),
  heldout: join(root, 'test', 'fixtures', 'suggest', 'heldout'),
  sample: join(root, '..', 'shared', 'corpus'),
  'news/tune': join(root, 'test', 'fixtures', 'suggest', 'news', 'tune'),
  'news/heldout': join(root, 'test', 'fixtures', 'suggest', 'news', 'heldout'),
};

/** A labelled article with its text. */
export interface Labelled {
  split: string;
  file: string;
  text: string;
  gold: GoldArticle & { article: string };
}

/** Loads every labelled article of a split; with `fix`, fills missing offsets and saves them. */
export function loadSplit(split: string, fix = false): Labelled[] {
  const dir = SPLITS[split]!;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      const gold = JSON.parse(readFileSync(path, 'utf8')) as Labelled['gold'];
      const text = readFileSync(join(dir, gold.article), 'utf8');
      if (fixOffsets(text, gold) && fix) writeFileSync(path, `${JSON.stringify(gold, null, 2)}\n`);
      checkOffsets(f, text, gold);
      return { split, file: f, text, gold };
    });
}

/** Fills `start`/`end` of labels that lack them by finding their text in reading order. */
function fixOffsets(text: string, gold: GoldArticle): boolean {
  let changed = false;
  for (const list of [gold.quotes, gold.not_quotes ?? []]) {
    let cursor = 0;
    for (const q of list) {
      if (typeof q.start === 'number' && q.start >= cursor && text.slice(q.start, q.end) === q.text) {
        cursor = q.start + 1;
        continue;
      }
      const at = text.indexOf(q.text, cursor);
      if (at < 0) continue;
      Object.assign(q, { start: at, end: at + q.text.length });
      cursor = at + 1;
      changed = true;
    }
  }
  return changed;
}

function checkOffsets(file: string, text: string, gold: GoldArticle): void {
  for (const q of [...gold.quotes, ...(gold.not_quotes ?? [])]) {
    if (text.slice(q.start, q.end) !== q.text) {
      throw new Error(`${file}: the label "${q.text.slice(0, 40)}…" does not match the article at ${q.start}–${q.end}. Fix its offsets or run with --fix-offsets.`);
    }
  }
}

/** What is scored: the suggester, the quotation-mark pairer, or the quote-mark-and-cue baseline. */
export type System = 'suggester' | 'baseline' | 'markAndCue';

/** A suggestion as the evaluation reads it. */
export function toPrediction(q: SuggestedQuote): Prediction {
  const speakerKind = q.speaker ? (q.speaker.anonymous ? 'unnamed' : q.speaker.kind) : undefined;
  return { start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null, ...(speakerKind ? { speakerKind } : {}) };
}

/** Articles on which the suggester threw, with its message (scored as giving no suggestions). */
export const failures: string[] = [];

/** Runs a system over articles and scores it; `report` holds what the per-class error report needs. */
export function evaluate(articles: readonly Labelled[], system: System): { summary: Summary; scores: ArticleScore[]; report: ReportArticle[] } {
  const report = articles.map((a): ReportArticle => {
    if (system !== 'suggester') {
      const predictions = system === 'baseline' ? baselineQuotes(a.text) : markAndCueQuotes(a.text);
      return { text: a.text, gold: a.gold, score: scoreArticle(a.text, a.gold, predictions) };
    }
    let set: ReturnType<typeof suggestQuotes> = { quotes: [], actors: [] };
    try {
      set = suggestQuotes({ text: a.text });
    } catch (error) {
      // Scored as what an analyst gets: no suggestions for this article. Said loudly, never hidden.
      failures.push(`${a.split}/${a.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { text: a.text, gold: a.gold, score: scoreArticle(a.text, a.gold, set.quotes.map(toPrediction)), actors: set.actors };
  });
  const scores = report.map((r) => r.score);
  return { summary: summarise(scores), scores, report };
}

const pct = (x: number) => x.toFixed(2);

function row(label: string, s: Summary): string {
  const d = s.direct;
  const r = s.indirect;
  return `| ${label} | ${s.articles} | ${d.gold} / ${r.gold} | ${pct(d.precision)} / ${pct(d.recall)} / **${pct(d.f1)}** | ${r.gold ? `${pct(r.precision)} / ${pct(r.recall)} / **${pct(r.f1)}**` : '—'} | **${pct(s.speakerAccuracy)}** | ${pct(s.endToEnd.precision)} / ${pct(s.endToEnd.recall)} / **${pct(s.endToEnd.f1)}** |`;
}

function main(argv: string[]): void {
  const fix = argv.includes('--fix-offsets');
  const errorsIn = argv.includes('--errors') ? argv[argv.indexOf('--errors') + 1] : undefined;
  const only = argv.includes('--splits') ? argv[argv.indexOf('--splits') + 1]!.split(',') : Object.keys(SPLITS);
  const splits = only.map((split) => ({ split, articles: loadSplit(split, fix) })).filter((s) => s.articles.length);
  const results = splits.map(({ split, articles }) => ({ split, articles, suggester: evaluate(articles, 'suggester'), baseline: evaluate(articles, 'baseline'), markAndCue: evaluate(articles, 'markAndCue') }));
  if (errorsIn) {
    const result = results.find((r) => r.split === errorsIn);
    if (!result) throw new Error(`No split called "${errorsIn}". Splits: ${Object.keys(SPLITS).join(', ')}.`);
    result.suggester.scores.forEach((s, i) => {
      if (!s.misses.length) return;
      console.log(`\n== ${result.articles[i]!.file}`);
      for (const m of s.misses) console.log(`  ${m.what.padEnd(14)} ${m.kind.padEnd(8)} ${JSON.stringify(m.text).slice(0, 90)}${m.what !== 'spurious' ? `  expected: ${m.expected}` : ''}${m.what !== 'missed' ? `  got: ${m.got}` : ''}`);
    });
    return;
  }
  const labelled14 = results.filter((r) => r.articles.some((a) => a.gold.quotes.some((q) => q.speaker_kind !== undefined)));
  if (argv.includes('--json')) {
    const out = Object.fromEntries(
      results.map((r) => [r.split, { suggester: r.suggester.summary, baseline: r.baseline.summary, markAndCue: r.markAndCue.summary, ...(labelled14.includes(r) ? { errors: errorReport(r.suggester.report) } : {}) }]),
    );
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  console.log('| split | articles | gold quotes (direct / reported) | direct P / R / F1 | reported P / R / F1 | speaker accuracy | end-to-end P / R / F1 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) console.log(row(r.split, r.suggester.summary));
  for (const r of results) console.log(row(`${r.split}, baseline pairer`, r.baseline.summary));
  const hits = results.reduce((n, r) => n + r.suggester.summary.nonQuoteHits, 0);
  console.log(`\nSuggestions over labelled non-quotes (titles, names, scare quotes; in the news splits also noun and adverbial traps): ${hits}.`);
  for (const f of new Set(failures)) console.log(`The suggester failed on ${f} (scored as no suggestions).`);
  if (!labelled14.length) return;
  console.log(`\nIssue 14 measures (reported includes stances; span counts every kind):\n`);
  console.log(measuresHeader.join('\n'));
  for (const r of labelled14) {
    console.log(measuresRow(r.split, 'suggester', r.suggester.summary));
    console.log(measuresRow(r.split, 'mark-and-cue baseline', r.markAndCue.summary));
  }
  for (const r of labelled14) console.log(`\n${reportLines(r.split, errorReport(r.suggester.report)).join('\n')}`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`eval:quotes: ${error instanceof Error ? (process.env.DEBUG ? error.stack : error.message) : String(error)}`);
    process.exitCode = 1;
  }
}
