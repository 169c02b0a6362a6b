/**
 * Every way in for articles, mounted once in the shell: the file chooser, drag and drop onto the
 * window (files, folders, or selected text), pasting outside text fields (Ctrl/Cmd+Shift+V or
 * Ctrl/Cmd+V), the paste dialog and the sample article. Files go through the import queue with
 * its progress panel; pasted or dropped text becomes one article.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { ALL_EXTENSIONS } from '../../../../shared/import/formats';
import type { ImportedFile } from '../../../../shared/import/operations';
import { suggestOnImport } from '../suggestions/suggestOnImport';
import { plural } from '../../ui/format';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { onImportRequest } from './importEvents';
import { isOwnTransfer, readDroppedFiles, readTextTransfer, type TransferContent } from './transferContent';
import { useImportQueue } from './useImportQueue';
import './import.css';
import { lazyComponent } from '../../ui/lazyComponent';

// Drawn only when asked for: loaded on first use (or in idle time after start), not with the first screen.
const PasteDialog = lazyComponent(() => import('./PasteDialog').then((m) => m.PasteDialog), null);
const ImportPanel = lazyComponent(() => import('./ImportPanel').then((m) => m.ImportPanel), null);

/** True when the event happens in a text field, where paste and drop keep their usual meaning. */
function inTextField(target: EventTarget | null): boolean {
  const element = target instanceof Element ? target : null;
  return !!element?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]');
}

export function ImportHost() {
  const wb = useWorkbench();
  const { refresh, openView, closeView, notify, reportError } = wb;
  // The workbench object changes with every render; the import callbacks should not.
  const latest = useRef(wb);
  useEffect(() => {
    latest.current = wb;
  });
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [dropTarget, setDropTarget] = useState(false);
  const onEachImported = useCallback(() => refresh('articles', 'info'), [refresh]);
  const onEachProject = useCallback(() => refresh('articles', 'actors', 'tags', 'notes', 'info'), [refresh]);
  const queue = useImportQueue(onEachImported, onEachProject);
  const { start, dismiss, busy } = queue;
  const open = useCallback((id: string) => openView({ kind: 'article', id }), [openView]);
  /** Shows a new article's suggestions when the analyst wants that; says how many, for the toast. */
  const suggested = useCallback(
    async (id: string) => {
      if (!suggestOnImport()) return '';
      // The suggestions' store comes with the reader and the article's inspector, not the first screen.
      const { runSuggest } = await import('../suggestions/suggestionStore');
      const count = await runSuggest(id, latest.current, { quiet: true });
      return count ? ` Quotebook suggests ${plural(count, 'quote')}: accept or reject them in the inspector.` : '';
    },
    [],
  );

  const importFiles = useCallback(
    async (files: File[]) => {
      if (busy()) return notify('An import is already running. Wait for it to finish, or cancel it, then import these files.');
      const run = await start(files);
      if (!run) return;
      // One file that went in smoothly needs no report: open it and say so briefly.
      const [only] = run.imported;
      if (run.total === 1 && only && run.failed.length === 0) {
        dismiss();
        open(only.id);
        if (only.duplicateOf) return notify(`“${only.title}” is already in the notebook (same text), so it was not added again.`, 'info');
        notify(`Imported “${only.title}”.${await suggested(only.id)}`, 'info');
      }
    },
    [start, dismiss, open, notify, busy, suggested],
  );

  const importContent = useCallback(
    async (content: TransferContent, how: 'Pasted' | 'Dropped') => {
      if (content.kind === 'files') return importFiles(content.files);
      if (content.kind === 'nothing') return notify(`${how === 'Pasted' ? 'The clipboard holds' : 'What you dropped holds'} no text to make an article from.`);
      const result = await api.articlesImportPasted(content.kind === 'structured' ? { text: content.text, blocks: content.blocks, name: `${how} text` } : { text: content.text, name: `${how} text` });
      if (!result.ok) return reportError(result.error);
      const item: ImportedFile = result.value;
      refresh('articles', 'info');
      open(item.id);
      if (item.duplicateOf) return notify(`This text is already in the notebook as “${item.title}”, so it was not added again.`, 'info');
      notify(`${how} as a new article: “${item.title}”.${await suggested(item.id)}`, 'info', {
        label: 'Undo',
        run: async () => {
          const undone = await api.articlesDelete({ id: item.id });
          if (!undone.ok) return reportError(undone.error);
          closeView({ kind: 'article', id: item.id });
          refresh('articles', 'info');
        },
      });
    },
    [importFiles, notify, reportError, refresh, open, closeView, suggested],
  );

  const importSample = useCallback(async () => {
    const result = await api.articlesImportSample({});
    if (!result.ok) return reportError(result.error);
    refresh('articles', 'info');
    open(result.value.id);
  }, [reportError, refresh, open]);

  useEffect(
    () =>
      onImportRequest((request) => {
        if (request === 'files') fileInput.current?.click();
        else if (request === 'paste') setPasting(true);
        else void importSample();
      }),
    [importSample],
  );

  // Pasting outside a text field makes a new article (Ctrl/Cmd+Shift+V is the advertised key).
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || !event.clipboardData || inTextField(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      const files = [...event.clipboardData.files];
      void importContent(files.length ? { kind: 'files', files } : readTextTransfer(event.clipboardData), 'Pasted');
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [importContent]);

  // Drag and drop: files and folders anywhere; text from another program where it is not a text field.
  useEffect(() => {
    let depth = 0;
    let internal = false;
    const accepts = (event: DragEvent) => {
      const types = [...(event.dataTransfer?.types ?? [])];
      if (internal || isOwnTransfer(types)) return false;
      return types.includes('Files') || (!inTextField(event.target) && (types.includes('text/html') || types.includes('text/plain')));
    };
    const onDragStart = () => (internal = true);
    const onDragEnd = () => (internal = false);
    const onDragEnter = (event: DragEvent) => {
      if (!accepts(event)) return;
      depth++;
      setDropTarget(true);
    };
    const onDragLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDropTarget(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!accepts(event)) return;
      // Without this the browser opens a dropped file itself, replacing the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDropTarget(false);
      if (!accepts(event) || !event.dataTransfer || event.defaultPrevented) return;
      event.preventDefault();
      const data = event.dataTransfer;
      if ([...data.types].includes('Files')) void readDroppedFiles(data).then((files) => (files.length ? importFiles(files) : notify('The dropped folder holds no files Quotebook can import.')));
      else void importContent(readTextTransfer(data), 'Dropped');
    };
    document.addEventListener('dragstart', onDragStart);
    document.addEventListener('dragend', onDragEnd);
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragstart', onDragStart);
      document.removeEventListener('dragend', onDragEnd);
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFiles, importContent, notify]);

  return (
    <>
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        accept={[...ALL_EXTENSIONS, '.qdpx', '.qdc'].join(',')}
        aria-label="Choose files to import"
        data-testid="import-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void importFiles(files);
        }}
      />
      {dropTarget && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay__card">
            <p className="drop-overlay__title">Drop to import</p>
            <p>Files and folders become articles: text, Markdown, web pages, PDF and Word; a REFI-QDA project (.qdpx) or codebook (.qdc) brings its codes and coded quotes. Dropped text becomes one new article.</p>
          </div>
        </div>
      )}
      {pasting && (
        <PasteDialog
          onClose={() => setPasting(false)}
          onContent={(content) => {
            setPasting(false);
            void importContent(content, 'Pasted');
          }}
        />
      )}
      {queue.run && <ImportPanel run={queue.run} onCancel={queue.cancel} onDismiss={dismiss} onOpen={open} />}
    </>
  );
}
