/**
 * The per-class error report of issue 14: where the suggester goes wrong, counted by the classes
 * the issue names, from the labels' speaker kinds, tags and non-quote causes. It reads scores
 * already computed by `scoreArticle` and never changes them.
 */
import { nameKey } from '../actors/normaliseName';
import { escapeRegExp } from '../text/escapeRegExp';
import { rangesOf, sameSpeaker, type ArticleScore, type GoldArticle, type GoldQuote, type Prediction } from './evaluate';

/** Counts by cause, with their total. */
export interface Tally {
  total: number;
  byCause: Record<string, number>;
}

/** Found / right counts for one class of labelled quotes. */
export interface ClassCount {
  gold: number;
  found: number;
  speakerRight: number;
}

/** An article as the report needs it: labels, score, and the actors the system proposed. */
export interface ReportArticle {
  text: string;
  gold: GoldArticle;
  score: ArticleScore;
  actors?: readonly { name: string; kind: string }[];
}

/** The report for a set of articles. */
export interface ErrorReport {
  /** Found quotes whose labelled speaker the system left empty, by why the speaker is hard. */
  speakerEmpty: Tally;
  /** Found quotes with a speaker other than the labelled one, by the same causes. */
  speakerWrong: Tally;
  /** Cue verbs with other complements ("urged X to", "denied the existence of"). */
  complement: ClassCount;
  /** Attributions that are not speech; `asStance` were offered with the stance kind. */
  stance: ClassCount & { asStance: number };
  headline: ClassCount;
  /** Quotes in pieces: found whole, found only as separate pieces, or not at all. */
  pieces: { gold: number; whole: number; onlyPieces: number; missed: number };
  /** Reported clauses holding quoted words, and how often those words came out as a quote of their own. */
  partial: { gold: number; found: number; splitOut: number };
  /** Labels no suggestion found, by the construction that makes them hard. */
  missed: Tally;
  /** Suggestions that match no label, by cause. */
  precision: Tally;
  /**
   * Labelled about-actors a found quote did not get, by how the quote (or its sentence before
   * it) refers to the actor; `notProposed` of them are not among the actors the system proposed.
   */
  aboutMissed: Tally & { notProposed: number };
  names: {
    /** Wrong speakers that hold the right name plus other words ("secretary of State Antony Blinken"). */
    speakerWithExtraWords: number;
    /** Found quotes of an organisation, state, group or document given a person as speaker. */
    organisationAsPerson: number;
    familyFirst: ClassCount;
    titleAtSentenceStart: ClassCount;
    actors: { proposed: number; unknown: number; organisationAsPerson: number; extraWords: number; duplicates: number };
  };
}

const tally = (): Tally => ({ total: 0, byCause: {} });
const bump = (t: Tally, cause: string) => {
  t.total++;
  t.byCause[cause] = (t.byCause[cause] ?? 0) + 1;
};
const has = (q: GoldQuote, tag: string) => (q.tags ?? []).includes(tag);
const NON_PERSON = new Set(['organisation', 'state', 'group', 'document', 'other']);

/** Why a labelled speaker is hard to find, in the order the issue lists the classes. */
export function speakerCause(q: GoldQuote): string {
  if (q.speaker_kind === 'group' || has(q, 'possessive')) return 'group or possessive';
  if (q.speaker_kind === 'document') return 'document';
  if (has(q, 'appositive')) return 'long appositive subject';
  if (has(q, 'after-inverted-cue')) return 'after an inverted cue';
  if (has(q, 'headline')) return 'headline';
  if (q.speaker_kind === 'unnamed') return 'unnamed source';
  if (q.speaker_kind && NON_PERSON.has(q.speaker_kind)) return 'organisation or state';
  if (has(q, 'pronoun')) return 'pronoun';
  return 'person, no listed construction';
}

