/**
 * Inputs and outputs of the suggestion operations (the contract imports them from here, so the
 * shared contract file stays a list of one-line entries).
 */
import { z } from 'zod';
import { ActorKindSchema, BlockSchema, IdSchema, type Actor, type Quote, type RejectedSuggestion } from '../model';
import { MAX_ARTICLE_BLOCKS } from '../import/formats';
import { MAX_SUGGEST_CHARS } from './limits';
import type { SuggestionSet } from './types';

const Offset = z.number().int().nonnegative();

/** `suggest:article`: suggestions for one article of the notebook. */
export const SuggestArticleInput = z.object({ articleId: IdSchema }).strict();

/** `suggest:text`: suggestions for a text that is not in the notebook (the CLI's `suggest FILE`), with its blocks if known. */
export const SuggestTextInput = z
  .object({
    text: z.string().min(1).max(MAX_SUGGEST_CHARS, `suggestions read at most ${MAX_SUGGEST_CHARS.toLocaleString('en')} characters: split the text into several articles`),
    blocks: z.array(BlockSchema).max(MAX_ARTICLE_BLOCKS).optional(),
  })
  .strict();

/** What `suggest:article` returns: the suggestions still open, and how many were left out. */
export interface ArticleSuggestions extends SuggestionSet {
  articleId: string;
  /** Suggestions left out because the analyst rejected them before. */
  rejected: number;
  /** Suggestions left out because a quote already covers them. */
  tagged: number;
}

/** Who said a suggestion, as the analyst accepts it: an existing actor, a new one, or an unnamed source. */
export const SpeakerChoice = z
  .object({
    name: z.string().trim().min(1, 'a speaker needs a name').max(300),
    kind: ActorKindSchema.default('person'),
    /** An unnamed source ("a senior EU diplomat"): recorded in the quote's comment, no actor created. */
    anonymous: z.boolean().default(false),
    /** An existing actor; when absent, the name is looked up and a new actor created if none matches. */
    actorId: IdSchema.nullable().default(null),
    aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
    role: z.string().max(500).default(''),
  })
  .strict();

/** An actor a suggestion is about, as the analyst accepts it: an existing actor, or a name looked up (and created if new). */
export const AboutChoice = SpeakerChoice.omit({ anonymous: true });

/** One suggestion to save as a quote. */
export const AcceptItem = z
  .object({
    start: Offset,
    end: z.number().int().positive(),
    kind: z.enum(['direct', 'indirect']),
    speaker: SpeakerChoice.nullable().default(null),
    /** Whom the quote is about: saved as its about-actors (the speaker left out). */
    about: z.array(AboutChoice).max(20).default([]),
    cue: z.string().max(200).default(''),
    /** A quote split by its attribution: its pieces, running from `start` to `end` (the suggestion's `pieces`). */
    pieces: z.array(z.object({ start: Offset, end: z.number().int().positive() }).strict()).min(2).max(100).optional(),
  })
  .strict();

/** `suggest:accept`: save suggestions as confirmed quotes. */
export const SuggestAcceptInput = z.object({ articleId: IdSchema, items: z.array(AcceptItem).min(1).max(5000) }).strict();

/** What `suggest:accept` returns: the quotes saved (or already there), and the actors it created. */
export interface AcceptOutcome {
  quotes: Quote[];
  createdActors: Actor[];
}

/** `suggest:reject` and `suggest:restore`: suggestions by range. */
export const SuggestRangesInput = z
  .object({ articleId: IdSchema, items: z.array(z.object({ start: Offset, end: z.number().int().positive() }).strict()).min(1).max(5000) })
  .strict();

/** What `suggest:reject` and `suggest:restore` return: the article's rejected suggestions afterwards. */
export interface RejectOutcome {
  rejectedSuggestions: RejectedSuggestion[];
}
