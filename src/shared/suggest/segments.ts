/**
 * The pieces of a speaker's noun phrase between commas and dashes ("Hungary’s foreign minister, |
 * Gábor Szabó"), keeping the commas inside a firm's name of partners and between a town and its
 * state. Split from nounPhrase.ts to keep it short.
 */
import { isPunct, type Token } from './tokens';

/** Splits at commas and dashes, keeping the pieces of a name phrase. */
export function splitSegments(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let a = from;
  for (let i = from; i < to; i++) {
    if (isPunct(tokens[i]!, ',') && (placeComma(tokens, i, to) || firmComma(tokens, i, to))) continue;
    if (isPunct(tokens[i]!, ',') || isPunct(tokens[i]!, '—') || isPunct(tokens[i]!, '–')) {
      if (i > a) out.push([a, i]);
      a = i + 1;
    }
  }
  if (to > a) out.push([a, to]);
  return out;
}

/** "a lawyer for Abbot, Fenn & Vale", "the consultants Abbot, Fenn & Co.": the comma inside a firm's name of partners ends nothing. */
function firmComma(tokens: readonly Token[], i: number, to: number): boolean {
  const cap = (t: Token | undefined) => t !== undefined && t.type === 'word' && t.cap && !t.possessive;
  if (!cap(tokens[i - 1]) || !cap(tokens[i + 1])) return false;
  const amp = cap(tokens[i + 2]) ? i + 3 : i + 2;
  return amp + 1 < to && isPunct(tokens[amp], '&') && cap(tokens[amp + 1]);
}

/** "officials in Tollis, Vermont": the comma between a town and its state, after "in", ends nothing. */
function placeComma(tokens: readonly Token[], i: number, to: number): boolean {
  const cap = (t: Token | undefined) => t !== undefined && t.type === 'word' && t.cap;
  let k = i - 1;
  while (k > i - 3 && cap(tokens[k - 1])) k--;
  if (!cap(tokens[i - 1]) || tokens[k - 1]?.lower !== 'in') return false;
  let e = i + 1;
  while (e < to && e < i + 3 && cap(tokens[e])) e++;
  // "in Tollis, Vermont, said": the state is closed by its own comma ("In Tollis, Ada Roe said" is a name after a fronted phrase).
  return e > i + 1 && isPunct(tokens[e], ',');
}
