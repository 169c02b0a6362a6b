// Regenerates src/shared/suggest/data/firstNames.ts from the first-name lexicon that ships inside
// the `compromise` npm package (MIT). The suggester uses the list to recognise people and guess
// which pronoun refers to them; importing compromise itself at run time would cost ~0.4 s per
// process, so the list is extracted once here. Run: node scripts/gen-first-names.mjs
import { writeFileSync } from 'node:fs';
import nlp from 'compromise/two';

const lexicon = nlp.model().one.lexicon;
const male = [];
const female = [];
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  if (!/^[a-z][a-z'-]*$/.test(word)) continue;
  if (list.includes('MaleName')) male.push(word);
  else if (list.includes('FemaleName')) female.push(word);
}
male.sort();
female.sort();
const wrap = (words) => words.join(' ').replace(/(.{1,96})(?: |$)/g, '$1\n').trim().split('\n').map((l) => `  '${l} ',`).join('\n');
const out = `/**
 * First names with the gender news text usually implies, extracted from the lexicon that ships
 * inside the \`compromise\` npm package (MIT licence) by scripts/gen-first-names.mjs. Generated:
 * edit the script, not this file.
 */

/** Lower-case first names usually borne by men, space-separated. */
export const MALE_FIRST_NAMES = [
${wrap(male)}
].join('');

/** Lower-case first names usually borne by women, space-separated. */
export const FEMALE_FIRST_NAMES = [
${wrap(female)}
].join('');
`;
writeFileSync(new URL('../src/shared/suggest/data/firstNames.ts', import.meta.url), out);
console.log(`male ${male.length}, female ${female.length}`);
