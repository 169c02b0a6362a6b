import type { NotebookInfo } from '../../shared/api/contract';
import type { NotebookSession } from './session';

/** Summarises the open notebook for the UI and the CLI. */
export function notebookInfo(session: NotebookSession): NotebookInfo {
  const store = session.store;
  const notebook = store.notebook();
  const articles = store.articles();
  return {
    dir: store.dir,
    name: notebook.name,
    id: notebook.id,
    schemaVersion: notebook.schemaVersion,
    readOnly: store.readOnly,
    readOnlyReason: store.readOnlyReason,
    counts: {
      articles: articles.length,
      quotes: articles.reduce((n, a) => n + a.quotes.length, 0),
      actors: notebook.actors.length,
      tags: notebook.tags.length,
      notes: store.notes().length,
    },
    problems: store.problems.map((p) => ({ file: p.file, kind: p.kind, message: p.message, ...(p.movedTo ? { movedTo: p.movedTo } : {}) })),
  };
}
