/**
 * What the open note cites and mentions, as the editor has it now (not as last saved), for the
 * note's inspector. The editor publishes; the inspector, in another part of the tree, reads.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { useEffect, useSyncExternalStore } from 'react';
import { $isActorMentionNode } from '../../../../shared/editor/ActorMentionNode';
import { $isQuoteCardNode } from '../../../../shared/editor/QuoteCardNode';
import { idleThrottle } from './editor/idle';

/** Quote ids in the order their cards appear, and actor ids in the order first mentioned. */
export interface NoteOutline {
  quoteIds: string[];
  actorIds: string[];
}

const outlines = new Map<string, NoteOutline>();
const listeners = new Set<() => void>();
const EMPTY: NoteOutline = { quoteIds: [], actorIds: [] };

function publish(noteId: string, outline: NoteOutline): void {
  const previous = outlines.get(noteId);
  if (previous && previous.quoteIds.join() === outline.quoteIds.join() && previous.actorIds.join() === outline.actorIds.join()) return;
  outlines.set(noteId, outline);
  for (const listener of listeners) listener();
}

function $outline(): NoteOutline {
  const quoteIds: string[] = [];
  const actorIds = new Set<string>();
  const visit = (node: LexicalNode) => {
    if ($isQuoteCardNode(node)) quoteIds.push(node.getQuoteId());
    else if ($isActorMentionNode(node)) actorIds.add(node.getActorId());
    else if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return { quoteIds, actorIds: [...actorIds] };
}

/** Keeps the outline of note `noteId` current (in idle time after changes). */
export function NoteOutlinePlugin({ noteId }: { noteId: string }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const update = () => publish(noteId, editor.getEditorState().read($outline));
    update();
    const later = idleThrottle(update, 500);
    const unregister = editor.registerUpdateListener(({ dirtyElements }) => {
      if (dirtyElements.size) later.schedule();
    });
    return () => {
      unregister();
      later.cancel();
    };
  }, [editor, noteId]);
  return null;
}

/** The outline of note `noteId` (empty until its editor has opened). */
export function useNoteOutline(noteId: string): NoteOutline {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => outlines.get(noteId) ?? EMPTY,
  );
}
