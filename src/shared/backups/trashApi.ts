/** The trash operations' inputs and outputs (trash:list, trash:restore). */
import { z } from 'zod';
import { IdSchema, type DeletedQuote } from '../model';

/** A deleted quote in the notebook's trash, with the article it belongs to. */
export interface TrashedQuote {
  quote: DeletedQuote;
  articleTitle: string;
}

/** What the trash holds, most recently deleted first. */
export interface TrashListing {
  quotes: TrashedQuote[];
}

export const TrashRestoreInput = z.object({ quoteId: IdSchema }).strict();
