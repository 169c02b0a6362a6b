/**
 * Code queries as QDA tools have them: a table of tags against tags (co-occurring in the same
 * quote, in overlapping quotes, or in the same article), against speakers, outlets or months.
 * Every cell keeps the ids of the quotes behind it, so the analyst can open them. Confirmed
 * quotes only; a tag counts the quotes that carry it directly.
 */
import type { Actor, ArticleFile, Quote, Tag } from '../model';
import { orderCodebook, tagPath } from '../tags/codebook';
import { articleDate } from './fields';
import { csvRecord } from '../export/csv';

/** What a table is asked for (its schema, CodeTableInput, is in ./api so the renderer loads no zod). */
export interface CodeTableRequest {
  columns: 'tag' | 'speaker' | 'outlet' | 'month';
  /** For tag × tag: what counts as together. */
  together: 'quote' | 'overlap' | 'article';
}

export interface CodeTableHeader {
  id: string;
  label: string;
}

export interface CodeTableCell {
  row: string;
  column: string;
  /** Quotes for most tables; co-occurrences (pairs of quotes) for overlap; articles for same article. */
  count: number;
  quoteIds: string[];
}

export interface CodeTable {
  request: CodeTableRequest;
  rows: CodeTableHeader[];
  columns: CodeTableHeader[];
  /** Only the cells that are not empty. */
  cells: CodeTableCell[];
  /** What `count` counts, in words. */
  counts: string;
}

const NO_SPEAKER = '(no speaker)';
const NO_DATE = '(no date)';

class Cells {
  #map = new Map<string, { count: number; quotes: Set<string> }>();
  add(row: string, column: string, quoteIds: readonly string[], count = 1): void {
    const key = `${row}\u0000${column}`;
    let cell = this.#map.get(key);
    if (!cell) this.#map.set(key, (cell = { count: 0, quotes: new Set() }));
    cell.count += count;
    for (const id of quoteIds) cell.quotes.add(id);
  }
  list(): CodeTableCell[] {
    return [...this.#map].map(([key, c]) => {
      const [row, column] = key.split('\u0000') as [string, string];
      return { row, column, count: c.count, quoteIds: [...c.quotes] };
    });
  }
}

const overlaps = (a: Quote, b: Quote) => a.target.start < b.target.end && b.target.start < a.target.end;

/** Computes a code table over the notebook's articles. */
export function codeTable(files: readonly ArticleFile[], tags: readonly Tag[], actors: readonly Actor[], request: CodeTableRequest): CodeTable {
  const ordered = orderCodebook(tags);
  const known = new Set(tags.map((t) => t.id));
  const rows = ordered.map((t) => ({ id: t.id, label: tagPath(t, tags) }));
  const cells = new Cells();
  const columnLabels = new Map<string, string>();
  let counts = 'quotes';

  for (const file of files) {
    const quotes = file.quotes.filter((q) => q.status === 'confirmed');
    const tagsOf = (q: Quote) => q.tagIds.filter((id) => known.has(id));
    if (request.columns === 'tag' && request.together === 'article') {
      counts = 'articles';
      const byTag = new Map<string, string[]>();
      for (const q of quotes) for (const t of tagsOf(q)) byTag.set(t, [...(byTag.get(t) ?? []), q.id]);
      for (const [a, qa] of byTag) for (const [b, qb] of byTag) cells.add(a, b, [...qa, ...qb]);
    } else if (request.columns === 'tag' && request.together === 'overlap') {
      counts = 'pairs of overlapping quotes (a quote with both tags counts once)';
      for (let i = 0; i < quotes.length; i++) {
        const qi = quotes[i]!;
        for (const a of tagsOf(qi)) for (const b of tagsOf(qi)) cells.add(a, b, [qi.id]);
        for (let j = i + 1; j < quotes.length; j++) {
          const qj = quotes[j]!;
          if (!overlaps(qi, qj)) continue;
          for (const a of tagsOf(qi)) {
            for (const b of tagsOf(qj)) {
              cells.add(a, b, [qi.id, qj.id]);
              if (a !== b) cells.add(b, a, [qi.id, qj.id]);
            }
          }
        }
      }
    } else {
      for (const q of quotes) {
        let columns: string[];
        if (request.columns === 'tag') columns = tagsOf(q);
        else if (request.columns === 'speaker') columns = [q.speakerId ?? NO_SPEAKER];
        else if (request.columns === 'outlet') columns = [file.article.source.outlet.trim() || '(no outlet)'];
        else columns = [articleDate(file.article).slice(0, 7) || NO_DATE];
        for (const t of tagsOf(q)) for (const c of columns) cells.add(t, c, [q.id]);
      }
    }
  }

  const listed = cells.list();
  let columns: CodeTableHeader[];
  if (request.columns === 'tag') columns = rows;
  else {
    const ids = [...new Set(listed.map((c) => c.column))];
    const actorName = new Map(actors.map((a) => [a.id, a.name]));
    for (const id of ids) columnLabels.set(id, request.columns === 'speaker' ? (actorName.get(id) ?? id) : id);
    columns = ids.map((id) => ({ id, label: columnLabels.get(id)! }));
    if (request.columns === 'month') columns.sort((a, b) => a.id.localeCompare(b.id));
    else columns.sort((a, b) => a.label.localeCompare(b.label));
  }
  return { request, rows, columns, cells: listed, counts };
}

/** The table as CSV: a header row of column labels, then one row per tag (empty cells are 0). */
export function codeTableCsv(table: CodeTable): string {
  const count = new Map(table.cells.map((c) => [`${c.row}\u0000${c.column}`, c.count]));
  const lines = [csvRecord(['', ...table.columns.map((c) => c.label)])];
  for (const row of table.rows) lines.push(csvRecord([row.label, ...table.columns.map((c) => count.get(`${row.id}\u0000${c.id}`) ?? 0)]));
  return `${lines.join('\r\n')}\r\n`;
}
