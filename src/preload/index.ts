/**
 * The bridge between the page and the main process. The page gets one named function per
 * operation of the contract and nothing else: never `ipcRenderer` itself, which would let any
 * script in the page send on any channel (DESIGN.md convention 2).
 *
 * Only types come from src/shared, so this bundle holds no logic to audit beyond what is here.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { InputOf, OperationName, OutputOf } from '../shared/api/contract';
import type { QuotebookApi } from '../shared/api/bridge';
import type { Result } from '../shared/api/result';
import type { LivePortChannels, LivePortMessage } from '../shared/live/protocol';

/**
 * Sends one operation. The channel is the operation's name, typed so a misspelt channel fails to
 * compile; main parses `input` with the operation's schema, so nothing is validated here.
 */
const invoke = <N extends OperationName>(channel: N, input: InputOf<N>): Promise<Result<OutputOf<N>>> =>
  ipcRenderer.invoke(channel, input);

// Written out one by one (not generated from the contract at runtime) so the exposed surface can
// be read in this file; `satisfies` makes a missing or extra operation a type error.
const api = {
  notebookInfo: (input) => invoke('notebook:info', input),
  notebookOpen: (input) => invoke('notebook:open', input),
  notebookCreate: (input) => invoke('notebook:create', input),
  problemsList: (input) => invoke('problems:list', input),
  problemsAcknowledge: (input) => invoke('problems:acknowledge', input),
  syncStatus: (input) => invoke('sync:status', input),
  syncNow: (input) => invoke('sync:now', input),
  backupsList: (input) => invoke('backups:list', input),
  backupsCreate: (input) => invoke('backups:create', input),
  backupsRestore: (input) => invoke('backups:restore', input),
  trashList: (input) => invoke('trash:list', input),
  trashRestore: (input) => invoke('trash:restore', input),

  articlesCreateFromText: (input) => invoke('articles:createFromText', input),
  articlesList: (input) => invoke('articles:list', input),
  articlesFirstPage: (input) => invoke('articles:firstPage', input),
  articlesGet: (input) => invoke('articles:get', input),
  articlesDelete: (input) => invoke('articles:delete', input),
  articlesRestore: (input) => invoke('articles:restore', input),
  articlesImport: (input) => invoke('articles:import', input),
  articlesImportPasted: (input) => invoke('articles:importPasted', input),
  articlesImportSample: (input) => invoke('articles:importSample', input),
  articlesUpdateMetadata: (input) => invoke('articles:updateMetadata', input),
  articlesReplaceText: (input) => invoke('articles:replaceText', input),
  articlesReimport: (input) => invoke('articles:reimport', input),

  actorsList: (input) => invoke('actors:list', input),
  actorsCreate: (input) => invoke('actors:create', input),
  actorsUpdate: (input) => invoke('actors:update', input),
  actorsDelete: (input) => invoke('actors:delete', input),
  actorsMerge: (input) => invoke('actors:merge', input),
  actorsRestore: (input) => invoke('actors:restore', input),
  actorsCounts: (input) => invoke('actors:counts', input),
  actorsDuplicates: (input) => invoke('actors:duplicates', input),
  actorsDismissDuplicate: (input) => invoke('actors:dismissDuplicate', input),
  actorsPage: (input) => invoke('actors:page', input),
  actorsWhoSaidWhat: (input) => invoke('actors:whoSaidWhat', input),
  actorsBetween: (input) => invoke('actors:between', input),

  tagsList: (input) => invoke('tags:list', input),
  tagsCreate: (input) => invoke('tags:create', input),
  tagsUpdate: (input) => invoke('tags:update', input),
  tagsMerge: (input) => invoke('tags:merge', input),
  tagsDelete: (input) => invoke('tags:delete', input),
  tagsCounts: (input) => invoke('tags:counts', input),

  quotesList: (input) => invoke('quotes:list', input),
  quotesCreate: (input) => invoke('quotes:create', input),
  quotesUpdate: (input) => invoke('quotes:update', input),
  quotesDelete: (input) => invoke('quotes:delete', input),
  quotesRestore: (input) => invoke('quotes:restore', input),
  quotesRetarget: (input) => invoke('quotes:retarget', input),
  quotesHistory: (input) => invoke('quotes:history', input),
  quotesSameStatement: (input) => invoke('quotes:sameStatement', input),
  quotesStatements: (input) => invoke('quotes:statements', input),
  quotesMatchStatements: (input) => invoke('quotes:matchStatements', input),

  notesList: (input) => invoke('notes:list', input),
  notesGet: (input) => invoke('notes:get', input),
  notesSave: (input) => invoke('notes:save', input),
  notesRename: (input) => invoke('notes:rename', input),
  notesDelete: (input) => invoke('notes:delete', input),
  notesRestore: (input) => invoke('notes:restore', input),
  notesBacklinks: (input) => invoke('notes:backlinks', input),
  notesQuotes: (input) => invoke('notes:quotes', input),
  notesFindQuotes: (input) => invoke('notes:findQuotes', input),

  exportMarkdown: (input) => invoke('export:markdown', input),
  exportCsv: (input) => invoke('export:csv', input),
  exportJson: (input) => invoke('export:json', input),
  exportWebAnnotations: (input) => invoke('export:webAnnotations', input),
  notebookImportJson: (input) => invoke('notebook:importJson', input),

  exportQdpx: (input) => invoke('export:qdpx', input),
  exportQdc: (input) => invoke('export:qdc', input),
  exportGexf: (input) => invoke('export:gexf', input),
  exportGraphml: (input) => invoke('export:graphml', input),
  notebookImportRefi: (input) => invoke('notebook:importRefi', input),
  quotesImportWebAnnotations: (input) => invoke('quotes:importWebAnnotations', input),
  agreementCoders: (input) => invoke('agreement:coders', input),
  searchQuery: (input) => invoke('search:query', input),
  searchSaved: (input) => invoke('search:saved', input),
  searchSave: (input) => invoke('search:save', input),
  searchDeleteSaved: (input) => invoke('search:deleteSaved', input),
  codesTable: (input) => invoke('codes:table', input),
  agreementCompare: (input) => invoke('agreement:compare', input),
  agreementAdopt: (input) => invoke('agreement:adopt', input),
  quotesTimeline: (input) => invoke('quotes:timeline', input),
  exportTimeline: (input) => invoke('export:timeline', input),

  suggestArticle: (input) => invoke('suggest:article', input),
  suggestText: (input) => invoke('suggest:text', input),
  suggestAccept: (input) => invoke('suggest:accept', input),
  suggestReject: (input) => invoke('suggest:reject', input),
  suggestRestore: (input) => invoke('suggest:restore', input),
} satisfies QuotebookApi;

/** What the page may know about its host: that it runs in the desktop app (not the browser edition). */
const shell = { isDesktop: true } as const;

/**
 * The live channel (src/main/electron/livePorts.ts). A MessagePort cannot cross the context
 * bridge, so the page asks through `quotebookLive.connect(id)` and the port main sends back is
 * posted into the page as a window message carrying the same id (Electron's documented way to
 * give the main world a port). Only main can send on the reply channel; the page checks the
 * message came from itself and that the id is the one it waits for. Main checks the id it is sent.
 */
type Channels = typeof LivePortChannels;
const request: Channels['request'] = 'live:connect';
const reply: Channels['reply'] = 'live:port';
const pageMessage: Channels['pageMessage'] = 'quotebook:live-port';
ipcRenderer.on(reply, (event, id: string) => {
  const message: LivePortMessage = { type: pageMessage, id };
  window.postMessage(message, window.location.origin, event.ports);
});
const liveChannel = { connect: (id: string) => ipcRenderer.send(request, id) };

contextBridge.exposeInMainWorld('quotebook', api);
contextBridge.exposeInMainWorld('quotebookShell', shell);
contextBridge.exposeInMainWorld('quotebookLive', liveChannel);
