/**
 * Decides how to read a file from its first bytes and its name. The bytes win: a PDF called
 * "notes.txt" is read as a PDF, and a PNG called "article.html" is refused as an image, with a
 * message saying what the file really is.
 */
import { extensionOf, formatOfExtension, importError, MAX_IMPORT_BYTES, SUPPORTED_FORMATS, tooLargeReason, type ImportFormat } from './limits';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Known binary formats that are not articles, with what to tell the analyst. */
const BINARY_KINDS: { signature: number[]; at?: number; what: string }[] = [
  { signature: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { signature: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { signature: ascii('GIF8'), what: 'a GIF image' },
  { signature: ascii('RIFF'), what: 'a media file (image, audio or video)' },
  { signature: ascii('II*\u0000'), what: 'a TIFF image' },
  { signature: ascii('MM\u0000*'), what: 'a TIFF image' },
  { signature: ascii('BM'), what: 'a bitmap image' },
  { signature: ascii('ftyp'), at: 4, what: 'a video or image file' },
  { signature: ascii('ID3'), what: 'an audio file' },
  { signature: [0x1f, 0x8b], what: 'a compressed (gzip) file' },
  { signature: ascii('7z'), what: 'a 7-Zip archive' },
  { signature: ascii('Rar!'), what: 'a RAR archive' },
  { signature: [0x7f, 0x45, 0x4c, 0x46], what: 'a program' },
  { signature: ascii('MZ'), what: 'a Windows program' },
  { signature: ascii('SQLite format 3'), what: 'a database' },
];

function containsAscii(bytes: Uint8Array, needle: string, limit = bytes.length): boolean {
  const target = ascii(needle);
  const end = Math.min(limit, bytes.length) - target.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < target.length; j++) if (bytes[i + j] !== target[j]) continue outer;
    return true;
  }
  return false;
}

function describeZip(bytes: Uint8Array, extension: string): string {
  if (extension === '.xlsx' || containsAscii(bytes, 'xl/workbook')) return 'is an Excel workbook, not an article. Quotebook imports ' + SUPPORTED_FORMATS + '.';
  if (extension === '.pptx' || containsAscii(bytes, 'ppt/presentation')) return 'is a PowerPoint presentation, not an article. Quotebook imports ' + SUPPORTED_FORMATS + '.';
  if (extension === '.odt') return 'is an OpenDocument text. Open it in LibreOffice or Word, save it as Word (.docx), and import that.';
  if (extension === '.epub') return 'is an e-book (EPUB), which Quotebook does not import. Copy the chapter you need and paste it as a new article.';
  return 'is a ZIP archive. Unpack it and import the articles inside.';
}

/** The format to read `bytes` with, or a failure naming the file and what it is. */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat {
  if (bytes.length === 0) throw importError(name, 'is empty: there is nothing to import.');
  if (bytes.length > MAX_IMPORT_BYTES) throw importError(name, tooLargeReason(bytes.length));
  const extension = extensionOf(name);

  // Some PDF writers put junk before the header; readers accept it within the first kilobyte.
  if (containsAscii(bytes, '%PDF-', 1024)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (extension === '.docx' || containsAscii(bytes, 'word/document.xml')) return 'docx';
    throw importError(name, describeZip(bytes, extension));
  }
  if (extension === '.docx') throw importError(name, 'is not a valid Word document: it is damaged, or it is another kind of file renamed to .docx.');
  if (extension === '.pdf') throw importError(name, 'is not a valid PDF: it is damaged, or it is another kind of file renamed to .pdf.');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw importError(name, 'is in the old Word (.doc) format. Open it in Word or LibreOffice, save it as Word (.docx), and import that.');
  }
  if (startsWith(bytes, ascii('{\\rtf'))) throw importError(name, 'is a Rich Text (.rtf) file. Save it as Word (.docx) or plain text and import that.');
  for (const kind of BINARY_KINDS) {
    if (startsWith(bytes, kind.signature, kind.at)) {
      throw importError(name, `is a binary file (${kind.what}), not an article. Quotebook imports ${SUPPORTED_FORMATS}.`);
    }
  }
  if (extension === '.mht' || extension === '.mhtml' || extension === '.webarchive') {
    throw importError(name, 'is a web archive, which Quotebook does not read. Save the page again as "Web page, HTML only" and import that.');
  }

  const format = formatOfExtension(extension);
  if (format === 'text' || extension === '') {
    // A saved page without its .html ending is still a page.
    const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
    if (/^(?:<!doctype html|<html[\s>]|<head[\s>])/.test(head)) return 'html';
    return 'text';
  }
  if (format) return format;
  throw importError(name, `has a type Quotebook does not import (${extension}). Quotebook imports ${SUPPORTED_FORMATS}.`);
}
