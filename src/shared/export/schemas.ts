/** Inputs and outputs of the export operations, as the API contract declares them. */
import { z } from 'zod';
import { IdSchema } from '../model';

/** What to export (see ExportScope). */
export const ExportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notebook') }).strict(),
  z.object({ kind: z.literal('note'), id: IdSchema }).strict(),
  z.object({ kind: z.literal('article'), id: IdSchema }).strict(),
  z.object({ kind: z.literal('actor'), id: IdSchema }).strict(),
  z.object({ kind: z.literal('quotes'), ids: z.array(IdSchema).min(1, 'choose at least one quote').max(100_000) }).strict(),
]);

const base = {
  scope: ExportScopeSchema.default({ kind: 'notebook' }),
  /** The folder to write into; without it, the text comes back (copy, download). */
  dir: z.string().trim().min(1, 'a folder is required').max(4096).optional(),
};

/** Input of `export:csv`, `export:json` and `export:webAnnotations`. */
export const ExportInputSchema = z.object(base).strict();

/** Input of `export:markdown`: also whether links are Obsidian wikilinks with block ids. */
export const MarkdownExportInputSchema = z.object({ ...base, wikilinks: z.boolean().default(false) }).strict();

/** Input of `notebook:importJson`: the text of a JSON export, or the path of one (on this machine). */
export const ImportJsonInputSchema = z
  .object({ text: z.string().max(500_000_000).optional(), file: z.string().trim().min(1).max(4096).optional() })
  .strict()
  .refine((v) => (v.text === undefined) !== (v.file === undefined), 'give either the text of the export or the path of its file, not both');

/** The export formats: Quotebook's own, the exchange formats (REFI-QDA, networks), and the timeline's SVG. */
export type ExportFormat = 'markdown' | 'csv' | 'json' | 'w3c' | 'qdpx' | 'qdc' | 'gexf' | 'graphml' | 'svg';

/** One file an export wrote (or found already up to date). */
export interface ExportedFile {
  /** Path relative to the export folder, `/`-separated. */
  path: string;
  status: 'created' | 'updated' | 'unchanged';
}

/** What an export did. */
export interface ExportOutcome {
  format: ExportFormat;
  /** The folder written to (absolute), or null when the text was returned instead. */
  dir: string | null;
  files: ExportedFile[];
  /**
   * For a single file not written to a folder: its text and a suggested name (copy, download).
   * A binary file (`.qdpx`) comes as `base64`, with `text` empty.
   */
  content: { fileName: string; mediaType: string; text: string; base64?: string } | null;
  /** Things the analyst should know, e.g. a file left alone because it was edited outside Quotebook. */
  notices: string[];
}

/** What `notebook:importJson` brought in. */
export interface ImportJsonOutcome {
  counts: { articles: number; quotes: number; actors: number; tags: number; notes: number };
}
