/** Input schemas and output types of the notes operations beyond list/get/save (see the contract). */
import { z } from 'zod';
import { IdSchema, type NoteSummary, type Quote } from '../model';

/** A note in the notes list: its summary plus what the list shows and searches. */
export type NoteListing = NoteSummary & {
  /** The start of the note's own words (headings, paragraphs, lists), one block a line. */
  preview: string;
  /** Words the analyst wrote (cited quotes not counted). */
  wordCount: number;
  /** Quote cards in the note. */
  quoteCount: number;
};

/** `notes:rename`: a new title for a note (blank becomes "Untitled note"). */
export const NoteRenameInput = z.object({ id: IdSchema, title: z.string().max(500) }).strict();

/** `notes:backlinks`: the notes citing one quote, or mentioning one actor. */
export const NoteBacklinksInput = z
  .object({ quoteId: IdSchema.optional(), actorId: IdSchema.optional() })
  .strict()
  .refine((input) => (input.quoteId === undefined) !== (input.actorId === undefined), {
    message: 'give either a quoteId or an actorId',
  });

/** A note that refers to the quote or actor asked about. */
export interface NoteBacklink {
  id: string;
  title: string;
  updatedAt: string;
  /** Cards in the note citing the quote (for an actor: citing quotes the actor said or is the subject of). */
  citations: number;
  /** Mentions of the actor in the note (always 0 when asked about a quote). */
  mentions: number;
}

/** `notes:quotes`: the quotes that cards cite, by id (ids of deleted quotes are left out of the answer). */
export const NoteQuotesInput = z.object({ ids: z.array(IdSchema).max(5000) }).strict();

/** `notes:findQuotes`: quotes whose words, speaker or tags contain every word of `query` (all quotes when empty). */
export const NoteFindQuotesInput = z
  .object({ query: z.string().max(300), limit: z.number().int().min(1).max(100).default(20) })
  .strict();

/** A quote with what a card shows about its article. */
export interface CitedQuote {
  quote: Quote;
  article: { id: string; title: string; outlet: string; publishedAt: string };
}
