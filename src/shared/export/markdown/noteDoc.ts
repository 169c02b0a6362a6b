/**
 * A note: front matter (title, dates, tags, actors, sources), its rich text, and each quote card
 * as a block quote with an attribution line and a source footnote.
 */
import type { Root } from 'mdast';
import type { Note } from '../../model';
import type { ExportIndex } from '../bundle';
import { noteReferences, noteRoot } from '../noteReferences';
import { oneLine } from '../text';
import { headingText } from './nodes';
import { blocks } from './lexicalToMdast';
import type { LinkContext } from './links';
import { SourceNotes } from './quoteCard';
import { frontMatter } from './serialise';

/** Front matter of a note: what it cites, summarised for search and for Obsidian properties. */
export function noteFrontMatter(index: ExportIndex, note: Note): Record<string, unknown> {
  const refs = noteReferences(note.content);
  const cited = refs.quoteIds.flatMap((id) => index.quote(id) ?? []);
  const actorIds = new Set([...refs.actorIds, ...cited.flatMap(({ quote }) => [...(quote.speakerId ? [quote.speakerId] : []), ...quote.aboutIds])]);
  const tagIds = new Set(cited.flatMap(({ quote }) => quote.tagIds));
  const articles = new Map(cited.map(({ article }) => [article.article.id, article]));
  return {
    title: note.title,
    created: note.createdAt,
    updated: note.updatedAt,
    tags: [...tagIds].flatMap((id) => index.tagLabel(id) ?? []),
    actors: [...actorIds].flatMap((id) => index.actor(id)?.name ?? []),
    sources: [...articles.values()].map(({ article }) =>
      [article.title, article.source.outlet, article.source.url || article.origin.name].map((s) => oneLine(s)).filter(Boolean).join(' — '),
    ),
    quotebook_id: note.id,
  };
}

/** The Markdown tree of one note. */
export function noteDocument(index: ExportIndex, links: LinkContext, note: Note): Root {
  const sources = new SourceNotes();
  const root = noteRoot(note.content);
  const body = root ? blocks({ index, links, sources }, root) : [];
  return { type: 'root', children: [frontMatter(noteFrontMatter(index, note)), headingText(1, note.title.trim() ? note.title : 'Untitled note'), ...body, ...sources.definitions] };
}
