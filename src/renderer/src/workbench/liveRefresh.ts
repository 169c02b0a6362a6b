/**
 * Which lists to load again after changes made elsewhere (another window, the command line, a
 * teammate), and when: once the changes have paused (see quietBatch). A note being typed in this
 * window changes with every keystroke the owner saves; for those changes the notes list catches up
 * when the typing pauses, not every few seconds in the middle of it (a refresh redraws the whole
 * window, and a keystroke that arrives meanwhile waits for it).
 */
import type { LiveChange } from '../../../shared/live/protocol';
import { quietBatch } from './quietBatch';

export type RefreshArea = 'articles' | 'actors' | 'tags' | 'notes' | 'info';

export interface LiveRefresh {
  /** A change the owner announced. */
  changed: (change: LiveChange) => void;
  cancel: () => void;
}

export function liveRefresh(refresh: (...areas: RefreshArea[]) => void, isEditedHere: (noteId: string) => boolean): LiveRefresh {
  let due = new Set<RefreshArea>();
  const run = () => {
    const areas = [...due];
    due = new Set();
    // Nothing left: the other batch already loaded it (no areas would mean "everything").
    if (areas.length) refresh(...areas);
  };
  const elsewhere = quietBatch(run);
  const typedHere = quietBatch(run, { maxWait: Number.POSITIVE_INFINITY });
  return {
    changed(change) {
      let fromElsewhere = false;
      for (const ref of change.refs) {
        if (ref.kind === 'notebook') ['actors', 'tags', 'info'].forEach((a) => due.add(a as RefreshArea));
        else if (ref.kind === 'article') ['articles', 'info'].forEach((a) => due.add(a as RefreshArea));
        else due.add('notes');
        fromElsewhere ||= !(ref.kind === 'note' && isEditedHere(ref.id));
      }
      (fromElsewhere ? elsewhere : typedHere).schedule();
    },
    cancel() {
      elsewhere.cancel();
      typedHere.cancel();
    },
  };
}
