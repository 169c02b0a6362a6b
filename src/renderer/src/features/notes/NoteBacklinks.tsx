/**
 * "Cited in notes" for a quote's inspector or an actor's page: the notes citing the quote (or
 * mentioning the actor or citing its quotes), each opening the note, and for a quote a
 * "Cite in note…" button. Drop it in:
 *
 *     <NoteBacklinks quote={quote} />        // in a quote's inspector
 *     <NoteBacklinks actorId={actor.id} />   // on an actor's page
 */
import type { NoteBacklink } from '../../../../shared/editor/notesApi';
import type { Quote } from '../../../../shared/model';
import { api } from '../../api';
import { formatDate, plural } from '../../ui/format';
import { afterNextPaint } from '../../ui/afterPaint';
import { useQuoteUnsaved } from '../../ui/unsavedQuotes';
import { useResult, type Loaded } from '../../ui/useResult';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { requestCiteInNote } from './citeRequests';

/** The notes citing a quote or an actor; reloads whenever the notes change. */
export function useNoteBacklinks(target: { quoteId: string } | { actorId: string }): Loaded<NoteBacklink[]> {
  const { notes, reportError } = useWorkbench();
  const key = 'quoteId' in target ? `q:${target.quoteId}` : `a:${target.actorId}`;
  // No note can cite a quote the notebook has not saved yet: asked once it is saved.
  const unsaved = useQuoteUnsaved('quoteId' in target ? target.quoteId : undefined);
  // Asked after the frame that shows the quote (J, Q): the answer cannot come before it anyway.
  return useResult(unsaved ? null : () => afterNextPaint().then(() => api.notesBacklinks(target)), [key, notes.value, unsaved], reportError);
}

export interface NoteBacklinksProps {
  /** The quote whose citing notes to list (offers "Cite in note…"). */
  quote?: Pick<Quote, 'id' | 'kind' | 'target'>;
  /** Or the actor whose notes to list. */
  actorId?: string;
}

export function NoteBacklinks({ quote, actorId }: NoteBacklinksProps) {
  const { openView } = useWorkbench();
  const links = useNoteBacklinks(quote ? { quoteId: quote.id } : { actorId: actorId ?? '' });
  const list = links.value ?? [];
  return (
    <section className="note-backlinks" aria-label="Notes citing this">
      <div className="note-backlinks__head">
        <h3 className="note-backlinks__title">{list.length ? `Cited in ${plural(list.length, 'note')}` : 'Not cited in any note yet'}</h3>
        {quote && (
          <button type="button" className="button button--small" onClick={() => requestCiteInNote(quote)}>
            Cite in note…
          </button>
        )}
      </div>
      {list.length > 0 && (
        <ul className="note-backlinks__list">
          {list.map((link) => (
            <li key={link.id}>
              <button type="button" className="note-backlinks__item" onClick={() => openView({ kind: 'note', id: link.id })}>
                <span className="note-backlinks__name">{link.title}</span>
                <span className="note-backlinks__meta">
                  {[
                    link.citations ? plural(link.citations, 'citation') : '',
                    link.mentions ? plural(link.mentions, 'mention') : '',
                    `edited ${formatDate(link.updatedAt)}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
