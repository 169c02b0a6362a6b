/**
 * Inputs and outputs of the anchoring operations: replacing an article's text with a newer
 * version (re-anchoring its quotes), restoring a deleted quote and moving a quote to new text.
 */
import { z } from 'zod';
import { BlockSchema, IdSchema, QuoteSchema, type ArticleSummary, type Quote } from '../model';

/** `articles:replaceText`: a newer version of the same article (plain text, or text + blocks from an importer). */
export const ReplaceTextInput = z
  .object({
    id: IdSchema,
    text: z.string().max(50_000_000),
    /** Blocks of the new text; when absent they are found as for a plain-text import. */
    blocks: z.array(BlockSchema).max(200_000).optional(),
    fileName: z.string().max(500).optional(),
    title: z.string().max(500).optional(),
  })
  .strict();

/** How the quotes fared when an article's text was replaced. */
export interface AnchoringReport {
  /** Found with the same words. */
  exact: number;
  /** Placed by approximate matching: worth a look. */
  fuzzy: number;
  /** Not placed: kept and shown as orphans. */
  orphaned: number;
}

/** What `articles:replaceText` returns. */
export interface ReplaceTextResult {
  article: ArticleSummary;
  /** True when the new text was identical (nothing changed). */
  unchanged: boolean;
  report: AnchoringReport;
  /** The quotes after re-anchoring, in reading order. */
  quotes: Quote[];
}

/** `quotes:restore`: puts back a quote that `quotes:delete` returned (Undo), keeping its id. */
export const QuoteRestoreInput = z.object({ quote: QuoteSchema }).strict();

/** `quotes:retarget`: moves a quote to `[start, end)` of its article's current text (fixes an orphan). */
export const QuoteRetargetInput = z
  // `exact`: the words selected, as in quotes:create.
  .object({ id: IdSchema, start: z.number().int().nonnegative(), end: z.number().int().positive(), exact: z.string().min(1).max(1_000_000).optional() })
  .strict();
