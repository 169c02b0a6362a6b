/** Asks before deleting an article: it says what goes with it and that it can be undone. */
import { useEffect, useRef } from 'react';
import type { ArticleListing } from './articleListing';
import { plural } from '../../ui/format';
import { Modal } from '../../ui/Modal';

export interface DeleteArticleDialogProps {
  article: ArticleListing;
  onConfirm: () => void;
  onClose: () => void;
}

export function DeleteArticleDialog({ article, onConfirm, onClose }: DeleteArticleDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus, so a stray Enter does not delete.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <Modal
      title="Delete this article?"
      onClose={onClose}
      actions={
        <>
          <button ref={cancel} type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm}>
            Delete article
          </button>
        </>
      }
    >
      <p className="qb-modal__text">
        <strong>“{article.title}”</strong>
        {article.quoteCount > 0 ? <> and its {plural(article.quoteCount, 'quote')} will be removed from the notebook.</> : ' will be removed from the notebook.'} You can undo this
        right after, and the article stays restorable from the notebook’s trash.
      </p>
    </Modal>
  );
}
