/**
 * An @-mention inside a note: shows the actor's current name (so renames follow) and opens the
 * actor's page when clicked. A mention of a deleted actor keeps the name it had, marked as such.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, HISTORY_MERGE_TAG, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import { $isActorMentionNode } from '../../../../../shared/editor/ActorMentionNode';
import { useCatalog } from '../../../workbench/WorkbenchContext';
import { SYNC_TAG } from './noteExtension';
import { useNoteLinks } from './noteLinks';

export interface ActorMentionViewProps {
  nodeKey: NodeKey;
  actorId: string;
  text: string;
}

export function ActorMentionView({ nodeKey, actorId, text }: ActorMentionViewProps) {
  const [editor] = useLexicalComposerContext();
  const { actors } = useCatalog();
  const { openActor } = useNoteLinks();
  const actor = actors.value?.find((a) => a.id === actorId);
  const name = actor?.name ?? null;

  // The stored name follows renames, so exports and a later deletion show the latest name.
  useEffect(() => {
    if (name === null || name === text || !editor.isEditable()) return;
    editor.update(
      () => {
        const node = $getNodeByKey(nodeKey);
        if ($isActorMentionNode(node)) node.setText(name);
      },
      { tag: [SYNC_TAG, HISTORY_MERGE_TAG] },
    );
  }, [editor, nodeKey, name, text]);

  if (actors.value && !actor) {
    return (
      <span className="mention mention--missing" title="This actor is no longer in the notebook">
        @{text}
      </span>
    );
  }
  return (
    <span
      className="mention"
      role="link"
      title={actor ? `Open ${actor.name}’s page` : undefined}
      onClick={() => openActor(actorId)}
    >
      @{name ?? text}
    </span>
  );
}