/** Why a label was not found at all, most specific construction first. */
export function missCause(q: GoldQuote, foundInPieces: boolean): string {
  if (foundInPieces) return 'found only as separate pieces';
  if (q.kind === 'stance') return 'not speech (stance)';
  if (has(q, 'headline')) return 'headline';
  if (has(q, 'complement')) return 'cue with another complement';
  if (q.speaker_kind === 'document') return 'document as source';
  if ((q.ranges?.length ?? 0) > 1) return 'in pieces, not found';
  if (q.kind === 'direct') return has(q, 'markup') ? 'direct, inside markup' : has(q, 'mixed-marks') ? 'direct, mismatched marks' : 'direct, other';
  return has(q, 'partial') ? 'reported with quoted words' : 'reported, other';
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Why a suggestion matches no label. */
export function precisionCause(a: ReportArticle, p: Prediction): string {
  const { gold, text } = a;
  const trap = (gold.not_quotes ?? []).find((n) => overlaps(n, p));
  if (trap) return trap.cause ?? 'title or scare quote';
  const inClause = gold.quotes.find((g) => g.kind !== 'direct' && g.start <= p.start && p.end <= g.end);
  if (p.kind === 'direct' && inClause) return 'quoted words inside a reported clause';
  const near = gold.quotes.find((g) => rangesOf(g).some((r) => overlaps(r, p)));
  if (near) return (near.kind === 'direct') === (p.kind === 'direct') ? 'wrong span of a labelled quote' : 'wrong kind (direct or reported)';
  const headline = gold.title ? text.indexOf(gold.title) : -1;
  if (headline >= 0 && headline < 300 && p.start >= headline && p.end <= headline + gold.title!.length) return 'headline';
  return 'no attribution there';
}

function count(pairs: readonly [GoldQuote, Prediction][], golds: readonly GoldQuote[], a: GoldArticle): ClassCount {
  const found = pairs.filter(([g]) => golds.includes(g));
  return { gold: golds.length, found: found.length, speakerRight: found.filter(([g, p]) => sameSpeaker(a, g.speaker, p.speaker)).length };
}

function add(into: ClassCount, c: ClassCount): void {
  into.gold += c.gold;
  into.found += c.found;
  into.speakerRight += c.speakerRight;
}

/** The per-class error report over some scored articles. */
export function errorReport(articles: readonly ReportArticle[]): ErrorReport {
  const zero = (): ClassCount => ({ gold: 0, found: 0, speakerRight: 0 });
  const r: ErrorReport = {
    speakerEmpty: tally(),
    speakerWrong: tally(),
    complement: zero(),
    stance: { ...zero(), asStance: 0 },
    headline: zero(),
    pieces: { gold: 0, whole: 0, onlyPieces: 0, missed: 0 },
    partial: { gold: 0, found: 0, splitOut: 0 },
    missed: tally(),
    precision: tally(),
    aboutMissed: { ...tally(), notProposed: 0 },
    names: { speakerWithExtraWords: 0, organisationAsPerson: 0, familyFirst: zero(), titleAtSentenceStart: zero(), actors: { proposed: 0, unknown: 0, organisationAsPerson: 0, extraWords: 0, duplicates: 0 } },
  };
  for (const a of articles) {
    const { gold } = a;
    const { pairs, spurious, pieces } = a.score.pairing;
    for (const [g, p] of pairs) {
      if (g.speaker === null || sameSpeaker(gold, g.speaker, p.speaker)) continue;
      if (p.speaker === null) bump(r.speakerEmpty, speakerCause(g));
      else {
        bump(r.speakerWrong, speakerCause(g));
        if (holdsName(gold, g.speaker, p.speaker)) r.names.speakerWithExtraWords++;
      }
    }
    for (const [g, p] of pairs) if (g.speaker_kind && NON_PERSON.has(g.speaker_kind) && p.speaker !== null && p.speakerKind === 'person') r.names.organisationAsPerson++;
    add(r.complement, count(pairs, gold.quotes.filter((g) => has(g, 'complement')), gold));
    const stances = gold.quotes.filter((g) => g.kind === 'stance');
    add(r.stance, count(pairs, stances, gold));
    r.stance.asStance += pairs.filter(([g, p]) => g.kind === 'stance' && p.kind === 'stance').length;
    add(r.headline, count(pairs, gold.quotes.filter((g) => has(g, 'headline')), gold));
    add(r.names.familyFirst, count(pairs, gold.quotes.filter((g) => has(g, 'family-first')), gold));
    add(r.names.titleAtSentenceStart, count(pairs, gold.quotes.filter((g) => has(g, 'title-name')), gold));
    for (const g of gold.quotes.filter((q) => (q.ranges?.length ?? 0) > 1)) {
      r.pieces.gold++;
      if (pairs.some(([x]) => x === g)) r.pieces.whole++;
      else if (pieces.some(([x]) => x === g)) r.pieces.onlyPieces++;
      else r.pieces.missed++;
    }
    const partials = gold.quotes.filter((g) => has(g, 'partial'));
    r.partial.gold += partials.length;
    r.partial.found += pairs.filter(([g]) => partials.includes(g)).length;
    r.partial.splitOut += partials.filter((g) => spurious.some((p) => p.kind === 'direct' && g.start <= p.start && p.end <= g.end)).length;
    for (const g of a.score.pairing.missed) bump(r.missed, missCause(g, pieces.some(([x]) => x === g)));
    for (const p of spurious) bump(r.precision, precisionCause(a, p));
    for (const [g, p] of pairs) {
      for (const want of g.about ?? []) {
        if ((p.about ?? []).some((n) => sameSpeaker(gold, want, n))) continue;
        bump(r.aboutMissed, aboutMissCause(a.text, gold, g, want));
        if (a.actors && !a.actors.some((x) => sameSpeaker(gold, want, x.name))) r.aboutMissed.notProposed++;
      }
    }
    if (a.actors) addActors(r.names.actors, gold, a.actors);
  }
  return r;
}

const THIRD_PERSON = /\b(?:he|him|his|she|her|it|its|they|them|their)\b/i;

/**
 * How a quote refers to an about-actor the system missed: by its name or an alias that is a name,
 * by surname, by a lower-case alias (a description: "the company"), by a demonym or adjective
 * ("Brennish officials" for Brennia), only in the sentence before the quote (a cue's object), by
 * a pronoun, or in no words the report can find.
 */
export function aboutMissCause(text: string, gold: GoldArticle, g: GoldQuote, want: string): string {
  const actor = gold.actors.find((x) => x.name === want);
  const quote = rangesOf(g).map((r) => text.slice(r.start, r.end)).join(' ');
  const sentenceStart = Math.max(text.lastIndexOf('\n', g.start - 1), text.slice(Math.max(0, g.start - 400), g.start).search(/[.!?][”’"]?\s+[^.!?]*$/) + Math.max(0, g.start - 400)) + 1;
  const before = text.slice(sentenceStart, g.start);
  const holds = (t: string, form: string) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(form)}(?:$|[^\\p{L}])`, 'iu').test(t);
  const forms = actor ? [actor.name, ...actor.aliases] : [want];
  const names = forms.filter((f) => /^\p{Lu}/u.test(f) && !/^The\s/.test(f));
  const descriptions = forms.filter((f) => !names.includes(f));
  const words = actor?.name.split(/\s+/) ?? [];
  const surname = actor?.kind === 'person' && words.length > 1 ? words[words.length - 1]! : '';
  if (names.some((f) => holds(quote, f))) return 'name or alias';
  if (surname && holds(quote, surname)) return 'surname';
  if (descriptions.some((f) => holds(quote, f))) return 'description';
  if (names.some((f) => f.length > 4 && !f.includes(' ') && new RegExp(`\\b${escapeRegExp(f.slice(0, f.length - 2))}\\p{L}*`, 'iu').test(quote))) return 'demonym or adjective';
  if ([...names, ...descriptions, ...(surname ? [surname] : [])].some((f) => holds(before, f))) return 'in the sentence before the quote';
  if (THIRD_PERSON.test(quote)) return 'pronoun';
  return 'not named in the quote';
}

/** True when `got` holds the labelled actor's name (or surname) and other words besides. */
function holdsName(gold: GoldArticle, expected: string, got: string): boolean {
  const actor = gold.actors.find((x) => x.name === expected);
  if (!actor) return false;
  const key = ` ${nameKey(got)} `;
  return formsOf(actor, false).some((f) => key.includes(` ${f} `) && key.trim() !== f);
}

/** The keys an actor goes by: name, aliases, surname and, for family-name-first names, the first word. */
function formsOf(actor: GoldArticle['actors'][number], firstWord = true): string[] {
  const forms = [actor.name, ...actor.aliases].map(nameKey);
  const words = actor.name.split(/\s+/);
  if (actor.kind === 'person' && words.length > 1) forms.push(nameKey(words[words.length - 1]!), ...(firstWord ? [nameKey(words[0]!)] : []));
  return forms.filter((f) => f.length > 0);
}

/** Checks the proposed actors against the labelled ones: unknown, wrong kind, title glued on, or one actor proposed twice. */
function addActors(into: ErrorReport['names']['actors'], gold: GoldArticle, proposed: readonly { name: string; kind: string }[]): void {
  const seen = new Map<string, number>();
  for (const p of proposed) {
    into.proposed++;
    const key = nameKey(p.name);
    let actor = gold.actors.find((g) => formsOf(g).includes(key));
    if (!actor) {
      actor = gold.actors.find((g) => formsOf(g).some((f) => f.includes(' ') && ` ${key} `.includes(` ${f} `)));
      if (actor) into.extraWords++;
    }
    if (!actor) {
      into.unknown++;
      continue;
    }
    if (p.kind === 'person' && (actor.kind !== 'person' || actor.subkind)) into.organisationAsPerson++;
    seen.set(actor.name, (seen.get(actor.name) ?? 0) + 1);
  }
  for (const n of seen.values()) into.duplicates += n - 1;
}
