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
  // Each tuning split's runs and text are built once: every split checked below reads them all.
  const tuningRunsBySplit = new Map([...tuningBySplit].map(([s, texts]) => [s, new Set(texts.flatMap((t) => [...runsOf(t)]))] as const));
  const tuningTextBySplit = new Map([...tuningBySplit].map(([s, texts]) => [s, texts.join('\n')] as const));
  /** The tuning texts a split's words may also stand in: every tuning split but itself. */
  function tuningFor(split: string) {
    const runs = [...tuningRunsBySplit].filter(([s]) => s !== split).map(([, r]) => r);
    const texts = [...tuningTextBySplit].filter(([s]) => s !== split).map(([, t]) => t);
    return { hasRun: (run: string) => runs.some((r) => r.has(run)), names: (pattern: RegExp) => texts.some((t) => pattern.test(t)) };
  }
  const sources = sourceFiles(join(root, 'src')).map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8') }));
  const sourceWords = sources.map((s) => ({ file: s.file, words: words(s.text) }));
  // Every word the source uses, case as written: a name with a word outside it cannot be there.
  const sourceTokens = new Set(sources.flatMap((s) => s.text.match(/[\p{L}\p{N}]+/gu) ?? []));
  const mayName = (name: string) => (name.match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => sourceTokens.has(w));

  it('has a held-out split of at least 8 articles', () => {
    expect(heldOut.length).toBeGreaterThan(0);
    expect(heldOut.flatMap((s) => loadSplit(s, false, splits)).length).toBeGreaterThanOrEqual(8);
  });

  it.each([...heldOut, ...retired])('no file under src/ quotes six words in a row or a distinctive name from the "%s" split', (split) => {
    const leaks: string[] = [];
    const tuning = tuningFor(split);
    const articles = loadSplit(split, false, splits);
    // Held-out runs by the article they come from; scanning the source only at their first words keeps this quick.
    const heldRuns = new Map<string, string>();
    for (const article of articles) {
      const labelText = article.gold.quotes.map((q) => q.text).join('\n');
      for (const run of [...runsOf(article.text), ...runsOf(labelText)]) {
        if (!tuning.hasRun(run)) heldRuns.set(run, article.file);
      }
    }
    const firstWords = new Set([...heldRuns.keys()].map((run) => run.split(' ')[0]!));
    for (const s of sourceWords) {
      for (let i = 0; i + RUN <= s.words.length; i++) {
        if (!firstWords.has(s.words[i]!)) continue;
        const run = s.words.slice(i, i + RUN).join(' ');
        if (heldRuns.has(run)) leaks.push(`${s.file} quotes ${heldRuns.get(run)}: "${run}"`);
      }
    }
    for (const article of articles) {
      // As written, and in capitals as transcripts label their speakers ("DIZON:").
      for (const name of namesOf(article).flatMap((n) => [n, n.toUpperCase()])) {
        const pattern = nameRegex(name);
        if (!mayName(name) || tuning.names(pattern)) continue;
        for (const s of sources) if (pattern.test(s.text)) leaks.push(`${s.file} names "${name}" from ${article.file}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
