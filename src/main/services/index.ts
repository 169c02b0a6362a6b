/** Wires every operation of the contract to its service. */
import { createDispatcher, type Dispatcher, type Handlers } from './dispatcher';
import type { NotebookSession } from './session';
import type { OperationName } from '../../shared/api/contract';
import { acknowledgeProblems, listProblems, notebookInfo } from './notebookService';
import { listTrash, restoreFromTrash } from './trashService';
import { createBackupNow, listBackups, restoreBackup, withBackup } from './backupService';
import { deleteArticle, firstArticles, getArticle, listArticles, restoreArticle } from './articlesService';
import { countQuotes, createActor, listActors, updateActor } from './actorsService';
import { deleteActor, mergeActors, restoreActor } from './actorRemovalService';
import { actorPage, dismissDuplicate, likelyDuplicates, quotesBetween, whoSaidWhatTable } from './actorInsightsService';
import { createTag, deleteTag, listTags, mergeTags, tagCounts, updateTag } from './tagsService';
import { createQuote, deleteQuote, listQuotes, restoreQuote, retargetQuote, updateQuote } from './quotesService';
import { reimportArticle, replaceArticleText } from './replaceTextService';
import { quoteHistory } from './quoteHistoryService';
import { matchStatements, sameStatement, statements } from './statementsService';
import { deleteNote, getNote, listNotes, noteBacklinks, renameNote, restoreNote, saveNote } from './notesService';
import { citedQuotes, findQuotes } from './noteQuotesService';
import { createFromText, importFiles, importPasted, importSample, updateMetadata } from './importService';
import { runExport } from '../export/exportService';
import { importJson } from '../export/importJson';
import { importRefi, runInterchangeExport } from '../interchange/interchangeService';
import { importWebAnnotations } from '../interchange/webAnnotationsImport';
import { compareAgreement, listCoders } from '../agreement/agreementService';
import { adoptQuote } from '../agreement/adoptQuote';
import { exportTimeline, timeline } from '../timeline/timelineService';
import { searchNotebook } from '../search/searchService';
import { deleteSavedSearch, listSavedSearches, saveSearch } from '../search/savedSearches';
import { codeTable } from '../../shared/search/codeTables';
import { acceptSuggestions, rejectSuggestions, restoreSuggestions, suggestForArticle, suggestForText } from './suggestService';

