/**
 * The API contract: every operation any front door (Electron IPC, HTTP, CLI) may call, as
 * `area:verb` → input schema + output type. Main parses every input with its schema; the output
 * type is carried at the type level only (outputs are produced by our own services).
 */
import { z } from 'zod';
import {
  ActorKindSchema,
  IdSchema,
  QuoteKindSchema,
  QuoteStatusSchema,
  SourceSchema,
  type Actor,
  type Article,
  type ArticleSummary,
  type Note,
  type NoteSummary,
  type Quote,
  type Tag,
} from '../model';

/** Carries an output type without a runtime schema. */
const returns = <T>(): T => undefined as T;

/** What `notebook:info` and `notebook:open` report. */
export interface NotebookInfo {
  dir: string;
  name: string;
  id: string;
  schemaVersion: number;
  readOnly: boolean;
  readOnlyReason: string | null;
  counts: { articles: number; quotes: number; actors: number; tags: number; notes: number };
  /** Damaged files found on open, each with a message for the user. */
  problems: { file: string; kind: string; message: string; movedTo?: string }[];
}

/** An article with its quotes: what the reader needs. */
export interface ArticleWithQuotes {
  article: Article;
  quotes: Quote[];
}

const Empty = z.object({}).strict();
const ById = z.object({ id: IdSchema }).strict();
const Name = z.string().trim().min(1, 'a name is required').max(300);

const ActorFields = z.object({
  name: Name,
  kind: ActorKindSchema.default('person'),
  aliases: z.array(Name).max(100).default([]),
  role: z.string().max(500).default(''),
  affiliationId: IdSchema.nullable().default(null),
  externalIds: z.record(z.string().max(40), z.string().max(200)).default({}),
  description: z.string().max(20_000).default(''),
  colour: z.string().max(20).default(''),
});

const QuoteEditable = z.object({
  kind: QuoteKindSchema,
  speakerId: IdSchema.nullable(),
  aboutIds: z.array(IdSchema).max(100),
  tagIds: z.array(IdSchema).max(200),
  comment: z.string().max(20_000),
  status: QuoteStatusSchema,
  cue: z.string().max(200),
});

export const contract = {
  /** Information about the open notebook: location, counts, read-only state, problems found on open. */
  'notebook:info': { input: Empty, output: returns<NotebookInfo>() },
  /** Opens an existing notebook folder (closing the current one). */
  'notebook:open': { input: z.object({ dir: z.string().min(1).max(4096) }).strict(), output: returns<NotebookInfo>() },
  /** Creates a new notebook folder and opens it. */
  'notebook:create': {
    input: z.object({ dir: z.string().min(1).max(4096), name: z.string().max(300).optional() }).strict(),
    output: returns<NotebookInfo>(),
  },

  /** Creates an article from plain text (paragraphs separated by blank lines). */
  'articles:createFromText': {
    input: z
      .object({
        text: z.string().max(50_000_000),
        title: z.string().max(500).optional(),
        section: z.string().max(500).optional(),
        source: SourceSchema.partial().optional(),
        fileName: z.string().max(500).optional(),
      })
      .strict(),
    output: returns<{ article: ArticleSummary; duplicateOf: string | null }>(),
  },
  /** Lists articles without their text, newest import first. */
  'articles:list': { input: Empty, output: returns<ArticleSummary[]>() },
  /** One article with its text, blocks and quotes. */
  'articles:get': { input: ById, output: returns<ArticleWithQuotes>() },
  /** Deletes an article and its quotes (kept in the notebook's trash so it can be restored). */
  'articles:delete': { input: ById, output: returns<{ id: string }>() },
  /** Restores a deleted article from the notebook's trash. */
  'articles:restore': { input: ById, output: returns<ArticleSummary>() },

  /** Lists all actors by name. */
  'actors:list': { input: Empty, output: returns<Actor[]>() },
  /** Creates an actor. */
  'actors:create': { input: ActorFields.strict(), output: returns<Actor>() },
  /** Changes some fields of an actor. */
  'actors:update': {
    input: z.object({ id: IdSchema, patch: ActorFields.partial().strict() }).strict(),
    output: returns<Actor>(),
  },

  /** Lists the codebook's tags by name. */
  'tags:list': { input: Empty, output: returns<Tag[]>() },
  /** Creates a tag. */
  'tags:create': {
    input: z
      .object({
        name: Name,
        parentId: IdSchema.nullable().default(null),
        colour: z.string().max(20).default(''),
        description: z.string().max(20_000).default(''),
      })
      .strict(),
    output: returns<Tag>(),
  },

  /** Lists quotes, optionally of one article, in reading order. */
  'quotes:list': { input: z.object({ articleId: IdSchema.optional() }).strict(), output: returns<Quote[]>() },
  /** Creates a quote on `[start, end)` of an article's text; the selectors are computed by the service. */
  'quotes:create': {
    input: QuoteEditable.partial()
      .extend({
        articleId: IdSchema,
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
      })
      .strict(),
    output: returns<Quote>(),
  },
  /** Changes some fields of a quote. */
  'quotes:update': {
    input: z.object({ id: IdSchema, patch: QuoteEditable.partial().strict() }).strict(),
    output: returns<Quote>(),
  },
  /** Deletes a quote; returns it so the caller can offer undo. */
  'quotes:delete': { input: ById, output: returns<Quote>() },

  /** Lists notes without their content, most recently updated first. */
  'notes:list': { input: Empty, output: returns<NoteSummary[]>() },
  /** One note with its Lexical content. */
  'notes:get': { input: ById, output: returns<Note>() },
  /** Creates (no id) or replaces (id) a note. */
  'notes:save': {
    input: z
      .object({
        id: IdSchema.optional(),
        title: z.string().max(500),
        content: z.record(z.string(), z.unknown()),
      })
      .strict(),
    output: returns<Note>(),
  },
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What a caller passes (before schema defaults are applied). */
export type InputOf<N extends OperationName> = z.input<Contract[N]['input']>;
/** What a service receives (after parsing). */
export type ParsedInputOf<N extends OperationName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends OperationName> = Contract[N]['output'];

/** All operation names, in contract order. */
export const operationNames = Object.keys(contract) as OperationName[];

/** True when `name` is an operation of the contract. */
export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
