/**
 * Where a run of capitalised words read as one name goes on past a comma or a possessive, for
 * bodies whose official names hold them: "the Department for Culture, Media and Sport", "the
 * Information Commissioner’s Office". Split from mentions.ts, which finds the runs.
 */
import { gazetteer } from './cache';
import { HONORIFICS, ROLE_HEADS, firstNameGender } from './lexicon';
import { ORG_WORDS } from '../text/organisationWords';
import { isAcronym, isPunct, plain, type Token } from './tokens';

/** Owners a body may be named after with a possessive ("Children’s Hospital", "Workers’ Party"). */
const GENERIC_OWNERS = new Set(['children', 'people', 'women', 'men', 'workers', 'veterans', 'farmers', 'teachers', 'nurses', 'citizens', 'taxpayers']);

/**
 * "Information Commissioner’s Office", "the Mayor’s Office": a possessive role or generic owner
 * followed by an organisation word names one body ("China’s Foreign Ministry" stays the ministry
 * of a state, a mention of its own).
 */
export function ownedBody(tokens: readonly Token[], possessive: number): boolean {
  const t = tokens[possessive]!;
  const next = tokens[possessive + 1];
  if (!t.possessive || !next || next.type !== 'word' || !next.cap || !ORG_WORDS.has(plain(next.text))) return false;
  const key = plain(t.text).replace(/['’]s?$/, '');
  return (ROLE_HEADS.has(key) && !HONORIFICS.has(key)) || GENERIC_OWNERS.has(key);
}

/**
 * The end of a list of portfolios inside a department's name ("Department for Environment, Food
 * and Rural Affairs"), when the run `[from, comma)` holds an organisation word followed by "of" or
 * "for"; -1 when no such list follows the comma. Items are one to three capitalised words that name
 * no place and no person, and the list ends with "and" and a last item.
 */
export function portfolioList(tokens: readonly Token[], from: number, comma: number): number {
  let owner = false;
  for (let k = from; k < comma - 1; k++) if (ORG_WORDS.has(plain(tokens[k]!.text)) && /^(?:of|for)$/.test(tokens[k + 1]!.lower)) owner = true;
  if (!owner) return -1;
  let k = comma;
  for (let items = 0; items < 6; items++) {
    const joined = isPunct(tokens[k], ',') ? 1 : tokens[k]?.lower === 'and' ? 2 : 0;
    if (!joined) return -1;
    k++;
    const start = k;
    while (k < tokens.length && k < start + 3 && portfolioWord(tokens[k]!)) k++;
    if (k === start || gazetteer(tokens.slice(start, k).map((t) => t.text).join(' ')) !== null) return -1;
    if (joined === 2) return tokens[k]?.type === 'word' && tokens[k]!.cap ? -1 : k;
  }
  return -1;
}

function portfolioWord(t: Token): boolean {
  return t.type === 'word' && t.cap && !t.possessive && !isAcronym(t) && firstNameGender(t.text) === undefined;
}
