/**
 * Inputs and outputs of the same-statement operations: which other articles carry a quote's words
 * (the rule is in sameStatement.ts; the grouping is derived from the quotes, never stored).
 */
import { z } from 'zod';
import { IdSchema } from '../model';

/** One quote of a statement as it is shown: where it was carried and when. */
export interface StatementSource {
  quoteId: string;
  articleId: string;
  /** The article's title, outlet and publication date as written ("" when unknown). */
  title: string;
  outlet: string;
  publishedAt: string;
  /** The day the article is dated by (published, else imported), "YYYY-MM-DD". */
  date: string;
  speakerId: string | null;
  /** The quote's words in that article. */
  exact: string;
}

/** `quotes:sameStatement`: one quote. */
export const SameStatementInput = z.object({ id: IdSchema }).strict();

/** `quotes:statements`: every quote of the notebook, or of one article. */
export const StatementsInput = z.object({ articleId: IdSchema.optional() }).strict();

/** `quotes:matchStatements`: words not yet a quote (suggestions) in one article, each with the speaker it would get. */
export const MatchStatementsInput = z
  .object({
    articleId: IdSchema,
    items: z
      .array(z.object({ key: z.string().min(1).max(200), text: z.string().min(1).max(100_000), speakerId: IdSchema.nullable() }).strict())
      .max(10_000),
  })
  .strict();
