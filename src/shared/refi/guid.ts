/**
 * GUIDs for REFI-QDA. Every element the standard identifies carries a GUID; ours are derived from
 * the Quotebook id (and what the element stands for), so exporting the same notebook twice gives
 * the same GUIDs and another tool sees an update, not a new project.
 */

/** A 32-bit string hash (MurmurHash3-style mixing) with a seed; four seeds give 128 bits. */
function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A stable GUID (`xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx`, name-based layout) for `key`. */
export function guidFor(key: string): string {
  const hex = [0x9e3779b9, 0x7f4a7c15, 0x94d049bb, 0xbf58476d]
    .map((seed) => hash32(`${key}#${seed}`, seed).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}

const GUID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

/** True for a GUID as the standard writes it (with or without braces). */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** A GUID without braces, upper case: how two spellings of one GUID are compared. */
export function normaliseGuid(value: string): string {
  return value.replace(/^\{|\}$/g, '').toUpperCase();
}
