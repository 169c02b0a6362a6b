/**
 * "Correct the text…": the article's blocks as editable fields, so the analyst can fix a typo or
 * remove a junk paragraph (a byline kept in the body, an advertisement, "Read more"). Saving
 * replaces the text like a re-import: the quotes are placed again (the ones in untouched blocks
 * exactly), and the notice offers Undo, since the old text exists nowhere else.
 */
import { useMemo, useState } from 'react';
import type { ArticleWithQuotes } from '../../../../shared/api/contract';
import { applyBlockEdits, editableBlocks } from '../../../../shared/text/correctBlocks';
import { api } from '../../api';
import { plural } from '../../ui/format';
import { Modal } from '../../ui/Modal';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { reportReplacedText } from './replacedText';

const KIND_LABEL = { heading: 'Heading', paragraph: 'Paragraph', blockquote: 'Block quote', listItem: 'List item' } as const;

export function CorrectTextDialog({ article, onClose, reload }: { article: ArticleWithQuotes; onClose: () => void; reload: () => Promise<void> }) {
  const wb = useWorkbench();
  const { text, blocks } = article.article;
  const original = useMemo(() => editableBlocks(text, blocks), [text, blocks]);
  const [edited, setEdited] = useState<(string | null)[]>(() => original.map((b) => b.text));
  const [busy, setBusy] = useState(false);
  const removed = edited.filter((words) => words === null || !words.trim()).length;
  const changed = edited.filter((words, i) => words !== original[i]!.text).length;

  const save = async () => {
    if (changed === 0) return onClose();
    setBusy(true);
    const previous = { text, blocks, fileName: article.article.origin.name };
    const next = applyBlockEdits(text, blocks, edited);
    const result = await api.articlesReplaceText({ id: article.article.id, ...next, fileName: article.article.origin.name });
    setBusy(false);
    if (!result.ok) return wb.reportError(result.error);
    onClose();
    await reload();
    reportReplacedText(wb, result.value, 'Corrected the text.', async () => {
      const undone = await api.articlesReplaceText({ id: article.article.id, ...previous });
      if (!undone.ok) return wb.reportError(undone.error);
      await reload();
      wb.notify('The text before your correction is back, with its quotes.', 'info');
    });
  };

  return (
    <Modal
      title="Correct the text"
      className="correct-text"
      onClose={() => !busy && onClose()}
      closeOnBackdrop={false}
      actions={
        <>
          <span className="correct-text__summary" aria-live="polite">
            {changed === 0 ? 'No changes yet' : [removed ? `${plural(removed, 'block')} removed` : '', changed - removed ? `${plural(changed - removed, 'block')} edited` : ''].filter(Boolean).join(', ')}
          </span>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={() => void save()} disabled={busy || changed === 0}>
            {busy ? 'Saving…' : 'Save corrections'}
          </button>
        </>
      }
    >
      <p className="qb-modal__text">
        Fix a typo or remove what is not part of the article. Quotes in blocks you leave alone stay exactly where they are; quotes in a changed block are placed
        again, and any whose words are gone are kept for you to attach. You can undo this.
      </p>
      <ol className="correct-text__blocks">
        {original.map((block, i) => {
          const words = edited[i] ?? null;
          const gone = words === null;
          const label = `${KIND_LABEL[block.kind]} ${i + 1}`;
          return (
            <li key={i} className="correct-text__block" data-removed={gone || undefined}>
              <div className="correct-text__head">
                <span className="correct-text__kind">{label}</span>
                <button
                  type="button"
                  className="text-button"
                  aria-label={gone ? `Keep ${label}` : `Remove ${label}`}
                  onClick={() => setEdited((all) => all.map((w, j) => (j === i ? (gone ? original[i]!.text : null) : w)))}
                >
                  {gone ? 'Keep' : 'Remove'}
                </button>
              </div>
              {gone ? (
                <p className="correct-text__removed">{block.text}</p>
              ) : (
                <textarea
                  className="correct-text__field"
                  aria-label={label}
                  value={words}
                  rows={Math.min(10, Math.max(1, Math.ceil(words.length / 70)))}
                  onChange={(event) => {
                    const value = event.target.value;
                    setEdited((all) => all.map((w, j) => (j === i ? value : w)));
                  }}
                />
              )}
            </li>
          );
        })}
      </ol>
    </Modal>
  );
}
