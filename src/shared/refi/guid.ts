/**
 * GUIDs for REFI-QDA. Every element the standard identifies carries a GUID; ours are derived from
 * the Quotebook id (and what the element stands for), so exporting the same notebook twice gives
 * the same GUIDs and another tool sees an update, not a new project.
 */

/** 128 bits of a string hash: four 32-bit lanes mixed in one pass (MurmurHash3-style steps). */
function hash128(text: string): [number, number, number, number] {
  let h1 = 0x9e3779b9;
  let h2 = 0x7f4a7c15;
  let h3 = 0x94d049bb;
  let h4 = 0xbf58476d;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A stable GUID (`xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx`, name-based layout) for `key`. */
export function guidFor(key: string): string {
  const hex = hash128(key)
    .map((n) => n.toString(16).padStart(8, '0'))
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
