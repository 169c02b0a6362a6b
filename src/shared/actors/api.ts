/**
 * Inputs and outputs of the actor operations beyond plain create/update (the contract imports them
 * from here, so the shared contract file stays a list of one-line entries).
 */
import { z } from 'zod';
import { ActorKindSchema, ActorSchema, IdSchema, type Actor, type NoteSummary } from '../model';
import type { DuplicatePair } from './duplicates';
import type { ArticleQuotes, WhoSaidWhat, WhoSaidWhatCell } from './quoteViews';
import type { ActorRemoval } from './removal';
import type { StatementSource } from '../statements/api';

const QuoteChangeSchema = z
  .object({
    id: IdSchema,
    /** The removed actor was the speaker. */
    speaker: z.boolean(),
    /** The removed actor was among the about-actors. */
    about: z.boolean(),
    /** The survivor was among the about-actors already (so undo must keep it). */
    aboutAlsoInto: z.boolean(),
  })
  .strict();

/** What `actors:delete` and `actors:merge` changed, as `actors:restore` takes it back. */
export const ActorRemovalSchema = z
  .object({
    kind: z.enum(['merge', 'delete']),
    /** The removed actor, as it was. */
    actor: ActorSchema,
    /** For a merge: the survivor before and after it took over the removed actor's names. */
    into: z.object({ before: ActorSchema, after: ActorSchema }).strict().nullable(),
    quotes: z.array(QuoteChangeSchema).max(5_000_000),
    /** Actors that were affiliated with the removed one. */
    affiliated: z.array(IdSchema).max(100_000),
    /** For a merge: notes whose actor mentions were pointed at the survivor, with where in the note. */
    notes: z.array(z.object({ id: IdSchema, paths: z.array(z.string().max(1000)).max(100_000) }).strict()).max(100_000).default([]),
  })
  .strict();
// The schema must produce exactly the record the removal code works with.
const removalSchemaMatches: z.output<typeof ActorRemovalSchema> extends ActorRemoval ? (ActorRemoval extends z.output<typeof ActorRemovalSchema> ? true : never) : never = true;
void removalSchemaMatches;

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .optional();

const Name = z.string().trim().min(1, 'a name is required').max(300);

/**
 * `actors:update`'s patch: the actor fields, each optional and without defaults. (A `.partial()`
 * of the create schema would fill every missing field with its default and so wipe it.)
 */
export const ActorPatch = z
  .object({
    name: Name,
    kind: ActorKindSchema,
    aliases: z.array(Name).max(100),
    role: z.string().max(500),
    affiliationId: IdSchema.nullable(),
    externalIds: z.record(z.string().max(40), z.string().max(200)),
    description: z.string().max(20_000),
    colour: z.string().max(20),
  })
  .partial()
  .strict();

/** `actors:delete`: without `force`, an actor still used by quotes or other actors is not deleted. */
export const ActorDeleteInput = z.object({ id: IdSchema, force: z.boolean().default(false) }).strict();

/** `actors:merge`: `fromId` disappears into `intoId`. */
export const ActorMergeInput = z.object({ fromId: IdSchema, intoId: IdSchema }).strict();

/** `actors:restore`: the record a delete or merge returned. */
export const ActorRestoreInput = z.object({ record: ActorRemovalSchema }).strict();

/** `actors:dismissDuplicate`: the analyst says these two are different actors. */
export const ActorPairInput = z.object({ ids: z.tuple([IdSchema, IdSchema]) }).strict();

/** `actors:page`: one actor, optionally narrowed by tag and article date. */
export const ActorPageInput = z
  .object({ id: IdSchema, tagIds: z.array(IdSchema).max(200).default([]), from: Day, to: Day })
  .strict();

/** `actors:between`: the quotes behind one cell of the who-said-what table (`speakerId` null: no speaker set). */
export const ActorBetweenInput = z.object({ speakerId: IdSchema.nullable(), aboutId: IdSchema }).strict();

/** How many quotes an actor said and is the subject of (all quotes, suggestions included). */
export interface QuoteCounts {
  said: number;
  about: number;
}

/** What `actors:delete` returns: the removal record for Undo and how many quotes lost the actor. */
export interface ActorDeleted {
  actor: Actor;
  detachedQuotes: number;
  undo: ActorRemoval;
}

/** What `actors:merge` returns. */
export interface ActorMerged {
  survivor: Actor;
  movedQuotes: number;
  undo: ActorRemoval;
}

/** Everything the actor page shows. */
export interface ActorPage {
  actor: Actor;
  /** Affiliation chain upwards: [direct affiliation, its affiliation, …]. */
  affiliations: Actor[];
  /** Actors affiliated with this one. */
  members: Actor[];
  said: ArticleQuotes[];
  about: ArticleQuotes[];
  /** Confirmed quotes before and after the filter. */
  counts: { said: number; about: number; saidShown: number; aboutShown: number };
  /**
   * Statements before and after the filter: quotes of several articles that are one statement
   * count once (`said` and `about` list only the first of them; see `sources`).
   */
  statements: { said: number; about: number; saidShown: number; aboutShown: number };
  /** The articles holding the listed quotes, before statements are collapsed (after the filter). */
  articlesShown: number;
  /** For a listed quote that other articles carry too: those articles' quotes, earliest first. */
  sources: Record<string, StatementSource[]>;
  /** Suggestions awaiting review that mention the actor (not listed). */
  suggested: number;
  /** Tags on the actor's confirmed quotes (unfiltered), for the filter, most used first. */
  tags: { id: string; count: number }[];
  /** Notes citing the actor or one of its quotes, most recently updated first. */
  notes: NoteSummary[];
}

export type { ActorRemoval, ArticleQuotes, DuplicatePair, WhoSaidWhat, WhoSaidWhatCell };
