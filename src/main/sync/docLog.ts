/**
 * How one shared document is kept on disk: an append-only log of Yjs updates in
 * `sync/docs/<name>.ylog`. Each record is length-prefixed and checksummed, so a record torn by a
 * crash is recognised and dropped (it was never acknowledged: appends are flushed before the save
 * they belong to is reported done). Each record also carries the SHA-256 of the JSON file that the
 * document's state materialises to after it, which is how a file changed outside Quotebook (a
 * restored backup, a hand edit) is told apart from one Quotebook wrote (see replica.ts).
 *
 *     record = u32 payload length | u8 kind | 32-byte JSON hash | update bytes | u32 CRC-32
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { hasCode, writeFileDurable } from '../store/fsUtil';

const KIND_UPDATE = 1;
const HASH_BYTES = 32;
const HEADER = 4 + 1;
const TRAILER = 4;
/** A log past this many bytes is rewritten as one record on the next load. */
export const COMPACT_AFTER_BYTES = 256 * 1024;

export interface LoadedLog {
  updates: Uint8Array[];
  /** The JSON hashes of the last two records, newest last ('' where a record has none). */
  recentHashes: string[];
  /** Bytes of valid records; anything after them was torn by a crash. */
  validBytes: number;
  totalBytes: number;
}

/** Encodes one record. `hash` is a hex SHA-256 or '' for none. */
export function encodeRecord(update: Uint8Array, hash: string): Buffer {
  const payloadLength = 1 + HASH_BYTES + update.length;
  const out = Buffer.alloc(4 + payloadLength + TRAILER);
  out.writeUInt32LE(payloadLength, 0);
  out.writeUInt8(KIND_UPDATE, 4);
  if (hash) Buffer.from(hash, 'hex').copy(out, HEADER);
  Buffer.from(update.buffer, update.byteOffset, update.byteLength).copy(out, HEADER + HASH_BYTES);
  out.writeUInt32LE(crc32(out.subarray(4, 4 + payloadLength)), 4 + payloadLength);
  return out;
}

/** Reads every valid record; stops at the first torn or corrupt one. */
export function decodeLog(bytes: Buffer): LoadedLog {
  const updates: Uint8Array[] = [];
  const hashes: string[] = [];
  let offset = 0;
  while (offset + 4 <= bytes.length) {
    const payloadLength = bytes.readUInt32LE(offset);
    const end = offset + 4 + payloadLength + TRAILER;
    if (payloadLength < 1 + HASH_BYTES || end > bytes.length) break;
    const payload = bytes.subarray(offset + 4, offset + 4 + payloadLength);
    if (crc32(payload) !== bytes.readUInt32LE(offset + 4 + payloadLength) || payload[0] !== KIND_UPDATE) break;
    const hash = payload.subarray(1, 1 + HASH_BYTES);
    hashes.push(hash.every((b) => b === 0) ? '' : hash.toString('hex'));
    updates.push(new Uint8Array(payload.subarray(1 + HASH_BYTES)));
    offset = end;
  }
  return { updates, recentHashes: hashes.slice(-2), validBytes: offset, totalBytes: bytes.length };
}

/** The log file of one document. */
export class DocLog {
  constructor(readonly file: string) {}

  /** Reads the log (empty when absent); a torn tail is cut off so the next append starts clean. */
  async load(): Promise<LoadedLog> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.file);
    } catch (error) {
      if (hasCode(error, 'ENOENT')) return { updates: [], recentHashes: [], validBytes: 0, totalBytes: 0 };
      throw error;
    }
    const log = decodeLog(bytes);
    if (log.validBytes < log.totalBytes) await fs.truncate(this.file, log.validBytes);
    return log;
  }

  /** Appends one record and flushes it to disk before resolving. */
  async append(update: Uint8Array, hash: string): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const handle = await fs.open(this.file, 'a');
    try {
      await handle.write(encodeRecord(update, hash));
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  /** Replaces the log with one record holding the whole state (crash-safe: temp file + rename). */
  async compact(state: Uint8Array, hashes: string[]): Promise<void> {
    const records = hashes.length > 1 ? [encodeRecord(new Uint8Array(0), hashes[0]!), encodeRecord(state, hashes[1]!)] : [encodeRecord(state, hashes[0] ?? '')];
    await writeFileDurable(this.file, Buffer.concat(records));
  }

  async remove(): Promise<void> {
    await fs.rm(this.file, { force: true });
  }
}
