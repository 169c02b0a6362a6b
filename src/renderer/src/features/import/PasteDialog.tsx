/**
 * "Paste as a new article": a place to press Ctrl/Cmd+V. The paste is caught here and read inertly
 * (see transferContent); nothing pasted is ever inserted into the page.
 */
import { useEffect, useRef, useState, type ClipboardEvent } from 'react';
import { Modal } from '../../ui/Modal';
import { readTextTransfer, type TransferContent } from './transferContent';
import { IconPaste } from './importIcons';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const PASTE = isMac ? '⌘V' : 'Ctrl+V';
const PASTE_NEW = isMac ? '⇧⌘V' : 'Ctrl+Shift+V';

export interface PasteDialogProps {
  onContent: (content: TransferContent) => void;
  onClose: () => void;
}

export function PasteDialog({ onContent, onClose }: PasteDialogProps) {
  const zone = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => zone.current?.focus(), []);

  const onPaste = (event: ClipboardEvent<HTMLDialogElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const files = [...event.clipboardData.files];
    const content: TransferContent = files.length ? { kind: 'files', files } : readTextTransfer(event.clipboardData);
    if (content.kind === 'nothing') {
      setProblem('The clipboard holds no text. Select the article in your browser, word processor or PDF viewer, copy it, and paste again.');
      return;
    }
    onContent(content);
  };

  return (
    <Modal
      title="Paste an article"
      onClose={onClose}
      onPaste={onPaste}
      actions={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <p className="qb-modal__text">Copy an article in your browser, word processor or PDF viewer, then paste it here. Headings, paragraphs, quotes and lists are kept; pictures, links and scripts are left out.</p>
      <div ref={zone} className="paste-zone" tabIndex={0} role="group" aria-label={`Paste target: press ${PASTE} to paste the article`} aria-describedby={problem ? 'paste-problem' : undefined}>
        <IconPaste />
        <span>
          Press <kbd>{PASTE}</kbd> to paste
        </span>
      </div>
      {problem && (
        <p id="paste-problem" className="qb-modal__error" role="alert">
          {problem}
        </p>
      )}
      <p className="qb-modal__hint">
        Tip: outside text fields, <kbd>{PASTE}</kbd> pastes straight into a new article; <kbd>{PASTE_NEW}</kbd> does the same with plain text only.
      </p>
    </Modal>
  );
}
