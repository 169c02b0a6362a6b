/** An actor dossier: the profile, then the quotes by and about the actor, each with its source. */
import type { BlockContent, Root } from 'mdast';
import type { Actor } from '../../model';
import { actorQuotes, type ExportIndex, type QuoteInContext } from '../bundle';
import { oneLine } from '../text';
import { headingText, joinPhrasing, paragraph, paragraphs, strong, text } from './nodes';
import { webLink, type LinkContext } from './links';
import { quoteCard, SourceNotes } from './quoteCard';
import { frontMatter } from './serialise';

const KIND_WORDS = { person: 'Person', organisation: 'Organisation', state: 'State', other: 'Actor' } as const;

/** Front matter fields of an actor. */
export function actorFrontMatter(index: ExportIndex, actor: Actor): Record<string, unknown> {
  return {
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    role: actor.role,
    affiliation: index.actor(actor.affiliationId)?.name ?? '',
    external_ids: actor.externalIds,
    quotebook_id: actor.id,
  };
}

/** A Wikidata QID links to its page; other identifiers are shown as written. */
function externalId(key: string, value: string) {
  const isWikidata = /^wikidata$/i.test(key) && /^Q\d+$/.test(value.trim());
  return joinPhrasing([text(`${oneLine(key)}: `), isWikidata ? webLink(`https://www.wikidata.org/wiki/${value.trim()}`, value.trim()) : text(oneLine(value))], '');
}

function section(index: ExportIndex, links: LinkContext, sources: SourceNotes, title: string, quotes: QuoteInContext[], empty: string): BlockContent[] {
  const out: BlockContent[] = [headingText(2, `${title} (${quotes.length})`)];
  if (quotes.length === 0) return [...out, paragraph(text(empty))];
  return [...out, ...quotes.flatMap((q) => quoteCard(index, links, sources, q))];
}

/** The Markdown tree of one actor's dossier. */
export function actorDocument(index: ExportIndex, links: LinkContext, actor: Actor): Root {
  const sources = new SourceNotes();
  const affiliation = index.actor(actor.affiliationId);
  const profile = joinPhrasing(
    [
      text(KIND_WORDS[actor.kind]),
      actor.role.trim() && strong(oneLine(actor.role)),
      affiliation && joinPhrasing([text('affiliated with '), links.entity(`actor:${affiliation.id}`, oneLine(affiliation.name))], ''),
    ],
    ' · ',
  );
  const body: BlockContent[] = [headingText(1, actor.name), paragraph(...profile)];
  if (actor.aliases.length) body.push(paragraph(text(`Also known as: ${actor.aliases.map(oneLine).join('; ')}`)));
  for (const [key, value] of Object.entries(actor.externalIds)) body.push(paragraph(...externalId(key, value)));
  if (actor.description.trim()) body.push(...paragraphs(actor.description));
  const { by, about } = actorQuotes(index, actor.id);
  body.push(...section(index, links, sources, `Quotes by ${oneLine(actor.name)}`, by, 'No quotes by this actor yet.'));
  body.push(...section(index, links, sources, `Quotes about ${oneLine(actor.name)}`, about, 'No quotes about this actor yet.'));
  return { type: 'root', children: [frontMatter(actorFrontMatter(index, actor)), ...body, ...sources.definitions] };
}
