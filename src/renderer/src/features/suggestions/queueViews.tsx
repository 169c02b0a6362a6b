/**
 * The review queue as a workspace view kind ("reviewQueue:all", or "reviewQueue:<ids>" for the
 * articles chosen in the library), registered in workbench/registry, and its palette command. The
 * view and its inspector are loaded on first use: most sessions never open them.
 */
import type { Command } from '../../workbench/commands';
import type { ViewKind } from '../../workbench/registry';
import { lazyComponent } from '../../ui/lazyComponent';
import { plural } from '../../ui/format';

const ReviewQueueView = lazyComponent(() => import('./ReviewQueueView').then((m) => m.ReviewQueueView));
const QueueInspector = lazyComponent(() => import('./QueueInspector').then((m) => m.QueueInspector));

export const reviewQueueView: ViewKind = {
  title: (view) => (view.id === 'all' ? 'Review: all articles' : `Review: ${plural(view.id.split(',').length, 'article')}`),
  Component: ReviewQueueView,
  Inspector: QueueInspector,
};

export const reviewQueueCommands: Command[] = [
  {
    id: 'suggest.review',
    title: 'Review suggestions for all articles…',
    group: 'Suggestions',
    keywords: 'queue corpus',
    available: (wb) => (wb.articles.value?.length ?? 0) > 0,
    run: (wb) => wb.openView({ kind: 'reviewQueue', id: 'all' }),
  },
];
