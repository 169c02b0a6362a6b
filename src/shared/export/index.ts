/** Export serialisers (pure): Markdown, CSV, JSON and W3C Web Annotations, plus safe file names. */
import { bundleForScope, describeScope, quotesInScope, type ExportIndex, type ExportScope } from './bundle';
import { quotesCsv } from './csv';
import { safeFileName } from './fileNames';
import { notebookJson } from './json';
import { markdownForScope } from './markdown';
import type { ExportFormat } from './schemas';
import { quotesW3c } from './w3c';

export { indexBundle, quotesInScope, bundleForScope, describeScope, ScopeError, type ExportBundle, type ExportIndex, type ExportScope } from './bundle';
export { planNotebook, renderPlanned, quotesMarkdown, markdownForScope, type PlannedFile, type EntityKey } from './markdown';
export { safeFileName, uniqueNames, nameKey } from './fileNames';

/** File extension and media type per format. */
export const FORMAT_FILES: Record<ExportFormat, { extension: string; mediaType: string }> = {
  markdown: { extension: '.md', mediaType: 'text/markdown; charset=utf-8' },
  csv: { extension: '.csv', mediaType: 'text/csv; charset=utf-8' },
  json: { extension: '.json', mediaType: 'application/json' },
  w3c: { extension: '.jsonld', mediaType: 'application/ld+json' },
  qdpx: { extension: '.qdpx', mediaType: 'application/zip' },
  qdc: { extension: '.qdc', mediaType: 'application/xml' },
  gexf: { extension: '.gexf', mediaType: 'application/xml' },
  graphml: { extension: '.graphml', mediaType: 'application/xml' },
  svg: { extension: '.svg', mediaType: 'image/svg+xml' },
};

/** The formats Quotebook's own serialisers write (the exchange formats live in shared/refi and shared/network). */
export type OwnFormat = 'markdown' | 'csv' | 'json' | 'w3c';

/** The single file a scope exports to in `format` (every scope but a notebook's Markdown). */
export function exportSingleFile(index: ExportIndex, format: OwnFormat, scope: ExportScope): { fileName: string; text: string } {
  if (format === 'markdown') return markdownForScope(index, scope);
  const base = safeFileName(describeScope(index, scope));
  const { extension } = FORMAT_FILES[format];
  if (format === 'json') return { fileName: `${base}${extension}`, text: notebookJson(bundleForScope(index, scope)) };
  const quotes = quotesInScope(index, scope);
  if (format === 'csv') return { fileName: `${base} quotes${extension}`, text: quotesCsv(index, quotes) };
  return { fileName: `${base} annotations${extension}`, text: quotesW3c(index, quotes, describeScope(index, scope)) };
}
