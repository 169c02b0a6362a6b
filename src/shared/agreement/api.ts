/** Inputs and outputs of the agreement operations. */
import { z } from 'zod';
import { IdSchema, QuoteKindSchema } from '../model';
import type { AgreementReport } from './compare';

/**
 * Whose coding to compare with mine (the open notebook): another notebook folder, a JSON export
 * (a path on this machine, or its text), or two authors recorded in the open notebook itself.
 */
export const AgreementSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notebook'), dir: z.string().trim().min(1).max(4096) }).strict(),
  z
    .object({ kind: z.literal('export'), file: z.string().trim().min(1).max(4096).optional(), text: z.string().max(500_000_000).optional() })
    .strict()
    .refine((v) => (v.file === undefined) !== (v.text === undefined), 'give the path of the JSON export or its text'),
  z.object({ kind: z.literal('authors'), mine: IdSchema, theirs: IdSchema }).strict(),
]);
export type AgreementSource = z.infer<typeof AgreementSourceSchema>;

/** `agreement:compare`: the source, optionally one of my articles only. */
export const AgreementCompareInput = z.object({ source: AgreementSourceSchema, articleId: IdSchema.optional() }).strict();

/** The report, with who the two coders are (names to show). */
export interface AgreementResult extends AgreementReport {
  coders: { mine: string; theirs: string };
  /** Quotes in the compared articles that had no recorded author (authors mode only). */
  withoutAuthor: number;
}

/** An author recorded on quotes of the open notebook, with how many confirmed quotes they marked. */
export interface CoderSummary {
  id: string;
  name: string;
  quotes: number;
}

/**
 * `agreement:adopt`: "keep theirs" — a quote coded by the other coder, by names, saved into my
 * article (replacing `replaceQuoteId` when given, which keeps that quote's id for notes citing it).
 * Missing actors and tags are created.
 */
export const AgreementAdoptInput = z
  .object({
    articleId: IdSchema,
    replaceQuoteId: IdSchema.optional(),
    quote: z
      .object({
        /** Their quote's id, as the report gives it; not used (the quote gets an id in my notebook). */
        id: z.string().max(64).optional(),
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        exact: z.string().min(1).max(1_000_000),
        kind: QuoteKindSchema,
        speaker: z.string().max(300).nullable(),
        about: z.array(z.string().min(1).max(300)).max(100),
        tags: z.array(z.string().min(1).max(500)).max(200),
        comment: z.string().max(20_000),
      })
      .strict(),
  })
  .strict();
