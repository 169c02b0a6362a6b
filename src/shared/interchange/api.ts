/** Inputs and outputs of the operations that exchange work with other tools (REFI-QDA, networks). */
import { z } from 'zod';
import { ExportScopeSchema } from '../export/schemas';

/** The networks a GEXF or GraphML export can hold. */
export const NetworkKindSchema = z.enum(['actors', 'concepts']);
export type NetworkKind = z.infer<typeof NetworkKindSchema>;

/**
 * Input of `export:gexf` and `export:graphml`: the scope, and which network — `actors` (speaker →
 * about-actor, weighted by quotes) or `concepts` (actor × tag, two-mode); `dynamic` (GEXF only)
 * dates every node and edge by its articles' dates, for Gephi's timeline.
 */
export const NetworkExportInputSchema = z
  .object({
    scope: ExportScopeSchema.default({ kind: 'notebook' }),
    dir: z.string().trim().min(1, 'a folder is required').max(4096).optional(),
    network: NetworkKindSchema.default('actors'),
    dynamic: z.boolean().default(false),
  })
  .strict();

/** Input of `notebook:importRefi`: a `.qdpx` project or `.qdc` codebook, as bytes (base64) or a path on this machine. */
export const RefiImportInputSchema = z
  .object({
    name: z.string().trim().min(1).max(1000),
    base64: z.string().max(700_000_000).optional(),
    file: z.string().trim().min(1).max(4096).optional(),
  })
  .strict()
  .refine((v) => (v.base64 === undefined) !== (v.file === undefined), 'give either the bytes of the file or its path, not both');

/** What `notebook:importRefi` brought in. */
export interface RefiImportOutcome {
  kind: 'project' | 'codebook';
  counts: { articles: number; quotes: number; tags: number; actors: number; notes: number };
  /** Tags that were already in the codebook (same name and parent), so not added twice. */
  reusedTags: number;
  /** Articles whose text was already in the notebook: their quotes were added to the copy there. */
  existingArticles: number;
  /** What the analyst should know: parts left out, and where the file departs from the standard. */
  notices: string[];
}

/** Input of `quotes:importWebAnnotations`: the text of a W3C Web Annotation file (JSON-LD). */
export const WebAnnotationsImportInputSchema = z.object({ text: z.string().min(1).max(200_000_000) }).strict();

/** What `quotes:importWebAnnotations` did: quotes added, ones already there (same id or place), ones not placed. */
export interface WebAnnotationsImportOutcome {
  added: number;
  existing: number;
  /** Annotations whose targets were not all found on one article of the notebook. */
  skipped: number;
}
