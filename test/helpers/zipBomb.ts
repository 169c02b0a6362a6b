/**
 * A .docx whose word/document.xml unpacks to many megabytes of repeated text while the file stays
 * small (a "zip bomb"), built in streaming steps so the test never holds the unpacked text.
 * With `declaredBytes` the archive's table of contents lies about document.xml's size.
 */
import { strToU8, Zip, ZipDeflate } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const SMALL_PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
};

/** The bomb: `megabytes` of paragraphs in word/document.xml. */
export function buildDocxBomb(megabytes: number, options: { declaredBytes?: number } = {}): Buffer {
  const chunks: Uint8Array[] = [];
  const archive = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  for (const [name, text] of Object.entries(SMALL_PARTS)) {
    const part = new ZipDeflate(name, { level: 6 });
    archive.add(part);
    part.push(strToU8(text), true);
  }
  const doc = new ZipDeflate('word/document.xml', { level: 9 });
  archive.add(doc);
  doc.push(strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>`));
  const paragraph = '<w:p><w:r><w:t>All work and no play makes Jack a dull boy. </w:t></w:r></w:p>';
  const megabyte = strToU8(paragraph.repeat(Math.ceil((1024 * 1024) / paragraph.length)));
  for (let k = 0; k < megabytes; k++) doc.push(megabyte);
  doc.push(strToU8('</w:body></w:document>'), true);
  archive.end();
  const bytes = Buffer.concat(chunks);
  if (options.declaredBytes !== undefined) declareSize(bytes, 'word/document.xml', options.declaredBytes);
  return bytes;
}

/** Rewrites an entry's unpacked size in the central directory. */
function declareSize(bytes: Buffer, name: string, size: number): void {
  for (let at = bytes.length - 46; at >= 0; at--) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      bytes.writeUInt32LE(size, at + 24);
      return;
    }
  }
  throw new Error(`no entry ${name}`);
}
