/**
 * Where features plug in. Each navigator section and each kind of workspace view is one entry
 * here; the shell (Navigator, Workspace, Inspector) only reads these tables.
 */
import type { ComponentType, ReactNode } from 'react';
import { ArticlesSection } from '../features/library/ArticlesSection';
import { ArticleLoading } from '../features/reader/ArticleLoading';
import { actorView, duplicatesView, whoSaidWhatView } from '../features/actors/actorViews';
import { tagView } from '../features/tags/tagViews';
import { noteView } from '../features/notes/noteViews';
import { timelineView } from '../features/timeline/timelineViews';
import { agreementView } from '../features/agreement/agreementViews';
import { codeTableView, searchView } from '../features/search/searchViews';
import { reviewQueueView } from '../features/suggestions/queueViews';
import type { Workbench } from './WorkbenchContext';
import type { View } from './views';
import { IconArticles, IconActors, IconNotes, IconSearch, IconTags } from '../ui/icons';
import { lazyComponent } from '../ui/lazyComponent';

// The app opens on the shell and the articles list. The reader (and Lexical with it) is fetched at
// once after that first paint, so an article opened at start appears a moment later, not after the
// idle-time preload; until then its place shows the article's own loading line. The article's
// inspector (its quotes, the selected quote's fields, suggestions) follows the text. The other
// sections are loaded when first chosen (or in idle time).
const ArticleView = lazyComponent(() => import('../features/reader/ArticleView').then((m) => m.ArticleView), null, { Fallback: ArticleLoading, soon: true });
const ArticleInspector = lazyComponent(() => import('../features/reader/ArticleInspector').then((m) => m.ArticleInspector), undefined, { soon: true });
const NotesSection = lazyComponent(() => import('../features/notes/NotesSection').then((m) => m.NotesSection));
const ActorsSection = lazyComponent(() => import('../features/actors/ActorsSection').then((m) => m.ActorsSection));
const TagsSection = lazyComponent(() => import('../features/tags/TagsSection').then((m) => m.TagsSection));
const SearchSection = lazyComponent(() => import('../features/search/SearchSection').then((m) => m.SearchSection));

export interface NavigatorSection {
  id: string;
  title: string;
  icon: ReactNode;
  Component: ComponentType;
}

export interface ViewKind {
  /** The tab's label. */
  title: (view: View, wb: Workbench) => string;
  Component: ComponentType<{ view: View }>;
  /** What the inspector shows while this view is active. */
  Inspector?: ComponentType<{ view: View }>;
}

export const navigatorSections: NavigatorSection[] = [
  { id: 'articles', title: 'Articles', icon: <IconArticles />, Component: ArticlesSection },
  { id: 'notes', title: 'Notes', icon: <IconNotes />, Component: NotesSection },
  { id: 'actors', title: 'Actors', icon: <IconActors />, Component: ActorsSection },
  { id: 'tags', title: 'Tags', icon: <IconTags />, Component: TagsSection },
  { id: 'search', title: 'Search', icon: <IconSearch />, Component: SearchSection },
];

export const viewKinds: Record<string, ViewKind> = {
  article: {
    title: (view, wb) => (wb.articles.value ?? wb.firstArticles?.articles)?.find((a) => a.id === view.id)?.title ?? 'Article',
    Component: ArticleView,
    Inspector: ArticleInspector,
  },
  actor: actorView,
  whoSaidWhat: whoSaidWhatView,
  actorDuplicates: duplicatesView,
  note: noteView,
  tag: tagView,
  timeline: timelineView,
  agreement: agreementView,
  search: searchView,
  codeTable: codeTableView,
  reviewQueue: reviewQueueView,
};
