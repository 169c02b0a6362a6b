/**
 * The notebook's entities as zod schemas (the single source of truth) and their inferred types.
 * Schemas are `.loose()` so that fields written by a newer version survive a load/save round trip
 * ("read tolerantly, write strictly": unknown fields are kept, known fields are validated).
 */
import { z } from 'zod';

/** Current schema version of every file a notebook holds. */
export const SCHEMA_VERSION = 1;

/** Stable string id: letters, digits, `-` and `_` only, so it is safe as a file name. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'an id may only contain letters, digits, "-" and "_"');

const IsoTime = z.string().min(1).max(40);
const ShortText = z.string().max(500);

/** A `[start, end)` range of an article's `text`, in UTF-16 code units. */
export const BlockSchema = z
  .object({
    kind: z.enum(['heading', 'paragraph', 'blockquote', 'listItem']),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .loose();

export const SourceSchema = z
  .object({
    outlet: ShortText.default(''),
    url: z.string().max(4000).default(''),
    authors: z.array(ShortText).default([]),
    publishedAt: z.string().max(40).default(''),
  })
  .loose();

export const ArticleSchema = z
  .object({
    id: IdSchema,
    title: ShortText,
    section: ShortText.default(''),
    source: SourceSchema,
    language: z.string().max(20).default(''),
    importedAt: IsoTime,
    origin: z.object({ name: z.string().max(500), sha256: z.string().max(64) }).loose(),
    text: z.string(),
    blocks: z.array(BlockSchema),
    contentHash: z.string().max(128),
  })
  .loose();

/** W3C Web Annotation TextQuoteSelector + TextPositionSelector, merged. */
export const TextTargetSchema = z
  .object({
    exact: z.string().min(1),
    prefix: z.string().max(64),
    suffix: z.string().max(64),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /**
     * A quote split by its attribution (`“A,” she said. “B.”`): its pieces, two or more, sorted and
     * apart, `start`/`end` then running from the first piece to the last (attribution included).
     * Absent: one piece. Read leniently; `quotePieces` falls back to one piece when they do not fit.
     */
    pieces: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).loose()).max(100).optional(),
  })
  .loose();

/** Who made a change: the analyst's stable id and the name they gave (asked once per machine). */
export const AuthorSchema = z.object({ id: IdSchema, name: z.string().max(300) }).loose();

export const QuoteKindSchema = z.enum(['direct', 'indirect', 'paraphrase']);
export const QuoteStatusSchema = z.enum(['confirmed', 'suggested']);
/**
 * How a quote sits in its article's current text after a re-import: `fuzzy` was placed by
 * approximate matching (worth a look), `orphaned` could not be placed (kept, shown, never dropped;
 * its target is the old one). Absent means the target matches the text exactly.
 */
export const AnchorStatusSchema = z.enum(['fuzzy', 'orphaned']);

export const QuoteSchema = z
  .object({
    id: IdSchema,
    articleId: IdSchema,
    target: TextTargetSchema,
    kind: QuoteKindSchema,
    speakerId: IdSchema.nullable(),
    aboutIds: z.array(IdSchema),
    tagIds: z.array(IdSchema),
    comment: z.string().max(20_000),
    status: QuoteStatusSchema,
    cue: z.string().max(200).default(''),
    anchorStatus: AnchorStatusSchema.optional(),
    /** Who marked (or accepted) the quote; absent in notebooks from before authors were recorded. */
    author: AuthorSchema.optional(),
    createdAt: IsoTime,
    updatedAt: IsoTime,
  })
  .loose();

/**
 * One change to one field, kept in the file's history: who set which value when. Two analysts
 * setting the same field on different machines both appear here, whichever value won.
 */
export const EditEntrySchema = z
  .object({
    target: z.enum(['article', 'quote', 'actor', 'tag', 'note']),
    id: IdSchema,
    field: z.string().min(1).max(100),
    value: z.unknown(),
    author: AuthorSchema.optional(),
    at: IsoTime,
  })
  .loose();

/** An actor taken out of the notebook: deleted, or merged into another (references follow it). */
export const RemovedActorSchema = z
  .object({ id: IdSchema, name: z.string().max(300), mergedInto: IdSchema.nullable(), removedAt: IsoTime })
  .loose();

/** A deleted quote: kept in its article file (the notebook's trash for quotes) until restored. */
export const DeletedQuoteSchema = QuoteSchema.extend({ deletedAt: IsoTime, deletedBy: AuthorSchema.optional() }).loose();

export const ActorKindSchema = z.enum(['person', 'organisation', 'state', 'other']);

