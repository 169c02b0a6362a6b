/**
 * The lossless JSON export: the notebook's files exactly as stored (unknown fields from newer
 * versions included), in a fixed order, so that importing it into an empty notebook and
 * exporting again gives the same bytes.
 */
import { z } from 'zod';
import type { ExportBundle } from './bundle';

/** Marks a file as a Quotebook JSON export. */
export const JSON_EXPORT_FORMAT = 'quotebook-export';
/** Version of the envelope (the files inside carry their own schemaVersion). */
export const JSON_EXPORT_VERSION = 1;

/** The envelope, checked before the files inside are migrated and validated one by one. */
export const JsonExportEnvelopeSchema = z
  .object({
    format: z.literal(JSON_EXPORT_FORMAT),
    formatVersion: z.number().int().positive(),
    notebook: z.record(z.string(), z.unknown()),
    articles: z.array(z.record(z.string(), z.unknown())),
    notes: z.array(z.record(z.string(), z.unknown())),
  })
  .loose();

/** The envelope as parsed: files still raw, to be migrated and validated by the importer. */
export type JsonExportEnvelope = z.infer<typeof JsonExportEnvelopeSchema>;

/** The JSON text of a bundle (articles and notes in the bundle's order). */
export function notebookJson(bundle: ExportBundle): string {
  const envelope = {
    format: JSON_EXPORT_FORMAT,
    formatVersion: JSON_EXPORT_VERSION,
    notebook: bundle.notebook,
    articles: bundle.articles,
    notes: bundle.notes,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
