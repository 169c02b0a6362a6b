/** The 'note' view kind for workbench/registry.tsx: the editor in the workspace, sources in the inspector. */
import type { ViewKind } from '../../workbench/registry';
import { NoteInspector } from './NoteInspector';
import { NoteView } from './NoteView';

export const noteView: ViewKind = {
  title: (view, wb) => wb.notes.value?.find((n) => n.id === view.id)?.title ?? 'Note',
  Component: NoteView,
  Inspector: NoteInspector,
};
