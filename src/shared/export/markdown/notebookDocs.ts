/**
 * The whole notebook as a folder of Markdown files: one per note, article and actor, and an
 * index. Planning (which file holds what, under which name) is separate from rendering, so the
 * writer can settle the final names first (it may have to avoid files it did not write) and every
 * link then points at the name actually used.
 */
import type { BlockContent, Root } from 'mdast';
import type { ExportIndex, QuoteInContext } from '../bundle';
import { safeFileName } from '../fileNames';
import { oneLine } from '../text';
import { actorDocument } from './actorDoc';
import { articleDocument } from './articleDoc';
import { bulletList, headingText, listItem, paragraph, text } from './nodes';
import { folderLinks, noLinks, type EntityKey, type LinkContext } from './links';
import { noteDocument } from './noteDoc';
import { quoteCard, SourceNotes } from './quoteCard';
import { frontMatter, serialiseMarkdown } from './serialise';

/** One file of a Markdown export: which entity it holds, its folder and the name it would like. */
export interface PlannedFile {
  key: EntityKey;
  folder: string;
  /** File name without folder, already safe (see safeFileName), with extension. */
  wantedName: string;
}

/** The files of a whole-notebook export; the index first. */
export function planNotebook(index: ExportIndex): PlannedFile[] {
  return [
    { key: 'index', folder: '', wantedName: 'index.md' },
    ...index.notes.map((f): PlannedFile => ({ key: `note:${f.note.id}`, folder: 'Notes', wantedName: `${safeFileName(f.note.title, 'Untitled note')}.md` })),
    ...index.articles.map((f): PlannedFile => ({ key: `article:${f.article.id}`, folder: 'Articles', wantedName: `${safeFileName(f.article.title, 'Untitled article')}.md` })),
    ...index.actors.map((a): PlannedFile => ({ key: `actor:${a.id}`, folder: 'Actors', wantedName: `${safeFileName(a.name, 'Unnamed actor')}.md` })),
  ];
}

function indexDocument(index: ExportIndex, links: LinkContext): Root {
  const { notebook } = index.bundle;
  const section = (title: string, items: { key: EntityKey; label: string }[], empty: string): BlockContent[] => [
    headingText(2, `${title} (${items.length})`),
    items.length ? bulletList(items.map(({ key, label }) => listItem(paragraph(links.entity(key, oneLine(label) || 'Untitled'))))) : paragraph(text(empty)),
  ];
  return {
    type: 'root',
    children: [
      frontMatter({ title: notebook.name, created: notebook.createdAt, quotebook_id: notebook.id }),
      headingText(1, notebook.name || 'Notebook'),
      ...section('Notes', index.notes.map((f) => ({ key: `note:${f.note.id}` as const, label: f.note.title })), 'No notes yet.'),
      ...section('Articles', index.articles.map((f) => ({ key: `article:${f.article.id}` as const, label: f.article.title })), 'No articles yet.'),
      ...section('Actors', index.actors.map((a) => ({ key: `actor:${a.id}` as const, label: a.name })), 'No actors yet.'),
    ],
  };
}

/** The Markdown of one planned file, linking to the others by their final paths. */
export function renderEntity(index: ExportIndex, key: EntityKey, links: LinkContext): string {
  if (key === 'index') return serialiseMarkdown(indexDocument(index, links));
  const [kind, id] = key.split(/:(.*)/s) as [string, string];
  if (kind === 'note') return serialiseMarkdown(noteDocument(index, links, index.note(id)!.note));
  if (kind === 'article') return serialiseMarkdown(articleDocument(index, links, index.article(id)!));
  return serialiseMarkdown(actorDocument(index, links, index.actor(id)!));
}

/** Renders a planned file given the final path of every file (`paths`: key → `Folder/Name.md`). */
export function renderPlanned(index: ExportIndex, key: EntityKey, paths: ReadonlyMap<EntityKey, string>, wikilinks: boolean): string {
  return renderEntity(index, key, folderLinks(paths, paths.get(key) ?? '', wikilinks));
}

/** Selected quotes as Markdown (for "Copy as Markdown"): cards with attributions and footnotes. */
export function quotesMarkdown(index: ExportIndex, quotes: QuoteInContext[], links: LinkContext = noLinks): string {
  const sources = new SourceNotes();
  const cards = quotes.flatMap((q) => quoteCard(index, links, sources, q));
  return serialiseMarkdown({ type: 'root', children: [...cards, ...sources.definitions] });
}
