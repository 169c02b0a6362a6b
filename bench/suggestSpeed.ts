/**
 * Issue 8's figure: suggestion time per 1,000 words (target ≤ 20 ms), over the labelled articles
 * one at a time and over one long article made of all of them, side by side with the naive
 * quotation-mark pairer (the evaluation's baseline) timed on the same texts in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { suggestQuotes } from '../src/shared/suggest';
import { baselineQuotes } from '../src/shared/suggest/baseline';
import { countWords } from '../src/shared/text/normalise';
import { percentile, round } from './stats';

const root = resolve(__dirname, '..');
const DIRS = [join(root, 'test', 'fixtures', 'suggest', 'tune'), join(root, 'test', 'fixtures', 'suggest', 'tune-was-heldout'), join(root, '..', 'shared', 'corpus')];

function articles(): string[] {
  return DIRS.flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(dir, f), 'utf8'));
    } catch {
      return [];
    }
  });
}

/** Milliseconds per 1,000 words for each of `rounds` passes over the texts. */
function perThousandWords(texts: readonly string[], work: (text: string) => unknown, rounds: number): number[] {
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const text of texts) work(text);
    samples.push(((performance.now() - start) / words) * 1000);
  }
  return samples;
}

export function suggestSpeedBench(log: (line: string) => void) {
  const texts = articles();
  const long = texts.join('\n\n');
  const suggest = (text: string) => suggestQuotes({ text });
  log(`suggest: warming up on ${texts.length} articles`);
  perThousandWords(texts, suggest, 10);
  perThousandWords(texts, baselineQuotes, 10);
  log('suggest: timing');
  const articlesMs = perThousandWords(texts, suggest, 40);
  const baselineMs = perThousandWords(texts, baselineQuotes, 40);
  const longMs = perThousandWords([long], suggest, 20);
  const median = (s: number[]) => percentile(s, 50);
  return {
    articles: texts.length,
    words: texts.reduce((n, t) => n + countWords(t), 0),
    msPer1000Words: { p50: median(articlesMs), p95: percentile(articlesMs, 95) },
    longArticle: { words: countWords(long), msPer1000Words: median(longMs) },
    baselinePairer: { msPer1000Words: median(baselineMs) },
    suggesterOverBaseline: round(median(articlesMs) / Math.max(median(baselineMs), 0.001)),
    targetMsPer1000Words: 20,
  };
}
