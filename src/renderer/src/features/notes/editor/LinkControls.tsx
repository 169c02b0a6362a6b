/**
 * Links in a note: a dialog to add or change one (only http, https and mailto are accepted), a bar
 * under the toolbar while the caret is in a link (its full address, Open…, Edit, Remove), and
 * Ctrl/⌘+click to open. Opening always goes through the confirmation in ui/openLink.tsx.
 */
import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $createTextNode, $getNearestNodeFromDOMNode, $getSelection, $isRangeSelection, CLICK_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect, useId, useState } from 'react';
import { safeLinkUrl } from '../../../../../shared/editor/linkUrl';
import { Modal } from '../../../ui/Modal';
import { useLinkOpener } from '../ui/openLink';

export interface LinkDialogProps {
  open: boolean;
  /** The link being edited, or null to add one. */
  currentUrl: string | null;
  onClose: () => void;
}

export function LinkDialog({ open, currentUrl, onClose }: LinkDialogProps) {
  const [editor] = useLexicalComposerContext();
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [needsText, setNeedsText] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    setUrl(currentUrl ?? '');
    setError(null);
    setText('');
    setNeedsText(editor.getEditorState().read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) && selection.isCollapsed() && currentUrl === null;
    }));
  }, [open, currentUrl, editor]);

  const submit = () => {
    const safe = safeLinkUrl(url);
    if (!safe) {
      setError('Only web addresses (http:// or https://) and e-mail addresses (mailto:) can be linked. Check the address and try again.');
      return;
    }
    editor.update(() => {
      const selection = $getSelection();
      if (needsText && $isRangeSelection(selection)) selection.insertNodes([$createLinkNode(safe).append($createTextNode(text.trim() || safe))]);
      else editor.dispatchCommand(TOGGLE_LINK_COMMAND, safe);
    });
    onClose();
    editor.focus();
  };
  const remove = () => {
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    onClose();
    editor.focus();
  };

  if (!open) return null;
  return (
    <Modal
      className="note-dialog"
      title={currentUrl ? 'Edit link' : 'Add a link'}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          {currentUrl && (
            <button type="button" className="button note-dialog__left" onClick={remove}>
              Remove link
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            {currentUrl ? 'Save link' : 'Add link'}
          </button>
        </>
      }
    >
      <div className="note-dialog__body">
        <label className="note-field" htmlFor={`${id}-url`}>
          Address
        </label>
        <input
          id={`${id}-url`}
          className="note-input"
          type="text"
          inputMode="url"
          autoFocus
          placeholder="https://… or name@example.org"
          value={url}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setUrl(event.target.value);
            setError(null);
          }}
        />
        {needsText && (
          <>
            <label className="note-field" htmlFor={`${id}-text`}>
              Text to show <span className="note-field__hint">(optional)</span>
            </label>
            <input id={`${id}-text`} className="note-input" type="text" value={text} onChange={(event) => setText(event.target.value)} />
          </>
        )}
        {error && (
          <p id={`${id}-error`} className="note-dialog__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Modal>
  );
}

/** The bar shown while the caret is in a link. */
export function LinkBar({ url, onEdit }: { url: string; onEdit: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { openLink } = useLinkOpener();
  return (
    <div className="note-linkbar" role="group" aria-label="Link">
      <span className="note-linkbar__label">Link</span>
      <span className="note-linkbar__url" title={url}>
        {url}
      </span>
      <button type="button" className="button button--small" onMouseDown={(e) => e.preventDefault()} onClick={() => openLink(url)}>
        Open…
      </button>
      <button type="button" className="button button--small" onMouseDown={(e) => e.preventDefault()} onClick={onEdit}>
        Edit
      </button>
      <button type="button" className="button button--small" onMouseDown={(e) => e.preventDefault()} onClick={() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, null)}>
        Remove
      </button>
    </div>
  );
}

/**
 * Ctrl/⌘+click on a link asks to open it; a plain click only places the caret, as in any editor.
 * A middle click would make the browser open the link in a new tab without asking: it asks too.
 */
export function LinkClickPlugin() {
  const [editor] = useLexicalComposerContext();
  const { openLink } = useLinkOpener();
  useEffect(() => {
    const onAuxClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a') : null;
      if (!anchor) return;
      event.preventDefault();
      if (event.button === 1) openLink(anchor.getAttribute('href') ?? '');
    };
    let current: HTMLElement | null = null;
    const unregister = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('auxclick', onAuxClick);
      root?.addEventListener('auxclick', onAuxClick);
      current = root;
    });
    return () => {
      unregister();
      current?.removeEventListener('auxclick', onAuxClick);
    };
  }, [editor, openLink]);
  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          if (!(event.ctrlKey || event.metaKey) || !(event.target instanceof Node)) return false;
          const target = event.target;
          const url = editor.read(() => {
            const node = $getNearestNodeFromDOMNode(target);
            const link = node ? $findMatchingParent(node, $isLinkNode) : null;
            return $isLinkNode(link) ? link.getURL() : null;
          });
          if (!url) return false;
          event.preventDefault();
          openLink(url);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, openLink],
  );
  return null;
}
