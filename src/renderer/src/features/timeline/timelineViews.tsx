/**
 * The timeline as a workspace view kind ("timeline:notebook"), registered in workbench/registry.
 * The view itself is loaded on first use, so the app's start does not pay for a rarely used view.
 */
import { lazy, Suspense } from 'react';
import type { ViewKind } from '../../workbench/registry';
import type { Command } from '../../workbench/commands';

const TimelineView = lazy(() => import('./TimelineView'));

export const timelineView: ViewKind = {
  title: () => 'Timeline',
  Component: () => (
    <Suspense fallback={<p className="pane-note">Loading the timeline…</p>}>
      <TimelineView />
    </Suspense>
  ),
};

export const timelineCommands: Command[] = [
  { id: 'timeline.open', title: 'Show the timeline of actors’ and tags’ quotes', group: 'Notebook', run: (wb) => wb.openView({ kind: 'timeline', id: 'notebook' }) },
];
