/**
 * Writes small valid PDFs by hand for import tests: text in Helvetica at given positions (a real
 * text layer), or a page with only a drawn shape (what a scan looks like to a text extractor).
 */

export interface PdfLine {
  text: string;
  size: number;
  x: number;
  y: number;
}

/** A PDF with one page per entry of `pages`; `info` fills the document information dictionary. */
export function buildPdf(pages: PdfLine[][], info: Record<string, string> = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add(''); // 1: catalog, filled in below
  add(''); // 2: page tree
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'); // 3
  const kids: number[] = [];
  for (const lines of pages) {
    const content = lines.length
      ? lines.map((l) => `BT /F1 ${l.size} Tf ${l.x} ${l.y} Td (${l.text.replace(/[\\()]/g, (m) => `\\${m}`)}) Tj ET`).join('\n')
      : '0.5 g 72 72 468 648 re f'; // a grey rectangle: an image-only page has no text to find
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    const contentId = objects.length;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`);
    kids.push(objects.length);
  }
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let infoId = 0;
  if (Object.keys(info).length) {
    add(`<< ${Object.entries(info).map(([k, v]) => `/${k} (${v})`).join(' ')} >>`);
    infoId = objects.length;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${infoId ? ` /Info ${infoId} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Lays paragraphs out like a printed article: wrapped at `width` characters, 14pt leading, a gap between paragraphs. */
export function articlePdf(title: string, paragraphs: string[], width = 90): Buffer {
  const lines: PdfLine[] = [{ text: title, size: 20, x: 72, y: 720 }];
  let y = 690;
  for (const paragraph of paragraphs) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && (line + ' ' + word).length > width) {
        lines.push({ text: line, size: 11, x: 72, y });
        y -= 14;
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push({ text: line, size: 11, x: 72, y });
    y -= 26;
  }
  return buildPdf([lines]);
}
