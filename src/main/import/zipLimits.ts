/**
 * What a .docx (a zip archive) may unpack to, checked before anything is inflated for real: the
 * central directory's sizes first (a 1 MB file that claims 300 MB is refused at once), then every
 * compressed entry is inflated in small steps and counted, without keeping the output, so an
 * archive that lies about its sizes is refused as soon as it unpacks past what it claimed.
 */
import { Inflate } from 'fflate';
import { formatBytes } from '../../shared/import/formats';

/** The most a Word file may unpack to, all entries together. Articles unpack to well under 5 MB. */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** The most one entry may unpack to. */
export const MAX_ENTRY_BYTES = 40 * 1024 * 1024;
/** The most an entry may grow when unpacked (text and XML compress about 5 to 20 times). */
export const MAX_COMPRESSION_RATIO = 100;
/** Entries smaller than this unpacked are not held to the ratio (a tiny file can compress very well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** A Word document has a few dozen entries. */
const MAX_ENTRIES = 10_000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  unpacked: number;
  localHeader: number;
}

/**
 * Why the archive may not be unpacked (after the file's quoted name), or null when it may. An
 * archive whose directory cannot be read at all passes: the Word reader then says it is damaged.
 */
export function zipLimitProblem(bytes: Uint8Array): string | null {
  const entries = readDirectory(bytes);
  if (!entries) return null;
  if (entries.length > MAX_ENTRIES) return `holds ${entries.length.toLocaleString('en')} files inside; a Word document holds a few dozen. ${NOT_A_DOCUMENT}`;
  let total = 0;
  for (const entry of entries) {
    const problem = entryProblem(entry) ?? (total + entry.unpacked > MAX_UNPACKED_BYTES ? totalProblem(total + entry.unpacked) : null);
    if (problem) return problem;
    total += entry.unpacked;
  }
  for (const entry of entries) {
    const actual = unpackedSize(bytes, entry, entry.unpacked);
    if (actual === null) continue; // damaged: the Word reader reports it
    if (actual > entry.unpacked) return `unpacks to more than its own table of contents says (${entry.name} is larger than the ${formatBytes(entry.unpacked)} it declares). ${NOT_A_DOCUMENT}`;
  }
  return null;
}

const NOT_A_DOCUMENT = 'It is not an ordinary Word document (it may be built to exhaust memory); Quotebook did not open it. If it is a real document, open it in Word or LibreOffice, save a copy and import that.';

function entryProblem(entry: Entry): string | null {
  if (entry.unpacked === 0xffffffff || entry.compressed === 0xffffffff) return `holds a file over 4 GB (${entry.name}). ${NOT_A_DOCUMENT}`;
  if (entry.unpacked > MAX_ENTRY_BYTES) return `would unpack ${entry.name} to ${formatBytes(entry.unpacked)}, more than the ${formatBytes(MAX_ENTRY_BYTES)} Quotebook unpacks for one part of a document. ${NOT_A_DOCUMENT}`;
  if (entry.unpacked >= RATIO_FLOOR_BYTES && entry.unpacked > entry.compressed * MAX_COMPRESSION_RATIO) {
    const ratio = Math.round(entry.unpacked / Math.max(1, entry.compressed));
    return `would unpack ${entry.name} from ${formatBytes(entry.compressed)} to ${formatBytes(entry.unpacked)} (${ratio} times; documents grow at most ${MAX_COMPRESSION_RATIO} times). ${NOT_A_DOCUMENT}`;
  }
  return null;
}

function totalProblem(total: number): string {
  return `would unpack to more than ${formatBytes(MAX_UNPACKED_BYTES)} (at least ${formatBytes(total)}), more than Quotebook unpacks for one document. ${NOT_A_DOCUMENT}`;
}

/** The central directory's entries, or null when there is none to read. */
function readDirectory(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return entries.length ? entries : null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, Math.min(bytes.length, at + 46 + Math.min(nameLength, 200)))),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      unpacked: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * How many bytes the entry really unpacks to, counted up to `limit + 1` (then it stops: more is
 * already too much). Null when the entry cannot be read.
 */
function unpackedSize(bytes: Uint8Array, entry: Entry, limit: number): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(dataStart, Math.min(bytes.length, dataStart + entry.compressed));
  if (entry.method === STORED) return data.length;
  if (entry.method !== DEFLATED) return null;
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
  });
  // Small steps: one step of a deflate bomb unpacks to at most about a thousand times its size.
  const STEP = 4096;
  try {
    for (let k = 0; k < data.length && total <= limit; k += STEP) inflate.push(data.subarray(k, k + STEP), k + STEP >= data.length);
  } catch {
    return null;
  }
  return total;
}
