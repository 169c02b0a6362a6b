/**
 * The API contract: every operation any front door (Electron IPC, HTTP, CLI) may call, as
 * `area:verb` → input schema + output type. Main parses every input with its schema; the output
 * type is carried at the type level only (outputs are produced by our own services).
 */
import { z } from 'zod';
import { operationNames } from './operationNames';
import { ARTICLE_ORDER_NAMES } from '../library/articleOrder';
import {
  ActorKindSchema,
  IdSchema,
  QuoteKindSchema,
  QuoteStatusSchema,
  SourceSchema,
  type Actor,
  type Article,
  type ArticleSummary,
  type EditEntry,
  type Note,
  type NoteSummary,
  type Quote,
  type Tag,
} from '../model';
import * as actorApi from '../actors/api';
import * as exportApi from '../export/schemas';
import * as tagApi from '../tags/api';
import * as anchorApi from '../anchoring/api';
import * as importApi from '../import/operations';
import * as notesApi from '../editor/notesApi';
import * as suggestApi from '../suggest/api';
import * as interchangeApi from '../interchange/api';
import * as agreementApi from '../agreement/api';
import * as timelineApi from '../timeline/api';
import * as statementApi from '../statements/api';
import * as searchApi from '../search/api';
import * as backupApi from '../backups/api';
import * as trashApi from '../backups/trashApi';
import type * as codeTables from '../search/codeTables';
import type { Timeline } from '../timeline/timeline';
import type { SuggestionSet } from '../suggest/types';

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
  /** Damaged files: found by this open, or moved aside by any process and not yet acknowledged. */
  problems: NotebookProblem[];
}

/** A file the notebook could not use, with what happened and what to do. */
export interface NotebookProblem {
  file: string;
  kind: string;
  message: string;
  /** Where the damaged file was moved (it is kept, never deleted). */
  movedTo?: string;
  /** Present when the problem can be acknowledged (`problems:acknowledge`); reported until then. */
  id?: string;
  foundAt?: string;
  /** What is missing from the notebook because of it (e.g. an article's title and quote count). */
  lost?: string;
}

/** Where continuous team sync stands (null from `sync:status` when the notebook has no team server). */
export interface TeamSyncStatus {
  /** The team server's address. */
  url: string;
  state: 'syncing' | 'synced' | 'offline';
  /** When the last round finished (null before the first). */
  lastSyncedAt: string | null;
  /** When rounds started failing (null while the server answers). */
  offlineSince: string | null;
  /** Why the last round failed, as a sentence for the analyst. */
  lastError: string | null;
  /** Documents the last finished round sent, received and exchanged in all. */
  sent: number;
  received: number;
  documents: number;
  /** Teammates the server saw online at the last round (not this analyst); empty when offline or unknown. */
  online: { id: string; name: string }[];
}

/** An article with its quotes: what the reader needs. */
export interface ArticleWithQuotes {
  article: Article;
  quotes: Quote[];
}

const Empty = z.object({}).strict();
const ById = z.object({ id: IdSchema }).strict();
const FirstPageInput = z.object({ order: z.enum(ARTICLE_ORDER_NAMES), limit: z.number().int().min(1).max(500) }).strict();
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

