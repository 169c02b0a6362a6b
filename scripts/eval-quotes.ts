/**
 * `npm run eval:quotes`: scores the quote suggester against hand-labelled articles and prints
 * precision, recall and F1 for direct and reported quotes, speaker accuracy on found quotes and
 * end-to-end F1 (span and speaker both right), per split, next to a naive quotation-mark pairer.
 *
 *   npm run eval:quotes                 # table for docs/guide.md
 *   npm run eval:quotes -- --json       # machine-readable figures
 *   npm run eval:quotes -- --errors tune   # every miss in one split (never tune on "heldout")
 *   npm run eval:quotes -- --splits tune,sample   # only these splits
 *   npm run eval:quotes -- --fix-offsets  # fill in missing start/end of new labels from their text
 *
 * Splits are folders (see evalSplits.ts): every folder under test/fixtures/suggest with labels
 * ("tune", used while writing the rules; "heldout" and any other, never tuned on) and "sample"
 * (../shared/corpus, the article the issue came with). A label whose offsets do not give its text
 * stops the run unless --fix-offsets is given.
 */
import { baselineQuotes } from '../src/shared/suggest/baseline';
import { scoreArticle, summarise, type ArticleScore, type Prediction, type Summary } from '../src/shared/suggest/evaluate';
import { suggestQuotes } from '../src/shared/suggest';
import { discoverSplits, isHeldOut, loadSplit, type Labelled } from './evalSplits';

export { discoverSplits, isHeldOut, loadSplit, type Labelled };

/** Runs the suggester (or the baseline) over articles and scores it. */
export function evaluate(articles: readonly Labelled[], system: 'suggester' | 'baseline'): { summary: Summary; scores: ArticleScore[] } {
  const scores = articles.map((a) => {
    const predictions: Prediction[] =
      system === 'baseline'
        ? baselineQuotes(a.text)
        : suggestQuotes({ text: a.text }).quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null }));
    return scoreArticle(a.text, a.gold, predictions);
  });
  return { summary: summarise(scores), scores };
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
  const all = discoverSplits();
  const only = argv.includes('--splits') ? argv[argv.indexOf('--splits') + 1]!.split(',') : Object.keys(all);
  const splits = only.map((split) => ({ split, articles: loadSplit(split, fix, all) })).filter((s) => s.articles.length);
  const results = splits.map(({ split, articles }) => ({ split, suggester: evaluate(articles, 'suggester'), baseline: evaluate(articles, 'baseline'), articles }));
  if (errorsIn) {
    const result = results.find((r) => r.split === errorsIn);
    if (!result) throw new Error(`No split called "${errorsIn}". Splits: ${Object.keys(all).join(', ')}.`);
    if (isHeldOut(errorsIn)) console.log(`"${errorsIn}" is held out: read its errors to check labels, never to change a rule.`);
    result.suggester.scores.forEach((s, i) => {
      if (!s.misses.length) return;
      console.log(`\n== ${result.articles[i]!.file}`);
      for (const m of s.misses) console.log(`  ${m.what.padEnd(14)} ${m.kind.padEnd(8)} ${JSON.stringify(m.text).slice(0, 90)}${m.what !== 'spurious' ? `  expected: ${m.expected}` : ''}${m.what !== 'missed' ? `  got: ${m.got}` : ''}`);
    });
    return;
  }
  if (argv.includes('--json')) {
    const out = Object.fromEntries(results.map((r) => [r.split, { suggester: r.suggester.summary, baseline: r.baseline.summary }]));
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  console.log('| split | articles | gold quotes (direct / reported) | direct P / R / F1 | reported P / R / F1 | speaker accuracy | end-to-end P / R / F1 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) console.log(row(r.split, r.suggester.summary));
  for (const r of results) console.log(row(`${r.split}, baseline pairer`, r.baseline.summary));
  const hits = results.reduce((n, r) => n + r.suggester.summary.nonQuoteHits, 0);
  console.log(`\nTitles and scare quotes reported as speech: ${hits}.`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`eval:quotes: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
