/**
 * "The government" and "ministers": in a domestic story they stand for the country's own
 * government, which news copy rarely names ("ministers had run out of excuses", "urged ministers
 * to reopen talks"). So that quotes can be about it, the article's references to it become one
 * actor, an organisation named as the article first calls it. Which government a reference means
 * is settled per quote (aboutActors.ts): a foreign story's "the government" is a state's.
 */
import type { Entity } from './entities';
import type { Mention } from './mentions';

// "the government", "her government’s plan", "the federal government", and British "ministers";
// also "a government divided against itself", "a government climbdown", and "central government" with no
// article: British copy's words for the same government.
const REFERENCE = /\b(?:(?:the|his|her|its|their)\s+(?:(?:federal|national|central|coalition)\s+)?government|(?<!\b(?:the|his|her|its|their)\s+)central\s+government|a\s+government(?!\s+(?:of|in|that|which|led|formed)\b)|ministers)\b/gi;

// Words before "ministers" that make them some other ministers ("EU ministers", "foreign ministers",
// "the two ministers") rather than the government.
const NOT_THE_GOVERNMENT = /\b(?:the|two|three|four|five|several|some|many|other|all|both|fellow|junior|senior|former|foreign|finance|health|trade|defence|defense|energy|interior|cabinet|government|european|his|her|its|their|our)\s+$/i;
// A capitalised word right before ("EU ministers", "Labour ministers"), not a sentence start.
const NAMED_BEFORE = /[\p{L}\d,;]\s+\p{Lu}[\p{L}.’']*\s+$/u;

// "ministers from 30 countries", "ministers of the bloc", "ministers at the department" (not "accused ministers of ‘…’").
const OTHER_PLACE = /^\s+(?:from\b|(?:of|in|at)\s+(?:the\s+)?(?:\p{Lu}|\d|state\b|its\b|their\b))/u;

/** Whether "ministers" at `start` are the government (not "EU ministers", "ministers from 30 countries"). */
function governingMinisters(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return !NOT_THE_GOVERNMENT.test(before) && !NAMED_BEFORE.test(before) && !OTHER_PLACE.test(text.slice(end, end + 24));
}

/**
 * The government the article refers to without naming it, with a mention per reference; null
 * when it never does, or when it names a government itself (an actor with "government" in its
 * name), whose mentions then gain the references.
 */
export function governmentActor(text: string, entities: readonly Entity[]): Entity | null {
  const mentions: Mention[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (m[0].toLowerCase() === 'ministers' && !governingMinisters(text, start, end)) continue;
    mentions.push(reference(text, start, end, 'organisation'));
  }
  if (!mentions.length) return null;
  // A ministry for local government ("Ministry of Housing and Local Government") is not the government.
  const named = entities.find((e) => (e.kind === 'organisation' || e.kind === 'other') && /\bgovernment\b/i.test(e.name) && !/\blocal government\b|^(?:the\s+)?(?:ministry|department|office|secretary)\b/i.test(e.name));
  if (named) {
    for (const m of mentions) named.mentions.push(m);
    named.mentions.sort((a, b) => a.start - b.start);
    return named;
  }
  const first = mentions[0]!.name.replace(/^(?:his|her|its|their)\s+/i, 'the ');
  const forms = new Set([first, ...mentions.map((m) => m.name)].filter((f) => !/^(?:his|her|its|their)\s/i.test(f)));
  return { id: -1, name: first, kind: 'organisation', gender: undefined, genderCertain: false, role: '', affiliation: '', forms, mentions, surnames: new Set(), firstNames: new Set(), spoke: false };
}

/** A description ("the government", "the report") as a mention, so that the about rules place it like a name. */
export function reference(text: string, start: number, end: number, kind: 'organisation' | 'other'): Mention {
  const name = text.slice(start, end).replace(/^The\b/, 'the');
  return { start, end, name, kind, role: '', affiliation: '', possessive: /^['’]s\b/.test(text.slice(end, end + 2)), afterPreposition: false, inQuote: false, heading: false, titleCase: false, para: -1, token: -1, chunk: -1, honorific: '', gender: undefined, genderCertain: false, acronym: '' };
}

/** Whether a mention is a reference `governmentActor` added ("the government"), not a name. */
export function isGovernmentReference(m: Mention): boolean {
  return m.token < 0 && m.kind === 'organisation';
}
