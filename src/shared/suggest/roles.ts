/**
 * Titles written in lower case around a name: "agronomist Amina Mwangi", "Hungary’s foreign
 * minister, Gábor Szabó", "Dmitri Orlov, a Kremlin spokesman", "Ousmane Diallo, 58". They give
 * a mention its role and affiliation, and mark it as a person.
 */
import { stateOfDemonym } from './data/demonyms';
import type { Doc } from './document';
import { ROLE_HEADS, roleGender } from './lexicon';
import type { Mention } from './mentions';
import { isPunct, plain, type Token } from './tokens';

const STOP = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'and', 'or', 'by', 'with', 'from', 'said', 'says', 'told', 'that', 'who', 'as', 'to']);
const AFFILIATION_PREPOSITIONS = new Set(['at', 'of', 'for', 'with']);
const AFFILIATION_NOUNS = new Set(['the', 'charity', 'lobby', 'group', 'coalition', 'union', 'bank', 'company', 'firm', 'think-tank', 'think', 'tank', 'campaign', 'university', 'newspaper']);

/** Adds lower-case roles, appositives and ages to the mentions they describe. */
export function enrichMentions(doc: Doc, mentions: Mention[]): void {
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  for (const m of mentions) {
    if (m.kind !== 'person' && m.kind !== 'unknown') continue;
    const tokens = doc.paragraphs[m.para]!.tokens;
    const endToken = lastToken(tokens, m);
    const before = roleBefore(tokens, m.chunk, byStart);
    const after = appositiveAfter(tokens, endToken + 1, byStart);
    const found = before ?? after;
    if (!found) continue;
    m.kind = 'person';
    if (!m.role && found.role) m.role = found.role;
    if (!m.affiliation && found.affiliation) m.affiliation = found.affiliation;
    const certain = roleGender(found.role);
    if (certain) {
      m.gender = certain;
      m.genderCertain = true;
    }
  }
}

interface Found {
  role: string;
  affiliation: string;
}

function lastToken(tokens: readonly Token[], m: Mention): number {
  let k = m.token;
  while (k + 1 < tokens.length && tokens[k + 1]!.start < m.end) k++;
  return k;
}

/** "union official Jürgen Becker", "Labour’s shadow housing spokesman, Daniel Okafor". */
function roleBefore(tokens: readonly Token[], at: number, byStart: ReadonlyMap<number, Mention>): Found | null {
  let k = at - 1;
  if (isPunct(tokens[k], ',')) k--;
  const head = tokens[k];
  if (!head || head.type !== 'word' || !ROLE_HEADS.has(plain(head.text)) || head.possessive) return null;
  const words: string[] = [];
  let affiliation = '';
  for (let n = 0; k >= 0 && n < 5; k--, n++) {
    const t = tokens[k]!;
    if (t.type !== 'word' || STOP.has(t.lower)) break;
    const owner = byStart.get(t.start);
    if (t.possessive || (owner && owner.kind !== 'person' && owner.kind !== 'unknown')) {
      affiliation = owner?.name ?? t.text;
      break;
    }
    const state = stateOfDemonym(t.text);
    if (state && !affiliation) affiliation = state;
    if (t.cap && !state && n > 0 && !ROLE_HEADS.has(plain(t.text))) break;
    words.unshift(t.text);
  }
  return { role: words.filter((w) => !stateOfDemonym(w)).join(' '), affiliation };
}

/** "Dmitri Orlov, a Kremlin spokesman", "Polly Hughes, director of the charity Shelter Now", "Ousmane Diallo, 58". */
function appositiveAfter(tokens: readonly Token[], at: number, byStart: ReadonlyMap<number, Mention>): Found | null {
  if (!isPunct(tokens[at], ',')) return null;
  let k = at + 1;
  if (tokens[k]?.type === 'number' && (isPunct(tokens[k + 1], ',') || isPunct(tokens[k + 1], '.'))) return { role: '', affiliation: '' };
  if (tokens[k] && ['a', 'an', 'the'].includes(tokens[k]!.lower)) k++;
  const words: string[] = [];
  let affiliation = '';
  let headAt = -1;
  for (let n = 0; k < tokens.length && n < 6; k++, n++) {
    const t = tokens[k]!;
    if (t.type !== 'word') break;
    const owner = byStart.get(t.start);
    if (owner && owner.kind !== 'person' && !affiliation) affiliation = owner.name;
    words.push(t.text);
    if (ROLE_HEADS.has(plain(t.text)) && !t.cap) {
      headAt = k;
      break;
    }
  }
  if (headAt < 0) return null;
  // "director of the charity Shelter Now", "a researcher at Cheikh Anta Diop University"
  let j = headAt + 1;
  if (!affiliation && tokens[j] && AFFILIATION_PREPOSITIONS.has(tokens[j]!.lower)) {
    for (j++; j < tokens.length && j < headAt + 6; j++) {
      const owner = byStart.get(tokens[j]!.start);
      if (owner) {
        affiliation = owner.name;
        break;
      }
      if (!AFFILIATION_NOUNS.has(tokens[j]!.lower)) break;
    }
  }
  return { role: words.join(' '), affiliation };
}
