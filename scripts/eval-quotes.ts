/**
 * `npm run eval:quotes`: scores the quote suggester against hand-labelled articles and prints
 * precision, recall and F1 for direct and reported quotes, speaker accuracy on found quotes and
 * end-to-end F1 (span and speaker both right), per split, next to a naive quotation-mark pairer.
 *
 *   npm run eval:quotes                 # table for docs/guide.md
 *   npm run eval:quotes -- --json       # machine-readable figures
 *   npm run eval:quotes -- --errors tune   # every miss in one split (never tune on a held-out one)
 *   npm run eval:quotes -- --about-errors tune   # found quotes whose about-actors differ from the labels
 *   npm run eval:quotes -- --splits tune,sample   # only these splits
 *   npm run eval:quotes -- --fix-offsets  # fill in missing start/end of new labels from their text
 *   npm run eval:quotes -- --splits tune --layouts   # the same articles one paragraph per line, hard-wrapped, … (textLayouts.ts)
 *
 * Splits are folders (see evalSplits.ts): every folder under test/fixtures/suggest with labels
 * ("tune" and "tune-…", used while writing the rules; "news/heldout3" and any other, never tuned on) and "sample"
 * (../shared/corpus, the article the issue came with). A label whose offsets do not give its text
 * stops the run unless --fix-offsets is given. For splits labelled for issue 14 (US/UK news:
 * "news/tune", "news/heldout3") the output adds span F1 over every kind, about-actor F1, the
 * quote-mark-and-cue baseline and the per-class error report (evalReport.ts). Every split labelled
 * with about-actors gets about-actor precision, recall and F1 on its found quotes.
 */
import { baselineQuotes } from '../src/shared/suggest/baseline';
import { markAndCueQuotes } from '../src/shared/suggest/baselineCue';
import { errorReport, type ReportArticle } from '../src/shared/suggest/errorReport';
import { sameSpeaker, scoreArticle, summarise, type ArticleScore, type Prediction, type Summary } from '../src/shared/suggest/evaluate';
import { suggestQuotes, type SuggestedQuote } from '../src/shared/suggest';
import { measuresHeader, measuresRow, reportLines } from './evalReport';
import { discoverSplits, isHeldOut, loadSplit, type Labelled } from './evalSplits';
import { inLayout, LAYOUTS } from './textLayouts';

export { discoverSplits, isHeldOut, loadSplit, type Labelled };

/** What is scored: the suggester, the quotation-mark pairer, or the quote-mark-and-cue baseline. */
export type System = 'suggester' | 'baseline' | 'markAndCue';

/** A suggestion as the evaluation reads it: a stance is its own kind, and a quote in pieces one prediction with its ranges. */
export function toPrediction(q: SuggestedQuote): Prediction {
  const speakerKind = q.speaker ? (q.speaker.anonymous ? 'unnamed' : q.speaker.kind) : undefined;
  const whole = q.pieces && q.pieces.length > 1 ? { start: q.pieces[0]!.start, end: q.pieces[q.pieces.length - 1]!.end, ranges: q.pieces } : { start: q.start, end: q.end };
  return { ...whole, kind: q.stance ? 'stance' : q.kind, speaker: q.speaker?.name ?? null, about: q.about.map((a) => a.name), ...(speakerKind ? { speakerKind } : {}) };
}

/** The predictions of a suggestion set: the pieces of one quote count once. */
export function toPredictions(quotes: readonly SuggestedQuote[]): Prediction[] {
  return quotes.filter((q) => !q.pieces || q.pieces[0]!.start === q.start).map(toPrediction);
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
    return { text: a.text, gold: a.gold, score: scoreArticle(a.text, a.gold, toPredictions(set.quotes)), actors: set.actors };
  });
  const scores = report.map((r) => r.score);
  return { summary: summarise(scores), scores, report };
}

const pct = (x: number) => x.toFixed(2);

