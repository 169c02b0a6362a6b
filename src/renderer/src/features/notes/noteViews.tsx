/**
 * The 'note' view kind for workbench/registry.tsx: the editor in the workspace, sources in the
 * inspector. Both are loaded on first use: the editor (Lexical's rich text, the live binding and
 * Yjs) is the largest part of the app and the first screen does not show it.
 */
import { lazyComponent } from '../../ui/lazyComponent';
import type { ViewKind } from '../../workbench/registry';

export const noteView: ViewKind = {
  title: (view, wb) => wb.notes.value?.find((n) => n.id === view.id)?.title ?? 'Note',
  Component: lazyComponent(() => import('./NoteView').then((m) => m.NoteView)),
  Inspector: lazyComponent(() => import('./NoteInspector').then((m) => m.NoteInspector)),
};
