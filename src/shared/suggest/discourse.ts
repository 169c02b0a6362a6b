/**
 * Who the article is talking about, sentence by sentence: the subject and the speaker of each
 * sentence, and the anonymous sources it has introduced. Pronouns and definite descriptions
 * ("he", "the diplomat", "the judge") are resolved against this record, not against the nearest
 * name: a pronoun that opens a clause refers to the last sentence's subject or speaker, while one
 * inside a subordinate clause ("…comments made by Antony Blinken, where he claimed…") refers
 * within its own sentence.
 */
import type { Entity } from './entities';
import { escapeRegExp } from '../text/escapeRegExp';
import { DOCUMENT_NOUNS, RANKS } from './lexicon';

/** An unnamed source the article describes ("a senior EU diplomat", "officials"). */
export interface Description {
  id: number;
  text: string;
  /** Head noun, lower case ("diplomat"). */
  head: string;
  plural: boolean;
  gender: 'm' | 'f' | undefined;
  /** The description names an institution ("the fisheries ministry"): "it", not "he". */
  institution: boolean;
}

/** Someone a sentence can be about. */
export type Referent = { type: 'entity'; entity: Entity } | { type: 'desc'; desc: Description };

/** A referent found in a sentence, at a text offset. */
export interface Placed {
  ref: Referent;
  offset: number;
}

interface SentenceRecord {
  subject?: Referent;
  speaker?: Referent;
  /** The first person the sentence names, when its subject is no person ("X’s diary", "the files show that X…"). */
  person?: Referent;
  /** The person a question in the sentence was put to ("asked whether X could …", "pressed X on …"): who answers next. */
  addressee?: Referent;
}

/** The subject pronouns a speaker can be referred to by. */
export type Pronoun = 'he' | 'she' | 'they' | 'it';

const INSTITUTIONS = new Set(['ministry', 'campaign', 'company', 'firm', 'group', 'watchdog', 'regulator', 'agency', 'government', 'council', 'committee', 'court', 'department', 'union', 'paper', 'newspaper', 'coalition', 'team', 'statement', 'report', 'jury', 'bank', 'parliament', 'party', 'embassy', 'office', 'authority', 'organisation', 'organization', 'federation', 'association', 'institute', 'university', 'hospital', 'charity', 'commission', 'administration', 'army', 'military', 'board', 'operator', 'carmaker', 'manufacturer', 'airline', 'retailer', 'lender', 'insurer', 'bloc', 'alliance', 'forum', 'college', 'network', 'foundation', 'society', 'guild', 'club', 'caucus', 'publisher']);
const PLURAL_HEADS = new Set(['people', 'police', 'fishermen', 'others', 'spokespeople', 'spokesmen', 'mps']);

/** Possessives that say where a body is, not whose it is ("the city’s", "the state’s"). */
const PLACE_OWNERS = /^(?:city|state|country|nation|county|region|town|world|area|island|province|district|borough|capital|village)'s$/;

/** The record of referents, filled in reading order. */
export class Discourse {
  readonly descriptions: Description[] = [];
  private readonly sentences = new Map<number, SentenceRecord>();
  /** Descriptions that have been a sentence's speaker, not only its subject. */
  private readonly spoken = new Set<Description>();

