/**
 * Where features plug in. Each navigator section and each kind of workspace view is one entry
 * here; the shell (Navigator, Workspace, Inspector) only reads these tables.
 */
import type { ComponentType, ReactNode } from 'react';
import { ArticlesSection } from '../features/library/ArticlesSection';
import { ArticleInspector } from '../features/reader/ArticleInspector';
import { ArticleView } from '../features/reader/ArticleView';
import { ActorsSection } from '../features/actors/ActorsSection';
import { actorView, duplicatesView, whoSaidWhatView } from '../features/actors/actorViews';
import { TagsSection } from '../features/tags/TagsSection';
import { tagView } from '../features/tags/tagViews';
import { NotesSection } from '../features/notes/NotesSection';
import { noteView } from '../features/notes/noteViews';
import { timelineView } from '../features/timeline/timelineViews';
import { agreementView } from '../features/agreement/agreementViews';
import { codeTableView, searchView } from '../features/search/searchViews';
import { SearchSection } from '../features/search/SearchSection';
import type { Workbench } from './WorkbenchContext';
import type { View } from './views';
import { IconArticles, IconActors, IconNotes, IconSearch, IconTags } from '../ui/icons';

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
    title: (view, wb) => wb.articles.value?.find((a) => a.id === view.id)?.title ?? 'Article',
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
};
