import { createHash, randomBytes } from 'node:crypto';

/** A new random id, safe as a file name; the time prefix keeps files in creation order. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomBytes(6).toString('hex')}`;
}

/** Hex SHA-256 of a string (UTF-8). */
export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
