/**
 * PDF text comes as positioned runs, not paragraphs. This turns the runs of each page into lines,
 * drops running headers, footers and page numbers, and joins lines into paragraphs and headings
 * using what a reader sees: vertical gaps, font size, indentation and line-end hyphens.
 */
import type { Block } from '../../shared/model';

/** One run of text as pdf.js reports it (the fields we use). */
export interface PdfRun {
  str: string;
  /** [a, b, c, d, x, y]: font size is |d| for unrotated text, baseline at y. */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  page: number;
}

/** Groups one page's runs into lines, top to bottom. */
export function pageLines(runs: readonly PdfRun[], page: number): Line[] {
  const lines: Line[] = [];
  let current: (Line & { end: number }) | null = null;
  const close = () => {
    if (current && current.text.trim()) lines.push({ text: current.text.replace(/\s+/g, ' ').trim(), x: current.x, y: current.y, size: current.size, page });
    current = null;
  };
  for (const run of runs) {
    const [, , , d = 0, x = 0, y = 0] = run.transform;
    const size = Math.abs(d) || run.height || 1;
    if (run.str) {
      if (current && Math.abs(current.y - y) > size * 0.5) close();
      if (!current) current = { text: '', x, y, size, page, end: x };
      // Runs without a space between them that still stand apart on the page are separate words.
      else if (!/\s$/.test(current.text) && !/^\s/.test(run.str) && x - current.end > size * 0.15) current.text += ' ';
      current.text += run.str;
      current.size = Math.max(current.size, size);
      current.end = x + run.width;
    }
    if (run.hasEOL) close();
  }
  close();
  return lines;
}

const median = (values: number[]) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Lines repeated on most pages (running heads, footers) and bare page numbers. */
function boilerplate(pages: Line[][]): Set<string> {
  const key = (line: Line) => line.text.replace(/\d+/g, '#').toLowerCase();
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(key));
    for (const k of edges) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  if (pages.length >= 3) for (const [k, n] of counts) if (n >= Math.max(3, pages.length * 0.5)) repeated.add(k);
  repeated.add('#');
  repeated.add('page # of #');
  repeated.add('page #');
  repeated.add('- # -');
  return repeated;
}

/** Joins two lines of one paragraph, undoing a line-end hyphen ("con-" + "cerned"). */
function joinLines(left: string, right: string): string {
  if (/\p{L}-$/u.test(left) && /^\p{Ll}/u.test(right)) return left.slice(0, -1) + right;
  return `${left} ${right}`;
}

/** Lays all pages out as text and blocks. */
export function layoutPdf(pages: Line[][]): { text: string; blocks: Block[] } {
  const skip = boilerplate(pages);
  const lines = pages.flat().filter((line) => !skip.has(line.text.replace(/\d+/g, '#').toLowerCase()));
  const body = median(lines.flatMap((line) => Array(Math.min(line.text.length, 200)).fill(line.size) as number[]));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (a.page === b.page && Math.abs(a.size - body) < 0.5 && Math.abs(b.size - body) < 0.5 && a.y > b.y) gaps.push(a.y - b.y);
  }
  const spacing = median(gaps) || body * 1.2;
  const left = median(lines.filter((line) => Math.abs(line.size - body) < 0.5).map((line) => line.x));

  const paragraphs: { kind: Block['kind']; text: string }[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const heading = line.size >= body * 1.15 && line.text.length <= 200;
    const last = paragraphs[paragraphs.length - 1];
    let continues = false;
    if (previous && last) {
      const sameKind = (last.kind === 'heading') === heading;
      if (previous.page === line.page) {
        const gap = previous.y - line.y;
        const indented = !heading && line.x - left > body * 0.8 && line.x > previous.x + body * 0.8;
        continues = sameKind && gap > 0 && gap <= spacing * 1.35 && Math.abs(previous.size - line.size) < 0.5 && !indented;
      } else {
        // Across a page break a sentence goes on when the last line did not end one.
        continues = sameKind && !heading && !/[.!?:”"’)]$/.test(previous.text) && /^\p{Ll}/u.test(line.text);
      }
    }
    if (continues && last) last.text = joinLines(last.text, line.text);
    else paragraphs.push({ kind: heading ? 'heading' : 'paragraph', text: line.text });
    previous = line;
  }

  const blocks: Block[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    const value = paragraph.text.normalize('NFC');
    if (parts.length) {
      parts.push('\n\n');
      length += 2;
    }
    parts.push(value);
    blocks.push({ kind: paragraph.kind, start: length, end: length + value.length });
    length += value.length;
  }
  return { text: parts.join(''), blocks };
}