export const ActorSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).max(300),
    kind: ActorKindSchema,
    aliases: z.array(z.string().min(1).max(300)),
    role: ShortText.default(''),
    affiliationId: IdSchema.nullable().default(null),
    externalIds: z.record(z.string().max(40), z.string().max(200)).default({}),
    description: z.string().max(20_000).default(''),
    colour: z.string().max(20).default(''),
  })
  .loose();

export const TagSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).max(200),
    parentId: IdSchema.nullable().default(null),
    colour: z.string().max(20).default(''),
    description: z.string().max(20_000).default(''),
  })
  .loose();

export const NoteSchema = z
  .object({
    id: IdSchema,
    title: z.string().max(500),
    /** Serialized Lexical editor state; its nodes carry their own versions. */
    content: z.record(z.string(), z.unknown()),
    /** Who created the note (absent before authors were recorded). */
    author: AuthorSchema.optional(),
    createdAt: IsoTime,
    updatedAt: IsoTime,
  })
  .loose();

// ---- File formats: what each file in a notebook folder holds ----

export const NotebookFileSchema = z
  .object({
    format: z.literal('quotebook-notebook'),
    schemaVersion: z.number().int().positive(),
    id: IdSchema,
    name: z.string().max(300),
    createdAt: IsoTime,
    actors: z.array(ActorSchema),
    tags: z.array(TagSchema),
    settings: z.record(z.string(), z.unknown()).default({}),
    /** Actors deleted or merged away; a merged actor's references resolve to its survivor. */
    removedActors: z.array(RemovedActorSchema).optional(),
    /** Changes to actors and tags, oldest first (see EditEntrySchema). */
    history: z.array(EditEntrySchema).optional(),
  })
  .loose();

/** A suggested quote the analyst rejected: its range and its words (which still identify it if a re-import moves the text). */
export const RejectedSuggestionSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    exact: z.string(),
    rejectedAt: IsoTime.optional(),
  })
  .loose();

export const ArticleFileSchema = z
  .object({
    format: z.literal('quotebook-article'),
    schemaVersion: z.number().int().positive(),
    article: ArticleSchema,
    quotes: z.array(QuoteSchema),
    /** Suggestions the analyst rejected, so that suggesting again does not bring them back. */
    rejectedSuggestions: z.array(RejectedSuggestionSchema).default([]).optional(),
    /** Deleted quotes, restorable (soft deletes: a later edit or restore finds them here). */
    deletedQuotes: z.array(DeletedQuoteSchema).optional(),
    /** Changes to the article and its quotes, oldest first (see EditEntrySchema). */
    history: z.array(EditEntrySchema).optional(),
  })
  .loose();

export const NoteFileSchema = z
  .object({
    format: z.literal('quotebook-note'),
    schemaVersion: z.number().int().positive(),
    note: NoteSchema,
    /** Changes to the note's title and whether it was deleted, oldest first. */
    history: z.array(EditEntrySchema).optional(),
  })
  .loose();

/** Drops the `[key: string]: unknown` that `.loose()` adds, so code sees only the known fields. */
type Known<T> = { [K in keyof T as string extends K ? never : K]: T[K] };
type Infer<S extends z.ZodType> = Known<z.infer<S>>;

export type Block = Infer<typeof BlockSchema>;
export type Source = Infer<typeof SourceSchema>;
export type Article = Infer<typeof ArticleSchema>;
export type TextTarget = Infer<typeof TextTargetSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type AnchorStatus = z.infer<typeof AnchorStatusSchema>;
export type Quote = Infer<typeof QuoteSchema>;
export type Author = Infer<typeof AuthorSchema>;
export type DeletedQuote = Infer<typeof DeletedQuoteSchema>;
export type EditEntry = Infer<typeof EditEntrySchema>;
export type RemovedActor = Infer<typeof RemovedActorSchema>;
export type ActorKind = z.infer<typeof ActorKindSchema>;
export type Actor = Infer<typeof ActorSchema>;
export type Tag = Infer<typeof TagSchema>;
export type Note = Infer<typeof NoteSchema>;
export type NotebookFile = Infer<typeof NotebookFileSchema>;
export type ArticleFile = Infer<typeof ArticleFileSchema>;
export type RejectedSuggestion = Infer<typeof RejectedSuggestionSchema>;
export type NoteFile = Infer<typeof NoteFileSchema>;

/** An article without its text: what lists show. */
export type ArticleSummary = Omit<Article, 'text' | 'blocks'> & { quoteCount: number; wordCount: number };
/** A note without its content: what lists show. */
export type NoteSummary = Omit<Note, 'content'>;
