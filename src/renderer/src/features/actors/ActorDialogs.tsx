/** Asking before merging or deleting an actor, saying exactly what will happen to its quotes. */
import { useState } from 'react';
import type { QuoteCounts } from '../../../../shared/actors/api';
import type { Actor } from '../../../../shared/model';
import { plural } from '../../ui/format';
import { ActorPicker } from './ActorPicker';
import { Modal } from '../../ui/Modal';

/** "the speaker of 3 quotes and the subject of 2", or '' when unused. */
export function usesText(counts: QuoteCounts | undefined, members: number): string {
  const parts = [
    counts?.said ? `the speaker of ${plural(counts.said, 'quote')}` : '',
    counts?.about ? `the subject of ${plural(counts.about, 'quote')}` : '',
    members ? `the affiliation of ${plural(members, 'actor')}` : '',
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

export interface MergeDialogProps {
  actor: Actor;
  actors: readonly Actor[];
  counts: QuoteCounts | undefined;
  /** Likely duplicates, offered first. */
  suggested: readonly string[];
  initialTarget?: string | null;
  onMerge: (into: Actor) => void;
  onClose: () => void;
}

export function MergeDialog({ actor, actors, counts, suggested, initialTarget = null, onMerge, onClose }: MergeDialogProps) {
  const [targetId, setTargetId] = useState<string | null>(initialTarget);
  const target = actors.find((a) => a.id === targetId) ?? null;
  const quotes = (counts?.said ?? 0) + (counts?.about ?? 0);
  return (
    <Modal
      className="actor-dialog"
      title={`Merge “${actor.name}” into another actor`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={!target} onClick={() => target && onMerge(target)}>
            {target ? `Merge into ${target.name}` : 'Merge'}
          </button>
        </>
      }
    >
      <ActorPicker label="Keep this actor" actors={actors} exclude={[actor.id]} preferred={suggested} value={targetId} onChange={setTargetId} autoFocus />
      <p className="qb-modal__text">
        {target ? (
          <>
            {quotes > 0 ? `Quotes by and about “${actor.name}” (${usesText(counts, 0)}) will name “${target.name}” instead` : `“${actor.name}” has no quotes`}
            ; its names become aliases of “{target.name}”, which keeps its own profile. “{actor.name}” is then removed. You can undo this.
          </>
        ) : (
          'Choose the actor to keep. Likely duplicates are listed first.'
        )}
      </p>
    </Modal>
  );
}

export interface DeleteDialogProps {
  actor: Actor;
  counts: QuoteCounts | undefined;
  members: number;
  onDelete: () => void;
  onMergeInstead: () => void;
  onClose: () => void;
}

export function DeleteDialog({ actor, counts, members, onDelete, onMergeInstead, onClose }: DeleteDialogProps) {
  const uses = usesText(counts, members);
  return (
    <Modal
      className="actor-dialog"
      title={`Delete “${actor.name}”?`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus>
            Cancel
          </button>
          <button type="button" className="button" onClick={onMergeInstead}>
            Merge instead…
          </button>
          <button type="button" className="button button--danger" onClick={onDelete}>
            Delete
          </button>
        </>
      }
    >
      <p className="qb-modal__text">
        “{actor.name}” is {uses}. The quotes stay, but will no longer name this actor. If it is a duplicate, merge it into the right actor instead
        to keep those links.
      </p>
    </Modal>
  );
}
