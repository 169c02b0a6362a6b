/**
 * Inputs and outputs of the import operations (`articles:import`, `articles:importPasted`,
 * `articles:importSample`, `articles:reimport`, `articles:updateMetadata`), kept here so the contract only lists them.
 */
import { z } from 'zod';
import { BlockSchema, IdSchema, type ArticleSummary } from '../model';

/** Base64 of the largest importable file (32 MB) with room to spare, so oversize files get a clear message from the importer. */
const MAX_BASE64 = 48_000_000;

/** One file to import: its name and either its bytes (base64) or its text. */
export const ImportFileSchema = z
  .object({
    name: z.string().trim().min(1, 'a file name is required').max(500),
    base64: z.string().max(MAX_BASE64).optional(),
    text: z.string().max(MAX_BASE64).optional(),
    /** Replaces the title the importer finds. */
    title: z.string().max(500).optional(),
  })
  .strict()
  .refine((file) => (file.base64 === undefined) !== (file.text === undefined), 'give each file either "base64" or "text", not both');

/** Input of `articles:reimport`: a newer version of an article, as a file of any importable format. */
export const ReimportInputSchema = z.object({ id: IdSchema, file: ImportFileSchema }).strict();

/** Input of `articles:import`: a few files per call, so a caller can show progress and stop between calls. */
export const ImportInputSchema = z.object({ files: z.array(ImportFileSchema).min(1).max(50) }).strict();

/** Input of `articles:importPasted`: pasted text, with the blocks the page's structure gave (HTML), or none (plain text). */
export const ImportPastedInputSchema = z
  .object({
    text: z.string().max(20_000_000),
    blocks: z.array(BlockSchema).max(200_000).optional(),
    /** Where the content came from, e.g. "Pasted from the clipboard". */
    name: z.string().max(200).optional(),
  })
  .strict();

const Field = z.string().max(500);

/** Input of `articles:updateMetadata`: the fields to change (the text never changes). */
export const UpdateMetadataInputSchema = z
  .object({
    id: IdSchema,
    patch: z
      .object({
        title: z.string().trim().min(1, 'an article needs a title').max(500),
        section: Field,
        language: z.string().trim().max(20),
        outlet: Field,
        url: z.string().trim().max(4000),
        authors: z.array(z.string().trim().min(1).max(500)).max(50),
        publishedAt: z.string().trim().max(40),
      })
      .partial()
      .strict(),
  })
  .strict();

/** One file that became (or already was) an article. */
export interface ImportedFile {
  /** The name the caller gave. */
  file: string;
  id: string;
  title: string;
  /** The id of the article that already had this text (then `id` is that article), or null when new. */
  duplicateOf: string | null;
  article: ArticleSummary;
}

/** One file that could not be imported, with a message naming it and the reason. */
export interface FailedFile {
  file: string;
  error: string;
}

/** What `articles:import` reports for its files. */
export interface ImportReport {
  imported: ImportedFile[];
  failed: FailedFile[];
}