/** The handlers for one session; `satisfies Handlers` makes a missing operation a type error. */
export function createHandlers(session: NotebookSession): Handlers {
  // Bulk and destructive operations run after a verified backup (docs/data-format.md, "Backups").
  const backedUp = <T>(reason: string, work: () => Promise<T> | T) => withBackup(session, reason, work);
  return {
    'notebook:info': () => notebookInfo(session),
    'notebook:open': async ({ dir }) => {
      await session.switchTo(dir);
      return notebookInfo(session);
    },
    'notebook:create': async ({ dir, name }) => {
      await session.switchTo(dir, { create: true, ...(name ? { name } : {}) });
      return notebookInfo(session);
    },
    'problems:list': () => listProblems(session),
    'problems:acknowledge': (input) => acknowledgeProblems(session, input),
    'sync:status': () => session.teamSyncStatus(),
    'sync:now': () => session.syncNow(),
    'backups:list': () => listBackups(session),
    'backups:create': ({ reason }) => createBackupNow(session, reason),
    'backups:restore': ({ id }) => restoreBackup(session, id),
    'articles:createFromText': (input) => createFromText(session, input),
    'articles:list': () => listArticles(session),
    'articles:firstPage': ({ order, limit }) => firstArticles(session, order, limit),
    'articles:get': ({ id }) => getArticle(session, id),
    'articles:delete': ({ id }) => deleteArticle(session, id),
    'articles:restore': ({ id }) => restoreArticle(session, id),
    'articles:replaceText': (input) => backedUp('before-reimport', () => replaceArticleText(session, input)),
    'articles:reimport': (input) => backedUp('before-reimport', () => reimportArticle(session, input)),
    'articles:import': (input) => importFiles(session, input),
    'articles:importPasted': (input) => importPasted(session, input),
    'articles:importSample': () => importSample(session),
    'articles:updateMetadata': (input) => updateMetadata(session, input),
    'actors:list': () => listActors(session),
    'actors:create': (input) => createActor(session, input),
    'actors:update': (input) => updateActor(session, input),
    'actors:delete': (input) => backedUp('before-actor-delete', () => deleteActor(session, input)),
    'actors:merge': (input) => backedUp('before-actor-merge', () => mergeActors(session, input)),
    'actors:restore': (input) => restoreActor(session, input),
    'actors:counts': () => countQuotes(session),
    'actors:duplicates': () => likelyDuplicates(session),
    'actors:dismissDuplicate': (input) => dismissDuplicate(session, input),
    'actors:page': (input) => actorPage(session, input),
    'actors:whoSaidWhat': () => whoSaidWhatTable(session),
    'actors:between': (input) => quotesBetween(session, input),
    'tags:list': () => listTags(session),
    'tags:create': (input) => createTag(session, input),
    'tags:update': (input) => updateTag(session, input),
    'tags:merge': (input) => backedUp('before-tag-merge', () => mergeTags(session, input)),
    'tags:delete': ({ id }) => backedUp('before-tag-delete', () => deleteTag(session, id)),
    'tags:counts': () => tagCounts(session),
    'quotes:list': ({ articleId, tagIds }) => listQuotes(session, articleId, tagIds),
    'quotes:create': (input) => createQuote(session, input),
    'quotes:update': (input) => updateQuote(session, input),
    'quotes:delete': ({ id }) => deleteQuote(session, id),
    'quotes:restore': ({ quote }) => restoreQuote(session, quote),
    'trash:list': () => listTrash(session),
    'trash:restore': ({ quoteId }) => restoreFromTrash(session, quoteId),
    'quotes:retarget': (input) => retargetQuote(session, input),
    'quotes:history': ({ id }) => quoteHistory(session, id),
    'quotes:sameStatement': (input) => sameStatement(session, input),
    'quotes:statements': (input) => statements(session, input),
    'quotes:matchStatements': (input) => matchStatements(session, input),
    'notes:list': () => listNotes(session),
    'notes:get': ({ id }) => getNote(session, id),
    'notes:save': (input) => saveNote(session, input),
    'notes:rename': (input) => renameNote(session, input),
    'notes:delete': ({ id }) => deleteNote(session, id),
    'notes:restore': ({ id }) => restoreNote(session, id),
    'notes:backlinks': (input) => noteBacklinks(session, input),
    'notes:quotes': ({ ids }) => citedQuotes(session, ids),
    'notes:findQuotes': (input) => findQuotes(session, input),
    'export:markdown': ({ scope, dir, wikilinks }) => runExport(session, { format: 'markdown', scope, dir, wikilinks }),
    'export:csv': ({ scope, dir }) => runExport(session, { format: 'csv', scope, dir }),
    'export:json': ({ scope, dir }) => runExport(session, { format: 'json', scope, dir }),
    'export:webAnnotations': ({ scope, dir }) => runExport(session, { format: 'w3c', scope, dir }),
    'notebook:importJson': (input) => backedUp('before-import-json', () => importJson(session, input)),
    // Working with other tools (issue 15)
    'export:qdpx': (input) => runInterchangeExport(session, { format: 'qdpx', ...input }),
    'export:qdc': (input) => runInterchangeExport(session, { format: 'qdc', ...input }),
    'export:gexf': (input) => runInterchangeExport(session, { format: 'gexf', ...input }),
    'export:graphml': (input) => runInterchangeExport(session, { format: 'graphml', ...input }),
    'notebook:importRefi': (input) => backedUp('before-refi-import', () => importRefi(session, input)),
    'quotes:importWebAnnotations': (input) => importWebAnnotations(session, input),
    'agreement:coders': () => listCoders(session),
    'agreement:compare': (input) => compareAgreement(session, input),
    'agreement:adopt': (input) => adoptQuote(session, input),
    'quotes:timeline': (input) => timeline(session, input),
    'export:timeline': (input) => exportTimeline(session, input),
    'search:query': (input) => searchNotebook(session, input),
    'search:saved': () => listSavedSearches(session),
    'search:save': (input) => saveSearch(session, input),
    'search:deleteSaved': ({ id }) => deleteSavedSearch(session, id),
    'codes:table': (input) => codeTable(session.store.articles(), session.store.notebook().tags, session.store.notebook().actors, input),
    'suggest:article': ({ articleId }) => suggestForArticle(session, articleId),
    'suggest:text': (input) => suggestForText(session, input),
    // Accepting one suggestion is one quote (Undo in the app); accepting many at once is bulk.
    'suggest:accept': (input) => (input.items.length > 1 ? backedUp('before-accept-all', () => acceptSuggestions(session, input)) : acceptSuggestions(session, input)),
    'suggest:reject': (input) => rejectSuggestions(session, input),
    'suggest:restore': (input) => restoreSuggestions(session, input),
  } satisfies Handlers;
}

/** Operations that answer while the notebook's articles are still being checked (see NotebookSession.ready). */
const ANSWERED_WHILE_CHECKING: ReadonlySet<OperationName> = new Set<OperationName>(['articles:list', 'articles:firstPage']);

/** Every other operation waits for the checks: it may need any article, or the complete problems. */
function afterChecks(session: NotebookSession, handlers: Handlers): Handlers {
  const gated = Object.entries(handlers).map(([name, handler]) => {
    if (ANSWERED_WHILE_CHECKING.has(name as OperationName)) return [name, handler];
    const run = handler as (input: unknown) => unknown;
    return [
      name,
      async (input: unknown) => {
        await session.ready;
        return run(input);
      },
    ];
  });
  return Object.fromEntries(gated) as Handlers;
}

/** The dispatcher every front door calls. */
export function createOperations(session: NotebookSession, onInternalError?: (e: unknown) => void): Dispatcher {
  return createDispatcher(afterChecks(session, createHandlers(session)), onInternalError);
}

export { NotebookSession } from './session';
export type { Dispatcher } from './dispatcher';
