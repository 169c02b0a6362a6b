/**
 * Names found in an article, for the speaker and about-actor pickers: runs of capitalised words
 * ("Jens Stoltenberg", "United Nations"), split at titles ("NATO Secretary-General Jens
 * Stoltenberg" gives "NATO" and "Jens Stoltenberg"), with second mentions by surname counted
 * towards the full name and states named by capital or abbreviation given their usual name.
 * A heuristic: it offers names to pick from, it never decides who said what.
 */
import { lookupGazetteer } from '../actors/lookupGazetteer';
import { nameKey } from '../actors/normaliseName';
import type { ActorKind } from '../model';
import { ORG_WORDS } from './organisationWords';
import { plain } from '../suggest/tokens';

/** A name and where the article mentions it (start offsets, UTF-16). */
export interface NameInText {
  name: string;
  offsets: number[];
}

/** Titles and roles that sit in front of a name but are not part of it. */
const ROLE_WORDS = new Set(
  `secretary general secretary-general minister foreign prime president vice ambassador spokesperson spokesman spokeswoman
  representative high chancellor senator governor director chief commander defense defence deputy chairman chair chairwoman
  mr mrs ms dr sen rep gen king queen pope premier mayor official officials state envoy leader head former interior finance
  lieutenant colonel captain general admiral sir lord lady justice judge speaker councillor minister-president affairs policy
  security`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that are never part of a name (sentence openers, days, months). */
const STOP_WORDS = new Set(
  `the a an and but or if in on at of for to by with from as it its he she they we i you his her their our this that these those
  there here when where while after before since during however meanwhile speaking asked according also still yet so then
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
  november december mon tue wed thu fri sat sun publicly privately`
    .split(/\s+/)
    .filter(Boolean),
);

/** Adjectives of nationality: part of a name ("European Union"), but not a name alone ("Chinese officials"). */
const DEMONYMS = new Set(
  `chinese russian ukrainian american european british french german iranian korean israeli palestinian turkish polish
  indian japanese african arab western eastern northern southern`
    .split(/\s+/)
    .filter(Boolean),
);

const CONNECTORS = new Set(['of', 'the', 'de', 'del', 'da', 'van', 'von', 'der', 'den', 'al', 'bin', 'le', 'la', 'du']);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-‐]*/gu;

interface Token {
  text: string;
  start: number;
  capital: boolean;
  sentenceStart: boolean;
  /** Separated from the previous token by a single space only (no punctuation). */
  joined: boolean;
}


function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let previousStopped = false;
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    // Possessives and a sentence's full stop are not part of a name; "U.S." keeps its dots.
    word = word.replace(/['’]s$/u, '');
    const stopped = word.endsWith('.') && !/^(\p{L}\.)+$/u.test(word);
    if (stopped) word = word.replace(/\.+$/u, '');
    if (!word) continue;
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    const before = text.slice(Math.max(0, start - 3), start);
    tokens.push({
      text: word,
      start,
      capital: /^\p{Lu}/u.test(word),
      sentenceStart: tokens.length === 0 || /[.!?]["'“”’‘]?\s*$|\n\s*$|^\s*["“‘]$|[.!?\n]\s*["“‘]$/u.test(before) || /\n/.test(gap),
      joined: gap === ' ' && !previousStopped,
    });
    previousEnd = start + match[0].length;
    previousStopped = stopped;
  }
  return tokens;
}

/** Runs of capitalised tokens, split at role words, trimmed of connectors. */
function candidateRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && CONNECTORS.has(run[run.length - 1]!.text.toLowerCase())) run.pop();
    while (run.length && CONNECTORS.has(run[0]!.text.toLowerCase())) run.shift();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lower = token.text.toLowerCase();
    const continues = run.length > 0 && token.joined;
    if (token.capital && ROLE_WORDS.has(lower)) {
      flush();
      continue;
    }
    if (token.capital && !STOP_WORDS.has(lower)) {
      if (!continues) flush();
      run.push(token);
    } else if (continues && CONNECTORS.has(lower) && tokens[i + 1]?.capital && tokens[i + 1]?.joined) {
      run.push(token);
    } else flush();
  }
  flush();
  return runs;
}

/**
 * Four or more capitalised words in a row are usually an organisation followed by a person
 * ("United Nations Linda Thomas-Greenfield"): the last two words are taken as the person.
 */