/** The words an analyst selected, sent along with their offsets to check they are still there. */
const SelectedWords = z.string().min(1).max(1_000_000);

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

  /** Damaged files moved aside and not yet acknowledged (plus files this open left in place). */
  'problems:list': { input: Empty, output: returns<NotebookProblem[]>() },
  /** Marks moved-aside damaged files as seen (by id, or all); the damaged copies stay on disk. */
  'problems:acknowledge': {
    input: z.union([z.object({ ids: z.array(z.string().min(1).max(300)).min(1).max(1000) }).strict(), z.object({ all: z.literal(true) }).strict()]),
    output: returns<{ acknowledged: string[]; unknown: string[]; problems: NotebookProblem[] }>(),
  },

  /** Continuous team sync: where it stands (null: this notebook has no team server). */
  'sync:status': { input: Empty, output: returns<TeamSyncStatus | null>() },
  /** Runs a sync round now (or waits for the one under way) and reports how it went. */
  'sync:now': { input: Empty, output: returns<TeamSyncStatus | null>() },
  /** Verified backups of the notebook, newest first, with what each holds (articles, quotes, notes, actors, tags). */
  'backups:list': { input: Empty, output: returns<backupApi.BackupSummary[]>() },
  /** Takes a verified backup now (rotation keeps the newest 10 and one a week for 8 weeks). */
  'backups:create': { input: backupApi.BackupCreateInput, output: returns<backupApi.BackupSummary>() },
  /** Puts a verified backup back in place of the whole notebook; the current files are backed up first. Open windows see the change. */
  'backups:restore': { input: backupApi.BackupRestoreInput, output: returns<backupApi.BackupRestored>() },

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
  /**
   * The first `limit` articles in `order` and how many there are: what the library shows while
   * the whole list (articles:list) is on its way. Answered from the article catalog while the
   * articles are still being checked; an article the catalog does not know yet may be missing.
   */
  'articles:firstPage': { input: FirstPageInput, output: returns<{ articles: ArticleSummary[]; total: number }>() },
  /** One article with its text, blocks and quotes. */
  'articles:get': { input: ById, output: returns<ArticleWithQuotes>() },
  /** Deletes an article and its quotes (kept in the notebook's trash so it can be restored). */
  'articles:delete': { input: ById, output: returns<{ id: string }>() },
  /** Restores a deleted article from the notebook's trash. */
  'articles:restore': { input: ById, output: returns<ArticleSummary>() },
  /** Replaces an article's text with a newer version of it; quotes are re-anchored, unplaceable ones kept as orphans. */
  'articles:replaceText': { input: anchorApi.ReplaceTextInput, output: returns<anchorApi.ReplaceTextResult>() },
  /** Replaces an article's text with a newer version read from a file of any importable format (as articles:replaceText). */
  'articles:reimport': { input: importApi.ReimportInputSchema, output: returns<anchorApi.ReplaceTextResult>() },
  /** Imports files (text, Markdown, HTML, PDF, DOCX; bytes as base64 or text); each failure is reported per file and the rest still import. */
  'articles:import': { input: importApi.ImportInputSchema, output: returns<importApi.ImportReport>() },
  /** Makes an article of pasted content: text plus the blocks the page found in pasted HTML, or plain text alone. */
  'articles:importPasted': { input: importApi.ImportPastedInputSchema, output: returns<importApi.ImportedFile>() },
  /** Imports the sample article shipped with Quotebook (or finds the copy imported before). */
  'articles:importSample': { input: Empty, output: returns<importApi.ImportedFile>() },
  /** Changes an article's title, section, outlet, URL, authors, date or language; the text never changes. */
  'articles:updateMetadata': { input: importApi.UpdateMetadataInputSchema, output: returns<ArticleSummary>() },

  /** Lists all actors by name. */
  'actors:list': { input: Empty, output: returns<Actor[]>() },
  /** Creates an actor. */
  'actors:create': { input: ActorFields.strict(), output: returns<Actor>() },
  /** Changes some fields of an actor. */
  'actors:update': {
    input: z.object({ id: IdSchema, patch: actorApi.ActorPatch }).strict(),
    output: returns<Actor>(),
  },
  /** Deletes an actor; refused while quotes or actors use it unless `force` (then it is removed from them). Returns a record for undo. */
  'actors:delete': { input: actorApi.ActorDeleteInput, output: returns<actorApi.ActorDeleted>() },
  /** Merges one actor into another: quotes (speaker, about), members and names move to the survivor. Returns a record for undo. */
  'actors:merge': { input: actorApi.ActorMergeInput, output: returns<actorApi.ActorMerged>() },
  /** Undoes an actors:delete or actors:merge, given the record it returned. */
  'actors:restore': { input: actorApi.ActorRestoreInput, output: returns<Actor>() },
  /** How many quotes each actor said and is the subject of, by actor id. */
  'actors:counts': { input: Empty, output: returns<Record<string, actorApi.QuoteCounts>>() },
  /** Pairs of actors that are likely the same (shared name or alias, surname, one built-in state). */
  'actors:duplicates': { input: Empty, output: returns<actorApi.DuplicatePair[]>() },
  /** Remembers that two actors are not duplicates, so the pair is no longer pointed out. */
  'actors:dismissDuplicate': { input: actorApi.ActorPairInput, output: returns<{ ids: [string, string] }>() },
  /** An actor's page: profile, quotes said and about (by article, newest first), tags, notes citing it. */
  'actors:page': { input: actorApi.ActorPageInput, output: returns<actorApi.ActorPage>() },
  /** The who-said-what-about-whom table: speaker × about-actor counts over confirmed quotes. */
  'actors:whoSaidWhat': { input: Empty, output: returns<actorApi.WhoSaidWhat>() },
  /** The quotes behind one cell of that table, grouped by article. */
  'actors:between': { input: actorApi.ActorBetweenInput, output: returns<actorApi.ArticleQuotes[]>() },

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
  /** Renames, recolours, describes or moves a tag; quotes keep it (they hold its id). */
  'tags:update': { input: tagApi.TagUpdateInput, output: returns<Tag>() },
  /** Merges one tag into another: every quote with the first gets the second; the first is removed. */
  'tags:merge': { input: tagApi.TagMergeInput, output: returns<tagApi.TagMerged>() },
  /** Deletes a tag and removes it from every quote; its child tags move to the top level. */
  'tags:delete': { input: tagApi.TagDeleteInput, output: returns<tagApi.TagDeleted>() },
  /** How many quotes carry each tag (directly), by tag id. */
  'tags:counts': { input: Empty, output: returns<Record<string, number>>() },

  /** Lists quotes, optionally of one article and/or carrying any of some tags, in reading order. */
  'quotes:list': {
    input: z.object({ articleId: IdSchema.optional(), tagIds: z.array(IdSchema).max(200).optional() }).strict(),
    output: returns<Quote[]>(),
  },
  /**
   * Creates a quote on `[start, end)` of an article's text; the selectors are computed by the
   * service. With `exact` (the words the analyst selected), nothing is created when the text there
   * differs, e.g. because the article was re-imported meanwhile. `id` may be chosen by the caller
   * (the reader shows the quote under that id before the save is answered); asked again with the
   * same id and words, the quote already saved is returned, not a second one.
   */
  'quotes:create': {
    input: QuoteEditable.partial()
      .extend({
        id: IdSchema.optional(),
        articleId: IdSchema,
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        exact: SelectedWords.optional(),
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
  /** The notebook's trash: deleted quotes (kept in their article files), most recently deleted first. */
  'trash:list': { input: Empty, output: returns<trashApi.TrashListing>() },
  /** Restores a deleted quote from the trash by its id (re-anchored if the article's text changed meanwhile). */
  'trash:restore': { input: trashApi.TrashRestoreInput, output: returns<Quote>() },
  /** Puts back a deleted quote with its id (Undo); it is re-anchored if the article's text changed meanwhile. */
  'quotes:restore': { input: anchorApi.QuoteRestoreInput, output: returns<Quote>() },
  /** Moves a quote to `[start, end)` of its article's current text, e.g. to fix an orphan. */
  'quotes:retarget': { input: anchorApi.QuoteRetargetInput, output: returns<Quote>() },
  /** Every recorded change of a quote's fields, oldest first: who set what when (a value that lost a conflict included). */
  'quotes:history': { input: ById, output: returns<EditEntry[]>() },
  /** The other quotes that are the same statement as this one, in other articles (earliest article first); empty when none. */
  'quotes:sameStatement': { input: statementApi.SameStatementInput, output: returns<statementApi.StatementSource[]>() },
  /** For every confirmed quote (of one article, or all) that other articles also carry: the ids of those other quotes. */
  'quotes:statements': { input: statementApi.StatementsInput, output: returns<Record<string, string[]>>() },
  /** For words not yet a quote (suggestions): the accepted quotes in other articles that say them, by the item's key. */
  'quotes:matchStatements': { input: statementApi.MatchStatementsInput, output: returns<Record<string, statementApi.StatementSource[]>>() },

  /** Lists notes without their content (with a preview and counts), most recently updated first. */
  'notes:list': { input: Empty, output: returns<notesApi.NoteListing[]>() },
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
  /** Renames a note. */
  'notes:rename': { input: notesApi.NoteRenameInput, output: returns<NoteSummary>() },
  /** Deletes a note (kept in the notebook's trash so it can be restored). */
  'notes:delete': { input: ById, output: returns<NoteSummary>() },
  /** Restores a deleted note from the notebook's trash. */
  'notes:restore': { input: ById, output: returns<NoteSummary>() },
  /** The notes citing a quote (`quoteId`) or mentioning an actor or citing its quotes (`actorId`), most recent first. */
  'notes:backlinks': { input: notesApi.NoteBacklinksInput, output: returns<notesApi.NoteBacklink[]>() },
  /** The quotes that a note's cards cite, with their article's title, outlet and date; deleted ones are left out. */
  'notes:quotes': { input: notesApi.NoteQuotesInput, output: returns<notesApi.CitedQuote[]>() },
  /** Quotes to cite: those whose words, speaker or tags contain every word of the query; confirmed first, newest first. */
  'notes:findQuotes': { input: notesApi.NoteFindQuotesInput, output: returns<notesApi.CitedQuote[]>() },

  /** Exports a note, article, actor dossier, chosen quotes or the whole notebook (a folder of files) as Markdown; without `dir`, returns the text. */
  'export:markdown': { input: exportApi.MarkdownExportInputSchema, output: returns<exportApi.ExportOutcome>() },
  /** Exports the scope's quotes as CSV, one row per quote and actor role; without `dir`, returns the text. */
  'export:csv': { input: exportApi.ExportInputSchema, output: returns<exportApi.ExportOutcome>() },
  /** Exports the scope losslessly as JSON (re-importable with notebook:importJson); without `dir`, returns the text. */
  'export:json': { input: exportApi.ExportInputSchema, output: returns<exportApi.ExportOutcome>() },
  /** Exports the scope's quotes as W3C Web Annotations (JSON-LD); without `dir`, returns the text. */
  'export:webAnnotations': { input: exportApi.ExportInputSchema, output: returns<exportApi.ExportOutcome>() },
  /** Imports a JSON export (its text, or the path of its file) into the open notebook, which must be empty. */
  'notebook:importJson': { input: exportApi.ImportJsonInputSchema, output: returns<exportApi.ImportJsonOutcome>() },

  // ---- Working with other tools (issue 15): REFI-QDA, network files, agreement, timeline ----
  /** Exports the scope as a REFI-QDA 1.5 project (.qdpx: project.qde plus sources); without `dir`, returns it as base64. */
  'export:qdpx': { input: exportApi.ExportInputSchema, output: returns<exportApi.ExportOutcome>() },
  /** Exports the codebook (tags with hierarchy, colours, descriptions) as a REFI-QDA codebook (.qdc). */
  'export:qdc': { input: exportApi.ExportInputSchema, output: returns<exportApi.ExportOutcome>() },
  /** Exports the actors network or the actor × tag network as GEXF (optionally dynamic, by article date). */
  'export:gexf': { input: interchangeApi.NetworkExportInputSchema, output: returns<exportApi.ExportOutcome>() },
  /** Exports the actors network or the actor × tag network as GraphML. */
  'export:graphml': { input: interchangeApi.NetworkExportInputSchema, output: returns<exportApi.ExportOutcome>() },
  /** Imports a REFI-QDA project (.qdpx: articles, tags, quotes, actors, memos) or codebook (.qdc: tags) into the open notebook. */
  'notebook:importRefi': { input: interchangeApi.RefiImportInputSchema, output: returns<interchangeApi.RefiImportOutcome>() },
  /** Adds the quotes of a W3C Web Annotation file to the notebook's articles (several targets on one article: one quote in pieces). */
  'quotes:importWebAnnotations': { input: interchangeApi.WebAnnotationsImportInputSchema, output: returns<interchangeApi.WebAnnotationsImportOutcome>() },
  /** The authors recorded on this notebook's quotes (coders whose work can be compared), most quotes first. */
  'agreement:coders': { input: Empty, output: returns<agreementApi.CoderSummary[]>() },
  /** Compares my coding with another coder's (another notebook, a JSON export, or two authors here): units, alpha, kappa, disagreements. */
  'agreement:compare': { input: agreementApi.AgreementCompareInput, output: returns<agreementApi.AgreementResult>() },
  /** "Keep theirs": saves the other coder's version of a quote into my article (missing actors and tags are created). */
  'agreement:adopt': { input: agreementApi.AgreementAdoptInput, output: returns<Quote>() },
  /** Quotes of chosen actors or tags per week or month of their articles' dates, with the quote ids of every bar. */
  'quotes:timeline': { input: timelineApi.TimelineInputSchema, output: returns<Timeline>() },
  /** Exports the timeline as SVG or CSV; without `dir`, returns the text. */
  'export:timeline': { input: timelineApi.TimelineExportInputSchema, output: returns<exportApi.ExportOutcome>() },

  // ---- Finding things (issue 13) ----
  /** Full-text search over articles, quotes, notes and actors, narrowed by fields (speaker:, tag:, after: …); best first. Typed syntax that cannot be read is read as words. */
  'search:query': { input: searchApi.SearchQueryInput, output: returns<searchApi.SearchResult>() },
  /** The searches saved in this notebook, in the order they were saved. */
  'search:saved': { input: Empty, output: returns<searchApi.SavedSearch[]>() },
  /** Saves a search under a name (the same name again replaces it); it is kept in notebook.json. */
  'search:save': { input: searchApi.SaveSearchInput, output: returns<searchApi.SavedSearch>() },
  /** A code table: tags × tags (together in a quote, in overlapping quotes, or in an article), × speakers, × outlets or × months; each cell with its quote ids. */
  'codes:table': { input: searchApi.CodeTableInput, output: returns<codeTables.CodeTable>() },
  /** Forgets a saved search. */
  'search:deleteSaved': { input: ById, output: returns<{ id: string }>() },

  /** Suggests an article's quotes (direct and reported) with speakers, and its actors; rejected and already tagged passages are left out. */
  'suggest:article': { input: suggestApi.SuggestArticleInput, output: returns<suggestApi.ArticleSuggestions>() },
  /** Suggests quotes, speakers and actors for a text that is not in the notebook. */
  'suggest:text': { input: suggestApi.SuggestTextInput, output: returns<SuggestionSet>() },
  /** Saves suggestions as confirmed quotes, creating speakers that are not yet actors (unnamed sources go in the comment). */
  'suggest:accept': { input: suggestApi.SuggestAcceptInput, output: returns<suggestApi.AcceptOutcome>() },
  /** Rejects suggestions: they are recorded in the article and not suggested again. */
  'suggest:reject': { input: suggestApi.SuggestRangesInput, output: returns<suggestApi.RejectOutcome>() },
  /** Takes back rejections (Undo), so the suggestions come back. */
  'suggest:restore': { input: suggestApi.SuggestRangesInput, output: returns<suggestApi.RejectOutcome>() },
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What a caller passes (before schema defaults are applied). */
export type InputOf<N extends OperationName> = z.input<Contract[N]['input']>;
/** What a service receives (after parsing). */
export type ParsedInputOf<N extends OperationName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends OperationName> = Contract[N]['output'];

// The zod-free list of names (operationNames.ts) must name exactly the contract's operations.
type Listed = (typeof operationNames)[number];
const namesMatchContract: [Exclude<OperationName, Listed>, Exclude<Listed, OperationName>] extends [never, never] ? true : never = true;
void namesMatchContract;
export { operationNames };

/** True when `name` is an operation of the contract. */
export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
