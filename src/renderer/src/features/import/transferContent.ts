/**
 * What a paste or a drop carries, read without ever letting it near the live page: HTML goes
 * through the browser's DOMParser, whose documents are inert (no script runs, nothing loads), and
 * is reduced to text and blocks on the spot; files are collected, folders walked.
 */
import { reduceDom, type ReducedText } from '../../../../shared/import/domText';
import { isImportableName } from '../../../../shared/import/formats';

/** Content that becomes one new article, or files to import. */
export type TransferContent =
  | { kind: 'structured'; text: string; blocks: ReducedText['blocks'] }
  | { kind: 'text'; text: string }
  | { kind: 'files'; files: File[] }
  | { kind: 'nothing' };

/** Drags and pastes from inside Quotebook (e.g. a quote dragged into a note) are not imports. */
export const isOwnTransfer = (types: readonly string[]) => types.some((type) => type.startsWith('application/x-quotebook'));

/** Pasted or dropped HTML as text + blocks; null when it holds no text. */
export function reduceHtml(html: string): ReducedText | null {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const reduced = reduceDom(document.body ?? document);
  return reduced.text.trim() ? reduced : null;
}

/** Reads the clipboard data of a paste event (or a drop of selected text) without files. */
export function readTextTransfer(data: DataTransfer): TransferContent {
  const html = data.getData('text/html');
  if (html.trim()) {
    const reduced = reduceHtml(html);
    if (reduced) return { kind: 'structured', text: reduced.text, blocks: reduced.blocks };
  }
  const text = data.getData('text/plain');
  return text.trim() ? { kind: 'text', text } : { kind: 'nothing' };
}

type Entry = FileSystemEntry;

function filesOf(directory: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = directory.createReader();
  const readBatch = () => new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
  return (async () => {
    const out: File[] = [];
    // readEntries hands out at most 100 entries per call; an empty batch means the end.
    for (let batch = await readBatch(); batch.length; batch = await readBatch()) {
      for (const entry of batch.sort((a, b) => a.name.localeCompare(b.name))) out.push(...(await walk(entry, true)));
    }
    return out;
  })();
}

async function walk(entry: Entry, insideFolder: boolean): Promise<File[]> {
  if (entry.name.startsWith('.')) return [];
  if (entry.isDirectory) return filesOf(entry as FileSystemDirectoryEntry);
  // Inside a folder only supported files are taken; a file dropped on its own is always tried, so
  // an unsupported one is reported instead of silently ignored.
  if (insideFolder && !isImportableName(entry.name)) return [];
  const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
  return [file];
}

/**
 * The files of a drop, folders walked. Entries must be taken while the drop event runs (the
 * browser empties the DataTransfer afterwards); the walk itself can finish later.
 */
export function readDroppedFiles(data: DataTransfer): Promise<File[]> {
  const items = [...data.items].filter((item) => item.kind === 'file');
  const taken = items.map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  const loose = taken.length ? [] : [...data.files];
  return (async () => {
    const out: File[] = [...loose];
    for (const { entry, file } of taken) {
      if (entry) out.push(...(await walk(entry, false)));
      else if (file) out.push(file);
    }
    return out;
  })();
}

/** A file's bytes as base64, read natively (fast for large files). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