function splitLongRuns(runs: Token[][]): Token[][] {
  return runs.flatMap((run) => {
    const name = run.map((t) => t.text).join(' ');
    if (run.length < 4 || lookupGazetteer(name) || run.some((t) => CONNECTORS.has(t.text.toLowerCase()))) return [run];
    return [run.slice(0, -2), run.slice(-2)];
  });
}

/** Names mentioned in `text`, most mentioned first. */
export function namesInText(text: string): NameInText[] {
  const tokens = tokenise(text);
  const runs = candidateRuns(tokens);
  // Single capitalised words at a sentence's start are mostly ordinary words ("Speaking", "Critics").
  const midSentence = new Set(runs.filter((r) => !r[0]!.sentenceStart).map((r) => nameKey(r.map((t) => t.text).join(' '))));
  const byKey = new Map<string, NameInText>();
  const add = (name: string, at: number) => {
    const key = nameKey(name);
    if (!key || key.length < 2) return;
    const entry = byKey.get(key);
    if (entry) entry.offsets.push(at);
    else byKey.set(key, { name, offsets: [at] });
  };
  const singles: { text: string; start: number }[] = [];
  for (const run of splitLongRuns(runs)) {
    const name = run.map((t) => t.text).join(' ');
    const state = lookupGazetteer(name);
    if (state) add(state.state.name, run[0]!.start);
    else if (run.length > 1) add(name, run[0]!.start);
    else if (DEMONYMS.has(name.toLowerCase())) continue;
    else if (!run[0]!.sentenceStart || midSentence.has(nameKey(name))) singles.push({ text: name, start: run[0]!.start });
  }
  // A lone word is a second mention of the full name it ends (or, for family-name-first names, starts).
  const surnames = new Map<string, NameInText | null>();
  const remember = (word: string, entry: NameInText) => {
    const key = nameKey(word);
    surnames.set(key, surnames.has(key) && surnames.get(key) !== entry ? null : entry);
  };
  for (const entry of byKey.values()) {
    const words = entry.name.split(' ');
    if (words.length < 2) continue;
    remember(words[words.length - 1]!, entry);
  }
  for (const entry of byKey.values()) {
    const words = entry.name.split(' ');
    if (words.length === 2 && !surnames.has(nameKey(words[0]!))) remember(words[0]!, entry);
  }
  for (const single of singles) {
    const full = surnames.get(nameKey(single.text));
    if (full) full.offsets.push(single.start);
    else add(single.text, single.start);
  }
  return [...byKey.values()]
    .map((entry) => ({ name: entry.name, offsets: entry.offsets.sort((a, b) => a - b) }))
    .sort((a, b) => b.offsets.length - a.offsets.length || a.offsets[0]! - b.offsets[0]!);
}

/** Distance in characters from `[start, end)` to the nearest mention of `name` (for ranking). */
export function distanceToMention(entry: NameInText, start: number, end: number): number {
  let best = Infinity;
  for (const at of entry.offsets) best = Math.min(best, at >= end ? at - end : at < start ? start - at : 0);
  return best;
}

/** Continents and regions news names like actors ("Europe must act"): neither a state nor a person. */
const REGIONS = new Set(['europe', 'africa', 'asia', 'oceania', 'antarctica', 'the arctic', 'arctic', 'the west', 'the balkans', 'balkans', 'scandinavia', 'latin america', 'north america', 'south america', 'central asia', 'the middle east', 'middle east', 'the caucasus', 'the sahel', 'sahel', 'the gulf']);

/**
 * The kind a new actor named `name` most likely is: a known state (by name, abbreviation or the
 * capital news uses for its government), a region ("Europe": other), a name with an
 * organisation's word in it ("European Union", "Ministry of Defence") or an acronym
 * (organisations), else a person. A guess the analyst can change: "Sarah House" comes out as an
 * organisation (the picker does not carry the first-name list, to stay small).
 */
export function guessActorKind(name: string): ActorKind {
  const trimmed = name.trim();
  if (lookupGazetteer(trimmed)) return 'state';
  if (REGIONS.has(trimmed.toLowerCase())) return 'other';
  if (/^[A-Z][A-Z.&-]+$/.test(trimmed)) return 'organisation';
  const words = trimmed.split(/\s+/);
  if (words.some((word) => ORG_WORDS.has(plain(word)))) return 'organisation';
  return 'person';
}
