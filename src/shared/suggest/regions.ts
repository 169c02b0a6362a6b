/**
 * States and provinces inside a country, by what the article says of them rather than from a
 * list: "the state of Nuevo Brenna", "Brenna Governor Ada Kestrel", "Brenna's attorney general",
 * "Gov. Ada Kestrel of Brenna", or a wire dateline "LAKETON, Brenna (AP) —". Such a name is a
 * place with a government of its own: "the state" in the story is it, and read alone it is not
 * the first word of an organisation ("Brenna" is not the "Brenna Farm Bureau").
 */
import { gazetteer, key } from './cache';
import { ORG_WORDS, ROLE_HEADS } from './lexicon';

const NAME = String.raw`\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?`;
const EVIDENCE = [
  // "the state of Brenna", "the province of Brenna".
  new RegExp(String.raw`\b(?:state|province) of (${NAME})`, 'gu'),
  // "Brenna Governor Ada Kestrel", "Brenna's attorney general", "the Brenna Legislature" (not "Bank of Brenna Governor").
  new RegExp(String.raw`(?<!\bof )\b(${NAME})(?:['’]s)?\s+(?:[Gg]overnor|[Pp]remier|[Ll]egislature|[Aa]ttorney [Gg]eneral)\b`, 'gu'),
  // "Gov. Ada Kestrel of Brenna".
  new RegExp(String.raw`\bGov(?:\.|ernor)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}of (${NAME})\b`, 'gu'),
  // A dateline: "LAKETON, Brenna (AP) —", "LAKETON, Brenna —".
  new RegExp(String.raw`^\p{Lu}[\p{Lu} .'’-]+,\s+(${NAME})\s+(?:\(|—|–)`, 'gmu'),
];
const MONTHS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*$/;

// The American states by name, which news copy writes without saying they are states ("plant in
// South Carolina", then "the state has agreed …"). Left out: Washington (the capital stands for the
// federal government), Georgia (also a country) and New York (also a city).
const usStates = new Set(
  [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii',
    'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
    'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
    'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
    'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
  ].map(key),
);

/**
 * An American state by its name alone: only what "the state" of a story can mean (the labels do not
 * count every state a story names, so the name is no about-actor by itself).
 */
export function isUsState(name: string): boolean {
  return usStates.has(key(name));
}

/** Keys of the names the article treats as a state or province inside a country. */
export function regionNames(text: string): Set<string> {
  return new Set(regionForms(text).keys());
}

/** The names the article treats as a state or province inside a country, by key, as first written. */
export function regionForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pattern of EVIDENCE) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!;
      const words = name.split(/\s+/);
      // A country, an organisation ("Reserve Bank Governor"), a title ("Lieutenant Governor") or a month is none.
      if (gazetteer(name) || words.some((w) => ORG_WORDS.has(w.toLowerCase()) || ROLE_HEADS.has(w.toLowerCase()) || MONTHS.test(w) || /^(?:The|A|An|Former|Acting|State)$/.test(w))) continue;
      if (!out.has(key(name))) out.set(key(name), name);
    }
  }
  return out;
}