  /** Registers (or, for a definite description, finds) an unnamed source. */
  describe(text: string, head: string, definite: boolean, entities: readonly Entity[]): Referent {
    const plural = PLURAL_HEADS.has(head) || (head.endsWith('s') && !head.endsWith('ss'));
    const singular = plural ? head.replace(/s$/, '') : head;
    if (definite) {
      // "the foreign ministry" is not an earlier "the ministry": a modifier the earlier text lacks says it is another one.
      // (Lower-case classifiers only: "the Labour-run council", "the largest union" describe the same one.)
      // An owner is such a modifier too: "the mayor’s office" is not "the city’s planning office".
      // (A place's possessive only says where: "the city’s largest union" is still "the union".)
      const modifiers = text.replace(/’/g, "'").split(/\s+/).slice(1, -1).filter((w) => (/^[a-z]+$/.test(w) || (/^[a-z]+'s$/.test(w) && !PLACE_OWNERS.test(w))) && !/est$/.test(w));
      // "White House officials are drafting …, according to three officials familiar with …. The order …, the officials said":
      // a group that has spoken before one the story only mentioned. (Groups only: "the committee" stays the last one named.)
      for (const spokenOnly of [true, false]) {
        for (let k = this.descriptions.length - 1; k >= 0; k--) {
          const d = this.descriptions[k]!;
          if (spokenOnly && (!plural || !this.spoken.has(d))) continue;
          if (!(d.head === head || (d.plural === plural && d.head.replace(/s$/, '') === singular))) continue;
          const earlier = new Set(d.text.toLowerCase().replace(/’/g, "'").split(/\s+/));
          if (d.institution && modifiers.some((w) => !earlier.has(w))) continue;
          return { type: 'desc', desc: this.longerReading(d.head, d.text) ?? d };
        }
      }
      // "the minister" is the person whose role is minister; "the union" is not the union's branch secretary.
      // "the prime minister" needs a role with all its words, not any minister's.
      const words = text.toLowerCase().replace(/^(?:the|this|that|these|those)\s+/, '').split(/\s+/).map((w) => w.replace(/s$/, ''));
      // "the governor" is not the lieutenant governor, nor "the leader" the deputy leader: a rank the description lacks says another post.
      const byRole = INSTITUTIONS.has(singular) ? [] : entities.filter((e) => e.kind === 'person' && words.every((w) => new RegExp(`\\b${escapeRegExp(w)}`, 'i').test(e.role)) && !e.role.toLowerCase().split(/[\s-]+/).some((w) => RANKS.has(w) && !words.includes(w)));
      if (byRole.length === 1) return { type: 'entity', entity: byRole[0]! };
      // "the official" after "two officials familiar with the talks" (and no single official before): one of them,
      // who speaks for the group the labels name. People only: "the company" is not one of "several companies".
      if (!plural && !INSTITUTIONS.has(head) && !DOCUMENT_NOUNS.has(head) && /^the\s+\S+$/i.test(text)) {
        // Only a group described closely ("two officials familiar with …"): a bare "prosecutors" is a trade, and "the prosecutor" someone named.
        const group = this.descriptions.findLast((d) => d.plural && !d.institution && d.head === `${head}s` && d.text.split(/\s+/).length >= 3);
        if (group) return { type: 'desc', desc: group };
      }
    }
    const reread = this.longerReading(head, text) ?? this.bareAgain(head, text, plural);
    if (reread) return { type: 'desc', desc: reread };
    const gender = /woman$/.test(head) ? 'f' : /man$/.test(head) && !plural ? 'm' : undefined;
    // A survey, memo or poll is no person: "she" never stands for it ("it" may). The document list
    // holds some nouns in the plural only ("letters", "emails"): "a leaked letter" is a document too.
    const document = DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(singular) || (!plural && DOCUMENT_NOUNS.has(`${head}s`));
    const desc: Description = { id: this.descriptions.length, text, head, plural, gender, institution: INSTITUTIONS.has(singular) || document };
    this.descriptions.push(desc);
    return { type: 'desc', desc };
  }

  /**
   * "prosecutors" after "federal prosecutors": a bare plural written again is the group described
   * before with the same noun and only lower-case words in front (a count or a name says another group).
   */
  private bareAgain(head: string, text: string, plural: boolean): Description | undefined {
    if (!plural || text.toLowerCase() !== head) return undefined;
    const found = this.descriptions.filter((d) => d.head === head && d.plural && !d.institution && new RegExp(`^(?:[a-z-]+\\s+){1,2}${escapeRegExp(head)}$`).test(d.text));
    return found.length === 1 ? found[0] : undefined;
  }

  /**
   * An earlier, longer description of the same document: "a memo" read again after "a memo sent to
   * the mayors" is that memo, and the evaluation (like an analyst) takes a longer description of a
   * source but never a shorter one. Only documents: for people, a shorter reading may be another one.
   */
  private longerReading(head: string, text: string): Description | undefined {
    if (!DOCUMENT_NOUNS.has(head)) return undefined;
    const prefix = `${text.toLowerCase()} `;
    return this.descriptions.find((e) => e.head === head && e.text.toLowerCase().startsWith(prefix));
  }

  /** Notes who a sentence is about and who speaks in it (the first found wins). */
  note(sentence: number, what: 'subject' | 'speaker' | 'person' | 'addressee', ref: Referent | undefined): void {
    if (!ref) return;
    if (what === 'speaker' && ref.type === 'desc') this.spoken.add(ref.desc);
    const r = this.sentences.get(sentence) ?? {};
    r[what] ??= ref;
    this.sentences.set(sentence, r);
  }

  /**
   * Resolves a pronoun. `within` lists referents earlier in the same sentence, nearest last; they
   * are used only when the pronoun opens a subordinate clause. Returns the referent and how sure.
   */
  resolve(pronoun: Pronoun, sentence: number, subordinate: boolean, within: readonly Placed[]): { ref: Referent; confidence: number } | null {
    if (subordinate) {
      for (let k = within.length - 1; k >= 0; k--) if (fits(within[k]!.ref, pronoun)) return { ref: within[k]!.ref, confidence: 0.8 };
    }
    const seen: Referent[] = [];
    let found: Referent | null = null;
    for (let s = sentence - 1; s >= 0 && s >= sentence - 6; s--) {
      const r = this.sentences.get(s);
      if (!r) continue;
      // Right after a sentence about a thing ("X’s diary sold out. In it, he recalls…"), the person it names;
      // right after a question the pronoun cannot be the asker of ("She asked whether Mr Lee had named one. He had, he said"), the one asked.
      const other = s === sentence - 1 && (pronoun === 'he' || pronoun === 'she') && ![r.speaker, r.subject].some((x) => x && fits(x, pronoun));
      const person = other ? r.person : undefined;
      const addressee = other ? r.addressee : undefined;
      for (const ref of [r.speaker, r.subject, addressee, person]) {
        if (!ref || !fits(ref, pronoun)) continue;
        if (!found) found = ref;
        if (!seen.some((x) => same(x, ref))) seen.push(ref);
      }
      if (found && s < sentence - 2) break;
    }
    if (found) return { ref: found, confidence: seen.length > 1 ? 0.72 : 0.85 };
    // First-name lists get some names wrong ("Étienne" listed as a woman's): if no one fits, the
    // last subject or speaker who is a person of either gender is the best guess, said with less
    // confidence.
    if (pronoun === 'he' || pronoun === 'she') {
      for (let s = sentence - 1; s >= 0 && s >= sentence - 2; s--) {
        const r = this.sentences.get(s);
        const ref = [r?.speaker, r?.subject].find((x) => x && fits(x, pronoun, true));
        if (ref) {
          if (ref.type === 'entity' && !ref.entity.genderCertain) ref.entity.gender = pronoun === 'he' ? 'm' : 'f';
          return { ref, confidence: 0.6 };
        }
      }
    }
    return null;
  }

  /** The most recent speaker before `sentence` (for quotes that carry no cue at all). */
  lastSpeaker(sentence: number, limit = 4): { ref: Referent; sentence: number } | null {
    for (let s = sentence - 1; s >= 0 && s >= sentence - limit; s--) {
      const r = this.sentences.get(s)?.speaker;
      if (r) return { ref: r, sentence: s };
    }
    return null;
  }

  /** The named organisation a sentence's speaker or subject is, if either is one. */
  organisationOf(sentence: number): Referent | undefined {
    const r = this.sentences.get(sentence);
    return [r?.speaker, r?.subject].find((x) => x?.type === 'entity' && (x.entity.kind === 'organisation' || x.entity.kind === 'unknown'));
  }

  /** Who speaks in a sentence, if anyone. */
  speakerOf(sentence: number): Referent | undefined {
    return this.sentences.get(sentence)?.speaker;
  }
}

/** True when the pronoun can refer to the referent. */
export function fits(ref: Referent, pronoun: Pronoun, anyGuessedGender = false): boolean {
  if (ref.type === 'entity') {
    const e = ref.entity;
    const personLike = e.kind === 'person' || e.kind === 'unknown';
    const gender = anyGuessedGender && !e.genderCertain ? undefined : e.gender;
    if (pronoun === 'he') return personLike && gender !== 'f';
    if (pronoun === 'she') return personLike && gender !== 'm';
    return e.kind === 'organisation' || e.kind === 'state' || (e.kind === 'unknown' && pronoun === 'it');
  }
  const d = ref.desc;
  if (pronoun === 'they') return d.plural || d.institution;
  if (pronoun === 'it') return d.institution && !d.plural;
  if (d.plural || d.institution) return false;
  return pronoun === 'he' ? d.gender !== 'f' : d.gender !== 'm';
}

/** True when two referents are the same. */
export function same(a: Referent, b: Referent): boolean {
  return a.type === 'entity' ? b.type === 'entity' && a.entity === b.entity : b.type === 'desc' && a.desc === b.desc;
}

/** The name a referent is shown by. */
export function referentName(ref: Referent): string {
  return ref.type === 'entity' ? ref.entity.name : ref.desc.text;
}
