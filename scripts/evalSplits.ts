/**
 * The labelled splits behind `npm run eval:quotes`, found by folder: every folder under
 * test/fixtures/suggest that holds `*.gold.json` files is a split named by its path there
 * ("tune", "tune-was-heldout2", "news/tune", "news/heldout3"), and "sample" is the shared corpus. A split
 * whose last path segment is "tune" or starts with "tune-" (a held-out split retired to tuning
 * once it had been scored too often to be fresh, such as "tune-was-heldout"), and the sample, are
 * read while writing the rules; every other split is held out (never tuned on, never quoted in
 * src: see heldOutLeak.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { GoldArticle } from '../src/shared/suggest/evaluate';

const root = resolve(__dirname, '..');
const fixtures = join(root, 'test', 'fixtures', 'suggest');
/** The shared corpus beside the checkout, whose labelled article is the "sample" split. */
export const sampleDir = join(root, '..', 'shared', 'corpus');

/** A labelled article with its text. */
export interface Labelled {
  split: string;
  file: string;
  text: string;
  gold: GoldArticle & { article: string };
}

const holdsLabels = (dir: string) => readdirSync(dir).some((f) => f.endsWith('.gold.json'));

function foldersUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const subs = readdirSync(dir).map((f) => join(dir, f)).filter((p) => statSync(p).isDirectory());
  return [...(holdsLabels(dir) ? [dir] : []), ...subs.flatMap(foldersUnder)];
}

/** Every split, name → folder: the fixture folders with labels, then the sample. */
export function discoverSplits(fixturesDir = fixtures, sampleFolder = sampleDir): Record<string, string> {
  const splits: Record<string, string> = {};
  for (const dir of foldersUnder(fixturesDir).filter((d) => d !== fixturesDir).sort()) splits[relative(fixturesDir, dir).split(sep).join('/')] = dir;
  if (existsSync(sampleFolder) && holdsLabels(sampleFolder)) splits.sample = sampleFolder;
  return splits;
}

/** True for a split the rules must never have seen: anything but a "…tune" or "…tune-…" folder and the sample. */
export function isHeldOut(split: string): boolean {
  const folder = split.split('/').pop()!;
  return split !== 'sample' && folder !== 'tune' && !folder.startsWith('tune-');
}

/**
 * Loads every labelled article of a split. A label whose offsets do not give its text is an
 * error naming the label; with `fix`, such labels (and labels written without offsets) get the
 * offsets of their text found in reading order, and the file is saved.
 */
export function loadSplit(split: string, fix = false, splits = discoverSplits()): Labelled[] {
  const dir = splits[split];
  if (!dir) throw new Error(`No split called "${split}". Splits: ${Object.keys(splits).join(', ')}.`);
  return loadFolder(dir, split, fix);
}

/** Loads the labelled articles of one folder (see `loadSplit`). */
export function loadFolder(dir: string, split: string, fix = false): Labelled[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      const gold = JSON.parse(readFileSync(path, 'utf8')) as Labelled['gold'];
      const text = readFileSync(join(dir, gold.article), 'utf8');
      if (fix && fixOffsets(text, gold)) writeFileSync(path, `${JSON.stringify(gold, null, 2)}\n`);
      checkOffsets(`${split}/${f}`, text, gold);
      return { split, file: f, text, gold };
    });
}

const matches = (text: string, q: { text: string; start?: number; end?: number }) =>
  typeof q.start === 'number' && typeof q.end === 'number' && text.slice(q.start, q.end) === q.text;

/** Gives labels whose offsets are missing or wrong the offsets of their text, in reading order. */
function fixOffsets(text: string, gold: GoldArticle): boolean {
  let changed = false;
  for (const list of [gold.quotes, gold.not_quotes ?? []]) {
    let cursor = 0;
    for (const q of list) {
      if (matches(text, q) && q.start >= cursor) {
        cursor = q.start + 1;
        continue;
      }
      const at = text.indexOf(q.text, cursor);
      if (at < 0) continue; // left for checkOffsets to report
      Object.assign(q, { start: at, end: at + q.text.length });
      cursor = at + 1;
      changed = true;
    }
  }
  return changed;
}

function checkOffsets(file: string, text: string, gold: GoldArticle): void {
  for (const q of [...gold.quotes, ...(gold.not_quotes ?? [])]) {
    if (matches(text, q)) continue;
    const where = typeof q.start === 'number' ? `at ${q.start}–${q.end} the article reads "${text.slice(q.start, q.end).slice(0, 40)}"` : 'it has no offsets';
    const found = text.includes(q.text) ? 'Correct start/end, or run `npm run eval:quotes -- --fix-offsets` to take the first place its text occurs after the previous label.' : 'Its text does not occur in the article: correct the text.';
    throw new Error(`${file}: the label "${q.text.slice(0, 40)}" does not match its article (${where}). ${found}`);
  }
}
