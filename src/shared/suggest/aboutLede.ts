/**
 * The office a story's opening sentence gives someone it names only in the next paragraph: "The
 * transport minister has said the ferry will run …" and then "Ada Kestrel told the radio …". The
 * person then has no role of their own, yet "the minister" later in the story is plainly her.
 */
import type { Placed } from './aboutContext';
import type { Entity } from './entities';

/** A person the lede names by office, and the words of that office ("transport minister"). */
export interface LedeOffice {
  person: Entity;
  office: string;
}

// "The [one or two words] <office>" anywhere in the lede: "The ports minister in charge of …",
// "Advisers to the farm minister …". An appositive name after it ("the minister, Ada Kestrel,")
// gives the person that role already.
const LEDE_OFFICE = /\b[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}(?:minister|chancellor|secretary|premier|governor|mayor|chairman|chairwoman|commissioner))\b(?!\s*,)/u;
// A role that says nothing of an office: an honorific, or none.
const NO_ROLE = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Prof)\.?\s*)*$/;
// The opening is read once per article, not once per quote.
const cache = new WeakMap<readonly Placed[], LedeOffice | null>();

/**
 * The person the lede's office belongs to: the first person the paragraph after the lede names,
 * when the story gave them no role of their own. The lede is the first paragraph written as a
 * sentence (a headline, a section name and a dateline are not).
 */
export function ledeOffice(text: string, placed: readonly Placed[]): LedeOffice | undefined {
  let found = cache.get(placed);
  if (found === undefined) {
    found = read(text, placed) ?? null;
    cache.set(placed, found);
  }
  return found ?? undefined;
}

function read(text: string, placed: readonly Placed[]): LedeOffice | undefined {
  const paragraphs = [...text.slice(0, 3000).matchAll(/[^\n]+/g)].filter((p) => p[0].trim() !== '');
  const lede = paragraphs.findIndex((p) => p[0].length > 80 && /[.!?"”’']\s*$/.test(p[0]));
  const next = paragraphs[lede + 1];
  if (lede < 0 || !next) return undefined;
  const office = LEDE_OFFICE.exec(paragraphs[lede]![0])?.[1];
  if (!office) return undefined;
  const start = next.index!;
  const person = placed.find((p) => p.start >= start && p.start < start + next[0].length && p.entity.kind === 'person')?.entity;
  return person && NO_ROLE.test(person.role.trim()) ? { person, office: office.toLowerCase() } : undefined;
}

/**
 * The person a delayed lede is about: the opening sentence names nobody ("A former harbour
 * master was charged …") and the next paragraph opens on the name. A headline's "Ex-port boss" is
 * that person.
 */
export function delayedLedePerson(text: string, placed: readonly Placed[]): Entity | undefined {
  const paragraphs = [...text.slice(0, 3000).matchAll(/[^\n]+/g)].filter((p) => p[0].trim() !== '');
  const lede = paragraphs.findIndex((p) => p[0].length > 80 && /[.!?"”’']\s*$/.test(p[0]));
  const next = paragraphs[lede + 1];
  if (lede < 0 || !next) return undefined;
  const start = paragraphs[lede]!.index!;
  if (placed.some((p) => p.start >= start && p.start < start + paragraphs[lede]![0].length && p.entity.kind === 'person')) return undefined;
  const first = placed.find((p) => p.start >= next.index!);
  return first && first.start === next.index! && first.entity.kind === 'person' ? first.entity : undefined;
}
