/**
 * Documents an article refers to by description ("the report showed…", "the emails would come up
 * on every doorstep"): the labelling conventions make a document an actor of its own, so a quote
 * that speaks of "the draft" (or "the study", "the papers", "the poll") is about it. Each kind of document the article names with "the"
 * becomes one actor, named as the article first calls it; "the findings" are the report's.
 */
import type { Entity } from './entities';
import { reference } from './government';
import type { Mention } from './mentions';

// Nouns that name one document of the story when "the" comes before them.
const DOCUMENT = /\b[Tt]he\s+(report|emails|draft|documents|papers|minutes|memo|lawsuit|filing|communique|communiqué|study|poll|survey|findings)\b/g;

/** One actor per kind of document the article refers to as "the <document>", with a mention per reference. */
export function documentActors(text: string): Entity[] {
  const byNoun = new Map<string, Mention[]>();
  for (const m of text.matchAll(DOCUMENT)) {
    const noun = m[1]!.toLowerCase() === 'findings' ? 'report' : m[1]!.toLowerCase();
    const list = byNoun.get(noun) ?? [];
    list.push(reference(text, m.index!, m.index! + m[0].length, 'other'));
    byNoun.set(noun, list);
  }
  // "The findings" with no report in the story are no document of their own.
  if (byNoun.get('report')?.every((m) => /findings$/.test(m.name))) byNoun.delete('report');
  return [...byNoun.values()].map((mentions, n) => {
    const first = mentions.find((m) => !/findings$/.test(m.name))!;
    return { id: -2 - n, name: first.name, kind: 'other', gender: undefined, genderCertain: false, role: '', affiliation: '', forms: new Set(mentions.map((m) => m.name)), mentions, surnames: new Set(), firstNames: new Set(), spoke: true };
  });
}
