/** Saving the timeline as SVG or CSV: downloaded in the browser edition, written to a folder in the app. */
import { useState } from 'react';
import { api, transportKind } from '../../api';
import { downloadFile } from '../../ui/download';
import { usePersistentState } from '../../ui/usePersistentState';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import type { TimelineChoice } from './TimelineView';

const acceptString = (v: unknown) => (typeof v === 'string' ? v : null);

export function TimelineExport({ choice }: { choice: TimelineChoice }) {
  const wb = useWorkbench();
  const desktop = transportKind === 'electron';
  // The same remembered folder as the Export dialog, so exports land together.
  const [folder, setFolder] = usePersistentState('export.folder', '', acceptString);
  const [busy, setBusy] = useState(false);

  async function save(format: 'svg' | 'csv') {
    if (desktop && !folder.trim()) return wb.notify('Type the full path of the folder to save the timeline in, for example /home/you/Exports.');
    setBusy(true);
    const result = await api.exportTimeline({ ...choice, format, ...(desktop ? { dir: folder.trim() } : {}) });
    setBusy(false);
    if (!result.ok) return wb.reportError(result.error);
    const { content, files, dir } = result.value;
    if (content) {
      downloadFile(content.fileName, content.mediaType, content.text);
      wb.notify(`${content.fileName} was downloaded.`, 'info');
    } else wb.notify(`Saved ${files[0]?.path ?? 'the timeline'} in ${dir}.`, 'info');
  }

  return (
    <div className="timeline__export">
      {desktop && (
        <label className="timeline__folder">
          Folder
          <input type="text" spellCheck={false} placeholder="/home/you/Exports" value={folder} onChange={(e) => setFolder(e.target.value)} />
        </label>
      )}
      <button type="button" className="button" disabled={busy} onClick={() => void save('svg')}>
        {desktop ? 'Save' : 'Download'} SVG
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void save('csv')}>
        {desktop ? 'Save' : 'Download'} CSV
      </button>
    </div>
  );
}
