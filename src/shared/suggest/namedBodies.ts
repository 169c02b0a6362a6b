/**
 * Descriptions that stand for an organisation the article named, split from nounPhrase.ts: "the
 * forum" for "the Eastmoor Tenants Forum", and "the group" or "the firm" right after a sentence
 * about a named organisation.
 */
import type { Paragraph, Sentence } from './document';
import type { Context, Speaker } from './nounPhrase';

/** Body nouns that also speak as a bare description ("the forum said"), but stand for a named body when the article has one. */
export const NAMED_BY_HEAD = new Set(['forum', 'college', 'network', 'foundation', 'society', 'guild', 'club', 'caucus']);

/**
 * "The forum fears …", "the college believes …" after "the Eastmoor Tenants Forum", "the College of
 * Pilots": "the" and a noun no source list holds stand for the one organisation the article named
 * with that noun as its last word (or its first, before "of"), seen before the description.
 */
export function namedByHead(ctx: Context, para: Paragraph, a: number, b: number): Speaker | null {
  const { tokens } = para;
  if (b - a !== 2 || tokens[a]!.lower !== 'the' || tokens[a + 1]!.type !== 'word' || tokens[a + 1]!.cap || !/^[a-z]{4,}$/.test(tokens[a + 1]!.text)) return null;
  const noun = tokens[a + 1]!.lower;
  const at = tokens[a]!.start;
  const heads = (name: string) => {
    const parts = name.split(/\s+/);
    const of = parts.indexOf('of');
    return [parts[parts.length - 1]!.toLowerCase(), of > 0 ? parts[of - 1]!.toLowerCase() : ''];
  };
  const found = ctx.entities.entities.filter((e) => e.kind === 'organisation' && e.name.includes(' ') && heads(e.name).includes(noun) && e.mentions.some((m) => m.start < at));
  return found.length === 1 ? { ref: { type: 'entity', entity: found[0]! }, how: 'definite', confidence: 0.8 } : null;
}

/** Generic nouns a body is called by after its name ("the group", "the firm"). */
const GENERIC_BODIES = /^(?:group|firm|company|organisation|organization|charity)$/;

/**
 * "Kelp Watch denied it. Later the group added …": "the group" or "the firm" right after
 * a sentence of the same paragraph whose subject or speaker is a named organisation is that
 * organisation, not an earlier "group of councillors" the article described.
 */
export function previousOrganisation(ctx: Context, para: Paragraph, a: number, sentence: Sentence): Speaker | undefined {
  const { tokens } = para;
  if (tokens[a]!.lower !== 'the' || !GENERIC_BODIES.test(tokens[a + 1]!.lower)) return undefined;
  if (para.sentences[0] === sentence) return undefined;
  const ref = ctx.discourse.organisationOf(sentence.index - 1);
  return ref ? { ref, how: 'definite', confidence: 0.8 } : undefined;
}
