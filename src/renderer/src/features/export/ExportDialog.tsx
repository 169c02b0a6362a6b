/**
 * The Export dialog: what (scope), as what (format) and where (a folder on the machine running
 * Quotebook, the browser's downloads, or the clipboard). After writing a folder it shows what was
 * created, updated or left alone, and why a file was left alone.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { ExportFormat, ExportOutcome } from '../../../../shared/export/schemas';
import { api, transportKind } from '../../api';
import { Modal } from '../../ui/Modal';
import { usePersistentState } from '../../ui/usePersistentState';
import { useToasts } from '../../ui/toasts';
import { copyText } from './clipboard';
import { downloadFile } from '../../ui/download';
import { destinations, FORMAT_CHOICES, NETWORK_FORMATS, summarise, type Destination, type ScopeChoice } from './exportChoices';
import './export.css';

export interface ExportDialogProps {
  choices: ScopeChoice[];
  initialScope?: string;
  initialFormat?: ExportFormat;
  onClose: () => void;
}

const acceptString = (v: unknown) => (typeof v === 'string' ? v : null);
const acceptFormat = (v: unknown) => (FORMAT_CHOICES.some((c) => c.format === v) ? (v as ExportFormat) : null);
const DESTINATION_LABELS: Record<Destination, string> = { folder: 'Save to a folder', download: 'Download', copy: 'Copy to clipboard' };

type Network = 'actors' | 'concepts';

function run(format: ExportFormat, input: { scope: ScopeChoice['scope']; dir?: string; wikilinks: boolean; network: Network; dynamic: boolean }) {
  const { wikilinks, network, dynamic, ...rest } = input;
  switch (format) {
    case 'markdown':
      return api.exportMarkdown({ ...rest, wikilinks });
    case 'csv':
      return api.exportCsv(rest);
    case 'json':
      return api.exportJson(rest);
    case 'qdpx':
      return api.exportQdpx(rest);
    case 'qdc':
      return api.exportQdc(rest);
    case 'gexf':
      return api.exportGexf({ ...rest, network, dynamic });
    case 'graphml':
      return api.exportGraphml({ ...rest, network });
    default:
      return api.exportWebAnnotations(rest);
  }
}

export function ExportDialog({ choices, initialScope, initialFormat, onClose }: ExportDialogProps) {
  const { notify } = useToasts();
  const id = useId();
  const desktop = transportKind === 'electron';
  const [scopeKey, setScopeKey] = useState(initialScope ?? choices[0]?.key ?? 'notebook');
  const [format, setFormat] = usePersistentState<ExportFormat>('export.format', 'markdown', acceptFormat);
  useEffect(() => {
    if (initialFormat) setFormat(initialFormat);
  }, [initialFormat, setFormat]);
  const [folder, setFolder] = usePersistentState('export.folder', '', acceptString);
  const [wikilinks, setWikilinks] = usePersistentState('export.wikilinks', false, (v) => (typeof v === 'boolean' ? v : null));
  const [network, setNetwork] = usePersistentState<Network>('export.network', 'actors', (v) => (v === 'actors' || v === 'concepts' ? v : null));
  const [dynamic, setDynamic] = usePersistentState('export.dynamic', false, (v) => (typeof v === 'boolean' ? v : null));
  // No choice yet means the default: the first destination that fits (see destinations).
  const [destinationWish, setDestination] = useState<Destination | null>(null);
  const [busy, setBusy] = useState(false);
  // A missing folder is said next to the folder field (a toast would outlive the fix).
  const [folderProblem, setFolderProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  const choice = choices.find((c) => c.key === scopeKey) ?? choices[choices.length - 1]!;
  const allowed = useMemo(() => destinations(format, choice.scope, desktop), [format, choice.scope, desktop]);
  const destination = destinationWish && allowed.includes(destinationWish) ? destinationWish : allowed[0]!;

  async function submit() {
    if (destination === 'folder' && !folder.trim()) {
      setFolderProblem('Type the full path of the folder to export to, for example /home/you/Exports.');
      return;
    }
    setFolderProblem(null);
    setBusy(true);
    const result = await run(format, { scope: choice.scope, wikilinks, network, dynamic, ...(destination === 'folder' ? { dir: folder.trim() } : {}) });
    setBusy(false);
    if (!result.ok) return notify(result.error.message);
    const value = result.value;
    if (destination === 'folder') {
      // The dialog itself lists what happened; no extra message is needed.
      setOutcome(value);
      return;
    }
    const content = value.content!;
    if (destination === 'download') {
      downloadFile(content.fileName, content.mediaType, content.text, content.base64);
      notify(`${content.fileName} was downloaded.`, 'info');
    } else if (await copyText(content.text)) notify(`${choice.label} was copied as ${format === 'csv' ? 'CSV' : 'Markdown'}.`, 'info');
    else return notify('Quotebook could not reach the clipboard. Choose Download or a folder instead.');
    onClose();
  }

  return (
    <Modal
      title="Export"
      className="export-dialog"
      closeOnBackdrop={false}
      onClose={onClose}
      onSubmit={() => {
        if (outcome) onClose();
        else if (!busy) void submit();
      }}
      actions={
        outcome ? (
          <button type="submit" className="button button--primary">
            Done
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
              {busy ? 'Exporting…' : destination === 'copy' ? 'Copy' : destination === 'download' ? 'Download' : 'Export'}
            </button>
          </>
        )
      }
    >
      {outcome ? (
        <section className="export-result" aria-live="polite">
          <p className="export-result__summary">{summarise(outcome.files, outcome.dir ?? '')}</p>
          {outcome.notices.length > 0 && (
            <ul className="export-result__notices" aria-label="Files left alone">
              {outcome.notices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <ul className="export-result__files" aria-label="Files">
            {outcome.files.map((f) => (
              <li key={f.path}>
                <span className={`export-status export-status--${f.status}`}>{f.status}</span>
                <code>{f.path}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <fieldset className="export-field">
            <legend>What</legend>
            {choices.map((c) => (
              <label key={c.key} className="export-option">
                <input type="radio" name={`${id}-scope`} value={c.key} checked={c.key === choice.key} onChange={() => setScopeKey(c.key)} />
                <span>
                  <span className="export-option__label">{c.label}</span>
                  <span className="export-option__detail">{c.detail}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="export-field">
            <legend>Format</legend>
            <div className="export-formats">
              {FORMAT_CHOICES.map((c) => (
                <label key={c.format} className="export-format">
                  <input type="radio" name={`${id}-format`} value={c.format} checked={c.format === format} onChange={() => setFormat(c.format)} />
                  <span className="export-option__label">{c.label}</span>
                  <span className="export-option__detail">{c.detail}</span>
                </label>
              ))}
            </div>
            {format === 'markdown' && (
              <label className="check-row export-check">
                <input type="checkbox" checked={wikilinks} onChange={(e) => setWikilinks(e.target.checked)} />
                Obsidian-style wikilinks and block ids
              </label>
            )}
            {NETWORK_FORMATS.includes(format) && (
              <div className="export-network" role="radiogroup" aria-label="Network">
                <label className="check-row export-check">
                  <input type="radio" name={`${id}-network`} checked={network === 'actors'} onChange={() => setNetwork('actors')} />
                  Who speaks about whom (actors, weighted by quotes)
                </label>
                <label className="check-row export-check">
                  <input type="radio" name={`${id}-network`} checked={network === 'concepts'} onChange={() => setNetwork('concepts')} />
                  Actors × tags (two-mode, as in Discourse Network Analyzer)
                </label>
                {format === 'gexf' && (
                  <label className="check-row export-check">
                    <input type="checkbox" checked={dynamic} onChange={(e) => setDynamic(e.target.checked)} />
                    Over time (dated by article, for Gephi’s timeline)
                  </label>
                )}
              </div>
            )}
            {format === 'qdc' && <p className="qb-modal__hint">A codebook holds every tag of the notebook, whatever is chosen under What.</p>}
          </fieldset>
          <fieldset className="export-field">
            <legend>Where</legend>
            {allowed.length > 1 && (
              <div className="export-destinations">
                {allowed.map((d) => (
                  <label key={d} className="export-option">
                    <input type="radio" name={`${id}-destination`} value={d} checked={d === destination} onChange={() => setDestination(d)} />
                    <span className="export-option__label">{DESTINATION_LABELS[d]}</span>
                  </label>
                ))}
              </div>
            )}
            {destination === 'folder' && (
              <div className="export-folder">
                <label htmlFor={`${id}-folder`} className="export-folder__label">
                  Folder {desktop ? 'on this computer' : 'on the computer running Quotebook'}
                </label>
                <input
                  id={`${id}-folder`}
                  className="export-folder__input"
                  type="text"
                  spellCheck={false}
                  placeholder="/home/you/Exports"
                  value={folder}
                  onChange={(e) => {
                    setFolder(e.target.value);
                    setFolderProblem(null);
                  }}
                  aria-invalid={folderProblem !== null}
                  aria-describedby={folderProblem ? `${id}-folder-problem` : undefined}
                />
                {folderProblem && (
                  <p id={`${id}-folder-problem`} className="field__hint field__hint--warn" role="alert">
                    {folderProblem}
                  </p>
                )}
                <p className="qb-modal__hint">Files Quotebook exported there before are updated; any other file is left alone and the export takes a new name.</p>
              </div>
            )}
          </fieldset>
        </>
      )}
    </Modal>
  );
}
