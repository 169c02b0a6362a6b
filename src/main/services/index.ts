/** Wires every operation of the contract to its service. */
import { createDispatcher, type Dispatcher, type Handlers } from './dispatcher';
import type { NotebookSession } from './session';
import { notebookInfo } from './notebookService';
import { createFromText, deleteArticle, getArticle, listArticles, restoreArticle } from './articlesService';
import { createActor, listActors, updateActor } from './actorsService';
import { createTag, listTags } from './tagsService';
import { createQuote, deleteQuote, listQuotes, updateQuote } from './quotesService';
import { getNote, listNotes, saveNote } from './notesService';

/** The handlers for one session; `satisfies Handlers` makes a missing operation a type error. */
export function createHandlers(session: NotebookSession): Handlers {
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
    'articles:createFromText': (input) => createFromText(session, input),
    'articles:list': () => listArticles(session),
    'articles:get': ({ id }) => getArticle(session, id),
    'articles:delete': ({ id }) => deleteArticle(session, id),
    'articles:restore': ({ id }) => restoreArticle(session, id),
    'actors:list': () => listActors(session),
    'actors:create': (input) => createActor(session, input),
    'actors:update': (input) => updateActor(session, input),
    'tags:list': () => listTags(session),
    'tags:create': (input) => createTag(session, input),
    'quotes:list': ({ articleId }) => listQuotes(session, articleId),
    'quotes:create': (input) => createQuote(session, input),
    'quotes:update': (input) => updateQuote(session, input),
    'quotes:delete': ({ id }) => deleteQuote(session, id),
    'notes:list': () => listNotes(session),
    'notes:get': ({ id }) => getNote(session, id),
    'notes:save': (input) => saveNote(session, input),
  } satisfies Handlers;
}

/** The dispatcher every front door calls. */
export function createOperations(session: NotebookSession, onInternalError?: (e: unknown) => void): Dispatcher {
  return createDispatcher(createHandlers(session), onInternalError);
}

export { NotebookSession } from './session';
export type { Dispatcher } from './dispatcher';
