/**
 * Names cut short before a word that can also be a title: "the Northern Court of Justice"
 * comes out of the name rules as "International Court of", since "Justice" may open a judge's
 * name ("Justice Ada Kestrel"). A name never ends in "of", so once the speakers are settled the
 * name takes back the capitalised words the article writes after it, and the actor (and any quote
 * about it) reads as the article names it.
 */
import type { Entity } from './entities';

// The capitalised words straight after a name ending in "of": "Justice", "Human Rights".
const REST = /^[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)*)/u;

/** Completes, in place, the names of organisations cut after "of" where the article writes the rest. */
export function completeCutNames(text: string, entities: readonly Entity[]): void {
  for (const e of entities) {
    if (e.kind === 'person' || !/\sof$/.test(e.name)) continue;
    const rests = e.mentions.map((m) => (m.name.endsWith(' of') ? REST.exec(text.slice(m.end, m.end + 60))?.[1] : undefined));
    const rest = rests.find((r) => r);
    // Every cut mention must go on the same way: a name the article writes two ways is left alone.
    if (!rest || e.mentions.some((m, i) => m.name.endsWith(' of') && rests[i] !== rest)) continue;
    e.mentions.forEach((m) => {
      if (!m.name.endsWith(' of')) return;
      m.end += text.slice(m.end).indexOf(rest) + rest.length;
      m.name = `${m.name} ${rest}`;
    });
    e.forms.delete(e.name);
    e.name = `${e.name} ${rest}`;
    e.forms.add(e.name);
  }
}
