/**
 * Bytes to text. Plain text and Markdown must be UTF-8 (or UTF-16 with a byte-order mark): a
 * wrong guess would silently turn "café" into "cafÃ©" inside quotes, so a bad encoding is reported
 * instead. Web pages follow the browser rules: a declared charset, else UTF-8 when the bytes are
 * valid UTF-8, else Windows-1252.
 */
import { importError } from './limits';

const BINARY_REASON = 'looks like a binary file, not text (it contains NUL bytes). Quotebook imports plain text (UTF-8), Markdown, web pages, PDF and Word files.';

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** The BOM's encoding, if the bytes start with one. */
function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Strict decoding for plain text and Markdown; the failure names the file and says how to fix it. */
export function decodeText(name: string, bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    const text = decodeStrict(bom, bytes);
    if (text === null) throw importError(name, `is damaged: it says it is UTF-16 text but is not. Re-save it as UTF-8 and import it again.`);
    return text;
  }
  if (bytes.includes(0)) throw importError(name, BINARY_REASON);
  const text = decodeStrict('utf-8', bytes);
  if (text === null) {
    throw importError(
      name,
      'is not valid UTF-8 text (it is probably in an older encoding such as Windows-1252 or Latin-1). Open it in a text editor, save it as UTF-8, and import it again.',
    );
  }
  return text;
}

/** The charset a page declares in its first kilobyte (`<meta charset>` or http-equiv), lower-cased. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

/** Decodes a web page the way a browser would, refusing only what is clearly not a page. */
export function decodeHtml(name: string, bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  if (bytes.includes(0)) throw importError(name, BINARY_REASON);
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: fall through to the browser's defaults.
    }
  }
  return decodeStrict('utf-8', bytes) ?? new TextDecoder('windows-1252').decode(bytes);
}
