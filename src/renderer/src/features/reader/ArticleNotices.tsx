/**
 * Under the article's title: what the analyst should know about its quotes after a re-import
 * (some could not be found in the new text, some were placed approximately), and the way to
 * re-import a newer version of the article's text from a file or correct it by hand.
 */
import { useEffect, useRef, useState } from 'react';
import type { ArticleWithQuotes } from '../../../../shared/api/contract';
import { ALL_EXTENSIONS, MAX_IMPORT_BYTES, tooLargeReason } from '../../../../shared/import/formats';
import { api } from '../../api';
import { readBase64 } from '../import/transferContent';
import { plural } from '../../ui/format';
import { IconWarning } from '../../ui/icons';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { Modal } from '../../ui/Modal';
import { onArticleAction } from '../library/articleEvents';
import { CorrectTextDialog } from './CorrectTextDialog';
import { reportReplacedText } from './replacedText';
import { updateArticle } from './useArticle';

export function ArticleNotices({ article }: { article: ArticleWithQuotes }) {
  const wb = useWorkbench();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const orphans = article.quotes.filter((q) => q.anchorStatus === 'orphaned');
  const fuzzy = article.quotes.filter((q) => q.anchorStatus === 'fuzzy');
  const first = orphans[0] ?? fuzzy[0];
  const articleId = article.article.id;
  const [correcting, setCorrecting] = useState(false);
  useEffect(
    () =>
      onArticleAction((r) => {
        if (r.id !== articleId) return;
        if (r.action === 'replaceText') input.current?.click();
        if (r.action === 'correctText') setCorrecting(true);
      }),
    [articleId],
  );

  const replace = async () => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFile(null);
      return wb.notify(`“${file.name}” ${tooLargeReason(file.size)} The article was not changed.`, 'error');
    }
    setBusy(true);
    // Kept for Undo: the text being replaced exists nowhere else in the notebook.
    const previous = { text: article.article.text, blocks: article.article.blocks, fileName: article.article.origin.name };
    // Read like an import (a saved page, a PDF, …), so the new version keeps its structure.
    const result = await readBase64(file).then(
      (base64) => api.articlesReimport({ id: article.article.id, file: { name: file.name, base64 } }),
      () => null,
    );
    setBusy(false);
    setFile(null);
    if (!result) return wb.notify(`“${file.name}” could not be read from disk. Check that it still exists and that you may open it. The article was not changed.`, 'error');
    if (!result.ok) return wb.reportError(result.error);
    if (result.value.unchanged) return wb.notify(`“${file.name}” has the same text as this article: nothing changed.`, 'info');
    await reload();
    reportReplacedText(wb, result.value, `Replaced the text with “${file.name}”.`, async () => {
      // The quotes are placed again in the old text, where their words still are.
      const undone = await api.articlesReplaceText({ id: articleId, ...previous });
      if (!undone.ok) return wb.reportError(undone.error);
      await reload();
      wb.notify('The previous text is back, with its quotes.', 'info');
    });
  };

  const reload = async () => {
    const updated = await api.articlesGet({ id: articleId });
    if (updated.ok) updateArticle(articleId, () => updated.value);
    wb.refresh('articles');
  };

  return (
    <div className="article-notices">
      {(orphans.length > 0 || fuzzy.length > 0) && first && (
        <div className="banner banner--warn article-notices__banner" role="status">
          <IconWarning />
          <div>
            <p className="banner__title">
              {orphans.length > 0 ? `${plural(orphans.length, 'quote')} not found in this version of the text` : `${plural(fuzzy.length, 'quote')} placed approximately`}
            </p>
            <p>
              {orphans.length > 0
                ? 'They are kept, with their speaker and tags. Select one in the quote list, select its words here, and choose “Attach”.'
                : 'The text changed where they are. Check each one; attach it to the right words if it moved.'}
              {orphans.length > 0 && fuzzy.length > 0 && ` ${plural(fuzzy.length, 'other quote')} ${fuzzy.length === 1 ? 'was' : 'were'} placed approximately.`}
            </p>
          </div>
          <button type="button" className="button button--small" onClick={() => wb.selectQuote(first.id, { scroll: true })}>
            Show
          </button>
        </div>
      )}
      <div className="article-notices__actions">
        <button type="button" className="text-button" onClick={() => input.current?.click()} title="Load a newer version of this article; its quotes are placed in the new text">
          Replace text with a newer version…
        </button>
        <button type="button" className="text-button" onClick={() => setCorrecting(true)} title="Fix a typo or remove a paragraph that is not part of the article">
          Correct the text…
        </button>
        <input
          ref={input}
          type="file"
          accept={ALL_EXTENSIONS.join(',')}
          hidden
          data-testid="replace-text-file"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            event.target.value = '';
          }}
        />
      </div>
      {correcting && <CorrectTextDialog article={article} onClose={() => setCorrecting(false)} reload={reload} />}
      {file && (
        <Modal
          title="Replace the article’s text?"
          onClose={() => !busy && setFile(null)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setFile(null)} disabled={busy}>
                Cancel
              </button>
              <button type="button" className="button button--primary" onClick={() => void replace()} disabled={busy} autoFocus>
                {busy ? 'Replacing…' : 'Replace text'}
              </button>
            </>
          }
        >
          <p>
            The text of “{article.article.title}” will be replaced by “{file.name}”.{' '}
            {article.quotes.length > 0
              ? `Its ${plural(article.quotes.length, 'quote')} will be placed in the new text; any that cannot be found are kept as orphans for you to attach again.`
              : 'It has no quotes yet.'}
          </p>
        </Modal>
      )}
    </div>
  );
}
