/**
 * Imports files one at a time so the window can show "3 of 12" and stop between files when the
 * analyst cancels; what was imported before stays. A file over the size limit is refused here,
 * before it is read.
 */
import { useCallback, useRef, useState } from 'react';
import { api } from '../../api';
import type { FailedFile, ImportedFile } from '../../../../shared/import/operations';
import type { RefiImportOutcome } from '../../../../shared/interchange/api';
import { MAX_IMPORT_BYTES, tooLargeReason } from '../../../../shared/import/formats';
import { readBase64 } from './transferContent';

export interface ImportRun {
  total: number;
  done: number;
  /** The file being imported now, or null when the run is over. */
  current: string | null;
  imported: ImportedFile[];
  failed: FailedFile[];
  /** Files not imported because the analyst cancelled (or the notebook refused all writes). */
  skipped: number;
  cancelled: boolean;
  /** A reason the whole run stopped early (e.g. the notebook is read-only). */
  stoppedBecause: string | null;
  /** REFI-QDA projects and codebooks brought in, with what each held. */
  projects: { file: string; outcome: RefiImportOutcome }[];
}

/** REFI-QDA projects (.qdpx) and codebooks (.qdc) go in whole, through their own operation. */
export const isRefiName = (name: string) => /\.(qdpx|qdc)$/i.test(name);

/** Errors that would fail every remaining file the same way: stop instead of repeating them. */
const FATAL = new Set(['read-only', 'forbidden', 'unavailable', 'locked']);

export function useImportQueue(onEachImported: (file: ImportedFile) => void, onEachProject: () => void = () => undefined) {
  const [run, setRun] = useState<ImportRun | null>(null);
  const cancelled = useRef(false);
  const running = useRef(false);

  const start = useCallback(
    async (files: readonly File[]): Promise<ImportRun | null> => {
      if (running.current || files.length === 0) return null;
      running.current = true;
      cancelled.current = false;
      let state: ImportRun = { total: files.length, done: 0, current: files[0]!.name, imported: [], failed: [], skipped: 0, cancelled: false, stoppedBecause: null, projects: [] };
      const update = (next: Partial<ImportRun>) => {
        state = { ...state, ...next };
        setRun(state);
      };
      update({});
      for (const [index, file] of files.entries()) {
        if (cancelled.current) {
          update({ cancelled: true, skipped: files.length - index });
          break;
        }
        update({ current: file.name });
        if (isRefiName(file.name)) {
          let refi;
          try {
            refi = await api.notebookImportRefi({ name: file.name, base64: await readBase64(file) });
          } catch {
            update({ failed: [...state.failed, { file: file.name, error: `"${file.name}" could not be read from disk.` }], done: state.done + 1 });
            continue;
          }
          if (refi.ok) {
            onEachProject();
            update({ projects: [...state.projects, { file: file.name, outcome: refi.value }], done: state.done + 1 });
          } else update({ failed: [...state.failed, { file: file.name, error: refi.error.message }], done: state.done + 1 });
          continue;
        }
        if (file.size > MAX_IMPORT_BYTES) {
          update({ failed: [...state.failed, { file: file.name, error: `"${file.name}" ${tooLargeReason(file.size)}` }], done: state.done + 1 });
          continue;
        }
        let result;
        try {
          result = await api.articlesImport({ files: [{ name: file.name, base64: await readBase64(file) }] });
        } catch {
          update({ failed: [...state.failed, { file: file.name, error: `"${file.name}" could not be read from disk. Check that it still exists and that you may open it.` }], done: state.done + 1 });
          continue;
        }
        if (!result.ok) {
          if (FATAL.has(result.error.code)) {
            update({ stoppedBecause: result.error.message, skipped: files.length - index });
            break;
          }
          update({ failed: [...state.failed, { file: file.name, error: result.error.message }], done: state.done + 1 });
          continue;
        }
        for (const imported of result.value.imported) onEachImported(imported);
        update({ imported: [...state.imported, ...result.value.imported], failed: [...state.failed, ...result.value.failed], done: state.done + 1 });
      }
      update({ current: null });
      running.current = false;
      return state;
    },
    [onEachImported, onEachProject],
  );

  /** True while a run is going (a second one is not started meanwhile). */
  const busy = useCallback(() => running.current, []);
  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);
  const dismiss = useCallback(() => {
    if (!running.current) setRun(null);
  }, []);

  return { run, start, cancel, dismiss, busy };
}
