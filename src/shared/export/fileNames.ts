/**
 * File names derived from titles. A title is the analyst's (or an imported page's) free text, so
 * it may hold path separators, `..`, names Windows reserves, control characters or hundreds of
 * characters; the name it becomes must be a single, portable path segment.
 */

/** Longest base name, in UTF-8 bytes: room for " (999)" and ".md" under the common 255-byte limit. */
export const MAX_NAME_BYTES = 180;

// Forbidden on Windows (< > : " / \ | ? *), plus the characters that break Obsidian wikilinks
// ([ ] # ^ |) so the same name works as a link target.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[<>:"/\\|?*[\]#^\u0000-\u001F\u007F]/g;
// Windows refuses these device names with any extension ("CON.md" too), in any case.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

function utf8Length(value: string): number {
  let bytes = 0;
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Cuts at a code point boundary (never half a surrogate pair) so the name stays valid Unicode. */
function truncateBytes(value: string, max: number): string {
  let out = '';
  for (const ch of value) {
    if (utf8Length(out + ch) > max) break;
    out += ch;
  }
  return out;
}

/**
 * A safe file name (without extension) for `title`: one path segment, no separators or `..`, not
 * hidden, not a reserved device name, at most MAX_NAME_BYTES bytes; `fallback` when nothing is left.
 */
export function safeFileName(title: string, fallback = 'Untitled'): string {
  let name = title.normalize('NFC').replace(FORBIDDEN, ' ');
  name = name.replace(/\s+/g, ' ');
  // Leading dots would hide the file (and "." or ".." would name a folder); trailing dots and
  // spaces are silently dropped by Windows, which would make two names collide.
  name = name.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  name = truncateBytes(name, MAX_NAME_BYTES).replace(/[\s.]+$/, '');
  if (name === '') name = fallback;
  if (RESERVED.test(name)) name = `${name}_`;
  return name;
}

/** The key two names collide under on case-insensitive file systems (macOS, Windows). */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('en');
}

/**
 * Gives every wanted name a unique one, in order: the first keeps its name, later ones get
 * " (2)", " (3)", …; `taken` holds names already in use (compared case-insensitively).
 */
export function uniqueNames(wanted: readonly string[], extension: string, taken: Iterable<string> = []): string[] {
  const used = new Set([...taken].map(nameKey));
  return wanted.map((base) => {
    for (let n = 1; ; n++) {
      const candidate = `${n === 1 ? base : `${base} (${n})`}${extension}`;
      if (!used.has(nameKey(candidate))) {
        used.add(nameKey(candidate));
        return candidate;
      }
    }
  });
}
