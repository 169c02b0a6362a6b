/**
 * A held-out split judges rules that were written without it, so no source file may quote it:
 * not a run of six words from a held-out article, and not a distinctive name from its labels
 * (a person, organisation or place, a labelled title or sign). Words and names that also occur
 * in a tuning text (the "tune" splits and the sample) are fair game: the rules may have seen them
 * there. This is how the last held-out split leaked ("told Whitmore", "Ousmane Diallo, 58").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverSplits, isHeldOut, loadSplit, type Labelled } from '../../../scripts/evalSplits';

const root = resolve(__dirname, '../../..');
const RUN = 6;

/** Lower-case words, so that a run matches across line breaks, quotation marks and case. */
const words = (text: string) => (text.normalize('NFC').toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []);

function runsOf(text: string): Set<string> {
  const w = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  return runs;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The name as a whole word or phrase, case as written. */
const nameRegex = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u');

// The fifty American states, which a rule may list as a whole as it may list countries; a label
// may give one any kind ("Delaware" as a place, a state's government), so they go by name.
const US_STATES = new Set(
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming'
    .split(' ')
    .map((s) => s.replace('_', ' ')),
);

/** Distinctive names in one article's labels: actors other than states (and their surnames), titles, signs. */
function namesOf(article: Labelled): string[] {
  const gold = article.gold as Labelled['gold'] & { actors: { name: string; kind: string; aliases: string[] }[] };
  const names = new Set<string>();
  for (const actor of gold.actors) {
    if (actor.kind === 'state') continue; // country names are in every word list
    for (const form of [actor.name, ...actor.aliases]) {
      const clean = form.replace(/\|/g, '').trim();
      // A proper name has a capital letter past a leading article: "the court", "the union" or
      // "The documents" (a document actor, capitalised at a sentence start) is not distinctive.
      if (clean.length >= 4 && /\p{Lu}/u.test(clean.replace(/^the\s+/i, '')) && !US_STATES.has(clean)) names.add(clean);
    }
    if (actor.kind === 'person' && actor.name.includes(' ')) names.add(actor.name.split(/\s+/).pop()!);
  }
  for (const n of gold.not_quotes ?? []) if (n.text.length >= 4) names.add(n.text);
  return [...names];
}

function remember<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as V;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(?:ts|tsx|css|html|json|md)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('held-out splits stay out of the source', () => {
  const splits = discoverSplits();
  const heldOut = Object.keys(splits).filter(isHeldOut);
  // A held-out split retired to tuning ("tune-was-heldout") may teach the rules, but its figures
  // in the guide were taken as held out, so the source still never quotes it either: it is
  // checked against the other tuning texts.
  const retired = Object.keys(splits).filter((s) => s.split('/').pop()!.startsWith('tune-was-'));
  const tuningBySplit = new Map(
    Object.keys(splits)
      .filter((s) => !isHeldOut(s))
      .map((s) => [s, loadSplit(s, false, splits).map((a) => `${a.text}\n${JSON.stringify(a.gold)}`)] as const),
  );
  // Each tuning run with the one split it stands in, or null when it stands in several: one lookup
  // tells whether a run occurs in a tuning split other than the one being checked.
  const tuningRuns = new Map<string, string | null>();
  for (const [s, texts] of tuningBySplit) {
    for (const run of new Set(texts.flatMap((t) => [...runsOf(t)]))) tuningRuns.set(run, tuningRuns.has(run) ? null : s);
  }
  const tuningTextBySplit = new Map([...tuningBySplit].map(([s, texts]) => [s, texts.join('\n')] as const));
  /** The tuning texts a split's words may also stand in: every tuning split but itself. */
  const inTuning = new Map<string, boolean>();
  function tuningFor(split: string) {
    const hasRun = (run: string) => tuningRuns.has(run) && tuningRuns.get(run) !== split;
    const texts = [...tuningTextBySplit].filter(([s]) => s !== split).map(([, t]) => t);
    // A plain substring search rules most texts out before the whole-word pattern runs.
    const names = (name: string, pattern: RegExp) => texts.some((t) => t.includes(name) && pattern.test(t));
    // Names recur from split to split ("Senate", "Labour"): a held-out split excludes no tuning
    // text, so what one found holds for all of them.
    if (tuningBySplit.has(split)) return { hasRun, names };
    return { hasRun, names: (name: string, pattern: RegExp) => remember(inTuning, name, () => names(name, pattern)) };
  }
  const sources = sourceFiles(join(root, 'src')).map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8') }));
  // Every six-word run of the source, with the first file it stands in, built once for all splits.
  const sourceRuns = new Map<string, string>();
  for (const s of sources) for (const run of runsOf(s.text)) if (!sourceRuns.has(run)) sourceRuns.set(run, s.file);
  // Every word the source uses, case as written: a name with a word outside it cannot be there.
  const sourceTokens = new Set(sources.flatMap((s) => s.text.match(/[\p{L}\p{N}]+/gu) ?? []));
  /** The source files that name each name, found once however many splits hold it. */
  const sourcesNaming = new Map<string, string[]>();
  const mayName = (name: string) => (name.match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => sourceTokens.has(w));

  it('has a held-out split of at least 8 articles', () => {
    expect(heldOut.length).toBeGreaterThan(0);
    expect(heldOut.flatMap((s) => loadSplit(s, false, splits)).length).toBeGreaterThanOrEqual(8);
  });

  it.each([...heldOut, ...retired])('no file under src/ quotes six words in a row or a distinctive name from the "%s" split', (split) => {
    const leaks: string[] = [];
    const tuning = tuningFor(split);
    const articles = loadSplit(split, false, splits);
    // Held-out runs by the article they come from, looked up among the source's runs.
    const heldRuns = new Map<string, string>();
    for (const article of articles) {
      const labelText = article.gold.quotes.map((q) => q.text).join('\n');
      for (const run of [...runsOf(article.text), ...runsOf(labelText)]) {
        if (!tuning.hasRun(run)) heldRuns.set(run, article.file);
      }
    }
    for (const [run, file] of heldRuns) {
      const source = sourceRuns.get(run);
      if (source) leaks.push(`${source} quotes ${file}: "${run}"`);
    }
    for (const article of articles) {
      // As written, and in capitals as transcripts label their speakers ("DIZON:").
      for (const name of namesOf(article).flatMap((n) => [n, n.toUpperCase()])) {
        const pattern = nameRegex(name);
        if (!mayName(name)) continue;
        const naming = remember(sourcesNaming, name, () => sources.filter((s) => s.text.includes(name) && pattern.test(s.text)).map((s) => s.file));
        if (naming.length === 0 || tuning.names(name, pattern)) continue;
        for (const file of naming) leaks.push(`${file} names "${name}" from ${article.file}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
