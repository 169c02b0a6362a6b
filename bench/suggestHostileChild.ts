/**
 * One case of bench/suggestHostile.ts, in a process of its own so its peak memory is its own:
 * builds the text, suggests once, prints the figures as JSON.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { suggestQuotes } from '../src/shared/suggest';

/** Repeated pieces that once made the suggester slow (issue 11 item 4), and the sample article as the baseline. */
const PIECES: Record<string, string> = {
  noFullStops: 'officials said the plan would work well for everyone there and ',
  straightQuotes: 'He said "no way" to them ',
  unclosedQuotes: 'a "b ',
  apostrophes: "don't ’ farmers’ the allies’ weapons ",
  abbreviations: 'Dr. J. R. Smith (Jr.) said “yes” and ‘no’ [sic] U.S. «oui» ',
  capitals: 'Foreign Minister Anna Berg Of The United Nations And ',
};

const [name = 'sample', size = '1000000'] = process.argv.slice(2);
const chars = Number(size);
let text: string;
if (name === 'sample') {
  // The sample article repeated, its paragraphs kept: ordinary news text of the same length.
  const sample = readFileSync(resolve(__dirname, '..', 'resources', 'sample', 'nato-china-lethal-aid.txt'), 'utf8');
  text = sample.repeat(Math.ceil(chars / sample.length) + 1).slice(0, chars);
} else {
  const piece = PIECES[name];
  if (!piece) throw new Error(`unknown case ${name}`);
  // One paragraph: no line breaks at all.
  text = piece.repeat(Math.ceil(chars / piece.length) + 1).slice(0, chars);
}
const before = process.cpuUsage();
const start = performance.now();
const { quotes } = suggestQuotes({ text });
const ms = performance.now() - start;
const cpuMs = process.cpuUsage(before).user / 1000;
process.stdout.write(
  JSON.stringify({ chars: text.length, ms, cpuMs, peakRssMb: process.resourceUsage().maxRSS / 1024, quotes: quotes.length, longestQuote: quotes.reduce((n, q) => Math.max(n, q.text.length), 0) }),
);