/** Found quotes whose suggested about-actors differ from their labels: what was missed and what was extra. */
export function aboutMisses(gold: Labelled['gold'], score: ArticleScore): string[] {
  const lines: string[] = [];
  for (const [g, p] of score.pairing.pairs) {
    if (!g.about) continue;
    const got = p.about ?? [];
    const missed = g.about.filter((want) => !got.some((n) => sameSpeaker(gold, want, n)));
    const extra = got.filter((n) => !g.about!.some((want) => sameSpeaker(gold, want, n)));
    if (!missed.length && !extra.length) continue;
    lines.push(`  ${JSON.stringify(g.text).slice(0, 80)} [${g.speaker}]${missed.length ? `  missed: ${missed.join(', ')}` : ''}${extra.length ? `  extra: ${extra.join(', ')}` : ''}`);
  }
  return lines;
}

function row(label: string, s: Summary): string {
  const d = s.direct;
  const r = s.indirect;
  return `| ${label} | ${s.articles} | ${d.gold} / ${r.gold} | ${pct(d.precision)} / ${pct(d.recall)} / **${pct(d.f1)}** | ${r.gold ? `${pct(r.precision)} / ${pct(r.recall)} / **${pct(r.f1)}**` : '—'} | **${pct(s.speakerAccuracy)}** | ${pct(s.endToEnd.precision)} / ${pct(s.endToEnd.recall)} / **${pct(s.endToEnd.f1)}** |`;
}

/** The suggester on the articles as written and in each other layout of their text, side by side. */
function printLayouts(articles: readonly Labelled[]): void {
  console.log('| layout | end-to-end F1 | speaker accuracy | span F1 | about-actor F1 |');
  console.log('|---|---|---|---|---|');
  const layouts: [string, (a: Labelled) => Labelled][] = [['as written', (a) => a], ...Object.entries(LAYOUTS).map(([name, layout]): [string, (a: Labelled) => Labelled] => [name, (a) => inLayout(a, layout)])];
  for (const [name, change] of layouts) {
    const s = evaluate(articles.map(change), 'suggester').summary;
    console.log(`| ${name} | ${pct(s.endToEnd.f1)} | ${pct(s.speakerAccuracy)} | ${pct(s.all.f1)} | ${pct(s.about.f1)} |`);
  }
}

function main(argv: string[]): void {
  const fix = argv.includes('--fix-offsets');
  const errorsIn = argv.includes('--errors') ? argv[argv.indexOf('--errors') + 1] : undefined;
  const aboutIn = argv.includes('--about-errors') ? argv[argv.indexOf('--about-errors') + 1] : undefined;
  const all = discoverSplits();
  const only = argv.includes('--splits') ? argv[argv.indexOf('--splits') + 1]!.split(',') : Object.keys(all);
  const splits = only.map((split) => ({ split, articles: loadSplit(split, fix, all) })).filter((s) => s.articles.length);
  const results = splits.map(({ split, articles }) => ({ split, articles, suggester: evaluate(articles, 'suggester'), baseline: evaluate(articles, 'baseline'), markAndCue: evaluate(articles, 'markAndCue') }));
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
  if (aboutIn) {
    const result = results.find((r) => r.split === aboutIn);
    if (!result) throw new Error(`No split called "${aboutIn}". Splits: ${Object.keys(all).join(', ')}.`);
    if (isHeldOut(aboutIn)) console.log(`"${aboutIn}" is held out: read its errors to check labels, never to change a rule.`);
    result.suggester.scores.forEach((s, i) => {
      const gold = result.articles[i]!.gold;
      const lines = aboutMisses(gold, s);
      if (lines.length) console.log(`\n== ${result.articles[i]!.file}\n${lines.join('\n')}`);
    });
    return;
  }
  if (argv.includes('--layouts')) return printLayouts(splits.flatMap((s) => s.articles));
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
  const aboutSplits = results.filter((r) => r.suggester.summary.about.gold);
  if (aboutSplits.length) {
    console.log(`\nAbout-actors on found quotes (a predicted actor is right when it is among the quote's labelled ones):\n`);
    console.log('| split | labelled about-actors on found quotes | suggested | right | about-actor P / R / F1 |');
    console.log('|---|---|---|---|---|');
    for (const r of aboutSplits) {
      const a = r.suggester.summary.about;
      console.log(`| ${r.split} | ${a.gold} | ${a.predicted} | ${a.right} | ${pct(a.precision)} / ${pct(a.recall)} / **${pct(a.f1)}** |`);
    }
  }
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
